"""Text with links: every piece outside a link escaped, every link built with format_html."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

Span = tuple[int, int, str | None]


def link_spans(text: str, spans: Iterable[Span], css_class: str = "cite") -> SafeString:
    """HTML of ``text`` with each (start, end, url) span turned into a link, or into a
    ``<mark>`` where the url is None (a search match).

    Spans may come from several sources (citations, search matches): overlapping ones are
    dropped in favour of the one that starts first (the longer, where two start together).
    """
    pieces: list[str] = []
    position = 0
    for start, end, url in _disjoint(spans, len(text)):
        pieces.append(escape(text[position:start]))
        if url is None:
            pieces.append(format_html("<mark>{}</mark>", text[start:end]))
        else:
            pieces.append(
                format_html('<a class="{}" href="{}">{}</a>', css_class, url, text[start:end])
            )
        position = end
    pieces.append(escape(text[position:]))
    # Every piece above is escaped or built by format_html.
    return mark_safe("".join(pieces))  # noqa: S308


def _disjoint(spans: Iterable[Span], length: int) -> list[Span]:
    """The spans in order, without those that overlap an earlier one (see link_spans)."""
    kept: list[Span] = []
    position = 0
    for start, end, url in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < position or end <= start or end > length:
            continue
        kept.append((start, end, url))
        position = end
    return kept


def link_and_mark(
    text: str, spans: Iterable[Span], marks: list[tuple[int, int]], css_class: str = "cite"
) -> tuple[SafeString, int]:
    """HTML of ``text`` with its links (as link_spans) and the search matches ``marks`` (in
    order, not overlapping) in ``<mark id="match-N">``, numbered in reading order. A match
    inside a link is marked inside it; one across a link's edge is not marked. Returns the
    HTML and the number of matches marked."""
    links = _disjoint(spans, len(text))
    starts = [start for start, _, _ in links]
    marks = [mark for mark in marks if not _across(mark, links, starts)]
    pieces: list[str] = []
    position = done = 0
    for start, end, url in [*links, (len(text), len(text), None)]:
        for piece_start, piece_end, href in ((position, start, None), (start, end, url)):
            count = done
            while count < len(marks) and marks[count][1] <= piece_end:
                count += 1
            inner = _marked(text, marks[done:count], piece_start, piece_end, done + 1)
            if href is not None:
                inner = format_html('<a class="{}" href="{}">', css_class, href) + inner + "</a>"
            pieces.append(inner)
            done = count
        position = end
    # Every piece above is escaped or built by format_html.
    return mark_safe("".join(pieces)), len(marks)  # noqa: S308


def _across(mark: tuple[int, int], links: list[Span], starts: list[int]) -> bool:
    """Whether a match overlaps a link without lying inside it."""
    index = bisect.bisect_right(starts, mark[0]) - 1
    if index >= 0 and links[index][1] > mark[0]:
        return mark[1] > links[index][1]
    return index + 1 < len(links) and links[index + 1][0] < mark[1]


def _marked(text: str, marks: list[tuple[int, int]], start: int, end: int, first: int) -> str:
    pieces, position = [], start
    for number, (mark_start, mark_end) in enumerate(marks, first):
        pieces.append(escape(text[position:mark_start]))
        pieces.append(
            format_html('<mark id="match-{}">{}</mark>', number, text[mark_start:mark_end])
        )
        position = mark_end
    pieces.append(escape(text[position:end]))
    return "".join(pieces)
