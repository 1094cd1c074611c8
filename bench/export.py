"""Benchmark of the exports: a 50,000-row file streamed through the view, in each format.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_exports_bench \
        .venv/bin/python bench/export.py --rows 50000 --runs 3

For each format, downloads /rulings/export.<format> (through the URL resolver, the middleware
and the view, as a browser would) with EXPORT_MAX_ROWS set to --rows, reads the whole stream,
and reports the median wall time, rows a second, this process's CPU time and its PostgreSQL
backend's. Then the peak of Python's allocations while streaming (tracemalloc) at a tenth of
the rows and at all of them: flat memory means the two are close. Prints Markdown for
docs/benchmarks.md. The database must already hold the rulings (the synthetic bench copy).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")  # DEBUG is off: the settings want a key

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402

from ipcases.models import Ruling  # noqa: E402
from ipcases.pages.listing import Listing  # noqa: E402

FORMATS = ["csv", "jsonl", "ris", "bib"]
# A filter that selects about half the synthetic corpus, and the whole catalogue.
QUERIES = {"every ruling": "", "patents, 2010 on": "ip_type=patent&decided_after=2010-01-01"}


def rows_per_cpu_second(rows: int, result: dict) -> str:
    """Rows a second of CPU, this process's and the database's: roughly the rate on an idle
    machine (on a loaded one the wall time mostly measures the wait for a core)."""
    cpu = result["cpu"] + (result["backend"] or 0)
    return f"{rows / cpu:,.0f}"


def backend_cpu_ms() -> float | None:
    """CPU time of this connection's PostgreSQL backend so far (from /proc), if it is local."""
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


def download(client: Client, extension: str, query: str) -> tuple[int, int]:
    """(bytes, lines) of one export, read to its end."""
    response = client.get(f"/rulings/export.{extension}?{query}", secure=True)
    assert response.status_code == 200, response.status_code
    size = lines = 0
    for piece in response.streaming_content:
        size += len(piece)
        lines += piece.count(b"\n")
    return size, lines


def timed(client: Client, extension: str, query: str, runs: int) -> dict:
    walls, cpus, backends = [], [], []
    for _ in range(runs):
        wall, cpu, backend = time.perf_counter(), time.process_time(), backend_cpu_ms()
        size, lines = download(client, extension, query)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        if backend is not None:
            backends.append((backend_cpu_ms() - backend) / 1000)
    return {
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "backend": statistics.median(backends) if backends else None,
        "bytes": size,
        "lines": lines,
    }


def peak_kib(client: Client, extension: str, query: str, rows: int) -> float:
    settings.EXPORT_MAX_ROWS = rows
    tracemalloc.start()
    download(client, extension, query)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS.append("testserver")
    client = Client()
    total = Ruling.objects.count()
    print("Load average at the start: " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
    print(f"{connection.vendor}, {total:,} rulings, {args.runs} runs each (medians)")
    print(f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n")
    print(
        "| Selection | Format | Rows | MB | Wall s | Rows/s (wall) | Python CPU s | DB CPU s "
        "| Rows/s of CPU |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    formats = args.formats.split(",")
    for label, query in QUERIES.items():
        settings.EXPORT_MAX_ROWS = args.rows
        rows = min(args.rows, _count(query))
        # The filtered selection in the first format only: the formats differ in writing.
        for extension in formats if not query else formats[:1]:
            r = timed(client, extension, query, args.runs)
            backend = f"{r['backend']:.2f}" if r["backend"] is not None else "n/a"
            print(
                f"| {label} | {extension} | {rows:,} | {r['bytes'] / 1e6:.1f} | {r['wall']:.2f} "
                f"| {rows / r['wall']:,.0f} | {r['cpu']:.2f} | {backend} "
                f"| {rows_per_cpu_second(rows, r)} |"
            )
    print("\n| Format | Peak Python memory, tenth of the rows (KiB) | all the rows (KiB) |")
    print("| --- | ---: | ---: |")
    for extension in formats[:1]:  # the writing differs by format, the reading does not
        small = peak_kib(client, extension, "", args.rows // 10)
        large = peak_kib(client, extension, "", args.rows)
        print(f"| {extension} | {small:,.0f} | {large:,.0f} |")
    print("\nLoad average at the end: " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))


def _count(query: str) -> int:
    return Listing(QueryDict(query)).qs.count()


if __name__ == "__main__":
    main()
