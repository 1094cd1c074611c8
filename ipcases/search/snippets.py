"""Snippets and highlights, built in Python from the rulings on the page only.

Every piece of text is HTML-escaped; only our own <mark> tags are added. The same code serves
both databases, so both show the same snippets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.db.models.functions import Left
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..citations.render import link_and_mark
from ..models.rulings import LIST_START_CHARS, LIST_TEXT_CHARS, Ruling
from .match import leaves, marker
from .query import Parsed
from .text import KEPT_FORMS, WORD, lower_unaccented, to_token, token_spans

SNIPPET_CHARS = 300
# A snippet comes from the start of a long text: looking for a match beyond this costs more
# than it is worth on a results page (the detail page highlights the whole text).
SCAN_CHARS = LIST_TEXT_CHARS


def snippet(text: str, parsed: Parsed | None, size: int = SNIPPET_CHARS) -> SafeString:
    """About `size` characters around the first match, matches in <mark>, the rest escaped."""
    text = text or ""
    marks = _marks(text, parsed, stop_after=size)
    if not marks:
        cut = text[:size]
        return mark_safe(escape(cut) + ("…" if len(text) > size else ""))
    start, end = _window(text, marks[0][0], size)
    html = _render(text, [m for m in marks if m[1] <= end], start, end)
    return mark_safe(("…" if start else "") + html + ("…" if end < len(text) else ""))


def _window(text: str, first: int, size: int) -> tuple[int, int]:
    """Where the snippet around a match at `first` begins and ends: at word boundaries."""
    start = max(0, text.rfind(" ", 0, max(0, first - size // 4)) + 1)
    end = text.find(" ", min(len(text), start + size))
    return start, len(text) if end == -1 else end


def ruling_snippet(ruling, parsed: Parsed | None, text: str | None = None) -> SafeString:
    """A snippet of the text around the first match, else of the summary, else the text's start.
    A ruling from a list brings only the start of its text (see ruling_snippets)."""
    if text is None:
        text = getattr(ruling, "text_start", None)
        text = ruling.text if text is None else text
    start = text[:SCAN_CHARS]
    if parsed is not None:
        for source in (start, ruling.summary):
            if source and _marks(source, parsed, stop_after=1):
                return snippet(source, parsed)
    return snippet(ruling.summary or start, None)


def ruling_snippets(rulings: list, parsed: Parsed | None) -> list[SafeString]:
    """The snippets of listed rulings (Ruling.objects.for_list), the same as of their whole
    texts: the rulings whose snippet would not end well inside the start they bring are read
    further, up to SCAN_CHARS, in one query."""
    texts = {ruling.pk: ruling.text_start or "" for ruling in rulings}
    marking = _marking(parsed)
    further = [pk for pk, text in texts.items() if marking and not _inside(text, parsed)]
    if further:
        read = Ruling.objects.filter(pk__in=further).annotate(start=Left("text", SCAN_CHARS))
        texts.update(read.values_list("pk", "start"))
    return [ruling_snippet(ruling, parsed, texts[ruling.pk]) for ruling in rulings]


def _inside(start: str, parsed: Parsed) -> bool:
    """Whether the snippet of a text that begins with `start` can be made from it: the text is
    no longer, or its first match's snippet ends a word or more before the start does."""
    if len(start) < LIST_START_CHARS:
        return True
    marks = _marks(start, parsed, stop_after=1)
    return bool(marks) and _window(start, marks[0][0], SNIPPET_CHARS)[1] < len(start) - MARGIN


# More than a word: a word cut where the start ends is not taken for a whole one.
MARGIN = 100


def highlight(text: str, parsed: Parsed | None, links=()) -> tuple[SafeString, int]:
    """The whole text with every match in <mark id="match-N">, and the number of matches.
    `links` ((start, end, url), as pages.citations.citation_spans gives them) stay links, with
    the matches inside them marked (see citations.render.link_and_mark)."""
    text = text or ""
    return link_and_mark(text, links, _marks(text, parsed))


def _marking(parsed: Parsed | None) -> bool:
    """Whether the query has words to mark in a text (fields such as party: have none)."""
    return parsed is not None and parsed.tree is not None and bool(leaves(parsed.tree))


def _marks(text: str, parsed: Parsed | None, stop_after: int | None = None) -> list:
    if not _marking(parsed):
        return []
    wanted = marker(parsed.tree)
    spans = token_spans(text) if stop_after is None else _probed_spans(text, leaves(parsed.tree))
    found: list[tuple[int, int]] = []
    for start, end, token in spans:
        if stop_after is not None and found and start > found[0][0] + stop_after:
            break
        if wanted(token) and (not found or start >= found[-1][1]):
            found.append((start, end))
    return found


def _probed_spans(text: str, wanted: list) -> Iterator[tuple[int, int, str]]:
    """The words that can match, in order: those holding the first letters of a stem, found by
    a regular expression and tokenized one by one, so that a long text is not tokenized word
    by word for a snippet. Every word when a stem is not plain ASCII."""
    probes = set()
    for leaf in wanted:
        stem = getattr(leaf, "stem", "")
        for token in getattr(leaf, "tokens", None) or (leaf.token, *([stem] if stem else [])):
            if not token.isascii() or token.startswith("x"):
                yield from token_spans(text)
                return
            spellings = KEPT_FORMS.get(token, token).split()  # `willful`: `wilful` too
            for spelling in (*spellings, *IRREGULAR.get(token, ())):
                probes.add(re.escape(spelling[: max(2, min(len(spelling) - 1, 5))]))
    position = 0
    for start in _starts("|".join(sorted(probes)), text):
        if start < position:
            continue
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        word = WORD.match(text, start)
        if word is None:
            continue
        for part in WORD.findall(lower_unaccented(word.group())):
            yield word.start(), word.end(), to_token(part)
        position = word.end()


# Stems that are not the beginning of a word they stand for (the stemmer's exceptions), with
# a beginning to look for as well.
IRREGULAR = {"die": ("dying",), "lie": ("lying",), "tie": ("tying",)}


def _starts(pattern: str, text: str) -> Iterator[int]:
    """Where a lower-case pattern (of at most a few letters) matches, ignoring case, in order.
    The text is lower-cased piece by piece, each twice as long as the one before, so that a
    match near the start costs little. On the pages of 100,000 rulings: 1.7-7.4 ms for a page's
    snippets, against 1.6-11 ms with a regular expression that ignores case (slow where the
    first match is late) and 6-13 ms lower-casing each text whole (slow where it is early)."""
    compiled = re.compile(pattern)
    start, size = 0, FIRST_PIECE
    while start < len(text):
        end = min(len(text), start + size)
        piece = text[start : end + OVERLAP]
        lowered = piece.lower()
        if len(lowered) == len(piece):
            found = compiled.finditer(lowered)
        else:  # a letter whose lower case is longer would shift the offsets
            found = re.finditer(pattern, piece, re.IGNORECASE)
        for hit in found:
            if hit.start() >= end - start:
                break
            yield start + hit.start()
        start, size = end, size * 2


FIRST_PIECE = 1024
# Longer than any probe, so that a probe across the end of a piece is found in that piece.
OVERLAP = 16


def _render(text: str, marks: list, start: int, end: int) -> str:
    parts, position = [], start
    for mark_start, mark_end in marks:
        if mark_start < start or mark_end > end:
            continue
        parts.append(escape(text[position:mark_start]))
        parts.append(f"<mark>{escape(text[mark_start:mark_end])}</mark>")
        position = mark_end
    parts.append(escape(text[position:end]))
    return "".join(parts)
