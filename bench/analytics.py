"""Benchmark of the analytics page on a large synthetic catalogue.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_analytics_bench \
        .venv/bin/python bench/analytics.py --count 100000 --runs 20

Loads `count` synthetic rulings if the database holds fewer, then renders the full analytics
page (every table, chart and link, through the URL resolver and the view) for a typical
filter and for the whole catalogue, and prints p50 / p95 / max in milliseconds and the number
of queries per page, as Markdown for docs/benchmarks.md; computed without the page cache, and
in the last column served from it (the file cache, as by default).

The rulings are loaded with ipcases.demo.synthetic.load_synthetic, the same loader as the demo,
which analyses the tables at the end; a database whose tables hold rows without planner
statistics is refused. The test client speaks plain HTTP, so the script turns the settings'
redirect to HTTPS off (SECURE_SSL_REDIRECT=0) unless told otherwise. After the first request,
what is loaded is left out of garbage collection, as ipcases/wsgi.py does in a served process,
so that no full collection over it falls on a timed request.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")  # DEBUG is off: the settings want a key
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")  # the test client speaks plain HTTP
# Pages are computed, not served from the page cache; the cached column turns one on.
os.environ["CACHE_DIR"] = ""

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from ipcases import search  # noqa: E402
from ipcases.courts import ensure_courts  # noqa: E402
from ipcases.demo.synthetic import load_synthetic  # noqa: E402
from ipcases.models import Ruling  # noqa: E402

# The catalogue here is synthetic, which analytics leave out unless asked (include_synthetic).
TYPICAL = "/analytics/?ip_type=patent&court=txed&decided_after=2018-01-01&include_synthetic=1"
WHOLE = "/analytics/?include_synthetic=1"
COMPARE = (
    "/analytics/?ip_type=patent&decided_after=2015-01-01&compare=court&compare_values=txed,ded"
    "&include_synthetic=1"
)


def load(count: int, seed: int) -> None:
    call_command("migrate", verbosity=0)
    ensure_courts()
    have = Ruling.objects.count()
    if have >= count:
        return
    print(f"Loading {count - have} synthetic rulings...", file=sys.stderr)
    started = time.perf_counter()
    load_synthetic(count, seed=seed)
    print(f"  in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def backend_cpu_ms() -> float | None:
    """CPU time used so far by this connection's PostgreSQL backend, when it runs on this
    machine (read from /proc); None otherwise."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def cpu_page(client: Client, url: str, runs: int) -> float | None:
    """Median CPU time of one page, this process plus its PostgreSQL backend, with parallel
    workers off so that the backend does all the database work: roughly what the page would
    take on an idle machine."""
    if backend_cpu_ms() is None:
        return None
    with connection.cursor() as cursor:
        cursor.execute("SET max_parallel_workers_per_gather = 0")
    samples = []
    for _ in range(runs):
        python, backend = time.process_time(), backend_cpu_ms()
        client.get(url)
        samples.append((time.process_time() - python) * 1000 + backend_cpu_ms() - backend)
    with connection.cursor() as cursor:
        cursor.execute("RESET max_parallel_workers_per_gather")
    return statistics.median(samples)


def time_page(client: Client, url: str, runs: int) -> dict:
    client.get(url)  # warm up caches and connections
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    return {
        "url": url,
        "p50": statistics.median(timings),
        "p95": timings[max(0, round(0.95 * len(timings)) - 1)],
        "max": timings[-1],
        "queries": len(queries),
        "cpu": cpu_page(client, url, runs),
    }


def cached_p50(client: Client, url: str, runs: int) -> float:
    """The page served again from the file cache, as by default (the first request fills it)."""
    with tempfile.TemporaryDirectory() as folder:
        backend = "django.core.cache.backends.filebased.FileBasedCache"
        pages = {"BACKEND": backend, "LOCATION": folder}
        with override_settings(CACHES={**settings.CACHES, "pages": pages}):
            client.get(url)
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20201)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS.append("testserver")
    settings.DEBUG = False
    load(args.count, args.seed)
    if search.unanalyzed():
        sys.exit(f"No planner statistics for {', '.join(search.unanalyzed())}: run ANALYZE.")
    client = Client()
    client.get(WHOLE)
    gc.freeze()  # as ipcases/wsgi.py, once everything a request uses is loaded
    total = Ruling.objects.count()
    print("Load average at the start: " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
    print(f"{connection.vendor}, {total} rulings, {args.runs} runs each, {platform.processor()}")
    print(f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n")
    print("| Page | p50 ms | p95 ms | max ms | queries | CPU ms (median) | cached p50 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for url in (TYPICAL, WHOLE, COMPARE):
        r = time_page(client, url, args.runs)
        cpu = f"{r['cpu']:.0f}" if r["cpu"] is not None else "n/a"
        print(
            f"| `{r['url']}` | {r['p50']:.0f} | {r['p95']:.0f} | {r['max']:.0f} "
            f"| {r['queries']} | {cpu} | {cached_p50(client, url, args.runs):.1f} |"
        )
    # The machine may be shared: the load average says how much else was running.
    averages = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"\nLoad average (1, 5, 15 min) at the end: {averages}")


if __name__ == "__main__":
    main()
