"""What the two SQL engines share: conditions on a queryset's rulings written as SQL, and the
statements that read the per-ruling search rows the same way on both databases.

An engine on a SQL database subclasses SQLEngine and says how it limits a statement to the
rulings of a queryset (`restrict`), whether a grouping can list a group's rulings (`id_list`),
and what settings a statement over every match needs (`fetch_heavy`).
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager, nullcontext

from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet
from django.db.models.expressions import Col
from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual
from django.db.models.sql.where import AND, WhereNode
from django.utils.safestring import SafeString

from ..models import Ruling
from . import kept, listed, passages, reading
from .engine import FacetGroupCount
from .query import Parsed

RULINGS = "ipcases_search_ruling"
DECIDED = Ruling._meta.get_field("decision_date")
GROUPS = "ipcases_search_facet_group"


# Selects no id, on both databases.
NO_IDS = "SELECT 0 WHERE 1 = 0"


def ids_sql(rulings: QuerySet) -> tuple[str, list]:
    """The SQL selecting the ids of a queryset's rulings, unordered."""
    try:
        sql, params = rulings.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        # A condition that Django knows selects nothing (an empty IN list) has no SQL.
        return NO_IDS, []
    return sql, list(params)


def within(rulings: QuerySet, column: str) -> tuple[str, list]:
    """SQL limiting `column` (a ruling id) to the rulings of a queryset."""
    sql, params = ids_sql(rulings)
    return f"{column} IN ({sql})", params


def split(where, lookup: type) -> tuple[list, list]:
    """The values of the `lookup` conditions that a WHERE requires (an engine's matches), and
    its other conditions."""
    if isinstance(where, lookup):
        return [where.rhs], []
    if not isinstance(where, WhereNode) or where.negated or where.connector != AND:
        return [], [where]
    found, others = [], []
    for child in where.children:
        child_found, child_others = split(child, lookup)
        found += child_found
        others += child_others
    return found, others


def by_year(rulings: QuerySet, year: str) -> tuple[QuerySet, list[str], list]:
    """The queryset without its decision date bounds on whole years (from a 1 January, to a
    31 December), and those bounds as conditions on `year`, the year of decision a search
    row holds (groups.py writes it): a statement over the search rows then reads no ruling
    for them (`decided_after=1999-01-01` joined all 100,000 rulings to count facets, 70
    ms). Without `year` (a statement that does not read the rulings' own search rows), the
    queryset as it is."""
    where = rulings.query.where
    if not year or where.negated or where.connector != AND:
        return rulings, [], []
    parts, params, others = [], [], []
    for child in where.children:
        bound = _year_bound(child)
        if bound is None:
            others.append(child)
        else:
            # Written `year + 0`, the year is tested on the rows that the other conditions
            # find, never looked up in an index of its own: PostgreSQL would otherwise read
            # the years' index and test a words query on each row's vector (1.2 s for
            # `infringement` from 2015 on, against 0.16 s).
            parts.append(f"({year} + 0) {bound[0]} %s")
            params.append(bound[1])
    if not parts:
        return rulings, [], []
    rest = rulings.all()
    rest.query.where = WhereNode(others, AND)
    return rest, parts, params


def _year_bound(condition) -> tuple[str, int] | None:
    """(operator, year) of a decision date bound on a whole year, else None."""
    if not isinstance(condition, GreaterThanOrEqual | LessThanOrEqual):
        return None
    column, day = condition.lhs, condition.rhs
    if not isinstance(column, Col) or column.target is not DECIDED or type(day) is not dt.date:
        return None
    if isinstance(condition, GreaterThanOrEqual):
        return (">=", day.year) if (day.month, day.day) == (1, 1) else None
    return ("<=", day.year) if (day.month, day.day) == (12, 31) else None


def beside(parts: list[str], params: list, rulings: QuerySet, others: list, column: str):
    """The engine's conditions `parts` on `column`, and beside them a subquery for the rulings
    that the queryset's other conditions select: (sql, params)."""
    if others:
        rest = rulings.all()
        rest.query.where = WhereNode(others, AND)
        sql, rest_params = within(rest, column)
        parts, params = [*parts, sql], [*params, *rest_params]
    return " AND ".join(parts), params


class SQLEngine:
    """The methods of the Engine contract that both SQL engines answer with the same SQL."""

    name = ""

    def restrict(
        self, rulings: QuerySet, column: str, words: str = "", year: str = ""
    ) -> tuple[str, list]:
        """SQL limiting `column` (a ruling id in a search table) to the rulings of a queryset;
        `words` names the word vector of the same search row, where the engine can test a
        words query on it directly, and `year` its year of decision, where the engine can
        test whole-year date bounds on it (see by_year). Both engines answer this themselves."""
        return within(rulings, column)

    def id_list(self, column: str) -> str:
        """An aggregate listing `column` (ruling ids) of a group, where the engine passes the
        rulings of a page on as a list; else ""."""
        return ""

    def fetch_heavy(self, sql: str, params: list) -> list[tuple]:
        """The rows of one statement over every match (facet counts), with the settings such
        a statement needs (none here)."""
        with reading.database().cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def count(self, rulings: QuerySet) -> int:
        sql, params = f"SELECT count(*) FROM {RULINGS}", []
        if rulings.query.where:
            condition, params = self.restrict(rulings, "ruling_id", words="words", year="year")
            sql += f" WHERE {condition}"
        return self.fetch_heavy(sql, params)[0][0]

    def facet_groups(self, rulings: QuerySet, list_rulings: bool) -> list[FacetGroupCount]:
        """One statement: the rulings' facet groups with how many rulings have each (a few
        thousand groups at most), and their ids where the engine lists them. A words query
        is tested on the same rows. Every ruling's groups (no condition, nothing listed) are
        the groups' own numbers, which the index's write path keeps, read once a write."""
        id_list = self.id_list("ruling_id") if list_rulings else ""
        if not rulings.query.where and not id_list:
            return self.every_group()
        condition, params = "", []
        if rulings.query.where:
            condition, params = self.restrict(rulings, "ruling_id", words="words", year="year")
        statement = _grouped(condition, id_list)
        # Kept for the query's other pages, sorts and facet choices (see kept.py); the rows of
        # the statement that lists the rulings answer the one that does not as well.
        listing = self.id_list("ruling_id")
        also = (_grouped(condition, listing),) if listing and not id_list else ()
        found = kept.rows(
            statement, params, lambda: self.grouped(rulings, bool(id_list), statement, params), also
        )
        return list(map(FacetGroupCount._make, found))

    def every_group(self) -> list[FacetGroupCount]:
        """Every facet group with its number of rulings: the groups' own numbers, which the
        index's write path keeps, read once a write."""
        statement = f"SELECT id, rulings, NULL FROM {GROUPS} WHERE rulings > 0"
        return kept.in_memory(
            "every group",
            lambda: list(map(FacetGroupCount._make, self.fetch_heavy(statement, []))),
        )

    def grouped(self, rulings: QuerySet, list_rulings: bool, statement: str, params: list) -> list:
        """The rows of the facet statement: its own, unless the engine works them out
        otherwise."""
        return self.fetch_heavy(statement, params)

    def lists_to_share(self, rulings: QuerySet) -> bool:
        return False

    def regrouping(self, ruling_ids: list[int]) -> AbstractContextManager[None]:
        """Nothing is counted by group beside the facet groups' own numbers."""
        return nullcontext()

    def among(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet | None:
        return None

    def in_groups(self, rulings: QuerySet, groups: list[FacetGroupCount]) -> QuerySet | None:
        return None

    def snippets(self, rulings: list, parsed: Parsed | None) -> list[SafeString]:
        return listed.ruling_snippets(rulings, parsed, self.first_passages)

    def highlight(self, text: str, parsed: Parsed | None, links=()) -> tuple[SafeString, int]:
        return passages.highlight(text, parsed, links)


def _grouped(condition: str, id_list: str) -> str:
    """The facet statement: the rulings `condition` selects (every one if empty) by facet
    group, with their ids where `id_list` aggregates them. Each group is named by its id
    alone: each process keeps the groups' values (see facets.keys)."""
    listed = id_list if id_list else "NULL"
    where = f" AND ({condition})" if condition else ""
    return (
        f"SELECT facet_group, count(*), {listed} FROM {RULINGS} "
        f"WHERE facet_group IS NOT NULL{where} GROUP BY facet_group"
    )
