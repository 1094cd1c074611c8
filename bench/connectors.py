"""Search benchmark of the sentence and paragraph connectors: the whole results page and the
match alone for /s, +s, /p, +p and their phrase forms, beside w/N on the same words.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_search_bench DEBUG=0 \
        SECRET_KEY=bench python bench/connectors.py [--runs 5]

The database must hold an index built since migration 0023 (`reindex_search`), or its rulings
written since: older rows have no sentences or paragraphs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [
    "willful w/5 infringement",
    "willful /s infringement",
    "willful +s infringement",
    "willful /p infringement",
    "infringement +p willful",
    '"prior art" /s obvious',
    "laches /p delay",
    "(parody OR satire) /s fair",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    from django.test import RequestFactory

    import ipcases.wsgi  # noqa: F401
    from ipcases import search
    from ipcases.models import Ruling
    from ipcases.views import rulings as views

    factory = RequestFactory()
    print("| query | rulings | page median | match median |")
    print("| --- | ---: | ---: | ---: |")
    for query in QUERIES:
        url = "/rulings/?q=" + quote_plus(query)
        views.ruling_list(factory.get(url))
        page = _timed(lambda url=url: views.ruling_list(factory.get(url)), args.runs)

        def count(query=query) -> int:
            return search.count(search.filter(Ruling.objects.all(), search.parse(query)))

        matched = count()
        alone = _timed(count, args.runs)
        print(f"| `{query}` | {matched:,} | {page:.1f} ms | {alone:.1f} ms |")


def _timed(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    main()
