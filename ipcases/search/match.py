"""The query language evaluated in Python on one passage's tokens (joined by spaces).

This is the reference meaning of every text operator. SQLite uses it to check the word order
of pre/N (FTS5's NEAR is unordered) on the few passages NEAR already matched; the tests use it
to state what both engines must return. Snippets and highlights use `marker`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .query import And, Near, Not, Or, Phrase, Prefix, Term


def matches(node, columns: dict[str, str]) -> bool:
    """Whether a passage (column name -> its tokens, joined by single spaces) satisfies a text
    subtree."""
    return _matches(node, {name: _Column(text) for name, text in columns.items()})


class _Column:
    """A column's tokens as one string. Occurrences are found with str.find and numbered by
    counting the spaces before them, both in C: splitting a 3,000-word passage into a list and
    searching it took most of the 110 microseconds a passage's check cost."""

    def __init__(self, text: str):
        self.padded = f" {text} "
        self._positions: dict[str, list[int]] = {}

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
