"""Time load_synthetic into a fresh PostgreSQL database and a fresh SQLite file.

Run by hand from the project folder (not part of the test suite):

    .venv/bin/python bench/seed.py                    # 100,000 rulings, both databases
    .venv/bin/python bench/seed.py --count 20000 --only sqlite

PostgreSQL: the database ipcases_synthetic_bench on 127.0.0.1 is dropped, created and migrated
first, and kept afterwards for the search and analytics benchmarks. Each database is loaded in
its own process, so that the peak resident memory reported is that of one load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_NAME = "ipcases_synthetic_bench"
SQLITE_PATH = Path("/tmp/ipcases_synthetic_bench.sqlite3")
sys.path.insert(0, str(ROOT))


def fresh_postgres() -> str:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {PG_NAME}")
        connection.execute(f"CREATE DATABASE {PG_NAME}")
    return f"{PG_SERVER}/{PG_NAME}"


def fresh_sqlite() -> str:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{SQLITE_PATH}"


def run_child(url: str, count: int, batch_size: int) -> dict:
    # DEBUG off, as in production: Django's query log is not part of what is measured.
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT), "DEBUG": "0"}
    env.setdefault("SECRET_KEY", "bench-only")
    command = [sys.executable, __file__, "--child", "--count", str(count)]
    command += ["--batch-size", str(batch_size)]
    # Progress goes straight to this terminal; the result is the child's last line of output.
    result = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if result.returncode:
        sys.exit(result.returncode)
    return json.loads(result.stdout.strip().splitlines()[-1])


def child(count: int, batch_size: int) -> None:
    """Migrate, load and measure, in the database named by DATABASE_URL."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.models.functions import Length

    from ipcases.demo.synthetic import load_synthetic
    from ipcases.models import Ruling

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    created = load_synthetic(count, batch_size=batch_size, progress=_report)
    seconds = time.perf_counter() - started
    lengths = sorted(Ruling.objects.annotate(n=Length("text")).values_list("n", flat=True))
    result = {
        "database": connection.vendor,
        "created": created,
        "seconds": round(seconds, 1),
        "rulings_per_second": round(created / seconds),
        "text_mb": round(sum(lengths) / 1e6, 1),
        "median_text_kb": round(statistics.median(lengths) / 1000, 1),
        "p99_text_kb": round(lengths[int(len(lengths) * 0.99)] / 1000, 1),
        "max_text_kb": round(lengths[-1] / 1000, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "database_mb": _database_mb(connection),
    }
    print(json.dumps(result))


def _database_mb(connection) -> int:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            return round(cursor.fetchone()[0] / 1e6)
    return round(SQLITE_PATH.stat().st_size / 1e6)


def _report(done: int, total: int) -> None:
    print(f"  {done}/{total}", file=sys.stderr, flush=True)


def generation_only(count: int) -> dict:
    """The generator alone, without a database: how much of the load time it accounts for."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()
    from ipcases.demo.synthetic import generate_rulings

    started = time.perf_counter()
    size = sum(len(record["text"]) for record in generate_rulings(1, count + 1))
    seconds = time.perf_counter() - started
    return {"generated": count, "seconds": round(seconds, 1), "text_mb": round(size / 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--only", choices=["postgres", "sqlite", "generate"])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.count, args.batch_size)
        return
    if args.only in (None, "generate"):
        print(json.dumps(generation_only(min(args.count, 20_000))), flush=True)
    if args.only in (None, "postgres"):
        print(json.dumps(run_child(fresh_postgres(), args.count, args.batch_size)), flush=True)
    if args.only in (None, "sqlite"):
        print(json.dumps(run_child(fresh_sqlite(), args.count, args.batch_size)), flush=True)


if __name__ == "__main__":
    main()
