"""What the common words' facet tallies cost the write path (search/postgres/tallies.py), on a
PostgreSQL database of indexed rulings:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_synthetic_bench \\
        .venv/bin/python bench/tallies.py [--rulings 100] [--runs 3]

- `update_index` of that many random indexed rulings, with the tallies up to date and out of
  date in turn (each run on other rulings);
- the tallies that as many new rulings would add: every (common word, facet group) pair of
  their search rows, written.

Every run is a transaction rolled back: the database is left as it was.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rulings", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()
    from ipcases.models import Ruling

    every = Ruling.objects.order_by("?").values_list("pk", flat=True)
    ids = iter(every[: args.rulings * args.runs * 3])
    batches = [[next(ids) for _ in range(args.rulings)] for _ in range(args.runs * 3)]
    timed: dict[str, list[float]] = {"up to date": [], "out of date": [], "new rulings": []}
    for run in range(args.runs):
        for number, kind in enumerate(timed):
            timed[kind].append(_rolled_back(kind, batches[run * 3 + number]))
    for kind, seconds in timed.items():
        median = statistics.median(seconds)
        shown = ", ".join(f"{s:.2f}" for s in seconds)
        print(f"{kind}: {shown} s; {median / args.rulings * 1000:.1f} ms a ruling at the median")


def _rolled_back(kind: str, batch: list[int]) -> float:
    from django.db import connection, transaction

    from ipcases import search
    from ipcases.search.postgres import tallies

    with transaction.atomic(), connection.cursor() as cursor:
        tallies._note(cursor, tallies.STALE if kind == "out of date" else tallies.KEPT)
        started = time.perf_counter()
        if kind == "new rulings":
            tallies._add(cursor, tallies._held(cursor, batch))
        else:
            search.update_index(batch)
        seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    return seconds


if __name__ == "__main__":
    main()
