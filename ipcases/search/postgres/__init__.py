"""The PostgreSQL engine: hand-built weighted tsvectors of each ruling's passages (RUM, or GIN
without the rum extension), a stripped word vector and a facet group per ruling, and the head
words' scores for a first ranking stage.

- matches.py: the conditions a query becomes, and the settings of heavy statements;
- ranking.py: relevance order;
- selection.py: the id array or words query that alone selects a page's rulings;
- located.py: where a listed ruling's first matching passage begins;
- grouping.py: a long id array's facet groups, counted in the process;
- tallies.py: each common word's rulings by facet group, kept by the write path;
- index.py: the write path of these tables;
- statistics.py: the planner's statistics of every table.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db.models import QuerySet

from ..engine import FacetGroupCount
from ..sql import SQLEngine
from . import grouping, index, located, matches, ranking, selection, statistics, tallies


class PostgresEngine(ranking.Tuning, SQLEngine):
    name = "postgresql"

    prepare = staticmethod(matches.prepare)
    match_q = staticmethod(matches.match_q)
    restrict = staticmethod(matches.restrict)
    shared = staticmethod(selection.materialize)
    lists_to_share = staticmethod(selection.materializes)
    first_passages = staticmethod(located.first_passages)
    build = staticmethod(index.literals)
    store = staticmethod(index.store)
    regrouping = staticmethod(tallies.adjusted)
    record_versions = staticmethod(index.record_versions)
    unanalyzed = staticmethod(statistics.unanalyzed)

    def clear(self) -> None:
        index.clear()
        tallies.clear()

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """The passages' position index is built again at the end (see index.bulk), and the
        common words' tallies counted again (see tallies)."""
        tallies.out_of_date()
        with index.bulk():
            yield
        tallies.recount()

    def analyze(self, tables: list[str]) -> None:
        """ANALYZE, and the common words' tallies counted again where they are out of date."""
        statistics.analyze(tables)
        if index.RULINGS in tables and not tallies.is_kept():
            tallies.recount()

    def id_list(self, column: str) -> str:
        return f"string_agg({column}::text, ',')"

    def fetch_heavy(self, sql: str, params: list) -> list[tuple]:
        """With more memory for sorting and grouping, no JIT compilation (whose planning
        estimates for such statements make it compile for 100-200 ms to save nothing), and for
        a statement that reads words on the search rows, the word index rather than a
        sequential scan, and hash joins (see matches.statement_settings)."""
        return matches.fetch(matches.statement_settings(sql, every_match=True), sql, params)

    def grouped(self, rulings: QuerySet, list_rulings: bool, statement: str, params: list):
        """Rulings that are one long id array are counted in this process (see grouping), and
        one common word's matches from its tallies (see tallies)."""
        found = grouping.counted(rulings, list_rulings)
        if found is None:
            found = tallies.grouped(rulings, list_rulings, statement, params, self.fetch_heavy)
        return super().grouped(rulings, list_rulings, statement, params) if found is None else found

    def rank(self, rulings: QuerySet, node, offset: int, limit: int, total: int) -> list[int]:
        return ranking.ranked_ids(rulings, node, offset, limit, total, self)

    def among(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet:
        """The rulings of the groups, from the id lists the grouping made, as one array."""
        return rulings.filter(pk__any_of="{" + ",".join(g.rulings for g in groups) + "}")

    def in_groups(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet:
        """The rulings of the groups, read from the search rows' facet group index (with the
        queryset's conditions beside it), as one array."""
        sql = f"SELECT array_agg(ruling_id)::text FROM {index.RULINGS} WHERE facet_group = ANY(%s)"
        params: list = ["{" + ",".join(str(g.group) for g in groups) + "}"]
        if rulings.query.where:
            condition, more = self.restrict(rulings, "ruling_id", words="words", year="year")
            sql, params = f"{sql} AND {condition}", params + more
        found = self.fetch_heavy(sql, params)[0][0]
        return rulings.model.objects.filter(pk__any_of=found or "{}")
