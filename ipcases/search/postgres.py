"""The PostgreSQL engine: hand-built weighted tsvectors, one row per passage, a GIN index.

Vectors are built in Python from the same tokens SQLite indexes (see text.py), so no text
search configuration is involved and nothing is computed from full texts at query time.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

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
    sql = f"SELECT ruling_id FROM {TABLE} WHERE document @@ %s::tsquery"
    return Q(pk__in=RawSQL(sql, [tsquery(node)]))


def ranked_ids(ids_sql: str, params: tuple, node, offset: int, limit: int) -> list[int]:
    """Ids of the filtered rulings in order of relevance to the text leaves in `node`."""
    query = tsquery(node)
    sql = f"""
        WITH hit (id) AS ({ids_sql})
        SELECT hit.id FROM hit
        LEFT JOIN {TABLE} p ON p.ruling_id = hit.id AND p.document @@ %s::tsquery
        GROUP BY hit.id
        ORDER BY coalesce(max(ts_rank_cd('{RANK_WEIGHTS}', p.document, %s::tsquery)
                 * p.boost), 0) DESC, hit.id DESC
        LIMIT %s OFFSET %s"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, query, query, limit, offset])
        return [row[0] for row in cursor.fetchall()]
