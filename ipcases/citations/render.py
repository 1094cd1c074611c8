"""Text with links: every piece outside a link escaped, every link built with format_html."""

from __future__ import annotations

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
    for start, end, url in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < position or end <= start or end > len(text):
            continue
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
