"""The PostgreSQL engine: hand-built weighted tsvectors, one row per passage, a RUM index
(GIN where the rum extension is not installed; see migration 0007).

Vectors are built in Python from the same tokens SQLite indexes (see text.py), so no text
search configuration is involved and nothing is computed from full texts at query time.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models import BigAutoField, Lookup, Q

from .query import And, Near, Or, Phrase, Prefix, Term
from .text import COLUMN_GAP, COLUMNS, Passage

TABLE = "ipcases_search_passage"
HEADS = "ipcases_search_head"
HEAD = ("name", "cites", "parties", "summary")
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
    """Replace the passages and the head of these rulings: (ruling id, boost, passages)."""
    ids = [ruling_id for ruling_id, _, _ in rows]
    passages = [
        (ruling_id, p.number, boost, vector(p)) for ruling_id, boost, found in rows for p in found
    ]
    # Every passage repeats the head; its vector is kept once per ruling, for the first stage
    # of ranking.
    heads = [
        (ruling_id, boost, vector(found[0], HEAD)) for ruling_id, boost, found in rows if found
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE ruling_id = ANY(%s)", [ids])
        cursor.execute(f"DELETE FROM {HEADS} WHERE ruling_id = ANY(%s)", [ids])
        cursor.executemany(
            f"INSERT INTO {TABLE} (ruling_id, passage, boost, document) "
            "VALUES (%s, %s, %s, %s::tsvector)",
            passages,
        )
        cursor.executemany(
            f"INSERT INTO {HEADS} (ruling_id, boost, head) VALUES (%s, %s, %s::tsvector)", heads
        )


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TABLE}, {HEADS}")


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
    stages, since an exact rank reads every match's full vectors: every match is ordered by the
    rank of its head vector (name, citations, parties, summary: a few hundred bytes, one row
    per ruling), and only the first CANDIDATES are ranked exactly. Pages past the candidates
    keep the first stage's order.
    """
    query = tsquery(node)
    if total <= EXACT_LIMIT:
        return _exact(f"SELECT * FROM ({ids_sql}) AS hit", params, query, offset, limit)
    if offset >= CANDIDATES:
        return _by_head(ids_sql, params, words(node), offset, limit)
    candidates = _by_head(ids_sql, params, words(node), 0, CANDIDATES)
    return _exact("SELECT unnest(%s::bigint[])", [candidates], query, offset, limit)


def words(node) -> str:
    """The words of a text group OR-ed, for the first stage: a head matters for a phrase or w/N
    when it holds their words, and positions would cost a check per head."""
    if isinstance(node, And | Or):
        found = [words(child) for child in node.children]
    elif isinstance(node, Near):
        found = [words(node.left), words(node.right)]
    elif isinstance(node, Phrase):
        found = [tsquery(Term(token, node.column)) for token in node.tokens]
    else:
        found = [tsquery(node)]
    return " | ".join(dict.fromkeys(found))


# For one statement over many matches, in a transaction: more memory for sorting and grouping,
# and no JIT, whose estimates for these statements make it compile for 100-200 ms for nothing.
HEAVY_SETTINGS = "SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)"
EXACT_LIMIT = 2000
CANDIDATES = 100


def _exact(ids_sql: str, params, query: str, offset: int, limit: int) -> list[int]:
    """The rulings of `ids_sql` by their best passage's rank (times the boost)."""
    sql = f"""
        WITH hit (id) AS MATERIALIZED ({ids_sql}),
        scored AS (
            SELECT p.ruling_id, ts_rank_cd('{RANK_WEIGHTS}', p.document, %s::tsquery) * p.boost
                AS score
            FROM {TABLE} p WHERE p.ruling_id IN (SELECT id FROM hit) AND p.document @@ %s::tsquery
        ),
        best AS (SELECT ruling_id, max(score) AS score FROM scored GROUP BY ruling_id)
        SELECT hit.id FROM hit LEFT JOIN best ON best.ruling_id = hit.id
        ORDER BY coalesce(best.score, 0) DESC, hit.id DESC
        LIMIT %s OFFSET %s"""
    return _fetch_ids(sql, [*params, query, query, limit, offset])


def _by_head(ids_sql: str, params, query: str, offset: int, limit: int) -> list[int]:
    """The first stage: the filtered rulings by the rank of their head (times the boost)."""
    sql = f"""
        SELECT h.ruling_id FROM {HEADS} h WHERE h.ruling_id IN ({ids_sql})
        ORDER BY ts_rank_cd('{RANK_WEIGHTS}', h.head, %s::tsquery) * h.boost DESC,
            h.ruling_id DESC
        LIMIT %s OFFSET %s"""
    return _fetch_ids(sql, [*params, query, limit, offset])


def _fetch_ids(sql: str, params: list) -> list[int]:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(HEAVY_SETTINGS)
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
