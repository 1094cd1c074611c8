"""Benchmark of a streaming replica on this machine: how long one takes to make, how far it
falls behind while rulings are written, and what a page costs on it against the primary.

    .venv/bin/python bench/replica.py \
        --primary postgres://postgres@127.0.0.1:5432/ipcases_replica_bench --count 3000

The database must be new or empty (it is created and migrated), so that every ruling counted
is written.

1. Migrates the database if needed, then makes a hot standby of the whole cluster that holds
   it (tests/standby.py: pg_basebackup -R, then pg_ctl on a free port) and times it.
2. Writes `count` synthetic rulings (`seed_demo --synthetic`, in another process) while it
   samples, every 0.2 s, the primary's WAL position and the standby's replayed one: WAL bytes
   per ruling, the most bytes and seconds the standby was behind, and how long it took to
   catch up after the last write.
3. In a server-like process (DEBUG off, DATABASE_REPLICA_URLS naming the standby), requests
   each page alternately from the replica and, with the cookie a write sets, from the primary,
   and prints the medians; then stops the standby and times the first and the next requests.

The server must accept replication connections from 127.0.0.1 (`make postgres-replication`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import standby as standbys  # noqa: E402

PAGES = [
    "/rulings/",
    "/rulings/?q=infringement",
    "/rulings/?q=%22claim+construction%22&court=cafc",
    "/rulings/?q=trade+secret&decided_after=2015-01-01",
    "/analytics/?ip_type=patent",
    "/courts/",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--primary", required=True, help="postgres:// URL of the database")
    parser.add_argument("--count", type=int, default=5000, help="rulings to write")
    parser.add_argument("--runs", type=int, default=15, help="requests per page and database")
    parser.add_argument("--worker", choices=["pages", "down"], help=argparse.SUPPRESS)
    parser.add_argument("--replica", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args)
    migrate(args.primary)
    standby, made = make_standby(args.primary)
    replica_url = args.primary.replace(f":{urlsplit(args.primary).port}/", f":{standby.port}/")
    try:
        print(f"standby made and serving in {made:.1f} s ({cluster_megabytes(args.primary)} MB)")
        print(json.dumps(write_and_follow(args.primary, standby, args.count), indent=1))
        run_worker("pages", args, replica_url)
        standby.stop()
        run_worker("down", args, replica_url)
    finally:
        standbys.remove(standby)


def environment(primary: str, replica: str | None = None) -> dict:
    env = {**os.environ, "DATABASE_URL": primary, "SECRET_KEY": "bench-only"}
    env.update({"ALLOWED_HOSTS": "testserver", "DEBUG": "0", "LOG_LEVEL": "ERROR"})
    if replica:
        env["DATABASE_REPLICA_URLS"] = replica
    return env


def manage(primary: str, *command: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *command],
        env=environment(primary),
        stdout=subprocess.DEVNULL,
    )


def migrate(primary: str) -> None:
    name = urlsplit(primary).path.lstrip("/")
    with psycopg.connect(primary.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    if manage(primary, "migrate", "--noinput").wait():
        sys.exit("migrate failed")
    with psycopg.connect(primary) as connection:
        held = connection.execute("SELECT count(*) FROM ipcases_ruling").fetchone()[0]
    if held:
        sys.exit(
            f"{name} already holds {held} rulings: name a new database (every ruling is written)"
        )


def make_standby(primary: str) -> tuple[standbys.Standby, float]:
    parts = urlsplit(primary)
    with psycopg.connect(primary) as connection:
        version = connection.info.server_version
        # The primary's memory settings too, so that pages compare like for like.
        names = [*standbys.AT_LEAST_THE_PRIMARYS, "shared_buffers", "work_mem"]
        found = connection.execute(
            "SELECT name, current_setting(name) FROM pg_settings WHERE name = ANY(%s)",
            [names],
        ).fetchall()
    started = time.monotonic()
    entry = {"HOST": parts.hostname, "PORT": parts.port, "USER": parts.username}
    standby = standbys.make_standby(entry, dict(found), standbys.server_binaries(version))
    standbys.wait_until_serving(standby, parts.path.lstrip("/"))
    return standby, time.monotonic() - started


def cluster_megabytes(primary: str) -> int:
    with psycopg.connect(primary) as connection:
        total = connection.execute("SELECT sum(pg_database_size(datname)) FROM pg_database")
        return round(total.fetchone()[0] / 2**20)


def position(connection: psycopg.Connection, function: str) -> int:
    return int(connection.execute(f"SELECT pg_wal_lsn_diff({function}(), '0/0')").fetchone()[0])


def write_and_follow(primary: str, standby: standbys.Standby, count: int) -> dict:
    """Write `count` rulings while sampling how far the standby's replay is behind."""
    with (
        psycopg.connect(primary, autocommit=True) as on_primary,
        standby.connect("postgres") as on_standby,
    ):
        first = position(on_primary, "pg_current_wal_lsn")
        samples: list[tuple[float, int, int]] = []
        writer = manage(primary, "seed_demo", "--synthetic", str(count))
        started = time.monotonic()
        while writer.poll() is None:
            samples.append(sample(on_primary, on_standby, started))
            time.sleep(0.2)
        written = time.monotonic() - started
        last = position(on_primary, "pg_current_wal_lsn")
        while position(on_standby, "pg_last_wal_replay_lsn") < last:
            time.sleep(0.05)
        caught_up = time.monotonic() - started - written
    behind_bytes = max((p - r for _, p, r in samples), default=0)
    return {
        "rulings written": count,
        "write seconds": round(written, 1),
        "WAL MB": round((last - first) / 2**20, 1),
        "WAL KB per ruling": round((last - first) / 1024 / count, 1),
        "most MB behind": round(behind_bytes / 2**20, 1),
        "most seconds behind": round(seconds_behind(samples), 2),
        "seconds to catch up after the last write": round(caught_up, 2),
        "samples": len(samples),
    }


def sample(on_primary, on_standby, started: float) -> tuple[float, int, int]:
    written = position(on_primary, "pg_current_wal_lsn")
    replayed = position(on_standby, "pg_last_wal_replay_lsn")
    return time.monotonic() - started, written, replayed


def seconds_behind(samples: list[tuple[float, int, int]]) -> float:
    """For each sample, how long ago the primary had written what the standby has replayed
    (to the sampling interval); the most of these."""
    worst = 0.0
    for at, _, replayed in samples:
        written_at = next((t for t, p, _ in samples if p >= replayed), at)
        worst = max(worst, at - written_at)
    return worst


def run_worker(mode: str, args, replica_url: str) -> None:
    command = [sys.executable, __file__, "--primary", args.primary, "--worker", mode]
    command += ["--replica", replica_url, "--runs", str(args.runs)]
    subprocess.run(command, env=environment(args.primary, replica_url), check=True)


def worker(args) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    django.setup()
    from django.db import connections
    from django.test import Client

    from ipcases import replicas

    client, pinned = Client(), Client()
    pinned.cookies[replicas.PIN_COOKIE] = "1"
    if args.worker == "down":
        return timed_down(client, pinned)
    used = {"replica1": 0}

    def count(execute, sql, params, many, context):
        used["replica1"] += 1
        return execute(sql, params, many, context)

    print("| page | replica p50 ms | primary p50 ms | statements on the replica |")
    print("| --- | ---: | ---: | ---: |")
    for url in PAGES:
        timed(client, url), timed(pinned, url)  # warm both databases' caches
        on_replica, on_primary = [], []
        used["replica1"] = 0
        with connections["replica1"].execute_wrapper(count):
            for _ in range(args.runs):
                on_replica.append(timed(client, url))
                on_primary.append(timed(pinned, url))
        statements = used["replica1"] // args.runs
        print(
            f"| `{url}` | {statistics.median(on_replica):.1f} "
            f"| {statistics.median(on_primary):.1f} | {statements} |"
        )


def timed(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url, secure=True)
    assert response.status_code == 200, (url, response.status_code)
    return (time.perf_counter() - started) * 1000


def timed_down(client, pinned) -> None:
    """With the replica stopped: the first request finds it refusing, the next ones skip it."""
    url = "/rulings/?q=infringement"
    on_primary = [timed(pinned, url) for _ in range(6)][1:]  # the first warms the process
    first, then = timed(client, url), [timed(client, url) for _ in range(5)]
    print(
        f"replica stopped: the primary alone {statistics.median(on_primary):.1f} ms (median of "
        f"5); the first request that finds the replica down {first:.1f} ms, the next five "
        f"{statistics.median(then):.1f} ms (median)"
    )


if __name__ == "__main__":
    main()
