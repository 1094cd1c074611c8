"""The query language evaluated in Python on one passage's tokens.

This is the reference meaning of every text operator. SQLite uses it to check the word order
of pre/N (FTS5's NEAR is unordered) on the few passages NEAR already matched; the tests use it
to state what both engines must return. Snippets and highlights use `marker`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .query import And, Near, Not, Or, Phrase, Prefix, Term


def matches(node, columns: dict[str, list[str]]) -> bool:
    """Whether a passage (column name -> tokens) satisfies a text subtree."""
    return _matches(node, {name: _Column(tokens) for name, tokens in columns.items()})


class _Column:
    """A column's tokens, with the positions of the tokens asked for so far."""

    def __init__(self, tokens: list[str]):
        self.tokens = tokens
        self._positions: dict[str, list[int]] = {}

    def positions(self, token: str) -> list[int]:
        if token not in self._positions:
            found, position = [], -1
            try:
                while True:  # list.index searches in C, much faster than a Python loop
                    position = self.tokens.index(token, position + 1)
                    found.append(position)
            except ValueError:
                pass
            self._positions[token] = found
        return self._positions[token]


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
    """(first, last) token index of every occurrence of a term, prefix or phrase."""
    if isinstance(node, Term):
        return [(i, i) for i in column.positions(node.token)]
    if isinstance(node, Prefix):
        return [
            (i, i)
            for i, token in enumerate(column.tokens)
            if token.startswith(node.token) or token == node.stem
        ]
    first, rest, size = node.tokens[0], list(node.tokens[1:]), len(node.tokens)
    tokens = column.tokens
    return [(i, i + size - 1) for i in column.positions(first) if tokens[i + 1 : i + size] == rest]


def _near(node: Near, column: _Column) -> bool:
    lefts, rights = _spans(node.left, column), _spans(node.right, column)
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
