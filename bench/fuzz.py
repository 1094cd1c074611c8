"""Fuzz run: thousands of hostile requests to every endpoint, queries to the parser and records
to the write path, on both databases; counts what answers a server error.

    python bench/fuzz.py --sqlite /tmp/ipcases-fuzz.sqlite3 \
        --postgres postgres://postgres@127.0.0.1:5432/ipcases_fuzz [--examples 10000] [--seed 1]

Each database is made afresh (the SQLite file is replaced; the PostgreSQL database is dropped
and created), migrated, and given the small corpus of tests/fuzzing.py. A worker process per
database (this script with --worker) draws requests from tests.fuzzing.requests, as the
suite's fuzz test does, but at random and without stopping at a failure: it sends every
example and counts the answers. It prints one Markdown table and the URLs of any server error.
Results go in docs/benchmarks.md ("Fuzzing").
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", help="SQLite file to create (replaced if it exists)")
    parser.add_argument("--postgres", help="postgres:// URL of a database to drop and create")
    parser.add_argument("--examples", type=int, default=10_000, help="requests per database")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.examples, args.seed)))
        return
    targets = [(name, url) for name, url in _targets(args) if url]
    if not targets:
        parser.error("give --sqlite, --postgres or both")
    results = [(name, _run_worker(url, args.examples, args.seed)) for name, url in targets]
    report(results, args)


def _targets(args) -> list[tuple[str, str | None]]:
    sqlite = f"sqlite:///{Path(args.sqlite).resolve()}" if args.sqlite else None
    return [("SQLite", sqlite), ("PostgreSQL", args.postgres)]


def _run_worker(url: str, examples: int, seed: int) -> dict:
    command = [sys.executable, __file__, "--worker", url, "--examples", str(examples)]
    command += ["--seed", str(seed)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": url}
    run = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if run.returncode:
        sys.exit(run.returncode)
    return json.loads(run.stdout.strip().splitlines()[-1])


def worker(url: str, examples: int, seed: int) -> dict:
    _fresh_database(url)
    import django

    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # As the suite runs: DEBUG off, so that an error is a 500 page and not a debug page.
    settings.DEBUG = False
    # Thousands of 404s and refused values are expected; server errors are counted below.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    logging.getLogger("ipcases").setLevel(logging.CRITICAL)
    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    from tests.fuzzing import build_corpus

    build_corpus()
    return {
        "requests": fuzz_requests(examples, seed),
        "queries": fuzz_queries(examples, seed),
        "records": fuzz_records(max(examples // 10, 100), seed),
    }


def _fresh_database(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        Path(parts.path[1:]).unlink(missing_ok=True)
        return
    import psycopg

    name = parts.path.lstrip("/")
    admin = f"host={parts.hostname} port={parts.port or 5432} user={parts.username} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def _quiet_settings(examples: int, seed: int):
    from hypothesis import HealthCheck, Phase, settings

    # Generate only: no stopping or shrinking at a failure, every example is sent and counted.
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    ), seed


def fuzz_requests(examples: int, seed: int) -> dict:
    from django.test import Client
    from hypothesis import given
    from hypothesis import seed as seeded

    from tests.fuzzing import MARKER, read, requests

    client = Client(raise_request_exception=False)
    statuses: Counter = Counter()
    endpoints: Counter = Counter()
    errors: list[dict] = []
    leaks: list[str] = []
    options, seed = _quiet_settings(examples, seed)

    @options
    @seeded(seed)
    @given(url=requests())
    def send(url: str) -> None:
        response = client.get(url)
        status, error = response.status_code, getattr(response, "exc_info", None)
        try:
            content = read(response)
        except Exception as failure:  # noqa: BLE001 - a download that fails while streamed
            status, error, content = 500, (None, failure), b""
        statuses[status] += 1
        endpoints[_endpoint(url)] += 1
        if status >= 500:
            errors.append({"url": url[:300], "error": repr(error[1])[:300] if error else ""})
        html = response.get("Content-Type", "").startswith("text/html")
        if html and MARKER in content.decode("utf-8", "replace"):
            leaks.append(url[:300])

    started = time.perf_counter()
    send()
    seconds = time.perf_counter() - started
    return {
        "examples": sum(statuses.values()),
        "seconds": round(seconds, 1),
        "statuses": dict(sorted(statuses.items())),
        "server_errors": len(errors),
        "errors": errors[:20],
        "markup_leaks": leaks[:20],
        "endpoints": dict(endpoints.most_common()),
    }


def _endpoint(url: str) -> str:
    """The first part of a URL's path, as the endpoints name it ("other" for any else)."""
    from tests.fuzzing import ENDPOINTS

    known = {endpoint.path.split("/")[1] for endpoint in ENDPOINTS} - {"{anything}"}
    first = url.split("?")[0].split("/")[1]
    return "/" + first if first in known else "other"


def fuzz_queries(examples: int, seed: int) -> dict:
    from hypothesis import given
    from hypothesis import seed as seeded

    from ipcases import search
    from ipcases.models import Ruling
    from tests.fuzzing import QUERY

    failures: list[str] = []
    count = [0]
    options, seed = _quiet_settings(examples, seed)

    @options
    @seeded(seed)
    @given(query=QUERY)
    def read(query: str) -> None:
        count[0] += 1
        try:
            parsed = search.parse(query)
            search.filter(Ruling.objects.all(), parsed).exists()
        except Exception as error:  # noqa: BLE001 - every failure is counted, not raised
            failures.append(f"{query[:200]!r}: {error!r}"[:400])

    started = time.perf_counter()
    read()
    return {
        "examples": count[0],
        "seconds": round(time.perf_counter() - started, 1),
        "failures": len(failures),
        "errors": failures[:20],
    }


def fuzz_records(examples: int, seed: int) -> dict:
    from hypothesis import given
    from hypothesis import seed as seeded
    from hypothesis import strategies as st

    from ipcases.importers import store
    from tests.test_fuzz import RECORD

    failures: list[str] = []
    outcomes: Counter = Counter()
    options, seed = _quiet_settings(examples, seed)

    @options
    @seeded(seed)
    @given(records=st.lists(RECORD, min_size=1, max_size=3))
    def save(records: list[dict]) -> None:
        try:
            summary = store.save_records(records)
        except Exception as error:  # noqa: BLE001 - every failure is counted, not raised
            failures.append(f"{records!r}: {error!r}"[:400])
            return
        outcomes.update(created=summary.created, updated=summary.updated, failed=summary.failed)
        outcomes.update(unchanged=summary.unchanged)

    started = time.perf_counter()
    save()
    return {
        "examples": outcomes.total(),
        "seconds": round(time.perf_counter() - started, 1),
        "outcomes": dict(outcomes),
        "exceptions": len(failures),
        "errors": failures[:20],
    }


def report(results: list[tuple[str, dict]], args) -> None:
    print(f"Fuzz run, seed {args.seed}, {platform.python_version()} on {platform.machine()}")
    print()
    print("| database | requests | 4xx | 500 | markup | queries | failed | records | raised |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, result in results:
        requests, queries, records = result["requests"], result["queries"], result["records"]
        client_errors = sum(n for code, n in requests["statuses"].items() if 400 <= int(code) < 500)
        print(
            f"| {name} | {requests['examples']:,} ({requests['seconds']} s) | {client_errors:,} "
            f"| {requests['server_errors']} | {len(requests['markup_leaks'])} "
            f"| {queries['examples']:,} | {queries['failures']} "
            f"| {records['examples']:,} | {records['exceptions']} |"
        )
    for name, result in results:
        print(f"\n{name}: statuses {result['requests']['statuses']}")
        print(f"{name}: requests per endpoint {result['requests']['endpoints']}")
        print(f"{name}: records {result['records']['outcomes']}")
        for error in (
            result["requests"]["errors"] + result["queries"]["errors"] + result["records"]["errors"]
        ):
            print(f"  {error}")


if __name__ == "__main__":
    main()
