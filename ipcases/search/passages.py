"""The passages of a text that satisfy a query: what a result shows of a ruling, and what the
ruling page marks.

A query's occurrences are found on the words that can match it only (snippets.probed_spans),
numbered as the index numbers them (text.tokens), so that match.py evaluates them as the
engines do: for w/N and pre/N the pairs within N words, for /s and /p the pairs in one
sentence or paragraph, phrases whole, and nothing of an excluded part. Each top-level part of
an AND is found on its own; a passage that holds every part comes first, else one passage per
part.
"""

from __future__ import annotations

from typing import NamedTuple

from django.db.models.functions import Left
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..citations.render import link_and_mark
from ..models.rulings import LIST_START_CHARS, LIST_TEXT_CHARS, Ruling
from ..outcomes.document import Document
from . import match
from .query import And, Near, Not, Parsed
from .snippets import SNIPPET_CHARS, probed_spans, render, window
from .text import WORD, lower_unaccented, units

MAX_SHOWN = 3
# A result's passages come from the start of a long text: looking further costs more than it
# is worth on a results page (the ruling page marks the whole text).
SCAN_CHARS = LIST_TEXT_CHARS
# More than a word: a word cut where a listed ruling's start ends is not taken for a whole one.
MARGIN = 100


class Hit(NamedTuple):
    """One occurrence that satisfies a part of the query: its first and last character, the
    part (its number among the AND's), and the words marked ((start, end) characters)."""

    start: int
    end: int
    part: int
    marks: tuple[tuple[int, int], ...]


class Shown(NamedTuple):
    html: SafeString
    # The paragraph's printed number, where the text numbers its paragraphs.
    paragraph: str
    # The number of its first mark on the ruling page (`#match-N`).
    mark: int


class Snippet(SafeString):
    """The first passage's HTML (what a plain snippet was), with every passage shown, how many
    more there are, the number of the first of those on the ruling page, and whether the text
    was read only in part (there may be more still)."""

    passages: list[Shown]
    more: int = 0
    more_at: int = 0
    partial: bool = False


def hits(text: str, tree, end: int | None = None) -> list[Hit]:
    """The occurrences in text[:end] that satisfy each top-level part of `tree`, in order."""
    if tree is None or not match.leaves(tree):
        return []
    piece = text if end is None else text[:end]
    words = _numbered(piece, match.leaves(tree))
    if not words:
        return []
    places: dict[str, list[int]] = {}
    for number, (_, _, token) in words.items():
        places.setdefault(token, []).append(number)
    column = match.Positions(places, units(piece) if _has_units(tree) else ([], []))
    found = []
    for part, node in enumerate(_parts(tree)):
        for first, last, spans in match.column_hits(node, column):
            marks = tuple(words[i][:2] for a, b in spans for i in range(a, b + 1) if i in words)
            found.append(Hit(words[first][0], words[last][1], part, marks))
    return sorted(found)


def _parts(tree) -> tuple:
    children = tree.children if isinstance(tree, And) else (tree,)
    return tuple(child for child in children if not isinstance(child, Not))


def _has_units(node) -> bool:
    if isinstance(node, Near):
        return bool(node.unit)
    return any(_has_units(child) for child in getattr(node, "children", ()))


def _numbered(text: str, leaves: list) -> dict[int, tuple[int, int, str]]:
    """{token number: (start, end, token)} of the words that can match, numbered as the index
    numbers every word (the words between are counted, not stemmed)."""
    found: dict[int, tuple[int, int, str]] = {}
    number, position, last_start = -1, 0, -1
    for start, end, token in probed_spans(text, leaves):
        if start == last_start:  # another part of the same word (`Café-Bar`)
            number += 1
        else:
            number += 1 + _count(text[position:start])
            position, last_start = end, start
        found[number] = (start, end, token)
    return found


def _count(piece: str) -> int:
    return len(WORD.findall(lower_unaccented(piece))) if piece else 0


def marks(found: list[Hit]) -> list[tuple[int, int]]:
    """Every word the hits mark, in order, each once."""
    result: list[tuple[int, int]] = []
    for mark in sorted({mark for hit in found for mark in hit.marks}):
        if not result or mark[0] >= result[-1][1]:
            result.append(mark)
    return result


def snippet(text: str, found: list[Hit], partial: bool = False) -> Snippet:
    """Up to MAX_SHOWN passages of the hits, best first: those that hold the most parts of the
    query not shown yet, then the earliest; and how many more passages there are."""
    all_marks = marks(found)
    chosen: list[tuple[int, int]] = []
    covered: set[int] = set()
    windows = [_window_of(text, hit, found) for hit in found]
    while len(chosen) < MAX_SHOWN:
        options = [w for w in windows if not any(_overlap(w[:2], c) for c in chosen)]
        if not options:
            break
        best = max(options, key=lambda w: (len(w[2] - covered), len(w[2]), -w[0]))
        chosen.append(best[:2])
        covered |= best[2]
    document = Document(text)
    passages = [_shown(text, span, all_marks, document) for span in chosen]
    rest = [hit for hit in found if not any(_overlap((hit.start, hit.end), c) for c in chosen)]
    result = Snippet(passages[0].html if passages else "")
    result.passages, result.partial = passages, partial
    result.more = _clusters(rest)
    result.more_at = _number(all_marks, rest[0].marks[0]) if rest and rest[0].marks else 0
    return result


def _window_of(text: str, hit: Hit, found: list[Hit]) -> tuple[int, int, set[int]]:
    """The span a passage around a hit shows, and the parts of the query whose hits it holds."""
    if hit.end - hit.start > SNIPPET_CHARS:
        start, end = hit.start, hit.end
    else:
        start, end = window(text, hit.start, SNIPPET_CHARS)
        start, end = min(start, hit.start), max(end, hit.end)
    parts = {other.part for other in found if start <= other.start and other.end <= end}
    return start, end, parts | {hit.part}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shown(text: str, span: tuple[int, int], all_marks: list, document: Document) -> Shown:
    start, end = span
    inside = [m for m in all_marks if start <= m[0] and m[1] <= end]
    # A pair far apart (/p): the text around each side.
    if end - start > 2 * SNIPPET_CHARS and inside:
        first, last = inside[0], inside[-1]
        left = window(text, first[0], SNIPPET_CHARS // 2)
        right = window(text, max(last[0] - SNIPPET_CHARS // 4, left[1]), SNIPPET_CHARS // 2)
        html = _piece(text, inside, *left) + " … " + _piece(text, inside, *right)
    else:
        html = _piece(text, inside, start, end)
    number = document.paragraph_at(inside[0][0]).number if inside else ""
    first = _number(all_marks, inside[0]) if inside else 0
    return Shown(mark_safe(_ellipsis(text, start) + html + _tail(text, end)), number, first)


def _piece(text: str, inside: list, start: int, end: int) -> str:
    return render(text, [m for m in inside if start <= m[0] and m[1] <= end], start, end)


def _ellipsis(text: str, start: int) -> str:
    return "…" if start > 0 else ""


def _tail(text: str, end: int) -> str:
    return "…" if end < len(text) else ""


def _number(all_marks: list, mark: tuple[int, int]) -> int:
    """The number of a mark among a text's marks (1 for the first)."""
    for number, other in enumerate(all_marks, start=1):
        if other[0] >= mark[0]:
            return number
    return 0


def _clusters(found: list[Hit]) -> int:
    """How many passages the hits make, a hit within a passage's length of the one before
    joining its passage."""
    count, reach = 0, -1
    for hit in found:
        if hit.start > reach:
            count += 1
            reach = hit.start + SNIPPET_CHARS
        reach = max(reach, hit.end)
    return count


def _tree(parsed: Parsed | None):
    """The tree whose words a text can show (fields such as party: have none), or None."""
    if parsed is None or parsed.tree is None or not match.leaves(parsed.tree):
        return None
    return parsed.tree


def text_snippet(text: str, parsed: Parsed | None, partial: bool = False) -> Snippet:
    """The passages of a text that satisfy the query; else its start."""
    text = text or ""
    found = hits(text, _tree(parsed))
    return snippet(text, found, partial) if found else plain(text)


def plain(text: str, size: int = SNIPPET_CHARS) -> Snippet:
    return Snippet(escape(text[:size]) + ("…" if len(text) > size else ""))


def ruling_snippet(ruling, parsed: Parsed | None, text: str | None = None) -> Snippet:
    """The passages of the text that satisfy the query, else of the summary, else the text's
    start. A ruling from a list brings only the start of its text (see ruling_snippets)."""
    if text is None:
        text = getattr(ruling, "text_start", None)
        text = ruling.text if text is None else text
    start, tree = text[:SCAN_CHARS], _tree(parsed)
    partial = len(start) in (LIST_START_CHARS, SCAN_CHARS)
    for source in (start, ruling.summary or ""):
        found = hits(source, tree)
        if found:
            return snippet(source, found, partial and source is start)
    return plain(ruling.summary or start)


def ruling_snippets(rulings: list, parsed: Parsed | None) -> list[Snippet]:
    """The snippets of listed rulings (Ruling.objects.for_list), the same as of their whole
    texts: the rulings whose first passage would not end well inside the start they bring are
    read further, up to SCAN_CHARS, in one query."""
    texts = {ruling.pk: ruling.text_start or "" for ruling in rulings}
    tree = _tree(parsed)
    further = [pk for pk, text in texts.items() if tree and not _inside(text, tree)]
    if further:
        read = Ruling.objects.filter(pk__in=further).annotate(start=Left("text", SCAN_CHARS))
        texts.update(read.values_list("pk", "start"))
    return [ruling_snippet(ruling, parsed, texts[ruling.pk]) for ruling in rulings]


def _inside(start: str, tree) -> bool:
    """Whether the passages of a text that begins with `start` can be found in it: the text is
    no longer, or its first hit's passage ends a word or more before the start does."""
    if len(start) < LIST_START_CHARS:
        return True
    found = hits(start, tree)
    return bool(found) and window(start, found[0].start, SNIPPET_CHARS)[1] < len(start) - MARGIN


def highlight(text: str, parsed: Parsed | None, links=()) -> tuple[SafeString, int]:
    """The whole text with the words of every occurrence that satisfies the query in
    <mark id="match-N">, and the number of them: the pairs of w/N, /s and /p, not every
    occurrence of either word. `links` ((start, end, url), as pages.citations.citation_spans
    gives them) stay links, with the marks inside them (see citations.render.link_and_mark)."""
    text = text or ""
    return link_and_mark(text, links, marks(hits(text, _tree(parsed))))
