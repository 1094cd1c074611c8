"""The SQLite engine: an FTS5 table of pre-tokenized passages, bm25 ranking and NEAR.

FTS5 indexes the same tokens as PostgreSQL (see text.py); its unicode61 tokenizer only splits
them at the spaces we put between them. A passage's rowid is ruling id * 1000 + passage number,
so a ruling's passages are found and replaced by rowid range. NEAR is unordered, so pre/N is
matched with NEAR and its word order checked in Python (match.py) on those passages only.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import operator
from collections import OrderedDict

from django.db import connection
from django.db.backends.signals import connection_created
from django.db.models import BigAutoField, Lookup, Q, QuerySet

from . import match, reading, versions
from .conditions import text_q
from .query import And, Near, Not, Or, Phrase, Prefix, Term
from .sql import SQLEngine, beside, by_year, ids_sql, split, within
from .text import COLUMNS, Passage

TABLE = "ipcases_search_passage"
STRIDE = 1000
BM25_WEIGHTS = "10.0, 10.0, 4.0, 4.0, 1.0"


def build(row: tuple[int, float, list[Passage]]) -> tuple:
    """One ruling's rows, as store writes them: its id, its passages' FTS5 rows and where
    their sentences, paragraphs and bodies begin."""
    ruling_id, boost, found = row
    values = [
        (ruling_id * STRIDE + p.number, *(" ".join(p.columns[c]) for c in COLUMNS), boost)
        for p in found
    ]
    units = [
        (ruling_id * STRIDE + p.number, _numbers(p.sentences), _numbers(p.paragraphs), p.at)
        for p in found
    ]
    return ruling_id, values, units


def store(built: list[tuple]) -> None:
    """Replace the passages of these rulings, each as build gave it."""
    with connection.cursor() as cursor:
        for ruling_id, _, _ in built:
            for table in (TABLE, UNITS):
                cursor.execute(
                    f"DELETE FROM {table} WHERE {ROWID[table]} BETWEEN %s AND %s",
                    [ruling_id * STRIDE, ruling_id * STRIDE + STRIDE - 1],
                )
        cursor.executemany(
            f"INSERT INTO {TABLE} (rowid, name, cites, parties, summary, body, boost) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [value for _, values, _ in built for value in values],
        )
        cursor.executemany(
            f"INSERT INTO {UNITS} (passage, sentences, paragraphs, body_at) "
            "VALUES (%s, %s, %s, %s)",
            [unit for _, _, units in built for unit in units],
        )


# Where the sentences and paragraphs of each passage's body begin (see text.Passage).
UNITS = "ipcases_search_passage_unit"
ROWID = {TABLE: "rowid", UNITS: "passage"}


def _numbers(values: list[int]) -> str:
    return " ".join(map(str, values))


def prepare(tree):
    """The tree as this index answers it: as it is (FTS5 matches phrases on positions), in
    the stems of an older index until it is rebuilt (see versions)."""
    if versions.keeps(tree) and not versions.holds_words(versions.held()):
        return versions.legacy(tree)
    return tree


def record_versions() -> None:
    """Nothing: FTS5 indexes no terms of art (see terms) and no order vectors."""


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(f"DELETE FROM {UNITS}")


def analyze(tables: list[str]) -> None:
    """ANALYZE each table (FTS5 keeps its own statistics: its table is left out)."""
    with connection.cursor() as cursor:
        for table in _plain(cursor, tables):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def unanalyzed(tables: list[str]) -> list[str]:
    """The tables holding rows that sqlite_stat1 (written by ANALYZE) does not describe."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        described = set()
        if cursor.fetchone():
            cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
            described = {name for (name,) in cursor.fetchall()}
        found = []
        for table in _plain(cursor, tables):
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {connection.ops.quote_name(table)})")
            if table not in described and cursor.fetchone()[0]:
                found.append(table)
        return found


def _plain(cursor, tables: list[str]) -> list[str]:
    """Those of the tables that exist and are not virtual."""
    cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )
    existing = {name for (name,) in cursor.fetchall()}
    return [table for table in tables if table in existing]


def expression(node) -> str:
    """The FTS5 MATCH expression; pre/N becomes NEAR (unordered), checked later."""
    if isinstance(node, And | Or):
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(expression(child) for child in node.children) + ")"
    if isinstance(node, Near) and node.unit:
        # Both sides in the passage; their sentence or paragraph is checked later.
        both = f"(({' OR '.join(_phrases(node.left))}) AND ({' OR '.join(_phrases(node.right))}))"
        return f"({{name}} : {both})" if node.left.column else both
    if isinstance(node, Near):
        # NEAR takes phrases only: a side with alternatives makes one NEAR for each.
        near = " OR ".join(
            f"NEAR({left} {right}, {node.distance - 1})"
            for left in _phrases(node.left)
            for right in _phrases(node.right)
        )
        return f"({{name}} : ({near}))" if node.left.column else f"({near})"
    found = " OR ".join(_phrases(node))
    return f"({{name}} : ({found}))" if node.column else f"({found})"


def _phrases(node: Term | Prefix | Phrase) -> list[str]:
    """The FTS5 phrases any of which matches a leaf."""
    if isinstance(node, Term):
        return [f'"{node.token}"']
    if isinstance(node, Prefix):
        return [f'"{node.token}" *'] + ([f'"{node.stem}"'] if node.stem else [])
    return ['"' + " ".join(node.tokens) + '"']


def _has_order(node) -> bool:
    """Whether FTS5's matches must be checked in Python: for the word order of pre/N, or the
    sentences and paragraphs of /s and /p."""
    if isinstance(node, And | Or):
        return any(_has_order(child) for child in node.children)
    return isinstance(node, Near) and (node.ordered or bool(node.unit))


_TREES: OrderedDict[str, object] = OrderedDict()


def _remember(node) -> str:
    key = hashlib.sha1(repr(node).encode()).hexdigest()
    _TREES[key] = node
    _TREES.move_to_end(key)
    while len(_TREES) > 500:
        _TREES.popitem(last=False)
    return key


def _passage_matches(key, *columns) -> int:
    node = _TREES.get(key)
    if node is None:
        return 1
    *columns, sentences, paragraphs = columns
    texts = {name: value or "" for name, value in zip(COLUMNS, columns, strict=True)}
    units = {"body": (_ints(sentences), _ints(paragraphs))}
    return int(match.matches(node, texts, units))


def _ints(numbers: str | None) -> list[int]:
    return [int(n) for n in numbers.split()] if numbers else []


def _register(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "ipcases_passage_matches", 8, _passage_matches, deterministic=True
        )


connection_created.connect(_register)


def match_q(node) -> Q:
    """The rulings matching a text group: words anywhere in the ruling, each phrase, w/N or
    case: term within one passage."""
    return text_q(node, _whole_q, _passage_q)


def _whole_q(node) -> Q:
    """Words in any passages of a ruling: each word of an AND looked up on its own, an OR of
    words in one look-up (a passage with either is a ruling with either)."""
    if isinstance(node, Not):
        return ~_whole_q(node.child)
    if isinstance(node, And):
        return functools.reduce(operator.and_, (_whole_q(child) for child in node.children))
    if isinstance(node, Or) and not all(isinstance(c, Term | Prefix) for c in node.children):
        return functools.reduce(operator.or_, (_whole_q(child) for child in node.children))
    return _passage_q(node)


def _passage_q(node) -> Q:
    sql = MATCHES
    if not _has_order(node):
        return Q(pk__among=(sql, [expression(node)]))
    # Word order, sentences and paragraphs are checked in Python on every passage FTS5 finds:
    # done once here, the page's statements then share the ids (as a JSON array, which has no
    # limit on its length).
    sql = CHECKED
    with reading.database().cursor() as cursor:
        cursor.execute(sql, [expression(node), _remember(node)])
        ids = sorted({row[0] for row in cursor.fetchall()})
    return Q(pk__among=("SELECT value FROM json_each(%s)", [json.dumps(ids)]))


def first_passages(ruling_ids: list[int], nodes: list) -> dict[int, int | None]:
    """See Engine.first_passages: FTS5's matches in the passages' bodies (pre/N in either
    order, the sides of /s and /p anywhere in the passage), one ruling at a time so that FTS5
    reads each ruling's rows only."""
    if not ruling_ids:
        return {}
    query = f"body : {expression(prepare(Or(tuple(nodes))))}"
    params = [
        value
        for pk in ruling_ids
        for value in (pk, query, pk * STRIDE, pk * STRIDE + STRIDE - 1, pk * STRIDE)
    ]
    statement = " UNION ALL ".join([FIRST_PASSAGE] * len(ruling_ids))
    with reading.database().cursor() as cursor:
        cursor.execute(statement, params)
        return {pk: at for pk, at, known in cursor.fetchall() if known}


# A ruling's first passage whose body matches, and whether its passages say where they begin.
FIRST_PASSAGE = f"""SELECT %s, (SELECT body_at FROM {UNITS} WHERE passage = (
        SELECT min(rowid) FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid BETWEEN %s AND %s)),
    (SELECT body_at IS NOT NULL FROM {UNITS} WHERE passage = %s)"""


MATCHES = f"SELECT rowid / {STRIDE} FROM {TABLE} WHERE {TABLE} MATCH %s"
CHECKED = f"""SELECT {TABLE}.rowid / {STRIDE} FROM {TABLE}
    LEFT JOIN {UNITS} ON {UNITS}.passage = {TABLE}.rowid
    WHERE {TABLE} MATCH %s AND ipcases_passage_matches(
        %s, name, cites, parties, summary, body, {UNITS}.sentences, {UNITS}.paragraphs)"""


@BigAutoField.register_lookup
class Among(Lookup):
    """`pk__among=(sql, params)` as `+id IN (sql)`. The unary plus keeps SQLite from driving a
    join with the subquery's ids, looked up one by one for every row of the join (30 s for a
    phrase with a court filter); as a plain filter the ids go into a temporary index once."""

    lookup_name = "among"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        sql, params = self.rhs
        return f"+{lhs} IN ({sql})", [*lhs_params, *params]


def restrict(rulings: QuerySet, column: str, words: str = "", year: str = "") -> tuple[str, list]:
    """SQL limiting `column` to the rulings of a queryset: a query's matches as their FTS5
    subqueries themselves, without reading the ruling table, decision dates on whole years
    on the search row's `year` (see by_year), and its other conditions as a subquery of the
    ruling table beside them."""
    rulings, parts, params = by_year(rulings, year)
    found, others = split(rulings.query.where, Among)
    if not found and not parts:
        return within(rulings, column)
    parts += [f"{column} IN ({sql})" for sql, _ in found]
    params += [value for _, values in found for value in values]
    return beside(parts, params, rulings, others, column)


@contextlib.contextmanager
def bulk():
    """Many rulings at once: at the end FTS5 merges its index into one segment ('optimize').
    A rebuild otherwise leaves the entries of the passages it replaced in many small segments,
    which every search then reads: pages of common words were 15-45 % slower on 100,000
    rulings (docs/benchmarks.md). Takes about a minute at that size."""
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


def ranked_ids(
    rulings: QuerySet, node, offset: int, limit: int, total: int, tuning: Tuning | None = None
) -> list[int]:
    """Ids of the filtered rulings in order of relevance to the text leaves in `node`.

    FTS5 computes bm25 from its index alone, but the boost is stored with the passage's text,
    and reading it for every match of a broad term means reading their texts. So matches are
    first ordered by bm25 alone (the boost changes a score by 1.375 at most), and only the
    best BEST_PASSAGES passages are boosted and ranked exactly. The other matches follow by id:
    added to the ranked ones rather than joined with them, which SQLite did by reading the
    ranked rows once per match (`patent`, 51,550 matches: 286 ms against 184 ms for the first
    page, 4.9 s against 0.2 s for the 51st). The best passages are the same for every page,
    so that the pages list each match once: taken per page (three for each ruling up to the
    page's last), the rulings of long texts, with many matching passages, filled a page's
    share and moved from one page's tail to the next page's ranking, or out of both.
    """
    tuning = tuning or Tuning()
    passages = tuning.BEST_PASSAGES if total > tuning.EXACT_LIMIT else -1
    expr = expression(node)
    hits, params, only_matches = _hits(rulings, expr)
    among_hits = "" if only_matches else f"AND rowid / {STRIDE} IN (SELECT id FROM hit)"
    sql = f"""
        WITH hit (id) AS MATERIALIZED ({hits}),
        best AS MATERIALIZED (
            SELECT rowid AS passage, bm25({TABLE}, {BM25_WEIGHTS}) AS score FROM {TABLE}
            WHERE {TABLE} MATCH %s {among_hits}
            ORDER BY score LIMIT %s
        ),
        ranked AS MATERIALIZED (
            SELECT best.passage / {STRIDE} AS ruling_id, min(best.score * p.boost) AS score
            FROM best JOIN {TABLE} p ON p.rowid = best.passage GROUP BY ruling_id
        )
        SELECT id FROM (
            SELECT ruling_id AS id, score FROM ranked
            UNION ALL
            SELECT id, NULL FROM hit WHERE id NOT IN (SELECT ruling_id FROM ranked)
        )
        ORDER BY score IS NULL, score ASC, id DESC
        LIMIT %s OFFSET %s"""
    with reading.database().cursor() as cursor:
        cursor.execute(sql, [*params, expr, passages, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def _hits(rulings: QuerySet, expr: str) -> tuple[str, list, bool]:
    """SQL listing the filtered rulings' ids, and whether they are exactly the rulings of the
    passages matching `expr` (a query of one text leaf, or an OR of words, and no filter).
    FTS5 then lists them itself, and the ranking need not test its passages against them
    (`patent`: 23 ms to list its 51,550 rulings from the ruling table, and 50 ms to test
    100,000 passages against them)."""
    found, others = split(rulings.query.where, Among)
    if not others and found == [(MATCHES, [expr])]:
        return f"SELECT DISTINCT * FROM ({MATCHES})", [expr], True
    return (*ids_sql(rulings), False)


class Tuning:
    """Up to EXACT_LIMIT matches are ranked with their boost; beyond, the rulings of the
    BEST_PASSAGES best passages by bm25 (about the first hundred rulings, as on PostgreSQL).
    An engine's attributes (tests change them to rank small corpora as large ones)."""

    EXACT_LIMIT = 2000
    BEST_PASSAGES = 300


class SqliteEngine(Tuning, SQLEngine):
    name = "sqlite"

    prepare = staticmethod(prepare)
    match_q = staticmethod(match_q)
    restrict = staticmethod(restrict)
    first_passages = staticmethod(first_passages)
    build = staticmethod(build)
    store = staticmethod(store)
    clear = staticmethod(clear)
    bulk = staticmethod(bulk)
    record_versions = staticmethod(record_versions)
    analyze = staticmethod(analyze)
    unanalyzed = staticmethod(unanalyzed)

    def shared(self, rulings: QuerySet) -> QuerySet:
        """As they are: statements share FTS5 subqueries rather than lists of ids."""
        return rulings

    def rank(self, rulings: QuerySet, node, offset: int, limit: int, total: int) -> list[int]:
        return ranked_ids(rulings, node, offset, limit, total, self)
