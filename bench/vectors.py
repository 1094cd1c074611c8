"""Time what a bulk write's worker processes do for each ruling, without a database: cutting
synthetic rulings' texts into passages and building the PostgreSQL engine's vectors.

    .venv/bin/python bench/vectors.py [--count 1200] [--runs 5]

Prints milliseconds a ruling (the median of the runs) for each part, and a digest of the
vectors written, so that two checkouts can be compared alternately on the same rulings and
shown to write the same vectors:

    for i in 1 2 3; do
        for d in ../before .; do (cd $d && .venv/bin/python bench/vectors.py); done
    done
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()
    from ipcases.demo.synthetic.generate import generate_rulings
    from ipcases.search import index
    from ipcases.search.postgres import index as vectors

    texts = [
        (number, 1.0, {"name": str(record.get("case_name", ""))}, record["text"])
        for number, record in enumerate(generate_rulings(1, args.count + 1), start=1)
    ]
    rulings = [index.cut(text) for text in texts]
    passages = [passage for ruling in rulings for passage in ruling.passages]
    parts = {
        "cutting the texts": lambda: [index.cut(text) for text in texts],
        "document vectors": lambda: [vectors.vector(p) for p in passages],
        "sentence and paragraph vectors, with their order vectors": lambda: [
            vectors.unit_columns(p) for p in passages
        ],
        "all of a ruling's rows (literals)": lambda: [
            vectors.literals((r.ruling_id, r.boost, r.passages)) for r in rulings
        ],
    }
    size = sum(len(text[3]) for text in texts) / len(texts) / 1000
    print(f"{len(texts)} synthetic rulings, {size:.1f} KB of text on average")
    for name, work in parts.items():
        print(f"{name}: {_median_ms(work, args.runs) / len(texts):.2f} ms a ruling")
    digest = hashlib.sha256(repr(parts["all of a ruling's rows (literals)"]()).encode())
    print(f"digest of the rows: {digest.hexdigest()[:16]}")


def _median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    main()
