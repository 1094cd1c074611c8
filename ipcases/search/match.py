"""The query language evaluated in Python on one passage's tokens.

This is the reference meaning of every text operator. SQLite uses it to check the word order
of pre/N (FTS5's NEAR is unordered) on the few passages NEAR already matched; the tests use it
to state what both engines must return. Snippets and highlights use `marker`.
"""

from __future__ import annotations

from collections.abc import Callable

from .query import And, Near, Not, Or, Phrase, Prefix, Term


def matches(node, columns: dict[str, list[str]]) -> bool:
    """Whether a passage (column name -> tokens) satisfies a text subtree."""
    if isinstance(node, And):
        return all(matches(child, columns) for child in node.children)
    if isinstance(node, Or):
        return any(matches(child, columns) for child in node.children)
    if isinstance(node, Not):
        return not matches(node.child, columns)
    if isinstance(node, Near):
        return any(_near(node, tokens) for tokens in _columns(node.left, columns))
    return any(_spans(node, tokens) for tokens in _columns(node, columns))


def _columns(node, columns: dict[str, list[str]]) -> list[list[str]]:
    if node.column:
        return [columns.get(node.column, [])]
    return list(columns.values())


def _spans(node, tokens: list[str]) -> list[tuple[int, int]]:
    """(first, last) token index of every occurrence of a term, prefix or phrase."""
    if isinstance(node, Term):
        return [(i, i) for i, token in enumerate(tokens) if token == node.token]
    if isinstance(node, Prefix):
        return [(i, i) for i, token in enumerate(tokens) if token.startswith(node.token)]
    size = len(node.tokens)
    return [
        (i, i + size - 1)
        for i in range(len(tokens) - size + 1)
        if tuple(tokens[i : i + size]) == node.tokens
    ]


def _near(node: Near, tokens: list[str]) -> bool:
    lefts, rights = _spans(node.left, tokens), _spans(node.right, tokens)
    for left_start, left_end in lefts:
        for right_start, right_end in rights:
            if 1 <= right_start - left_end <= node.distance:
                return True
            if not node.ordered and 1 <= left_start - right_end <= node.distance:
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
    return lambda token: token in exact or (bool(prefixes) and token.startswith(prefixes))
