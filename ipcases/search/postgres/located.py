"""Where a listed ruling's first passage whose body matches a query begins in its text (the
PostgreSQL engine's Engine.first_passages; search/listed.py reads the text from there)."""

from __future__ import annotations

from .. import reading
from ..query import Or
from .index import STARTS, TABLE
from .matches import prepare, tsquery


def first_passages(ruling_ids: list[int], nodes: list) -> dict[int, int | None]:
    """See Engine.first_passages: on the passages' positions, phrases and w/N exactly (the
    sides of /s and /p anywhere in the passage)."""
    query = tsquery(prepare(Or(tuple(nodes))), body=True)
    with reading.database().cursor() as cursor:
        cursor.execute(FIRST_PASSAGES, {"ids": ruling_ids, "query": query})
        return dict(cursor.fetchall())


# Each ruling's passages are tested in order, through the primary key, until the first whose
# body holds a match: most listed rulings have one early, and a long ruling's other passages
# are then never read. A ruling the starts table does not know is left out.
FIRST_PASSAGES = f"""
    SELECT r.id, (
        SELECT s.body_at
        FROM {TABLE} p JOIN {STARTS} s ON s.ruling_id = p.ruling_id AND s.passage = p.passage
        WHERE p.ruling_id = r.id AND p.document @@ %(query)s::tsquery
        ORDER BY p.passage LIMIT 1)
    FROM unnest(%(ids)s::bigint[]) r(id)
    WHERE EXISTS (SELECT FROM {STARTS} k WHERE k.ruling_id = r.id)"""
