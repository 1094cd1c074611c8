"""Peers benchmark: our search page over HTTP under gunicorn, against Datasette 0.65 serving
the same rulings from SQLite with FTS5 and the same facets, and the raw SQL floor of each.

    pip install -r bench/requirements.txt
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_perf_bench \
        .venv/bin/python bench/peers.py --export /tmp/peers.sqlite3 --runs 7

1. exports the catalogue of DATABASE_URL (or reuses --export when it exists) to a SQLite file:
   a table `rulings` (id, case name, court, date, IP types, outcome, summary, text) and an
   FTS5 index of name, summary and text (porter stemming, as our index stems);
2. starts gunicorn (gunicorn.conf.py, one worker) and Datasette (one process), with facets on
   court, IP types and outcome on both sides, and timeouts high enough that Datasette drops no
   facet;
3. for each query of each class (broad, narrow, phrase, prefix, boolean, proximity,
   filtered) times, interleaved in one loop: our page over HTTP, Datasette's page over HTTP,
   our floor (the match alone, search.count, in this process) and FTS5's floor (a count of
   MATCH on the file); each with its result count;
4. prints a Markdown table of medians and the ratios Datasette / ours.

Refuses a database without planner statistics.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from ipcases import search  # noqa: E402
from ipcases.models import Ruling, RulingIPType  # noqa: E402

# (class, our query parameters, FTS5 query, Datasette's extra filters)
QUERIES = [
    ("broad", {"q": "patent"}, "patent", {}),
    ("broad", {"q": "infringement"}, "infringement", {}),
    ("narrow", {"q": "laches"}, "laches", {}),
    ("narrow", {"q": "misappropriation"}, "misappropriation", {}),
    ("phrase", {"q": '"likelihood of confusion"'}, '"likelihood of confusion"', {}),
    ("phrase", {"q": '"doctrine of equivalents"'}, '"doctrine of equivalents"', {}),
    ("prefix", {"q": "obvious*"}, "obvious*", {}),
    ("prefix", {"q": "anticipat*"}, "anticipat*", {}),
    ("boolean", {"q": "patent -copyright"}, "patent NOT copyright", {}),
    ("boolean", {"q": "royalty OR damages"}, "royalty OR damages", {}),
    ("proximity", {"q": "willful w/5 infringement"}, "NEAR(willful infringement, 5)", {}),
    ("proximity", {"q": "reasonable w/3 royalty"}, "NEAR(reasonable royalty, 3)", {}),
    ("filtered", {"q": "patent", "court": "cafc"}, "patent", {"court": "cafc"}),
    (
        "filtered",
        {"q": "infringement", "ip_type": "trademark"},
        "infringement",
        {"ip_types__contains": "trademark"},
    ),
]
FACETS = ("court", "ip_types", "outcome")
OUR_PORT, PEER_PORT = 8766, 8767


def export(path: Path) -> None:
    """The rulings of DATABASE_URL as a SQLite table with an FTS5 index."""
    database = sqlite3.connect(path)
    database.executescript(
        "CREATE TABLE rulings (id INTEGER PRIMARY KEY, case_name TEXT, court TEXT, "
        "decision_date TEXT, ip_types TEXT, outcome TEXT, summary TEXT, text TEXT);"
        "CREATE INDEX rulings_court ON rulings (court);"
        "CREATE INDEX rulings_outcome ON rulings (outcome);"
    )
    rows = Ruling.objects.order_by("pk").values_list(
        "pk",
        "case__name",
        "case__court_id",
        "decision_date",
        "rights_holder_outcome",
        "summary",
        "text",
    )
    tags: dict[int, list[str]] = {}
    pairs = RulingIPType.objects.values_list("ruling_id", "ip_type")
    for ruling_id, ip_type in pairs.iterator(chunk_size=10_000):
        tags.setdefault(ruling_id, []).append(ip_type)
    batch = []
    for pk, name, court, date, outcome, summary, text in rows.iterator(chunk_size=2000):
        ip_types = ",".join(sorted(tags.get(pk, [])))
        batch.append((pk, name, court, str(date or ""), ip_types, outcome, summary, text))
        if len(batch) == 2000:
            database.executemany("INSERT INTO rulings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
            batch = []
    database.executemany("INSERT INTO rulings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
    database.executescript(
        "CREATE VIRTUAL TABLE rulings_fts USING fts5(case_name, summary, text, "
        "content='rulings', content_rowid='id', tokenize='porter unicode61');"
        "INSERT INTO rulings_fts (rulings_fts) VALUES ('rebuild');"
        "INSERT INTO rulings_fts (rulings_fts) VALUES ('optimize');"
        "ANALYZE;"
    )
    database.commit()
    database.close()


def start_servers(path: Path, workdir: Path) -> list[subprocess.Popen]:
    metadata = workdir / "metadata.json"
    table = {"fts_table": "rulings_fts", "fts_pk": "id", "facets": list(FACETS)}
    metadata.write_text(json.dumps({"databases": {path.stem: {"tables": {"rulings": table}}}}))
    environment = {
        **os.environ,
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "CACHE_DIR": "",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_BIND": f"127.0.0.1:{OUR_PORT}",
    }
    ours = subprocess.Popen([str(ROOT / ".venv/bin/gunicorn")], cwd=ROOT, env=environment)
    peer = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/datasette"),
            "serve",
            "--immutable",
            str(path),
            "--metadata",
            str(metadata),
            "--port",
            str(PEER_PORT),
            "--setting",
            "sql_time_limit_ms",
            "30000",
            "--setting",
            "facet_time_limit_ms",
            "30000",
            "--setting",
            "num_sql_threads",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for port in (OUR_PORT, PEER_PORT):
        _wait(f"http://127.0.0.1:{port}/")
    return [ours, peer]


def _wait(url: str) -> None:
    for _ in range(120):
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"{url} did not answer")


def timed_get(url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


def urls(ours: dict, fts: str, filters: dict, table: str) -> tuple[str, str]:
    our_url = f"http://127.0.0.1:{OUR_PORT}/rulings/?" + urlencode(ours)
    peer_params = [("_search", fts), ("_searchmode", "raw"), ("_size", "20"), *filters.items()]
    peer_params += [("_facet", facet) for facet in FACETS]
    peer_url = f"http://127.0.0.1:{PEER_PORT}/{table}/rulings?" + urlencode(peer_params)
    return our_url, peer_url


def measure(path: Path, runs: int) -> list[dict]:
    lite = sqlite3.connect(path)
    rows = []
    for kind, ours, fts, filters in QUERIES:
        our_url, peer_url = urls(ours, fts, filters, path.stem)
        peer_json = peer_url.replace("/rulings?", "/rulings.json?", 1)
        parsed = search.parse(ours["q"])
        times: dict[str, list[float]] = {"ours": [], "peer": [], "floor": [], "fts": []}
        timed_get(our_url), timed_get(peer_url)  # warm-up
        for _ in range(runs):
            times["ours"].append(timed_get(our_url)[0])
            times["peer"].append(timed_get(peer_url)[0])
            started = time.perf_counter()
            matched = search.count(search.filter(Ruling.objects.all(), parsed))
            times["floor"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            fts_count = lite.execute(
                "SELECT count(*) FROM rulings_fts WHERE rulings_fts MATCH ?", [fts]
            ).fetchone()[0]
            times["fts"].append((time.perf_counter() - started) * 1000)
        peer_count = json.loads(timed_get(peer_json)[1]).get("filtered_table_rows_count")
        medians = {name: statistics.median(values) for name, values in times.items()}
        rows.append(
            {
                "kind": kind,
                "query": ours,
                "fts": fts,
                "filters": filters,
                "matched": matched,
                "fts_count": fts_count,
                "peer_count": peer_count,
                **medians,
            }
        )
    return rows


def report(rows: list[dict], runs: int, total: int) -> str:
    lines = [
        f"{total:,} rulings; {runs} interleaved runs per query after one warm-up; medians in "
        f"ms; load average {os.getloadavg()[0]:.1f}. Ours: /rulings/ over HTTP (gunicorn, one "
        "worker, no page cache); Datasette 0.65: its table page with FTS5 search and three "
        "facets (one process); floors: the match alone (ours: search.count; FTS5: count of "
        "MATCH). Counts: ours (text query alone) / Datasette's page (with its filters).",
        "",
        "| class | query | matches (ours / Datasette) | ours page | Datasette page | "
        "Datasette ÷ ours | our floor | FTS5 floor |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        shown = urlencode(row["query"])
        lines.append(
            f"| {row['kind']} | `{shown}` | {row['matched']:,} / {row['peer_count'] or 0:,} | "
            f"{row['ours']:.0f} | {row['peer']:.0f} | {row['peer'] / row['ours']:.1f}× | "
            f"{row['floor']:.1f} | {row['fts']:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", required=True, type=Path, help="the SQLite file")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if search.unanalyzed():
        sys.exit(f"No planner statistics for {', '.join(search.unanalyzed())}: run ANALYZE.")
    if not args.export.exists():
        started = time.perf_counter()
        export(args.export)
        print(f"Exported in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    servers = start_servers(args.export, args.export.parent)
    try:
        rows = measure(args.export, args.runs)
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
            server.wait()
    print(report(rows, args.runs, Ruling.objects.count()))


if __name__ == "__main__":
    main()
