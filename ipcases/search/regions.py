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
from collections.abc import Iterable, Iterator

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


def where(text: str, tree, begin: int = 0) -> Iterable[tuple[int, int]] | None:
    """The regions ((start, end) characters, in order) where the hits of a tree that begin at
    or after `begin` can be; None where they may be anywhere (sentences and paragraphs, words
    the probes cannot find), or where the regions would hold most of the text anyway. The
    regions of a single phrase or pair are worked out as they are read: a result that shows
    its first passages reads only the first few."""
    lowered = text[begin:].lower()
    if len(lowered) != len(text) - begin:  # a letter whose lower case is longer shifts offsets
        return None
    anchors = []
    for node in hit_nodes(tree):
        options = [(candidates_pattern(leaf), reach) for leaf, reach in _anchors(node)]
        if not options or any(pattern is None for pattern, _ in options):
            return None
        found = [
            ([m.span() for m in pattern.finditer(lowered)], reach) for pattern, reach in options
        ]
        places, reach = min(found, key=lambda option: len(option[0]))
        # Two more words: a ligature may make a word of the text two tokens.
        anchors.append(([(begin + start, begin + end) for start, end in places], reach + 2))
    if _most_of(anchors, len(lowered)):
        return None
    if len(anchors) == 1:
        places, reach = anchors[0]
        return _merged(words_around(text, start, end, reach) for start, end in places)
    spans = [words_around(text, *place, reach) for places, reach in anchors for place in places]
    return list(_merged(sorted(spans)))


# Characters a word and the space after it take, on average, in English prose: how the share
# of a text that regions would hold is estimated before they are worked out.
WORD_CHARS = 7


def _most_of(anchors: list, length: int) -> bool:
    """Whether the regions around these places would hold more than half of a text this long
    (then every word is read instead)."""
    held = sum(
        end - start + 2 * reach * WORD_CHARS for places, reach in anchors for start, end in places
    )
    return held > length // 2


def _merged(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans in order of their starts, those that overlap or touch joined."""
    current = None
    for start, end in spans:
        if current and start <= current[1]:
            current = (current[0], max(end, current[1]))
            continue
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


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
        # The words before `start`, read backwards from it by one match.
        found = _words(count).match(text[begin:start][::-1])
        # A word that reaches `begin` may be cut by it: it counts only where the text begins.
        if found and (found.end() < start - begin or begin == 0):
            return start - found.end()
        if begin == 0:
            return 0
        size *= 2


def _forth(text: str, end: int, count: int) -> int:
    if count == 0:
        return end
    found = _words(count).match(text, end)
    return found.end() if found else len(text)


@functools.lru_cache(maxsize=64)
def _words(count: int) -> re.Pattern:
    """`count` words and what comes before each: matched from a place, it ends where the
    `count`th word from there ends (one match, instead of a list of every word). Possessive,
    so that a word is never split to make up the count."""
    return re.compile(rf"(?:[\W_]*+[^\W_]++){{{count}}}")
