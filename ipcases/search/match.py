"""The query language evaluated in Python on one passage's tokens (joined by spaces).

This is the reference meaning of every text operator. SQLite uses it to check the word order
of pre/N (FTS5's NEAR is unordered) and the sentences and paragraphs of /s and /p on the few
passages FTS5 already matched, PostgreSQL the same on word positions it reads from its index;
the tests use it to state what both engines must return. `hits` gives the occurrences that
satisfy a query, which snippets and highlights mark (see passages.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .query import PARAGRAPH, And, Field, Near, Not, Or, Phrase, Prefix, Term

# Where the sentences and the paragraphs of a column begin (token numbers, ascending).
Units = tuple[list[int], list[int]]


def matches(node, columns: dict[str, str], units: dict[str, Units] | None = None) -> bool:
    """Whether a passage (column name -> its tokens, joined by single spaces) satisfies a text
    subtree. `units` says where a column's sentences and paragraphs begin; a column without is
    one sentence and one paragraph."""
    units = units or {}
    return _matches(node, {name: _Column(text, units.get(name)) for name, text in columns.items()})


class _Column:
    """A column's tokens as one string. Occurrences are found with str.find and numbered by
    counting the spaces before them, both in C: splitting a 3,000-word passage into a list and
    searching it took most of the 110 microseconds a passage's check cost."""

    def __init__(self, text: str, units: Units | None = None):
        self.padded = f" {text} "
        self._positions: dict[str, list[int]] = {}
        self.units = units or ([], [])

    def unit_of(self, unit: str) -> Callable[[int], int]:
        """The number of the sentence or paragraph a token is in."""
        starts = self.units[1 if unit == PARAGRAPH else 0]
        return lambda token: bisect.bisect_right(starts, token)

    def positions(self, needle: str) -> list[int]:
        """The number of each token at which `needle` (" token " or " prefix") begins."""
        if needle not in self._positions:
            found, index, counted = [], 0, 1
            at = self.padded.find(needle)
            while at != -1:
                # The token begins after the space at `at`: its number is the spaces before it.
                index += self.padded.count(" ", counted, at + 1)
                counted = at + 1
                found.append(index)
                at = self.padded.find(needle, at + 1)
            self._positions[needle] = found
        return self._positions[needle]


class Positions(_Column):
    """A passage known by the positions of some of its words (PostgreSQL's document), the
    others unknown."""

    def __init__(self, places: dict[str, list[int]], units: Units):
        self.places = places
        self._positions = {}
        self.units = units

    def positions(self, needle: str) -> list[int]:
        word = needle.strip()
        if " " in word:  # a phrase: where its first word is, followed by the others
            words = word.split()
            rest = [set(self.places.get(w, ())) for w in words[1:]]
            firsts = self.places.get(words[0], [])
            return sorted(p for p in firsts if all(p + i + 1 in at for i, at in enumerate(rest)))
        if needle.endswith(" "):
            return sorted(self.places.get(word, []))
        found = (at for lexeme, at in self.places.items() if lexeme.startswith(word))
        return sorted(p for at in found for p in at)


def matches_positions(node, places: dict[str, list[int]], units: Units) -> bool:
    """Whether a passage known by the positions of its words satisfies a text subtree; every
    column is one sequence of positions (case: is not told apart)."""
    column = Positions(places, units)
    return _matches(node, {"": column, "name": column})


def _matches(node, columns: dict[str, _Column]) -> bool:
    if isinstance(node, And):
        return all(_matches(child, columns) for child in node.children)
    if isinstance(node, Or):
        return any(_matches(child, columns) for child in node.children)
    if isinstance(node, Not):
        return not _matches(node.child, columns)
    if isinstance(node, Near):
        return any(_near(node, column) for column in _columns(node.left, columns))
    return any(_spans(node, column) for column in _columns(node, columns))


def _columns(node, columns: dict[str, _Column]) -> list[_Column]:
    if node.column:
        return [columns[node.column]] if node.column in columns else []
    return list(columns.values())


def _spans(node, column: _Column) -> list[tuple[int, int]]:
    """(first, last) token number of every occurrence of a term, prefix or phrase."""
    if isinstance(node, Term):
        return [(i, i) for i in column.positions(f" {node.token} ")]
    if isinstance(node, Prefix):
        found = set(column.positions(f" {node.token}"))
        found.update(column.positions(f" {node.stem} ") if node.stem else ())
        return [(i, i) for i in sorted(found)]
    size = len(node.tokens)
    return [(i, i + size - 1) for i in column.positions(f" {' '.join(node.tokens)} ")]


def _near(node: Near, column: _Column) -> bool:
    if node.unit:
        return bool(_unit_pairs(node, column, first_only=True))
    rights = _spans(node.right, column)
    if not rights:
        return False
    lefts = _spans(node.left, column)
    if _follows(lefts, rights, node.distance):
        return True
    return not node.ordered and _follows(rights, lefts, node.distance)


def _follows(firsts: list, seconds: list, distance: int) -> bool:
    """Whether some span of `seconds` starts 1 to `distance` tokens after a span of `firsts`
    ends (a binary search per span, not a comparison of every pair)."""
    starts = sorted(start for start, _ in seconds)
    for _, end in firsts:
        found = bisect.bisect_left(starts, end + 1)
        if found < len(starts) and starts[found] <= end + distance:
            return True
    return False


def _unit_pairs(node: Near, column: _Column, first_only: bool = False) -> list:
    """Pairs of occurrences of the two sides in one sentence or paragraph (the left one first
    when ordered), each occurrence whole within it: for each left occurrence, the nearest
    right one that qualifies."""
    unit_of = column.unit_of(node.unit)
    by_unit: dict[int, list[tuple[int, int]]] = {}
    for span in _spans(node.right, column):
        if unit_of(span[0]) == unit_of(span[1]):
            by_unit.setdefault(unit_of(span[0]), []).append(span)
    pairs = []
    for left in _spans(node.left, column):
        unit = unit_of(left[0])
        if unit != unit_of(left[1]):
            continue
        rights = [
            right
            for right in by_unit.get(unit, ())
            if (right[0] > left[1] if node.ordered else right[0] > left[1] or right[1] < left[0])
        ]
        if rights:
            nearest = min(rights, key=lambda right: abs(right[0] - left[0]))
            pairs.append((left, nearest))
            if first_only:
                break
    return pairs


def hits(node, columns: dict[str, str], units: dict[str, Units] | None = None) -> dict:
    """The occurrences that satisfy each part of a text subtree, per column: {column: [(first,
    last, marked spans)]}, where a pair of a proximity connector is one occurrence marking
    both its sides, and an excluded part has none."""
    units = units or {}
    found: dict[str, list] = {}
    for name, text in columns.items():
        column = _Column(text, units.get(name))
        found[name] = sorted(set(_hits(node, column, name)))
    return found


def column_hits(node, column: _Column, name: str = "body") -> list:
    """`hits` on one column (a Positions, say) named `name`."""
    return sorted(set(_hits(node, column, name)))


def _hits(node, column: _Column, name: str) -> list:
    if isinstance(node, And | Or):
        return [hit for child in node.children for hit in _hits(child, column, name)]
    # A field (court:cafc) selects rulings, not words: it marks nothing in a text.
    if isinstance(node, Not | Field) or (
        node.left if isinstance(node, Near) else node
    ).column not in (
        "",
        name,
    ):
        return []
    if isinstance(node, Near):
        return [_pair(left, right) for left, right in _near_pairs(node, column)]
    return [(first, last, ((first, last),)) for first, last in _spans(node, column)]


def _pair(left: tuple[int, int], right: tuple[int, int]) -> tuple:
    ordered = tuple(sorted((left, right)))
    return ordered[0][0], max(left[1], right[1]), ordered


def _near_pairs(node: Near, column: _Column) -> list:
    if node.unit:
        return _unit_pairs(node, column)
    rights = _spans(node.right, column)
    starts = sorted(rights)
    pairs = []
    for left in _spans(node.left, column):
        after = [r for r in starts if left[1] + 1 <= r[0] <= left[1] + node.distance]
        before = [r for r in starts if r[1] + 1 <= left[0] <= r[1] + node.distance]
        options = after + ([] if node.ordered else before)
        if options:
            pairs.append((left, min(options, key=lambda right: abs(right[0] - left[0]))))
    return pairs


def leaves(node) -> list:
    """The terms, prefixes and phrases a tree looks for, outside negations."""
    if isinstance(node, And | Or):
        return [leaf for child in node.children for leaf in leaves(child)]
    if isinstance(node, Near):
        return [node.left, node.right]
    if isinstance(node, Term | Prefix | Phrase):
        return [node]
    return []


def marker(node) -> Callable[[str], bool]:
    """A test for whether one token should be marked in a snippet or highlight."""
    found = leaves(node) if node is not None else []
    exact = {leaf.token for leaf in found if isinstance(leaf, Term)}
    exact.update(token for leaf in found if isinstance(leaf, Phrase) for token in leaf.tokens)
    prefixes = tuple(leaf.token for leaf in found if isinstance(leaf, Prefix))
    exact.update(leaf.stem for leaf in found if isinstance(leaf, Prefix) and leaf.stem)
    return lambda token: token in exact or (bool(prefixes) and token.startswith(prefixes))
