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

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..citations.render import link_and_mark
from ..models.rulings import LIST_START_CHARS, LIST_TEXT_CHARS
from ..outcomes.document import Document
from . import match, regions
from .query import And, Near, Not, Or, Parsed, Phrase, Prefix, Term
from .snippets import SNIPPET_CHARS, probed_spans, render, window
from .text import units

MAX_SHOWN = 3
# A paragraph that begins with its number ("12." or "[12]"): after a line break (a pattern that
# begins with one is looked for 20-40 times faster than with `(?:^|\n)`), or at the start.
_NUMBERED = re.compile(r"\n\s*\[?\d{1,4}\]?[.\s]")
_NUMBERED_FIRST = re.compile(r"\s*\[?\d{1,4}\]?[.\s]")
# A result's passages come from the start of a long text: looking further costs more than it
# is worth on a results page (the ruling page marks the whole text).
SCAN_CHARS = LIST_TEXT_CHARS


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
    more there are, the number of the first of those on the ruling page, whether the text
    was read only in part (there may be more still), and whether the others were counted
    (see shown_hits: else `more` is 1, for some). A plain snippet shows no passages: the
    template asks each snippet for them, and a lookup that fails costs an exception and a
    listing of the object's attributes, 20 times a page."""

    passages: list[Shown] | tuple = ()
    more: int = 0
    more_at: int = 0
    partial: bool = False
    counted: bool = True


class Found(list):
    """Hits, and whether they stop after the first one past the passages a result shows
    (`cut`): more may follow, uncounted."""

    cut = False


def shown_hits(text: str, tree, begin: int = 0) -> Found:
    """The hits of a text that a result's snippet needs. For a query of one part (besides the
    parts it leaves out), they are read in order up to the first one past the MAX_SHOWN
    passages shown (`cut`); else all of them, each part's found on its own (see _part_hits).
    The passages are the same as of all the hits, and "more passages" is then not counted.
    Only from `begin`, the start of a paragraph before which the text holds no hit, when
    given."""
    if _has_units(tree):
        return Found(_shifted(hit, begin) for hit in hits(text[begin:], tree))
    parts = _parts(tree)
    if len(parts) == 1:
        return _up_to_shown(text, _part_hits(text, parts[0], begin))
    each = (_part_hits(text, node, begin, number, False) for number, node in enumerate(parts))
    return Found(sorted(hit for found in each for hit in found))


def _part_hits(text: str, node, begin: int, number: int = 0, in_turn: bool = True) -> Iterator[Hit]:
    """The hits of one part of a query (without sentences or paragraphs), in order: a word's
    every occurrence; a phrase's or a pair's in the regions where they can be (see
    regions.py), one region after another when they are read `in_turn` (up to the passages
    shown), else all at once; where there are no such regions, every word that can match."""
    if _words_only(node):
        yield from _word_hits(text, node, begin, number)
        return
    if not match.leaves(node):  # a field with no words in the text (party:)
        return
    spaced = _spaced(node)
    around = regions.where(text, node, begin) if spaced else None
    if around is None:
        # As hits() would, without looking for the regions again.
        found = (_shifted(hit, begin) for hit in _hits(text[begin:], node, spaced, False, None))
    else:
        batches = ([region] for region in around) if in_turn else [around]
        found = (hit for batch in batches for hit in _hits(text, node, True, False, batch))
    yield from (hit._replace(part=number) for hit in found) if number else found


def _up_to_shown(text: str, in_order) -> Found:
    """Hits, in order, up to the first one past the MAX_SHOWN passages shown."""
    found, chosen = Found(), []
    for hit in in_order:
        found.append(hit)
        if not chosen or hit.start >= chosen[-1][1]:
            if len(chosen) == MAX_SHOWN:
                found.cut = True
                break
            chosen.append(_window_of(text, hit, [hit], [hit.start])[:2])
    return found


def _word_hits(text: str, tree, begin: int, part: int = 0) -> Iterator[Hit]:
    marked, last = match.marker(tree), -1
    for start, end, token in probed_spans(text, match.leaves(tree), begin):
        if marked(token) and start != last:  # not another part of the same word
            last = start
            yield Hit(start, end, part, ((start, end),))


def _words_only(tree) -> bool:
    words = tree.children if isinstance(tree, Or) else (tree,)
    return all(isinstance(word, Term | Prefix) and not word.column for word in words)


def hits(text: str, tree, end: int | None = None) -> list[Hit]:
    """The occurrences in text[:end] that satisfy each top-level part of `tree`, in order."""
    if tree is None or not match.leaves(tree):
        return []
    piece = text if end is None else text[:end]
    exact = _has_units(tree)
    spaced = not exact and _spaced(tree)
    around = regions.where(piece, tree) if spaced else None
    return _hits(piece, tree, exact or spaced, exact, around)


def _hits(text: str, tree, counted: bool, exact: bool, around) -> list[Hit]:
    """hits, with the words numbered as regions.numbered says."""
    words = regions.numbered(text, match.leaves(tree), counted, exact, around)
    if not words:
        return []
    places: dict[str, list[int]] = {}
    for number, (_, _, token) in words.items():
        places.setdefault(token, []).append(number)
    column = match.Positions(places, units(text) if exact else ([], []))
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


def _spaced(node) -> bool:
    """Whether a tree asks how far apart words are (phrases, proximity), so that the words
    between those that can match must be counted."""
    if isinstance(node, Near | Phrase):
        return True
    return any(_spaced(child) for child in getattr(node, "children", ())) or (
        isinstance(node, Not) and _spaced(node.child)
    )


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
    if len({hit.part for hit in found}) == 1:
        return _finish(text, found, _in_order(text, found), all_marks, partial)
    chosen: list[tuple[int, int]] = []
    covered: set[int] = set()
    starts = [hit.start for hit in found]
    windows, reach = [], -1
    for hit in found:
        # A hit inside the window before it makes a window that shows no more of the query.
        if hit.start >= reach or hit.part not in windows[-1][2]:
            windows.append(_window_of(text, hit, found, starts))
            reach = windows[-1][1]
    while len(chosen) < MAX_SHOWN:
        options = [w for w in windows if not any(_overlap(w[:2], c) for c in chosen)]
        if not options:
            break
        best = max(options, key=lambda w: (len(w[2] - covered), len(w[2]), -w[0]))
        chosen.append(best[:2])
        covered |= best[2]
    return _finish(text, found, chosen, all_marks, partial)


def _in_order(text: str, found: list[Hit]) -> list[tuple[int, int]]:
    """For a query of one part, the passages of its first hits."""
    chosen: list[tuple[int, int]] = []
    starts = [hit.start for hit in found]
    for hit in found:
        if len(chosen) == MAX_SHOWN:
            break
        if not chosen or hit.start >= chosen[-1][1]:
            chosen.append(_window_of(text, hit, found, starts)[:2])
    return chosen


def _finish(text: str, found: list[Hit], chosen: list, all_marks: list, partial: bool):
    """The snippet of the chosen passages, and how many more there are."""
    # Paragraph numbers only where the text may number its paragraphs (reading them costs).
    numbered = len(_NUMBERED.findall(text, 0, 20_000)) + bool(_NUMBERED_FIRST.match(text))
    document = Document(text) if numbered >= 3 else None
    passages = [_shown(text, span, all_marks, document) for span in chosen]
    rest = [hit for hit in found if not any(_overlap((hit.start, hit.end), c) for c in chosen)]
    result = Snippet(passages[0].html if passages else "")
    result.passages, result.partial = passages, partial
    result.more, result.counted = _clusters(rest), not getattr(found, "cut", False)
    result.more_at = _number(all_marks, rest[0].marks[0]) if rest and rest[0].marks else 0
    return result


def _window_of(text: str, hit: Hit, found: list[Hit], starts: list[int]) -> tuple:
    """The span a passage around a hit shows, and the parts of the query whose hits it holds
    (`starts`: where the hits, in order, start)."""
    if hit.end - hit.start > SNIPPET_CHARS:
        start, end = hit.start, hit.end
    else:
        start, end = window(text, hit.start, SNIPPET_CHARS)
        start, end = min(start, hit.start), max(end, hit.end)
    among = found[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]
    parts = {other.part for other in among if other.end <= end}
    return start, end, parts | {hit.part}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shown(text: str, span: tuple[int, int], all_marks: list, document: Document | None) -> Shown:
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
    number = document.paragraph_at(inside[0][0]).number if inside and document else ""
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
    index = bisect.bisect_left(all_marks, (mark[0], -1))
    return index + 1 if index < len(all_marks) else 0


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


def snippet_tree(parsed: Parsed | None):
    """The tree whose words a text can show (fields such as party: have none), or None."""
    if parsed is None or parsed.tree is None or not match.leaves(parsed.tree):
        return None
    return parsed.tree


def text_snippet(text: str, parsed: Parsed | None, partial: bool = False) -> Snippet:
    """The passages of a text that satisfy the query; else its start."""
    text = text or ""
    found = hits(text, snippet_tree(parsed))
    return snippet(text, found, partial) if found else plain(text)


def plain(text: str, size: int = SNIPPET_CHARS) -> Snippet:
    return Snippet(escape(text[:size]) + ("…" if len(text) > size else ""))


def ruling_snippet(
    ruling, parsed: Parsed | None, text: str | None = None, found=None, partial: bool = False
) -> Snippet:
    """The passages of the text that satisfy the query, else of the summary, else the text's
    start. A ruling from a list brings only the start of its text (see ruling_snippets);
    `found`, the hits of the text when known, and `partial`, whether the text is cut."""
    if text is None:
        text = getattr(ruling, "text_start", None)
        partial = text is not None and len(text) == LIST_START_CHARS
        text = ruling.text if text is None else text
    tree = snippet_tree(parsed)
    if found is None:
        partial = partial or len(text) > SCAN_CHARS
        text = text[:SCAN_CHARS]
        found = hits(text, tree)
    if found:
        return snippet(text, found, partial)
    found = hits(ruling.summary or "", tree)
    if found:
        return snippet(ruling.summary, found)
    return plain(ruling.summary or text)


def _shifted(hit: Hit, by: int) -> Hit:
    marks = tuple((start + by, end + by) for start, end in hit.marks)
    return Hit(hit.start + by, hit.end + by, hit.part, marks)


def highlight(text: str, parsed: Parsed | None, links=()) -> tuple[SafeString, int]:
    """The whole text with the words of every occurrence that satisfies the query in
    <mark id="match-N">, and the number of them: the pairs of w/N, /s and /p, not every
    occurrence of either word. `links` ((start, end, url), as pages.citations.citation_spans
    gives them) stay links, with the marks inside them (see citations.render.link_and_mark)."""
    text = text or ""
    return link_and_mark(text, links, marks(hits(text, snippet_tree(parsed))))
