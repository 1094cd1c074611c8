"""The words of a text numbered as the index numbers them, for snippets and highlights
(passages.py), and where in a text the hits of a query's phrases and pairs can be, so that they
are numbered only there: around each place where the rarest side of each w/N pair, or a phrase,
may occur, as many words either way as its hit can reach. A common word of a phrase (`of` in
"doctrine of equivalents") or of a pair is then read only near the other words, not all
through the text. What is found there is what numbering every word finds (the regions only
say where to look), but for a phrase one of whose words the text writes as part of another
(a word that folds into two, as `½` does): that phrase is not shown.
"""

from __future__ import annotations

import functools
import re

from .query import MAX_DISTANCE, And, Near, Or, Phrase, Prefix, Term
from .snippets import leaf_probes, probed_spans
from .text import WORD

# Characters that hold more than MAX_DISTANCE words in any prose (words of 20 letters on
# average would be needed to hold fewer).
FAR = 1000


def numbered(
    text: str, leaves: list, counted: bool = True, exact: bool = True, around=None
) -> dict:
    """{token number: (start, end, token)} of the words that can match, numbered as the index
    numbers every word (the words between are counted, not stemmed), or only in order when
    nothing asks how far apart they are (`counted`). Unless `exact` (sentences and paragraphs
    are numbered by every word), a gap longer than FAR characters only counts as farther than
    any distance: counting every word of a text was most of a page's snippets' cost. Only
    the words `around` ((start, end) characters, in order; see where) are numbered when
    given, each region farther from the next than any distance."""
    found: dict[int, tuple[int, int, str]] = {}
    number = -1
    for region_start, region_end in around if around is not None else ((0, len(text)),):
        number += MAX_DISTANCE + 1 if found else 0
        position, last_start = region_start, -1
        for start, end, token in probed_spans(text, leaves, region_start, region_end):
            if start == last_start:  # another part of the same word (`Café-Bar`)
                number += 1
            else:
                gap = 1
                if counted:
                    far = not exact and start - position > FAR
                    gap = MAX_DISTANCE + 1 if far else _count(text[position:start])
                number += 1 + gap
                position, last_start = end, start
            found[number] = (start, end, token)
    return found


def _count(piece: str) -> int:
    """How many words a piece of text holds. Counted as written: folding it as the index does
    (text.tokens) changes no count but a rare ligature's, and costs four times as much."""
    return len(WORD.findall(piece)) if piece else 0


def where(text: str, tree, begin: int = 0) -> list[tuple[int, int]] | None:
    """The regions ((start, end) characters, in order) where the hits of a tree that begin at
    or after `begin` can be; None where they may be anywhere (sentences and paragraphs, words
    the probes cannot find), or where the regions would hold most of the text anyway."""
    lowered, spans = text[begin:].lower(), []
    if len(lowered) != len(text) - begin:  # a letter whose lower case is longer shifts offsets
        return None
    for node in hit_nodes(tree):
        options = [(candidates_pattern(leaf), reach) for leaf, reach in _anchors(node)]
        if not options or any(pattern is None for pattern, _ in options):
            return None
        found = [
            ([m.span() for m in pattern.finditer(lowered)], reach) for pattern, reach in options
        ]
        places, reach = min(found, key=lambda option: len(option[0]))
        # Two more words: a ligature may make a word of the text two tokens.
        spans += [
            words_around(text, begin + start, begin + end, reach + 2) for start, end in places
        ]
    regions: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    held = sum(end - start for start, end in regions)
    return None if held > (len(text) - begin) // 2 else regions


def hit_nodes(tree) -> list:
    """The nodes whose occurrences are hits (match._hits): words, phrases and pairs, outside
    negations and fields."""
    if isinstance(tree, And | Or):
        return [node for child in tree.children for node in hit_nodes(child)]
    return [tree] if isinstance(tree, Term | Prefix | Phrase | Near) else []


def _anchors(node) -> list[tuple]:
    """(leaf, reach) of each leaf that every occurrence of a node holds, one of which is
    enough, with how many words beyond it the occurrence can reach: for a pair, either side,
    reaching across the distance and the other side."""
    if isinstance(node, Near):
        if node.unit:
            return []
        return [
            (node.left, node.distance + _length(node.right)),
            (node.right, node.distance + _length(node.left)),
        ]
    return [(node, 0)]


def _length(leaf) -> int:
    """A leaf's words less one."""
    return len(leaf.tokens) - 1 if isinstance(leaf, Phrase) else 0


@functools.lru_cache(maxsize=256)
def candidates_pattern(leaf) -> re.Pattern | None:
    """A lower-case pattern of where a leaf may occur (more places than it does: the words
    holding the first letters of its words, and for a phrase those words one after the
    other), or None when its words cannot be probed."""
    words = [Term(token) for token in leaf.tokens] if isinstance(leaf, Phrase) else [leaf]
    found = [leaf_probes(word) for word in words]
    if any(not probes for probes in found):
        return None
    each = [f"(?:{'|'.join(sorted(probes))})[^\\W_]*" for probes in found]
    # No look-behind for the start of a word: the pattern then begins with letters, which
    # the regular expression engine looks for far faster.
    return re.compile(r"[\W_]+".join(each))


def words_around(text: str, start: int, end: int, count: int) -> tuple[int, int]:
    """From the start of the `count`th word before `start` to the end of the `count`th word
    after `end` (the text's ends where it has fewer)."""
    return _back(text, start, count), _forth(text, end, count)


def _back(text: str, start: int, count: int) -> int:
    if count == 0:
        return start
    size = 16 * (count + 1)
    while True:
        begin = max(0, start - size)
        found = [word.start() for word in WORD.finditer(text, begin, start)]
        # The first word found may be cut by `begin`: it counts only where the text begins.
        if len(found) > count or (begin == 0 and len(found) >= count):
            return found[-count]
        if begin == 0:
            return 0
        size *= 2


def _forth(text: str, end: int, count: int) -> int:
    if count == 0:
        return end
    size = 16 * (count + 1)
    while True:
        stop = min(len(text), end + size)
        found = [word.end() for word in WORD.finditer(text, end, stop)]
        if len(found) > count or (stop == len(text) and len(found) >= count):
            return found[count - 1]
        if stop == len(text):
            return stop
        size *= 2
