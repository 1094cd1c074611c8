"""Write where each passage begins in its ruling's text (migration 0029) for a PostgreSQL
index written before that migration, without rewriting its passages: what `reindex_search`
would write there, for a benchmark database that took an hour or more to build.

    DATABASE_URL=postgres://…/ipcases_synthetic_bench python bench/passage_starts.py [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

BATCH = 500
INSERT = """INSERT INTO ipcases_search_passage_start (ruling_id, passage, body_at)
    SELECT * FROM unnest(%s::bigint[], %s::smallint[], %s::int[]) ON CONFLICT DO NOTHING"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    import django

    django.setup()
    from django.db import connection

    from ipcases.models import Ruling

    assert connection.vendor == "postgresql", "PostgreSQL only"
    ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
    batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    connection.close()
    started = time.perf_counter()
    with Pool(args.workers) as pool:
        for done, _ in enumerate(pool.imap_unordered(write_batch, batches), 1):
            if done % 20 == 0:
                print(f"  {done * BATCH}/{len(ids)}", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    print(f"{len(ids)} rulings in {seconds:.0f} s ({len(ids) / seconds:.0f} rulings/s)")


def write_batch(ids: list[int]) -> int:
    import django

    django.setup()
    from django.db import connection, transaction

    from ipcases.search.index import indexed

    rows = [(r.ruling_id, p.number, p.at) for r in indexed(ids) for p in r.passages]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(INSERT, [list(column) for column in zip(*rows, strict=True)])
    return len(rows)


if __name__ == "__main__":
    main()
