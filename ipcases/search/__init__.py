"""Full-text search: the query language and the engines. The only module that knows which
database it runs on.

    parsed = search.parse(request.GET["q"])        # syntax tree and notes, never raises
    rulings = search.filter(Ruling.objects.all(), parsed)
    results = search.Ranked(rulings, parsed)        # sliceable, for a Paginator
    search.update_index(ids)                        # the write path keeps the index current
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import ModuleType

from django.db import connection, transaction
from django.db.models import QuerySet

from . import postgres, sqlite, versions
from .conditions import field_q, to_q
from .query import And, Near, Or, Parsed, Phrase, Prefix, Term, parse
from .snippets import highlight, ruling_snippet, ruling_snippets, snippet
from .text import passages

__all__ = [
    "Counted",
    "bulk",
    "Parsed",
    "Ranked",
    "field_q",
    "heavy_statement",
    "filter",
    "highlight",
    "id_list",
    "among",
    "materialize",
    "parse",
    "restrict",
    "ruling_snippet",
    "ruling_snippets",
    "snippet",
    "update_index",
]

BATCH = 500


def engine() -> ModuleType:
    return postgres if connection.vendor == "postgresql" else sqlite


@contextmanager
def heavy_statement(sql: str = "") -> Iterator[None]:
    """Settings for one statement over every match (facet counts): on PostgreSQL more memory
    for sorting and grouping, no JIT compilation (whose planning estimates for such statements
    make it compile for 100-200 ms to save nothing), and for a statement that reads words on
    the search rows (see restrict), the word index rather than a sequential scan, and hash joins
    rather than a word test per joined row (see postgres.statement_settings)."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(postgres.statement_settings(sql, every_match=True))
        yield


def restrict(rulings: QuerySet, column: str = "ruling_id", words: str = "") -> tuple[str, list]:
    """SQL limiting `column` (a ruling id in a search table) to the rulings of a queryset.
    `words` names the word vector of the same search row (ipcases_search_ruling), when the
    statement reads it: PostgreSQL then tests words queries on it directly."""
    return engine().restrict(rulings, column, words)


def id_list(column: str) -> str:
    """An aggregate listing `column` (ruling ids) of a group as "3,5,8", where the engine
    passes a page's rulings on as an id list (PostgreSQL); else "" (SQLite, whose statements
    share subqueries instead)."""
    return engine().id_list(column)


def among(rulings: QuerySet, ids: str) -> QuerySet:
    """These rulings, of the ids listed as "{3,5,8}" (see id_list)."""
    return rulings.filter(pk__any_of=ids)


def materialize(rulings: QuerySet) -> QuerySet:
    """The same rulings, selected so that the statements of one page can share them cheaply
    (on PostgreSQL, as one id array read once)."""
    return engine().materialize(rulings)


def filter(rulings: QuerySet, parsed: Parsed) -> QuerySet:  # noqa: A001 - reads as search.filter
    """The rulings that match the query (all of them for an empty query)."""
    if parsed.tree is None:
        return rulings
    key = connection.vendor
    if key not in parsed.compiled:
        parsed.compiled[key] = to_q(prepared(parsed), engine().match_q)
    return rulings.filter(parsed.compiled[key])


def prepared(parsed: Parsed):
    """The syntax tree as the engine answers it (see postgres.prepare), worked out once."""
    key = (connection.vendor, "tree")
    if key not in parsed.compiled:
        parsed.compiled[key] = engine().prepare(parsed.tree)
    return parsed.compiled[key]


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
        ids = engine().ranked_ids(self.rulings, self.tree, start, stop - start, self.count())
        found = self.rulings.model.objects.for_list().in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]


class Counted:
    """A queryset whose count is already known (from the facet counts), for a Paginator."""

    def __init__(self, rulings: QuerySet, count: int):
        self.rulings = rulings
        self._count = count

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        return self.rulings[index]


def bulk():
    """A context for writing many rulings at once: on PostgreSQL the passages' position index
    is dropped and built again at the end, which is several times faster than keeping a RUM
    index up to date row by row. Searches meanwhile read without it."""
    return engine().bulk()


def update_index(ruling_ids: Iterable[int]) -> None:
    """Bring the search index up to date for these rulings (called by the write path)."""
    ids = list(ruling_ids)
    for start in range(0, len(ids), BATCH):
        _index_batch(ids[start : start + BATCH])


def reindex(progress=None) -> int:
    """Rebuild the whole index; returns the number of rulings indexed."""
    from .. import facets
    from ..models import Ruling

    engine().clear()
    facets.clear()
    ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
    with bulk():
        for start in range(0, len(ids), BATCH):
            _index_batch(ids[start : start + BATCH])
            if progress:
                progress(min(start + BATCH, len(ids)), len(ids))
    versions.record()
    engine().record_terms()
    return len(ids)


def _index_batch(ids: list[int]) -> None:
    from .. import facets
    from ..models import CaseParty, Ruling

    rulings = Ruling.objects.filter(pk__in=ids).select_related("case__court")
    rulings = rulings.prefetch_related("citations")
    parties: dict[int, list[str]] = {}
    links = CaseParty.objects.filter(case__rulings__in=ids).select_related("party").distinct()
    for link in links:
        parties.setdefault(link.case_id, []).append(link.party.display_name)
    rows = []
    for ruling in rulings:
        head = {
            "name": f"{ruling.case.name} {ruling.case.short_name}",
            "cites": " ".join(c.cite for c in ruling.citations.all()),
            "parties": " ".join(parties.get(ruling.case_id, [])),
            "summary": ruling.summary,
        }
        rows.append((ruling.pk, boost(ruling), passages(head, ruling.text)))
    missing = set(ids) - {row[0] for row in rows}
    rows.extend((pk, 1.0, []) for pk in missing)
    # One transaction: a ruling's words and facet values share a row, and appear together.
    with transaction.atomic():
        engine().write(rows)
        facets.refresh(ids)


def boost(ruling) -> float:
    """A mild preference for precedential and appellate rulings in relevance order."""
    value = 1.0
    if ruling.precedential_status == "precedential":
        value *= 1.25
    if ruling.case.court.level in ("appellate", "final"):
        value *= 1.1
    return value
