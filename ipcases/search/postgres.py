"""The PostgreSQL engine: hand-built weighted tsvectors, one row per passage, a GIN index.

Vectors are built in Python from the same tokens SQLite indexes (see text.py), so no text
search configuration is involved and nothing is computed from full texts at query time.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models import BigAutoField, Lookup, Q

from .query import And, Near, Or, Phrase, Prefix, Term
from .text import COLUMN_GAP, COLUMNS, Passage

TABLE = "ipcases_search_passage"
WEIGHTS = {"name": "A", "cites": "B", "parties": "C", "summary": "C", "body": "D"}
# ts_rank_cd weights for {D, C, B, A}: name and citations highest, then parties and summary.
RANK_WEIGHTS = "{0.1, 0.4, 1.0, 1.0}"


def vector(passage: Passage, columns: tuple[str, ...] = COLUMNS) -> str:
    """A tsvector literal with the passage's positions and weights."""
    positions: dict[str, list[str]] = {}
    position = 1
    for name in COLUMNS:
        tokens = passage.columns.get(name, [])
        if name in columns:
            weight = WEIGHTS[name]
            for offset, token in enumerate(tokens):
                positions.setdefault(token, []).append(f"{position + offset}{weight}")
        position += len(tokens) + COLUMN_GAP
    return " ".join(f"'{token}':{','.join(places)}" for token, places in positions.items())


def write(rows: list[tuple[int, float, list[Passage]]]) -> None:
    """Replace the passages of these rulings: (ruling id, boost, passages)."""
    ids = [ruling_id for ruling_id, _, _ in rows]
    values = [
        (ruling_id, p.number, boost, vector(p, ("name", "cites", "parties", "summary")), vector(p))
        for ruling_id, boost, found in rows
        for p in found
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE ruling_id = ANY(%s)", [ids])
        cursor.executemany(
            f"INSERT INTO {TABLE} (ruling_id, passage, boost, head, document) "
            "VALUES (%s, %s, %s, %s::tsvector, %s::tsvector)",
            values,
        )


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TABLE}")


def tsquery(node) -> str:
    if isinstance(node, And | Or):
        joiner = " & " if isinstance(node, And) else " | "
        return "(" + joiner.join(tsquery(child) for child in node.children) + ")"
    if isinstance(node, Near):
        left, right = tsquery(node.left), tsquery(node.right)
        options = [f"{left} <{n}> {right}" for n in range(1, node.distance + 1)]
        if not node.ordered:
            options += [f"{right} <{n}> {left}" for n in range(1, node.distance + 1)]
        return "(" + " | ".join(options) + ")"
    weight = WEIGHTS["name"] if node.column else ""
    if isinstance(node, Term):
        return f"'{node.token}'" + (f":{weight}" if weight else "")
    if isinstance(node, Prefix):
        return f"'{node.token}':*{weight}"
    assert isinstance(node, Phrase)
    suffix = f":{weight}" if weight else ""
    return "(" + " <-> ".join(f"'{token}'{suffix}" for token in node.tokens) + ")"


def match_q(node) -> Q:
    """The rulings matching a text group, looked up once now and passed on as an id array.

    A page counts, ranks and facets the same matches several times; matching a phrase or w/N
    without RUM re-reads every candidate's vector, so it is done once per page rather than in
    each statement. The ids travel as one array literal ("{3,5,8}"), which PostgreSQL parses
    far faster than Python turns tens of thousands of ints into parameters.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT array_agg(DISTINCT ruling_id)::text FROM {TABLE} "
            "WHERE document @@ %s::tsquery",
            [tsquery(node)],
        )
        ids = cursor.fetchone()[0] or "{}"
    return Q(pk__any_of=ids)


@BigAutoField.register_lookup
class AnyOf(Lookup):
    """`pk__any_of="{3,5,8}"` as `id = ANY(array)`: PostgreSQL hashes a constant array, so a
    filter by tens of thousands of ids costs one hash probe per row (an IN subquery would instead
    be planned for 200 rows and looked up one index entry at a time)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", [*lhs_params, self.rhs]


def ranked_ids(ids_sql: str, params: tuple, node, offset: int, limit: int, total: int) -> list[int]:
    """Ids of the filtered rulings in order of relevance to the text leaves in `node`.

    Up to EXACT_LIMIT matches are ranked exactly on their passages. A broad query ranks in two
    stages: a first stage orders every match cheaply and only its first CANDIDATES are ranked
    exactly. With a RUM index the first stage is the index's own order (`<=>`, computed from
    the positions it stores); without, the rank of each match's compact head vector (name,
    citations, parties, summary, kept in the row). Pages past the candidates keep the first
    stage's order.
    """
    query = tsquery(node)
    if total <= EXACT_LIMIT:
        return _ranked(ids_sql, params, query, "document", offset, limit)
    first_stage = _rum_order if has_rum() else _head_order
    if offset >= CANDIDATES:
        return first_stage(ids_sql, params, query, offset + limit)[offset:]
    candidates = first_stage(ids_sql, params, query, CANDIDATES)
    sql = f"""
        SELECT c.id FROM unnest(%s::bigint[]) AS c (id)
        LEFT JOIN {TABLE} p ON p.ruling_id = c.id AND p.document @@ %s::tsquery
        GROUP BY c.id
        ORDER BY coalesce(max(ts_rank_cd('{RANK_WEIGHTS}', p.document, %s::tsquery)
                 * p.boost), 0) DESC, c.id DESC
        LIMIT %s OFFSET %s"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [candidates, query, query, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def has_rum() -> bool:
    """Whether the passages have a RUM index (migration 0007), looked up once per database."""
    name = connection.settings_dict["NAME"]
    if name not in _RUM:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('ipcases_search_passage_rum') IS NOT NULL")
            _RUM[name] = cursor.fetchone()[0]
    return _RUM[name]


_RUM: dict[str, bool] = {}


def _rum_order(ids_sql: str, params, query: str, count: int) -> list[int]:
    """The first `count` filtered rulings in the RUM index's order of relevance. The filtered
    ids are read first and passed as a constant array, so that the plan stays an ordered index
    scan with a hashed filter (a join would have to rank every match outside the index)."""
    sql = f"""
        SELECT ruling_id FROM (
            SELECT ruling_id, document <=> %s::tsquery AS distance FROM {TABLE}
            WHERE document @@ %s::tsquery AND ruling_id = ANY(%s::bigint[])
            ORDER BY document <=> %s::tsquery LIMIT %s
        ) AS best GROUP BY ruling_id ORDER BY min(distance), ruling_id DESC LIMIT %s"""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT array_agg(id)::text FROM ({ids_sql}) AS hit (id)", params)
        ids = cursor.fetchone()[0] or "{}"
        cursor.execute(sql, [query, query, ids, query, count * PASSAGES_PER_RULING, count])
        return [row[0] for row in cursor.fetchall()]


def _head_order(ids_sql: str, params, query: str, count: int) -> list[int]:
    return _ranked(ids_sql, params, query, "head", 0, count, prefilter=False)


# For one statement over many matches, in a transaction: more memory for sorting and grouping,
# and no JIT, whose estimates for these statements make it compile for 100-200 ms for nothing.
HEAVY_SETTINGS = "SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)"
EXACT_LIMIT = 2000
CANDIDATES = 100
# Passages read per ruling wanted from the RUM order (a ruling's passages can rank together).
PASSAGES_PER_RULING = 3


def _ranked(
    ids_sql: str, params, query: str, vector: str, offset: int, limit: int, prefilter=True
) -> list[int]:
    # The head is the same in every passage of a ruling, so heads are ranked on passage 0 only
    # and need no match test (which would read each full vector). Scores are computed before
    # grouping, so that only (id, score) pairs are sorted.
    condition = (
        "AND p.document @@ %s::tsquery" if prefilter else "AND p.passage = 0 AND %s::text <> ''"
    )
    sql = f"""
        WITH hit (id) AS MATERIALIZED ({ids_sql}),
        scored AS (
            SELECT p.ruling_id, ts_rank_cd('{RANK_WEIGHTS}', p.{vector}, %s::tsquery) * p.boost
                AS score
            FROM {TABLE} p WHERE p.ruling_id IN (SELECT id FROM hit) {condition}
        ),
        best AS (SELECT ruling_id, max(score) AS score FROM scored GROUP BY ruling_id)
        SELECT hit.id FROM hit LEFT JOIN best ON best.ruling_id = hit.id
        ORDER BY coalesce(best.score, 0) DESC, hit.id DESC
        LIMIT %s OFFSET %s"""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(HEAVY_SETTINGS)
        cursor.execute(sql, [*params, query, query, limit, offset])
        return [row[0] for row in cursor.fetchall()]
