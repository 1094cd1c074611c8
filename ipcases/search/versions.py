"""What the index was built with, so that a query asks it in the words it holds.

The table ipcases_search_state notes the version of the kept word forms (text.KEPT_FORMS) the
index was built with, as ('words', version), and on PostgreSQL that of the terms of art, as
('terms', version), and the version of the data as ('data', token), which every write
changes (see data_version). An empty index is of every version: the migrations note the current ones
when no passage exists yet, and `reindex_search` does after a rebuild. An index built before
a change is asked in the stems it holds as well (`legacy`) until it is rebuilt: `willful` then
finds what `will` found before, and the rulings written since, so no search finds less than
it did.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from django.db import connection

from . import reading, text
from .query import And, Near, Not, Or, Phrase, Term

STATE = "ipcases_search_state"
# A phrase or proximity search asks an older index at most this many spellings.
MAX_SPELLINGS = 16


def keeps(node) -> bool:
    """Whether a tree names a kept word (whose token an older index does not hold)."""
    if isinstance(node, And | Or):
        return any(keeps(child) for child in node.children)
    if isinstance(node, Not):
        return keeps(node.child)
    if isinstance(node, Near):
        return keeps(node.left) or keeps(node.right)
    if isinstance(node, Term):
        return node.token in text.KEPT_FORMS
    if isinstance(node, Phrase):
        return any(token in text.KEPT_FORMS for token in node.tokens)
    return False


def held() -> dict[str, str]:
    """The versions the index notes it holds, by name: read once within `read_once`."""
    once = _once.get()
    if once:
        return dict(once[0])
    with reading.database().cursor() as cursor:
        cursor.execute(f"SELECT name, value FROM {STATE}")
        found = dict(cursor.fetchall())
    if once is not None:
        once.append(found)
    return dict(found)


# The versions read within read_once (empty until they are read), else None.
_once: ContextVar[list[dict[str, str]] | None] = ContextVar("ipcases_versions_once", default=None)


@contextmanager
def read_once() -> Iterator[None]:
    """A context (a request that only reads) in which the versions are read once, at the first
    statement that asks: a page's statements then go by the versions of its start, and what
    the page keeps under them (kept.py) is computed from that data or newer, as when each
    read them (a page read them 1-4 times)."""
    token = _once.set([])
    try:
        yield
    finally:
        _once.reset(token)


def holds_words(versions: dict[str, str]) -> bool:
    return versions.get("words") == text.WORDS_VERSION


def record(name: str = "words", value: str = text.WORDS_VERSION) -> None:
    """Note that every ruling is now indexed with this version."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {STATE} WHERE name = %s", [name])
        cursor.execute(f"INSERT INTO {STATE} (name, value) VALUES (%s, %s)", [name, value])


def data_version() -> str:
    """A token that changes with every write to the catalogue (see touch): what cached pages
    are keyed by. Read it before the data a cached value is computed from, from the same
    database (a replica while the page reads from one)."""
    with reading.database().cursor() as cursor:
        cursor.execute(f"SELECT value FROM {STATE} WHERE name = 'data'")
        row = cursor.fetchone()
    return row[0] if row else "0"


def touch() -> None:
    """Note that the catalogue changed, in the writer's transaction: a reader that sees the
    new data sees the new version too, so nothing cached from the old data is served again."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {STATE} (name, value) VALUES ('data', %s) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [uuid.uuid4().hex],
        )


def legacy(node):
    """The tree in the tokens of an index built before its kept words were kept."""
    if isinstance(node, And | Or):
        return type(node)(tuple(legacy(child) for child in node.children))
    if isinstance(node, Not):
        return Not(legacy(node.child))
    spellings = _spellings(node)
    return spellings[0] if len(spellings) == 1 else Or(tuple(spellings))


def _spellings(node) -> list:
    if isinstance(node, Term) and node.token in text.KEPT_FORMS:
        return [Term(token, node.column) for token in _stems(node.token)]
    if isinstance(node, Phrase):
        options = [_stems(token) for token in node.tokens]
        found = itertools.islice(itertools.product(*options), MAX_SPELLINGS)
        return [Phrase(tokens, node.column) for tokens in found]
    if isinstance(node, Near):
        pairs = itertools.product(_spellings(node.left), _spellings(node.right))
        found = itertools.islice(pairs, MAX_SPELLINGS)
        return [replace(node, left=left, right=right) for left, right in found]
    return [node]


def _stems(token: str) -> tuple[str, ...]:
    """A kept token and the stems an older index holds for it: rulings written since the
    upgrade hold the kept token, the others the stems."""
    return (token, *text.stems(token)) if token in text.KEPT_FORMS else (token,)


def unit_notes(node) -> list[str]:
    """A note when a tree asks for sentences or paragraphs that an index built before they
    were indexed does not hold (until `reindex_search`)."""
    if not _has_units(node) or held().get("units") == text.UNITS_VERSION:
        return []
    return [
        "Sentences and paragraphs (/s, /p) are found only in rulings indexed since the upgrade "
        "that added them, until the index is rebuilt (manage.py reindex_search)."
    ]


def _has_units(node) -> bool:
    if isinstance(node, And | Or):
        return any(_has_units(child) for child in node.children)
    if isinstance(node, Not):
        return _has_units(node.child)
    return isinstance(node, Near) and bool(node.unit)
