"""What each kind of page in bench/load.sh's mix costs in process, for two versions in turn.

Throughput under load is the CPU a request costs (docs/scaling.md): this replays distinct
URLs drawn as bench/load.sh draws them (bench/load_urls.py, from the catalogue of
DATABASE_URL; 600 of them, where load.sh draws 4,000) one after another through Django's
test client, without the page cache (each URL is requested several times), and reports, per
kind of page (text queries, filters alone, later pages, ruling pages, analytics), the wall
time and the application's Python time a request and the statements it sends, and each
URL's median.

    git worktree add ../before <commit>
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_synthetic_bench \
        .venv/bin/python bench/mix.py --before ../before --after . --rounds 3 [--kind filters]

The versions run in turn, each round in a fresh process (page cache off, DEBUG off); the
report gives the medians over the rounds and, per kind, the p50 and p95 of the URLs'
times, the total, and the URLs that changed most. `--kind` keeps one kind of page.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("text", "filters", "later", "ruling", "analytics")


def kind_of(url: str) -> str:
    if url.startswith("/analytics"):
        return "analytics"
    if url.startswith("/rulings/") and url[len("/rulings/")].isdigit():
        return "ruling"
    if "page=" in url:
        return "later"
    return "text" if "q=" in url else "filters"


def measure(urls: list[str], runs: int) -> dict:
    """Each URL's median wall time over `runs`, and its Python time and statements."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client()
    for url in urls[:5]:
        client.get(url)
    sent = [0]

    def count(execute, sql, params, many, context):
        sent[0] += 1
        return execute(sql, params, many, context)

    rows = {}
    with connection.execute_wrapper(count):
        for url in urls:
            walls, cpu, sent[0] = [], 0.0, 0
            for _ in range(runs):
                started, used = time.perf_counter(), time.process_time()
                status = client.get(url).status_code
                walls.append(1000 * (time.perf_counter() - started))
                cpu += 1000 * (time.process_time() - used)
                if status != 200:
                    raise SystemExit(f"{url} answered {status}")
            rows[url] = {"wall": statistics.median(walls), "python": cpu / runs}
            rows[url]["statements"] = sent[0] / runs
    return rows


def run_in(checkout: str, urls_file: str, runs: int) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        env = {**os.environ, "DEBUG": "0", "CACHE_DIR": "", "PYTHONPATH": checkout}
        env.update(ALLOWED_HOSTS="testserver", SECURE_SSL_REDIRECT="0")
        env.setdefault("SECRET_KEY", "bench-only")
        env.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
        command = [sys.executable, str(Path(__file__).resolve()), "--measure", urls_file]
        command += ["--runs", str(runs), "--out", out.name]
        done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{checkout}: {done.stderr[-2000:]}")
        return json.loads(Path(out.name).read_text())


def report(rounds: dict[str, list[dict]]) -> str:
    merged = {
        version: {
            url: {k: statistics.median(r[url][k] for r in runs) for k in runs[0][url]}
            for url in runs[0]
        }
        for version, runs in rounds.items()
    }
    before, after = merged["before"], merged["after"]
    lines = [
        "| pages | URLs | wall a request | Python a request | statements | URL p50 | URL p95 |",
        "| --- | ---: | --- | --- | --- | --- | --- |",
    ]
    by_kind = defaultdict(list)
    for url in before:
        by_kind[kind_of(url)].append(url)
    for kind in [k for k in KINDS if k in by_kind]:
        urls = by_kind[kind]
        cells = [_pair(before, after, urls, key, statistics.mean) for key in KEYS]
        cells += [_pair(before, after, urls, "wall", _percentile(p)) for p in (50, 95)]
        lines.append(f"| {kind} | {len(urls)} | " + " | ".join(cells) + " |")
    ratios = sorted((after[u]["wall"] / before[u]["wall"], u) for u in before)
    lines += ["", "Changed most (after / before): "]
    for ratio, url in ratios[:3] + ratios[-3:]:
        lines.append(
            f"- {ratio:.2f} `{url}` ({before[url]['wall']:.1f} → {after[url]['wall']:.1f} ms)"
        )
    return "\n".join(lines)


KEYS = ("wall", "python", "statements")


def _pair(before: dict, after: dict, urls: list[str], key: str, summary) -> str:
    return " → ".join(f"{summary([side[u][key] for u in urls]):.1f}" for side in (before, after))


def _percentile(pct: int):
    def summary(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]

    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="checkout of the version compared to")
    parser.add_argument("--after", default=str(ROOT), help="checkout of the new version")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3, help="requests of each URL a round")
    parser.add_argument("--count", type=int, default=600, help="URLs, drawn as bench/load.sh draws")
    parser.add_argument("--kind", choices=KINDS, help="only this kind of page")
    parser.add_argument("--measure", metavar="URLS", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        urls = Path(args.measure).read_text().split()
        Path(args.out).write_text(json.dumps(measure(urls, args.runs)))
        return
    if not args.before:
        parser.error("--before is required")
    drawn = subprocess.run(
        [sys.executable, "bench/load_urls.py", "--count", str(args.count)],
        cwd=args.after,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    urls = [url for url in drawn if args.kind in (None, kind_of(url))]
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as listed:
        listed.write("\n".join(urls))
        listed.flush()
        rounds: dict[str, list[dict]] = {"before": [], "after": []}
        for number in range(1, args.rounds + 1):
            for version in rounds:
                rounds[version].append(run_in(getattr(args, version), listed.name, args.runs))
            print(f"round {number} of {args.rounds} measured", file=sys.stderr)
    print(report(rounds))


if __name__ == "__main__":
    main()
