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

from .. import kept
from ..engine import FacetGroupCount
from ..sql import SQLEngine
from . import grouping, index, located, matches, ranking, selection, statistics, tallies

# in_groups in one process: the word index's matches are few pages to visit for a worker to
# take (`"claim construction"&outcome=holder_won`: 17.0 ms with two workers, 10.4 in one).
SERIAL = "set_config('max_parallel_workers_per_gather', '0', true)"


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

    def group_sizes(self) -> dict[int, int]:
        """{group: its number of rulings}, read once a write."""
        return kept.in_memory(
            "size of each group", lambda: {row.group: row.count for row in self.every_group()}
        )

    def rank(self, rulings: QuerySet, node, offset: int, limit: int, total: int) -> list[int]:
        return ranking.ranked_ids(rulings, node, offset, limit, total, self)

    def among(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet:
        """The rulings of the groups, from the id lists the grouping made, as one array."""
        return rulings.filter(pk__any_of="{" + ",".join(g.rulings for g in groups) + "}")

    def in_groups(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet:
        """The rulings of the groups, read from the search rows' facet group index, as one
        array: every ruling of a group that the queryset selects whole (it counted as many
        as the group has), and those of the other groups that pass the queryset's
        conditions, tested beside it; kept between pages as a text lookup's matches are (a
        query's pages and sorts with the same facets read the same groups)."""
        sizes = self.group_sizes()
        whole, some = [], []
        for group in groups:
            selected_whole = not rulings.query.where or group.count == sizes.get(group.group)
            (whole if selected_whole else some).append(str(group.group))
        parts = [f"SELECT ruling_id FROM {index.RULINGS} WHERE facet_group = ANY(%s)"]
        params = ["{" + ",".join(whole) + "}"]
        if some:
            condition, more = self.restrict(rulings, "ruling_id", words="words", year="year")
            # A words query's matches are read through the word index alone, each row's group
            # tested: from the groups' index, the planner may test the words on every row of
            # the groups instead, reading each row's whole vector (`patent&court=cafc`: 60 ms,
            # against 13.5).
            tested = "facet_group + 0" if selection.one_words_query(rulings) else "facet_group"
            parts.append(
                f"SELECT ruling_id FROM {index.RULINGS} WHERE {tested} = ANY(%s) AND {condition}"
            )
            params += ["{" + ",".join(some) + "}", *more]
        statement = f"SELECT array_agg(id)::text FROM ({' UNION ALL '.join(parts)}) AS found (id)"
        settings = f"{matches.statement_settings(statement, every_match=True)}, {SERIAL}"
        found = kept.ids(
            f"{statement}:{params!r}",
            lambda: matches.fetch(settings, statement, params)[0][0] or "{}",
        )
        return rulings.model.objects.filter(pk__any_of=found)
