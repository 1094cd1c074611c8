"""Fill the order vectors of a PostgreSQL index built before them (migration 0026) from the
positions its passages' documents already hold: what `reindex_search` writes, without reading
and splitting every text again. For benchmarks on a copy of a large database, where a rebuild
takes hours on a shared machine; `reindex_search` is the upgrade (README).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_NAME_bench \
        python bench/order_vectors.py [--workers 2] [--check 200]

The passages' indexes are dropped while the rows are written and built again after, timed
apart; `--check N` compares N passages' vectors with those the write path makes from their
rulings' texts.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TABLE = "ipcases_search_passage"
CHUNK = 400
READ = f"""
    SELECT p.ruling_id, p.passage, p.sentence_starts, p.paragraph_starts,
        array_agg(u.lexeme), array_agg(array_to_string(u.positions, ','))
    FROM {TABLE} p CROSS JOIN LATERAL unnest(p.document) AS u
    WHERE p.ruling_id = ANY(%s)
    GROUP BY p.ruling_id, p.passage, p.sentence_starts, p.paragraph_starts"""
WRITE = f"""
    UPDATE {TABLE} p SET sentence_order = v.s::tsvector, paragraph_order = v.g::tsvector
    FROM unnest(%s::bigint[], %s::int[], %s::text[], %s::text[]) AS v (r, n, s, g)
    WHERE p.ruling_id = v.r AND p.passage = v.n"""


def tokens(lexemes: list[str], positions: list[str]) -> list[tuple[int, str]]:
    """The passage's (position less one, token), as index.laid_out gives them."""
    pairs = zip(lexemes, positions, strict=True)
    return [(int(p) - 1, lexeme) for lexeme, at in pairs for p in at.split(",")]


def fill(ids: list[int]) -> int:
    from ipcases.search.postgres.index import order_vector

    with psycopg.connect(os.environ["DATABASE_URL"]) as connection:
        rows = connection.execute(READ, [ids]).fetchall()
        written = [[], [], [], []]
        for ruling_id, number, sentences, paragraphs, lexemes, positions in rows:
            found = tokens(lexemes, positions)
            values = (ruling_id, number, *(order_vector(found, s) for s in (sentences, paragraphs)))
            for column, value in zip(written, values, strict=True):
                column.append(value)
        connection.execute(WRITE, written)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--check", type=int, default=0)
    args = parser.parse_args()
    url = os.environ["DATABASE_URL"]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    import django

    django.setup()
    with psycopg.connect(url, autocommit=True) as connection:
        # Every index but the key, as index.bulk does: an update that cannot stay on its page
        # writes the passage's entries again in the document's index, 10 ms a passage.
        definitions = connection.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname <> %s",
            [TABLE, f"{TABLE}_pkey"],
        ).fetchall()
        for name, _ in definitions:
            connection.execute(f"DROP INDEX {name}")
        listed = connection.execute(f"SELECT DISTINCT ruling_id FROM {TABLE} ORDER BY 1")
        ids = [row[0] for row in listed]
        chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
        start, done = time.perf_counter(), 0
        with multiprocessing.Pool(args.workers) as pool:
            for count in pool.imap_unordered(fill, chunks):
                done += count
                print(
                    f"\r{done:,} passages, {time.perf_counter() - start:.0f} s", end="", flush=True
                )
        print(f"\nrows written in {time.perf_counter() - start:.0f} s")
        start = time.perf_counter()
        for _, definition in definitions:
            connection.execute(definition.replace(" ON ONLY ", " ON ", 1))
        print(f"indexes built in {time.perf_counter() - start:.0f} s")
        connection.execute(f"VACUUM ANALYZE {TABLE}")
        connection.execute(
            "INSERT INTO ipcases_search_state (name, value) VALUES ('order', %s) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [_version()],
        )
    if args.check:
        check(url, args.check)


def _version() -> str:
    from ipcases.search.postgres.index import ORDER_VERSION

    return ORDER_VERSION


def check(url: str, count: int) -> None:
    """Compare some passages' order vectors with the write path's, made from their texts."""
    from ipcases.models import CaseParty, Ruling
    from ipcases.search.postgres.index import unit_columns
    from ipcases.search.text import passages

    with psycopg.connect(url) as connection:
        sample = connection.execute(
            f"SELECT ruling_id, passage, sentence_order, paragraph_order FROM {TABLE} "
            "ORDER BY random() LIMIT %s",
            [count],
        ).fetchall()
        same = 0
        for ruling_id, number, sentences, paragraphs in sample:
            ruling = Ruling.objects.select_related("case").get(pk=ruling_id)
            links = CaseParty.objects.filter(case=ruling.case).select_related("party")
            head = {
                "name": f"{ruling.case.name} {ruling.case.short_name}",
                "cites": " ".join(c.cite for c in ruling.official_citations.all()),
                "parties": " ".join(link.party.display_name for link in links),
                "summary": ruling.summary,
            }
            written = unit_columns(passages(head, ruling.text)[number])[4:]
            equal = connection.execute(
                "SELECT %s::tsvector = %s::tsvector AND %s::tsvector = %s::tsvector",
                [written[0], sentences, written[1], paragraphs],
            ).fetchone()[0]
            same += bool(equal)
        print(f"{same} of {len(sample)} passages as the write path makes them")


if __name__ == "__main__":
    main()
