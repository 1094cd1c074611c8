"""Full-text search: the query language, the engines, facet counts and the index's write path.
The only package that knows which database it runs on.

    parsed = search.parse(request.GET["q"])        # syntax tree and notes, never raises
    rulings = search.filter(Ruling.objects.all(), parsed)
    results = search.Ranked(rulings, parsed)        # sliceable, for a Paginator
    counts = search.count_facets(...)               # every facet's options, in one statement
    search.update_index(ids)                        # the write path keeps the index current
    search.analyze()                                # and, after a bulk write, the statistics
    search.data_version()                           # changes with every write (cache keys)

What an engine answers is in engine.py; postgres/ and sqlite.py answer it.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils.safestring import SafeString

from . import versions
from .conditions import cited, field_notes, field_q, to_q
from .engine import Engine
from .engines import engine
from .facets import FACETS, Counts, Facet, count_facets
from .index import BATCH, bulk, refresh_facets, reindex, update_index
from .passages import Snippet
from .passages import text_snippet as snippet
from .query import And, Near, Or, Parsed, Phrase, Prefix, Term, parse
from .statistics import analyze, unanalyzed
from .versions import data_version, touch

__all__ = [
    "BATCH",
    "FACETS",
    "Counted",
    "Counts",
    "Engine",
    "Facet",
    "Parsed",
    "Ranked",
    "Snippet",
    "analyze",
    "bulk",
    "cited",
    "count",
    "count_facets",
    "data_version",
    "engine",
    "field_q",
    "filter",
    "highlight",
    "parse",
    "refresh_facets",
    "reindex",
    "ruling_snippets",
    "shared",
    "snippet",
    "touch",
    "unanalyzed",
    "update_index",
]


def filter(rulings: QuerySet, parsed: Parsed) -> QuerySet:  # noqa: A001 - reads as search.filter
    """The rulings that match the query (all of them for an empty query)."""
    if parsed.tree is None:
        return rulings
    key = engine().name
    if key not in parsed.compiled:
        parsed.compiled[key] = to_q(prepared(parsed), engine().match_q, parsed.compiled)
        notes = [*field_notes(parsed.tree), *versions.unit_notes(parsed.tree)]
        parsed.notes.extend(note for note in notes if note not in parsed.notes)
    return rulings.filter(parsed.compiled[key])


def prepared(parsed: Parsed):
    """The syntax tree as the engine answers it (see Engine.prepare), worked out once."""
    key = (engine().name, "tree")
    if key not in parsed.compiled:
        parsed.compiled[key] = engine().prepare(parsed.tree)
    return parsed.compiled[key]


def shared(rulings: QuerySet) -> QuerySet:
    """The same rulings, selected so that the statements of one page can share them cheaply."""
    return engine().shared(rulings)


def count(rulings: QuerySet) -> int:
    """How many rulings match, counted on the index's rows (a page's floor)."""
    return engine().count(rulings)


def ruling_snippets(rulings: list, parsed: Parsed | None) -> list[SafeString]:
    return engine().snippets(rulings, parsed)


def highlight(text: str, parsed: Parsed | None, links=()) -> tuple[SafeString, int]:
    return engine().highlight(text, parsed, links)


def rank_tree(tree):
    """What relevance is measured against: every text leaf outside negations, OR-ed."""
    found = list(dict.fromkeys(_positive_text(tree))) if tree is not None else []
    if not found:
        return None
    return found[0] if len(found) == 1 else Or(tuple(found))


def _positive_text(node) -> list:
    if isinstance(node, And | Or):
        return [leaf for child in node.children for leaf in _positive_text(child)]
    if isinstance(node, Term | Prefix | Phrase | Near):
        return [node]
    return []


class Ranked:
    """Matching rulings in order of relevance, sliceable for a Paginator.

    Only the requested slice is ranked out and loaded, with `for_list()` applied.
    """

    def __init__(self, rulings: QuerySet, parsed: Parsed, count: int | None = None):
        self.rulings = rulings
        self.tree = rank_tree(prepared(parsed))
        self._count = count

    def count(self) -> int:
        if self._count is None:
            self._count = self.rulings.count()
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list:
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        if self.tree is None or stop <= start:
            return list(self.rulings.for_list().newest_first()[start:stop])
        ids = engine().rank(self.rulings, self.tree, start, stop - start, self.count())
        return in_order(self.rulings.model.objects.for_list(), ids)

    def iterate(self, loaded: QuerySet, limit: int, chunk_size: int) -> Iterator:
        """The first `limit` rulings in order of relevance, ranked once and loaded from
        `loaded` a chunk at a time (an export)."""
        if self.tree is None:
            rulings = loaded.filter(pk__in=self.rulings.values("pk")).newest_first()
            yield from rulings[:limit].iterator(chunk_size=chunk_size)
            return
        ids = engine().rank(self.rulings, self.tree, 0, limit, self.count())
        for start in range(0, len(ids), chunk_size):
            yield from in_order(loaded, ids[start : start + chunk_size])


class Counted:
    """A queryset whose count is already known (from the facet counts), for a Paginator.

    With `loaded`, a page's ids are picked first, by a statement that selects nothing else,
    and its rulings are then read from `loaded`: an order that no index gives (most cited)
    sorts the ids of every match, where it would otherwise build every match's row (the start
    of its text) before sorting them (10 s against 0.2 s at 100,000 rulings). With
    `later_only`, only for a page after the first, whose rows would otherwise each be built
    for the rows it skips (page 50 of a date order: the starts of 980 texts read, 110 ms)."""

    def __init__(
        self,
        rulings: QuerySet,
        count: int,
        loaded: QuerySet | None = None,
        later_only: bool = False,
    ):
        self.rulings = rulings
        self._count = count
        self.loaded = loaded
        self.later_only = later_only

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if self.loaded is None or not isinstance(index, slice):
            return self.rulings[index]
        if self.later_only and not index.start:
            return self.rulings[index]
        return in_order(self.loaded, list(self.rulings.values_list("pk", flat=True)[index]))


def in_order(loaded: QuerySet, ids: list[int]) -> list:
    """The rulings of `ids` read from `loaded`, in the order of `ids`."""
    found = loaded.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
