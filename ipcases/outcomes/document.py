"""A ruling's text as the readers see it: paragraphs (with their printed numbers where the
text numbers them), sentences, and the evidence a match leaves.

Texts come in several shapes: Find Case Law and CAP separate paragraphs with blank lines,
CourtListener's plain text often with single line breaks, and a decretal line ("Reversed.")
may stand alone after the sentence it ends ("The judgment of the district court is").
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from .findings import Evidence

QUOTE_CHARS = 420
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_VISIBLE = re.compile(r"\S")
_NUMBERED = re.compile(r"\s*\[?(\d{1,4})\]?(?:\.\s+|\s+(?=[A-Z“\"(]))")
_NUMBER_ONLY = re.compile(r"\s*(\d{1,4})\s*$")
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:v|vs|No|Nos|Inc|Co|Corp|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Supp|Fed|Cir|Cl|al|Dkt|Civ|"
    r"App|Pat|Ch|Rev|Stat|Art|para|paras|cf|e\.g|i\.e|U\.S|U\.S\.C|L\.Ed|S\.Ct|Ct|Bros|Ass'n|"
    r"Int'l|Dist|Ed|etc|seq|Sec|Reg|cl|pp?|n|J|JJ|LJ|LJJ|Ltd|plc|[A-Z])\.)$"
)
# A run of characters within one sentence: any but a full stop, except the full stops of
# abbreviations ("U.S. Patent No. 8", "Dkt. No. 88", "Inc.'s") and of numbers.
_ABBREVIATED = "|".join(
    rf"(?<=\b{word})"
    for word in (
        *("Dkt", "No", "Nos", "Inc", "Co", "Corp", "Ltd", "v", "Mr", "Ms", "Dr", "Doc", "Civ"),
        *(r"U\.S", "Pat", "App", "Fed", "Cir", "Supp", "St", "Bros", "Int'l", r"e\.g", r"i\.e"),
    )
)
GAP = rf"(?:[^.]|(?:{_ABBREVIATED})\.|\.(?!\s+[A-Z(“\"]))"
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9§])")


class Paragraph(NamedTuple):
    start: int
    end: int
    number: str = ""


class Document:
    """The text with its paragraphs; positions are character offsets into ``text``."""

    def __init__(self, text: str):
        self.text = text or ""

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        spans = _paragraph_spans(self.text)
        numbers = _numbers(self.text, spans)
        return [Paragraph(s, e, n) for (s, e), n in zip(spans, numbers, strict=True)]

    @cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def index_at(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    def paragraph_at(self, position: int) -> Paragraph:
        return self.paragraphs[self.index_at(position)]

    def paragraph_text(self, index: int) -> str:
        paragraph = self.paragraphs[index]
        return self.text[paragraph.start : paragraph.end]

    def _bounds(self, index: int) -> list[int]:
        """Where the sentences of a paragraph begin (absolute offsets), and its end; kept."""
        cache = self.__dict__.setdefault("_bounds_cache", {})
        if index not in cache:
            paragraph = self.paragraphs[index]
            text = self.text[paragraph.start : paragraph.end]
            inner = (m.end() for m in _SENTENCE_END.finditer(text) if _ends(text, m))
            cache[index] = [paragraph.start, *(paragraph.start + b for b in inner), paragraph.end]
        return cache[index]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence (or sentences) around ``start``–``end``, within its
        paragraph."""
        bounds = self._bounds(self.index_at(start))
        left = bounds[max(0, bisect.bisect_right(bounds, start) - 1)]
        right = next((b for b in bounds if b >= end and b > left), bounds[-1])
        return left, right

    @cached_property
    def lowered(self) -> str:
        return self.text.lower()

    def sentences(self, start: int, end: int, words: tuple[str, ...] = ()):
        """The (start, end) of each sentence between ``start`` and ``end``; with ``words``,
        only those that contain one of them (lower case): a cheap test before the costly
        patterns."""
        first, last = self.index_at(start), self.index_at(max(start, end - 1))
        for index in range(first, last + 1):
            paragraph = self.paragraphs[index]
            if words and not self.contains(words, paragraph.start, paragraph.end):
                continue
            bounds = self._bounds(index)
            for left, right in zip(bounds, bounds[1:], strict=False):
                if right <= start or left >= end or right <= left:
                    continue
                if not words or self.contains(words, left, right):
                    yield left, right

    def contains(self, words: tuple[str, ...], start: int, end: int) -> bool:
        piece = self.lowered[start:end]
        return any(word in piece for word in words)

    def evidence(self, rule: str, start: int, end: int) -> Evidence:
        """The evidence of a match: its sentence quoted, with the line it completes when the
        match is a decretal word standing alone ("is" / "Reversed.")."""
        left, right = self.sentence(start, end)
        index = self.index_at(start)
        quote = self.text[left:right]
        if len(quote.strip()) < 40 and index > 0:
            before = self.paragraph_text(index - 1).strip()
            if before and not before.endswith((".", ":", "”", '"')):
                quote = _last_sentence(before) + " " + quote
        number = self.paragraph_at(start).number
        return Evidence(rule, start, end, _clip(" ".join(quote.split()), start - left), number)

    def tail_start(self, paragraphs: int) -> int:
        """Where the last ``paragraphs`` paragraphs begin."""
        if not self.paragraphs:
            return 0
        return self.paragraphs[max(0, len(self.paragraphs) - paragraphs)].start


def _ends(text: str, match: re.Match) -> bool:
    """Whether a full stop ends a sentence (not "v." or "U.S.C." or an initial)."""
    # The twelve characters up to the stop (not a copy of all the text before it).
    return not _ABBREVIATIONS.search(text[max(0, match.start() - 11) : match.start() + 1])


def _last_sentence(text: str) -> str:
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if _ends(text, m)]
    return text[ends[-1] :] if ends else text


def _clip(quote: str, at: int) -> str:
    """A quote of at most QUOTE_CHARS, cut around the match."""
    if len(quote) <= QUOTE_CHARS:
        return quote
    start = max(0, min(at - QUOTE_CHARS // 3, len(quote) - QUOTE_CHARS))
    piece = quote[start : start + QUOTE_CHARS].strip()
    return ("…" if start else "") + piece + ("…" if start + QUOTE_CHARS < len(quote) else "")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs separated by blank lines, or by line breaks where the text has no blank
    lines (or too few to be its paragraphs); a text that lost its line breaks (CourtListener's
    HTML flattened to one line) is read by its sentences."""
    if "\n" not in text.strip():
        ends = [m.end() for m in _SENTENCE_END.finditer(text) if _ends(text, m)]
        bounds = [0, *ends, len(text)]
        return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    separator = (
        _BLANK_LINE if len(_BLANK_LINE.findall(text)) * 400 > len(text) else re.compile("\n")
    )
    # Each paragraph is tested in place for a visible character (no copy of it is made).
    spans, start, visible = [], 0, _VISIBLE.search
    for match in separator.finditer(text):
        if visible(text, start, match.start()):
            spans.append((start, match.start()))
        start = match.end()
    if visible(text, start):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def _numbers(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The printed number of each paragraph ("88" for "88. For the reasons..."), where the
    text numbers its paragraphs: enough of them, mostly in sequence. A number standing alone
    (CourtListener's "1" above the paragraph) numbers the paragraph that follows."""
    found: list[str] = []
    pending = ""
    for start, end in spans:
        alone = _NUMBER_ONLY.match(text, start, end)
        if alone:
            pending = alone.group(1)
            found.append("")
            continue
        match = _NUMBERED.match(text, start, end)
        found.append(match.group(1) if match else pending)
        pending = ""
    values = [int(n) for n in found if n]
    in_sequence = sum(1 for a, b in zip(values, values[1:], strict=False) if b == a + 1)
    if len(values) < 3 or in_sequence * 2 < len(values) - 1:
        return [""] * len(spans)
    return found
