"""Related rulings: how long ``related(ruling)`` takes, and what it finds.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_citator_bench \\
        .venv/bin/python bench/related.py [--extract] [--build] [--rulings 300] [--rounds 3]

Run it on a copy of the 100,000-ruling bench database, migrated. ``--extract`` first reads
every text for citations (extract_citations --force, which also writes the features);
``--build`` only rewrites the features from the citations already there. ``--scale N`` (for
a database whose texts were read) adds N rulings, each in its own case, whose features copy
those of a read ruling picked at random: the shared statutes, IP types and cited landmarks
as they are, its own rights and its citing and cited rulings renamed to new ones, so that the
tables have N rulings' worth of features with the read corpus's distribution (texts at
0.3 MB/s on a loaded machine would take hours to read at 100,000). Then it times
``related()`` for a fixed sample of rulings (seed 20201), several rounds, and prints the
median, the 95th percentile and the largest, the queries per call, how many related rulings
were found and a few reasons.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from ipcases.citations.related import refresh_features, related  # noqa: E402
from ipcases.models import Case, Court, FeatureFrequency, Ruling, RulingFeature  # noqa: E402


def scale(count: int) -> None:
    """Add ``count`` rulings with features copied from the read ones (see the docstring)."""
    started = time.perf_counter()
    templates = _templates()
    rng = random.Random(20201)
    court = Court.objects.order_by("pk").first()
    first = Ruling.objects.order_by("pk").first()
    for start in range(0, count, 2000):
        size = min(2000, count - start)
        cases = Case.objects.bulk_create(
            Case(court=court, name=f"Scaled {start + i} v. Bench") for i in range(size)
        )
        rulings = Ruling.objects.bulk_create(
            Ruling(
                case=case,
                decision_date=first.decision_date,
                source=first.source,
                source_id=f"scaled-{start + i}",
                retrieved_at=first.retrieved_at,
            )
            for i, case in enumerate(cases)
        )
        rows = [
            RulingFeature(ruling_id=ruling.pk, key=_renamed(key, ruling.pk, start), label="")
            for ruling in rulings
            for key in rng.choice(templates)
        ]
        RulingFeature.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
    FeatureFrequency.objects.all().delete()
    counts = RulingFeature.objects.values("key").annotate(n=Count("ruling")).values_list("key", "n")
    FeatureFrequency.objects.bulk_create(
        (FeatureFrequency(key=key, rulings=n) for key, n in counts.iterator()), batch_size=5000
    )
    FeatureFrequency.objects.create(key="*", rulings=Ruling.objects.count())
    print(f"scaled up by {count} rulings in {time.perf_counter() - started:.0f} s")


def _templates() -> list[list[str]]:
    keys: dict[int, list[str]] = {}
    for ruling, key in RulingFeature.objects.values_list("ruling", "key"):
        keys.setdefault(ruling, []).append(key)
    return list(keys.values())


def _renamed(key: str, ruling: int, batch: int) -> str:
    """Rights and rulings of a copied feature renamed within the batch, so that the copy
    shares them with a few other copies (as a case's rulings and a citing ruling do)."""
    kind, _, value = key.partition(":")
    if kind in ("right", "citedby") or (kind == "cites" and value.startswith("r")):
        return f"{key}@{batch + zlib.crc32(f'{key}|{ruling // 7}'.encode()) % 500}"
    return key


def build() -> None:
    ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
    started = time.perf_counter()
    for start in range(0, len(ids), 5000):
        refresh_features(ids[start : start + 5000])
        print(f"  features of {min(start + 5000, len(ids))} rulings", flush=True)
    elapsed = time.perf_counter() - started
    print(f"features rebuilt for {len(ids)} rulings in {elapsed:.0f} s")


def sample(size: int) -> list[Ruling]:
    ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
    chosen = random.Random(20201).sample(ids, min(size, len(ids)))
    return list(Ruling.objects.filter(pk__in=chosen).order_by("pk"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true")
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--scale", type=int, default=0)
    parser.add_argument("--rulings", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.extract:
        started = time.perf_counter()
        call_command("extract_citations", force=True, processes=2)
        print(f"extract_citations --force: {time.perf_counter() - started:.0f} s")
    if args.build:
        build()
    if args.scale:
        scale(args.scale)
    print(
        f"rulings {Ruling.objects.count()}, features {RulingFeature.objects.count()}, "
        f"distinct features {FeatureFrequency.objects.count()}"
    )
    rulings = sample(args.rulings)
    timings, found, queries = [], [], []
    for _ in range(args.rounds):
        for ruling in rulings:
            reset_queries()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                items = related(ruling)
                timings.append((time.perf_counter() - started) * 1000)
            queries.append(len(captured))
            found.append(len(items))
    timings.sort()
    print(
        f"related(): {len(timings)} calls, median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms, max {timings[-1]:.1f} ms; "
        f"queries per call {min(queries)}-{max(queries)}; "
        f"rulings found: median {statistics.median(found)}, none for "
        f"{sum(1 for n in found if n == 0) // args.rounds} of {len(rulings)}"
    )
    for ruling in rulings[:3]:
        for item in related(ruling)[:2]:
            print(f"  {ruling.pk} -> {item.ruling.pk} ({item.score:.1f}): {item.reason}")


if __name__ == "__main__":
    main()
