"""Compare the synthetic load of two checkouts (say, the bulk write path against the loader
before it), in turn, on fresh databases, so that a busy machine slows both alike.

    git archive <commit> | tar -x -C /tmp/before      # the version to compare against
    .venv/bin/python bench/demo_load.py --before /tmp/before --counts 2000 10000 --rounds 3

Each run loads rulings 1..N (seed 20201, batches of 2,000) with load_synthetic into a database
copied from a migrated template (SQLite: a file in /tmp; PostgreSQL: ipcases_demo_load on
127.0.0.1), in a process of its own with DEBUG off; migrating is not timed. The report gives
the median wall time of each version and count, with the CPU seconds of the loading process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = "postgres://postgres@127.0.0.1:5432"
PG_NAME = "ipcases_demo_load"
SQLITE = Path("/tmp/ipcases_demo_load.sqlite3")

CHILD = """
import json, os, resource, time, django
django.setup()
from ipcases.courts import ensure_courts
from ipcases.demo.synthetic import load_synthetic
ensure_courts()
cpu, wall = time.process_time(), time.perf_counter()
created = load_synthetic(int(os.environ["COUNT"]), batch_size=2000)
# The worker processes (a bulk write's) have ended by now: their CPU is the children's.
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"created": created, "seconds": time.perf_counter() - wall,
                  "cpu": time.process_time() - cpu,
                  "workers_cpu": children.ru_utime + children.ru_stime}))
"""


def environment(checkout: str, url: str, count: int = 0) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "PYTHONPATH": checkout,
        "DJANGO_SETTINGS_MODULE": "ipcases.settings",
        "DEBUG": "0",
        "SECRET_KEY": "bench-only",
        "COUNT": str(count),
    }


def template(database: str, checkout: str) -> str:
    """Migrate a template database once (both versions share the migrations)."""
    if database == "sqlite":
        path = SQLITE.with_suffix(".template")
        path.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        _psql(f"DROP DATABASE IF EXISTS {PG_NAME}_template", f"CREATE DATABASE {PG_NAME}_template")
        url = f"{SERVER}/{PG_NAME}_template"
    command = [sys.executable, "manage.py", "migrate", "--verbosity", "0"]
    subprocess.run(command, cwd=checkout, env=environment(checkout, url), check=True)
    return url


def fresh(database: str) -> str:
    if database == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(SQLITE.with_suffix(".template"), SQLITE)
        return f"sqlite:///{SQLITE}"
    _psql(
        f"DROP DATABASE IF EXISTS {PG_NAME}",
        f"CREATE DATABASE {PG_NAME} TEMPLATE {PG_NAME}_template",
    )
    return f"{SERVER}/{PG_NAME}"


def _psql(*statements: str) -> None:
    for statement in statements:
        command = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", statement]
        subprocess.run(command, check=True, capture_output=True)


def run(checkout: str, database: str, count: int) -> dict:
    url = fresh(database)
    python = [sys.executable, "-c", CHILD]
    env = environment(checkout, url, count)
    result = subprocess.run(python, cwd=checkout, env=env, check=True, capture_output=True)
    return json.loads(result.stdout.decode().strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="checkout of the version compared to")
    parser.add_argument("--after", default=str(ROOT), help="checkout of the new version")
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--counts", nargs="+", type=int, default=[2000, 10000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    versions = {"before": args.before, "after": args.after}
    results: dict[tuple, list[dict]] = {}
    for database in args.databases:
        template(database, args.after)
        for count in args.counts:
            for round_number in range(args.rounds):
                for name, checkout in versions.items():
                    load = os.getloadavg()[0]
                    measured = run(checkout, database, count)
                    results.setdefault((database, count, name), []).append(measured)
                    print(
                        f"{database} {count} {name} round {round_number + 1}: "
                        f"{measured['seconds']:.1f} s, CPU {measured['cpu']:.1f} s, "
                        f"workers' CPU {measured['workers_cpu']:.1f} s (load {load:.1f})",
                        file=sys.stderr,
                        flush=True,
                    )
    print(report(results))


def report(results: dict[tuple, list[dict]]) -> str:
    lines = [
        "| Database | Rulings | Before: median s (CPU s) | After: median s (CPU s) "
        "| After / before |",
        "|---|---:|---:|---:|---:|",
    ]
    for database, count in dict.fromkeys((d, c) for d, c, _ in results):
        medians = {}
        for name in ("before", "after"):
            runs = results[(database, count, name)]
            medians[name] = (
                statistics.median(r["seconds"] for r in runs),
                statistics.median(r["cpu"] for r in runs),
            )
        (before, before_cpu), (after, after_cpu) = medians["before"], medians["after"]
        lines.append(
            f"| {database} | {count:,} | {before:.1f} ({before_cpu:.1f}) | "
            f"{after:.1f} ({after_cpu:.1f}) | {after / before:.2f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s in all)", file=sys.stderr)
