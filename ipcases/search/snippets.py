"""What snippets and highlights are made of (passages.py makes them): the words of a text that
can match a query, found without tokenizing all of it, and a piece of text rendered with its
marks. Every piece of text is HTML-escaped; only our own <mark> tags are added. The same code
serves both databases, so both show the same snippets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from html import escape

from .text import KEPT_FORMS, WORD, lower_unaccented, to_token, token_spans

SNIPPET_CHARS = 300


def window(text: str, first: int, size: int) -> tuple[int, int]:
    """Where the snippet around a match at `first` begins and ends: at word boundaries."""
    start = max(0, text.rfind(" ", 0, max(0, first - size // 4)) + 1)
    end = text.find(" ", min(len(text), start + size))
    return start, len(text) if end == -1 else end


def probed_spans(
    text: str, wanted: list, begin: int = 0, stop: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """The words of text[begin:stop] that can match, in order: those holding the first letters
    of a stem, found by a regular expression and tokenized one by one, so that a long text is
    not tokenized word by word for a snippet. Every word when a stem is not plain ASCII."""
    stop = len(text) if stop is None else stop
    probes = _probes(tuple(wanted))
    if probes is None:
        yield from token_spans(text[:stop], begin)
        return
    position = begin
    for start in _starts(probes, text, begin, stop):
        if start < position:
            continue
        while start > begin and text[start - 1].isalnum():
            start -= 1
        word = WORD.match(text, start, stop)
        if word is None:
            continue
        for part in WORD.findall(lower_unaccented(word.group())):
            yield word.start(), word.end(), to_token(part)
        position = word.end()


@functools.lru_cache(maxsize=256)
def _probes(wanted: tuple) -> str | None:
    """A pattern of the first letters of the stems' words, or None for a stem that is not
    plain ASCII (whose words are not found by their letters)."""
    probes: set[str] = set()
    for leaf in wanted:
        found = leaf_probes(leaf)
        if found is None:
            return None
        probes |= found
    return "|".join(sorted(probes))


def leaf_probes(leaf) -> set[str] | None:
    probes = set()
    stem = getattr(leaf, "stem", "")
    for token in getattr(leaf, "tokens", None) or (leaf.token, *([stem] if stem else [])):
        if not token.isascii() or token.startswith("x"):
            return None
        spellings = KEPT_FORMS.get(token, token).split()  # `willful`: `wilful` too
        for spelling in (*spellings, *IRREGULAR.get(token, ())):
            probes.add(re.escape(spelling[: max(2, min(len(spelling) - 1, 5))]))
    return probes


# Stems that are not the beginning of a word they stand for (the stemmer's exceptions), with
# a beginning to look for as well.
IRREGULAR = {"die": ("dying",), "lie": ("lying",), "tie": ("tying",)}


def _starts(pattern: str, text: str, begin: int, stop: int) -> Iterator[int]:
    """Where a lower-case pattern (of at most a few letters) matches, ignoring case, in order.
    The text is lower-cased piece by piece, each twice as long as the one before, so that a
    match near the start costs little. On the pages of 100,000 rulings: 1.7-7.4 ms for a page's
    snippets, against 1.6-11 ms with a regular expression that ignores case (slow where the
    first match is late) and 6-13 ms lower-casing each text whole (slow where it is early)."""
    compiled = re.compile(pattern)
    start, size = begin, FIRST_PIECE
    while start < stop:
        end = min(stop, start + size)
        piece = text[start : min(stop, end + OVERLAP)]
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


def render(text: str, marks: list, start: int, end: int) -> str:
    parts, position = [], start
    for mark_start, mark_end in marks:
        if mark_start < start or mark_end > end:
            continue
        parts.append(escape(text[position:mark_start]))
        parts.append(f"<mark>{escape(text[mark_start:mark_end])}</mark>")
        position = mark_end
    parts.append(escape(text[position:end]))
    return "".join(parts)
