"""The contract of a search engine: everything the catalogue asks of a full-text index.

PostgreSQL (`postgres/`) and SQLite (`sqlite.py`) implement it on the catalogue's own database;
`search.engine()` gives the one of the connection. Another engine (a distributed search
service, say) would implement the same methods and nothing outside `ipcases/search/` would
change: pages, the API, exports and analytics only see rulings as QuerySets, counts, ids in
order, and HTML snippets.

A query reaches an engine as a syntax tree (`query.py`), prepared once per engine (`prepare`).
Every method that reads takes the rulings to consider as a QuerySet of Ruling, so that any
filter of the FilterSet combines with a text query.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import NamedTuple, Protocol

from django.db.models import Q, QuerySet
from django.utils.safestring import SafeString

from .query import Node, Parsed
from .text import Passage


class IndexedRuling(NamedTuple):
    """What the write path gives an engine for one ruling: its passages (name, citations,
    parties, summary and body, cut into pieces) and its boost in relevance order. A ruling
    without passages is one that is no longer stored."""

    ruling_id: int
    boost: float
    passages: list[Passage]


class FacetGroupCount(NamedTuple):
    """How many of the rulings counted share one facet group (a combination of facet values
    and IP types, see facets.py, which reads each group's values by its id), and, where the
    engine lists them, which: an opaque value that only the same engine's `among` reads."""

    group: int
    count: int
    rulings: object = None


class Engine(Protocol):
    name: str

    # Reading
    def prepare(self, tree: Node) -> Node:
        """The tree as this index answers it (terms of art, stems of an older index)."""

    def match_q(self, node: Node) -> Q:
        """The condition on Ruling for a group of text leaves (words, phrases, prefixes,
        proximity, `case:`) of a prepared tree."""

    def shared(self, rulings: QuerySet) -> QuerySet:
        """The same rulings, selected so that the several statements of one page (count,
        facets, ranking, rows) share the work of selecting them."""

    def count(self, rulings: QuerySet) -> int:
        """How many rulings match, counted on the index's own rows."""

    def rank(self, rulings: QuerySet, node: Node, offset: int, limit: int, total: int) -> list[int]:
        """Ids of a slice of the rulings in order of relevance to the text leaves in `node`;
        `total` is how many rulings there are (known from the facet counts)."""

    def facet_groups(self, rulings: QuerySet, list_rulings: bool) -> list[FacetGroupCount]:
        """The rulings counted by facet group, in one statement; with `list_rulings`, each
        group also says which rulings it holds (see `among`)."""

    def lists_to_share(self, rulings: QuerySet) -> bool:
        """Whether the facet statement lists these rulings even with no facet in use, because
        `shared` would otherwise select them again (the page then shares that list)."""

    def among(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet | None:
        """The rulings of these groups, as a QuerySet, when `facet_groups` listed them; else
        None (the caller then filters as usual)."""

    def in_groups(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet | None:
        """The rulings of these few groups that `rulings` selects, listed from the groups'
        index, where the engine lists them (a narrow facet's page); else None."""

    def snippets(self, rulings: list, parsed: Parsed | None) -> list[SafeString]:
        """For each ruling of a page, the passages that satisfy the query with its matches
        marked (passages.Snippet: the first passage's HTML, with every passage shown)."""

    def first_passages(self, ruling_ids: list[int], nodes: list[Node]) -> dict[int, int | None]:
        """For each of these rulings whose passages say where they begin in its text: where the
        first passage whose body may hold an occurrence of one of these nodes begins (more
        passages than hold one may be named, never a later one), or None where no passage's
        body holds one."""

    def highlight(self, text: str, parsed: Parsed | None, links=()) -> tuple[SafeString, int]:
        """A whole text with the query's matches marked and numbered, keeping its links;
        and how many matches were marked."""

    # The write path
    def build(self, ruling: IndexedRuling) -> object:
        """What `store` writes for one ruling, worked out without the database (a bulk write
        builds it in worker processes, see workers.py): it must be picklable."""

    def store(self, built: list) -> None:
        """Replace the indexed text of these rulings, each as `build` gave it."""

    def clear(self) -> None:
        """Forget every ruling (before the whole index is built again)."""

    def bulk(self) -> AbstractContextManager[None]:
        """A context for writing many rulings at once, faster than one at a time."""

    def regrouping(self, ruling_ids: list[int]) -> AbstractContextManager[None]:
        """A context, inside the writer's transaction, around a change of these rulings'
        words or facet groups, for what the engine counts of them by group."""

    def record_versions(self) -> None:
        """Note that every ruling is indexed with this version of the engine's own forms (terms
        of art, word order in sentences and paragraphs)."""

    # Planner statistics (see statistics.py)
    def analyze(self, tables: list[str]) -> None:
        """Gather the statistics the planner reads for these tables."""

    def unanalyzed(self, tables: list[str]) -> list[str]:
        """Those of these tables that hold rows but have no statistics."""
