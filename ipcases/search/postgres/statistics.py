"""Planner statistics on PostgreSQL: ANALYZE, and which tables have none (pg_statistic, which
a database copied from a template keeps, unlike the activity counters of pg_stat_user_tables).
A partitioned table (the passages) has statistics of its own only where it was analysed as a
whole, which autovacuum never does."""

from __future__ import annotations

from django.db import connection


def analyze(tables: list[str]) -> None:
    if not tables:
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))


def unanalyzed(tables: list[str]) -> list[str]:
    """Those of the tables that exist and hold rows but have no statistics."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM unnest(%s::text[]) AS name WHERE to_regclass(name) IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM pg_statistic WHERE starelid = to_regclass(name))",
            [tables],
        )
        candidates = [name for (name,) in cursor.fetchall()]
        return [name for name in candidates if _holds_rows(cursor, name)]


def _holds_rows(cursor, table: str) -> bool:
    cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {connection.ops.quote_name(table)})")
    return cursor.fetchone()[0]
