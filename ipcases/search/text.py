"""Words as both engines index them.

Text is folded, split and stemmed here, in Python, and both databases index the resulting tokens
as they are (PostgreSQL with hand-built tsvectors, SQLite with FTS5 over space-separated tokens).
That is what makes the two engines give the same matches: neither applies its own stemmer.

A ruling is indexed as one or more passages. Each passage holds the ruling's head (case name,
citations, parties, summary) and up to PASSAGE_WORDS words of its text; consecutive passages
overlap by OVERLAP words so that no phrase or proximity match is lost at a boundary. Passages
keep every word position below PostgreSQL's limits (16,383 positions, 256 per word).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

import Stemmer

from ..outcomes.document import Document

WORD = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
MAX_WORD = 60
PASSAGE_WORDS = 3000
OVERLAP = 200
MAX_PER_WORD = 250
# Gap between the columns of a passage in PostgreSQL positions: larger than any proximity
# distance, so that no phrase or w/N match spans two columns (FTS5 never spans columns either).
COLUMN_GAP = 100
HEAD_LIMITS = {"name": 200, "cites": 200, "parties": 400, "summary": 1000}
COLUMNS = ("name", "cites", "parties", "summary", "body")

_stemmer = Stemmer.Stemmer("english")

# Words of intellectual-property law that the English stemmer would merge with a different,
# common word: `willful` with `will`, `patentable` with `patent`, `descriptive` (a kind of mark)
# with `description` (a patent's). Each family keeps a token of its own; `wilful` is the
# British spelling of `willful`. Changing this list needs `python manage.py reindex_search`
# (see versions.py: until then searches use the stems the index holds).
KEPT_FORMS = {
    "willful": "willful willfully willfulness wilful wilfully wilfulness",
    "patentabl": "patentable patentability",
    "unpatentabl": "unpatentable unpatentability",
    "copyrightabl": "copyrightable copyrightability",
    "uncopyrightabl": "uncopyrightable",
    "protectabl": "protectable protectability protectible",
    "registrabl": "registrable registrability",
    "unregistrabl": "unregistrable",
    "useful": "useful usefully usefulness",
    "lawful": "lawful lawfully",
    "reasonabl": "reasonable reasonably reasonableness",
    "distinctiv": "distinctive distinctively distinctiveness",
    "descriptiv": "descriptive descriptively descriptiveness",
    "inventiv": "inventive inventiveness",
    "functional": "functional functionally functionality",
}
KEPT = {form: token for token, forms in KEPT_FORMS.items() for form in forms.split()}
# The version of the sentences and paragraphs an index notes (outcomes.document's reading):
# a change to how they are read needs `reindex_search`.
UNITS_VERSION = "1"
WORDS_VERSION = hashlib.sha256(repr(sorted(KEPT.items())).encode()).hexdigest()[:16]


def lower_unaccented(word: str) -> str:
    """Lower case without accents: `Café` -> `cafe`."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return _NON_ASCII.sub(lambda m: m.group().translate(_combining()), decomposed).lower()


@functools.cache
def _combining() -> dict[int, None]:
    """A str.translate table that deletes combining marks (accents after NFKD)."""
    return {code: None for code in range(0x300, 0x20000) if unicodedata.combining(chr(code))}


def to_token(folded: str) -> str:
    """The indexed form of one folded word: its English stem, or a hex form for other scripts
    (which keeps both tokenizers from splitting it differently and keeps prefixes working)."""
    folded = folded[:MAX_WORD]
    if folded.isascii():
        return KEPT.get(folded) or _stemmer.stemWord(folded)
    return "x" + folded.encode().hex()


def token_spans(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, token) for every word of the text (from `start`), with offsets into it."""
    for match in WORD.finditer(text, start):
        for part in WORD.findall(lower_unaccented(match.group())):
            yield match.start(), match.end(), to_token(part)


def tokens(text: str) -> list[str]:
    """The tokens of a text, as token_spans gives them, without the offsets (faster)."""
    words = WORD.findall(lower_unaccented(text))
    stems = _stemmer.stemWords([w if len(w) <= MAX_WORD else w[:MAX_WORD] for w in words])
    pairs = zip(words, stems, strict=True)
    return [(KEPT.get(word) or stem) if word.isascii() else to_token(word) for word, stem in pairs]


# Endings that complete a suffix the stemmer takes off, for prefixes typed part-way into one:
# `anticipat*` must find `anticipated` (stem `anticip`), `infringem*` `infringement`.
COMPLETIONS = ("e", "ion", "ent", "ess")


def prefix_token(word: str) -> str:
    """The indexed prefix for `word*`: the part of the typed letters that the stems of the words
    beginning with them keep (`company*` -> `compan`, `infringement*` -> `infring`,
    `anticipat*` -> `anticip`), and a kept family's own (`willful*` is not `will*`)."""
    folded = WORD.findall(lower_unaccented(word))
    if not folded:
        return ""
    first = folded[0][:MAX_WORD]
    if not first.isascii():
        return "x" + first.encode().hex()
    family = [
        token for form, token in KEPT.items() if form.startswith(first) or first.startswith(form)
    ]
    if family:
        kept = min(_common(first, token) for token in family)
    else:
        own = _common(first, to_token(first))
        # Stemmed as a word, `infring` would lose its "ing" (`infr`, which `infra` begins
        # with): an "ing" counts as a suffix only after five letters (`licensing`).
        if own < len(first) - 2 and first.endswith("ing") and len(first) < 8:
            own = len(first)
        # A completion may cut at most two typed letters (`infringem` + `ent` -> `infring`).
        completed = (_common(first, to_token(first + ending)) for ending in COMPLETIONS)
        kept = min([own, *(length for length in completed if length >= len(first) - 2)])
    return first[: max(kept, min(len(first), 2))]


def prefix_stem(word: str, prefix: str) -> str:
    """The token of the typed word itself, when `prefix` keeps letters that its stem drops:
    a whole word ending in "ing" (`holding*` -> `hold`, `ruling*` -> `rule`), which the prefix
    alone would miss since no token begins with `holding`; else "". (`infring*` keeps
    `infring`, and also matches the token `infr`, which next to no text holds.)"""
    folded = WORD.findall(lower_unaccented(word))
    if not folded or not folded[0].isascii():
        return ""
    own = to_token(folded[0][:MAX_WORD])
    return own if not own.startswith(prefix) else ""


def _common(a: str, b: str) -> int:
    return len(os.path.commonprefix((a, b)))


def stems(token: str) -> tuple[str, ...]:
    """What the plain stemmer makes of a kept token's forms (`willful`: `will`, `wil`): the
    tokens an index built before the word was kept holds for it."""
    forms = KEPT_FORMS[token].split()
    return tuple(sorted(set(_stemmer.stemWords(forms))))


@dataclass
class Passage:
    number: int
    columns: dict[str, list[str]]
    # Where the body's sentences and paragraphs begin in this passage (token numbers of its
    # body, ascending); each head column is one sentence and one paragraph.
    sentences: list[int] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    # Where its body begins in the text, in characters (see body_starts).
    at: int = 0

    def starts(self) -> tuple[list[int], list[int]]:
        """Where the sentences and the paragraphs begin among the passage's tokens with every
        column in order and COLUMN_GAP tokens between columns (PostgreSQL's positions less
        one): each column begins both."""
        sentences, paragraphs, offset = [], [], 0
        for name in COLUMNS:
            sentences.append(offset)
            paragraphs.append(offset)
            if name == "body":
                sentences.extend(offset + s for s in self.sentences if s)
                paragraphs.extend(offset + p for p in self.paragraphs if p)
            offset += len(self.columns.get(name, [])) + COLUMN_GAP
        return sentences, paragraphs


def passages(head: dict[str, str], body: str) -> list[Passage]:
    """The passages of one ruling: head columns repeated in each, the body cut in pieces."""
    head_tokens = {name: tokens(head.get(name, ""))[:limit] for name, limit in HEAD_LIMITS.items()}
    body_tokens = tokens(body)
    sentences, paragraphs = units(body)
    counts = Counter(t for column in head_tokens.values() for t in column)
    ranges = list(islice(_body_ranges(body_tokens, counts), MAX_PASSAGES))
    result = []
    at = body_starts(body, [start for start, _ in ranges])
    for number, (start, end) in enumerate(ranges):
        passage = Passage(number, {**head_tokens, "body": body_tokens[start:end]})
        passage.sentences = _within(sentences, start, end)
        passage.paragraphs = _within(paragraphs, start, end)
        passage.at = at[number]
        result.append(passage)
    return result


# A ruling's passages are numbered below the SQLite index's STRIDE.
MAX_PASSAGES = 999


def body_starts(body: str, numbers: list[int]) -> list[int]:
    """The characters where the tokens of these numbers (ascending, as `tokens` numbers them)
    begin in a text. Counted word by word as written: where folding makes one written word
    two tokens (`½`), the count falls behind and the character found is a little past the
    token's, which readers allow for (see listed.located_hits)."""
    found, words, number, last = [], WORD.finditer(body), 0, 0
    for wanted in numbers:
        word = next(islice(words, wanted - number, None), None)
        last = word.start() if word else last
        found.append(last)
        number = wanted + 1
    return found


def _within(starts: list[int], start: int, end: int) -> list[int]:
    """The starts among tokens start..end, counted from `start`."""
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [s - start for s in starts[first:last]]


def units(body: str) -> tuple[list[int], list[int]]:
    """Where the sentences and the paragraphs of a text begin: the numbers of their first
    tokens, as `tokens` numbers them. Paragraphs and sentences as the outcome readers see them
    (outcomes.document: blank lines or line breaks, full stops that are no abbreviation's)."""
    document = Document(body or "")
    paragraphs = [paragraph.start for paragraph in document.paragraphs]
    sentences = [
        left
        for paragraph in document.paragraphs
        for left, _ in document.sentences(paragraph.start, paragraph.end)
    ]
    numbers, count, position = {}, 0, 0
    for offset in sorted({*paragraphs, *sentences}):
        count += _words(body[position:offset])
        numbers[offset], position = count, offset
    return [numbers[c] for c in sentences], [numbers[c] for c in paragraphs]


def _words(piece: str) -> int:
    """How many tokens a piece of text holds (folding changes the count of none but a piece
    that is not plain ASCII)."""
    if not piece:
        return 0
    return len(WORD.findall(piece if piece.isascii() else lower_unaccented(piece)))


def _body_ranges(body: list[str], head_counts: Counter) -> Iterator[tuple[int, int]]:
    if len(body) <= PASSAGE_WORDS and max((head_counts + Counter(body)).values(), default=0) <= (
        MAX_PER_WORD
    ):
        yield 0, len(body)
        return
    start = 0
    while True:
        counts = Counter(head_counts)
        end = start
        while end < len(body) and end - start < PASSAGE_WORDS:
            counts[body[end]] += 1
            if counts[body[end]] > MAX_PER_WORD:
                break
            end += 1
        yield start, end
        if end >= len(body):
            return
        start = max(start + 1, end - OVERLAP)
