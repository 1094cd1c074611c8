"""Search benchmark: the full results page against the match query alone, on both engines.

    python bench/search.py --postgres postgres://postgres@127.0.0.1:5432/ipcases_search_bench \
        --sqlite bench/out/bench.sqlite3 [--runs 7]

Both databases must hold the same corpus (bench/corpus.py, or ipcases.demo.synthetic), indexed.
For each engine a worker process (this script with --worker) times every query of QUERIES:

- page: the whole /rulings/ view (parse, match, count, facet counts, ranked or sorted first
  page, snippets, template), called in-process through a RequestFactory;
- floor: the match query alone: the SQL that counts the rulings matching q on the search
  rows (no filters, facets, ranking or page).

It prints one Markdown table with medians per query, then p50/p95 over all timed runs. It
refuses a database whose tables hold rows without planner statistics. Nothing is kept between
pages (CACHE_DIR is empty), so every run looks its matches up; BENCH_CACHE_DIR=<folder> keeps
them there, as a site does by default.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (kind, query string) for the ipcases.demo.synthetic corpus. {party}, {case}, {patent}, {cite} and
# {docket} are filled from the corpus so that field queries find something. "broad": a term in
# 40% or more of the rulings (the table shows the share each query actually matched).
QUERIES = [
    ("broad", "q=patent"),
    ("broad", "q=infringement"),
    ("broad", "q=damages"),
    ("broad", "q=obvious*"),
    ("broad", "q=patent+infringement"),
    ("broad", "q=%22summary+judgment%22"),
    ("broad", "q=%22claim+construction%22"),
    ("broad", "q=patent+-copyright"),
    ("broad", "q=patent&court=cafc"),
    ("broad", "q=infringement&ip_type=trademark"),
    ("broad", "q=damages&sort=damages"),
    ("broad", "q=royalty+OR+damages"),
    ("broad", "q=willful+w/5+infringement"),
    ("broad", "q=%22prior+art%22+pre/10+obvious"),
    ("broad", "q=evidence&precedential=on&sort=newest"),
    ("broad", "q=infringement&decided_after=2015-01-01&outcome=holder_won"),
    ("narrow", "q=%22doctrine+of+equivalents%22"),
    ("narrow", "q=%22likelihood+of+confusion%22"),
    ("narrow", "q=%22fair+use%22+-trademark"),
    ("narrow", "q=laches"),
    ("narrow", "q=%22trade+secret%22+misappropriation"),
    ("narrow", "q=reasonable+w/3+royalty"),
    ("narrow", "q=enablement+pre/5+%22written+description%22"),
    ("narrow", "q=%22fair+use%22&injunction=granted"),
    ("narrow", "q=copyright&damages_min=1000000"),
    ("narrow", "q=court:cafc+anticipat*"),
    ("narrow", "q=party:{party}"),
    ("narrow", "q=case:{case}"),
    ("narrow", "q=patent:{patent}"),
    ("narrow", "q=cite:%22{cite}%22"),
    ("narrow", "q=docket:{docket}"),
    ("narrow", "q=%22claim+construction%22&court=txed&outcome=holder_won"),
    ("narrow", "q=dilution+w/10+%22likelihood+of+confusion%22&ip_type=trademark"),
    ("none", ""),
    ("none", "court=cafc&ip_type=trademark&sort=oldest"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True, help="DATABASE_URL of the PostgreSQL copy")
    parser.add_argument("--sqlite", required=True, help="path of the SQLite copy")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--save", metavar="DIR", help="also keep each engine's JSON here")
    parser.add_argument("--only", choices=["postgres", "sqlite"], help="measure one engine")
    parser.add_argument(
        "--report", nargs=2, metavar="JSON", help="print the table of two saved runs"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.runs)))
        return
    if args.report:
        saved = [json.loads(Path(name).read_text()) for name in args.report]
        print(report({"postgres": saved[0], "sqlite": saved[1]}, args.runs))
        return
    results = {}
    for engine, url in (("postgres", args.postgres), ("sqlite", f"sqlite:///{args.sqlite}")):
        if args.only and engine != args.only:
            continue
        env = {**os.environ, "DATABASE_URL": url, "DEBUG": "0", "SECRET_KEY": "bench"}
        # Every run computes its page: nothing kept between pages (search/kept.py) is read.
        env["CACHE_DIR"] = env.get("BENCH_CACHE_DIR", "")
        command = [sys.executable, __file__, "--worker", "--runs", str(args.runs)]
        command += ["--postgres", args.postgres, "--sqlite", args.sqlite]
        output = subprocess.run(command, env=env, capture_output=True, text=True)
        if output.returncode:
            sys.exit(f"{engine}: {output.stderr.strip().splitlines()[-1]}")
        results[engine] = json.loads(output.stdout.strip().splitlines()[-1])
        results[engine]["load"] = os.getloadavg()[0]
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            Path(args.save, f"{engine}.json").write_text(json.dumps(results[engine]))
    if len(results) == 2:
        print(report(results, args.runs))


def measure(runs: int) -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    from django.test import RequestFactory

    # The application as a server loads it (see ipcases/wsgi.py: modules loaded, then frozen
    # out of garbage collection).
    import ipcases.wsgi  # noqa: F401
    from ipcases import search
    from ipcases.models import Ruling
    from ipcases.views import rulings as views

    refuse_without_statistics(search.unanalyzed())
    values = _field_values()
    factory = RequestFactory()
    total = Ruling.objects.count()
    rows = []
    for kind, template in QUERIES:
        query = template.format(**values)
        url = "/rulings/?" + query
        views.ruling_list(factory.get(url))
        page = _timed(lambda url=url: views.ruling_list(factory.get(url)), runs)
        floor, matched = _floor(query, runs)
        rows.append(
            {
                "kind": kind,
                "query": query,
                "page": page,
                "floor": floor,
                "matched": matched,
                "share": matched / total if total else 0,
            }
        )
    return {"rows": rows, "total": total}


def refuse_without_statistics(unanalyzed: list[str]) -> None:
    """A database nobody analysed is measured with the planner's guesses: not a result."""
    if unanalyzed:
        sys.exit(
            f"No planner statistics for {', '.join(unanalyzed)}: run ANALYZE (the write "
            "paths do it after every bulk write) and measure again."
        )


def _timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _floor(query: str, runs: int) -> tuple[list[float], int]:
    """The match alone: count the rulings matching the q parameter (no filters, facets, page)
    on the search rows, as the page's statements select them (a words query tested on each
    ruling's word vector or FTS5 row, a phrase or w/N looked up in the passages, a field on
    the ruling table). The query is parsed afresh each time, so PostgreSQL's one look-up of
    passage matches is timed."""
    from urllib.parse import parse_qs

    from ipcases import search
    from ipcases.models import Ruling

    text = parse_qs(query).get("q", [""])[0]

    def run() -> int:
        return search.count(search.filter(Ruling.objects.all(), search.parse(text)))

    count = run()
    return _timed(run, runs), count


def _field_values() -> dict[str, str]:
    from ipcases.models import Case, IPRight, OfficialCitation, Party

    case = Case.objects.order_by("pk")[Case.objects.count() // 2]
    party = Party.objects.filter(is_natural_person=False).order_by("pk").first()
    right = IPRight.objects.filter(cases__isnull=False).order_by("pk").first()
    cite = OfficialCitation.objects.order_by("pk")[OfficialCitation.objects.count() // 2]
    return {
        "party": party.name.split()[0].lower() if party else "none",
        "case": case.name.split()[0],
        "patent": right.number if right else "0",
        "cite": cite.cite.replace(" ", "+"),
        "docket": case.docket_number.replace(" ", "+"),
    }


def report(results: dict, runs: int) -> str:
    pg, lite = results["postgres"], results["sqlite"]
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores; load average after the "
        f"PostgreSQL run {pg.get('load', 0):.1f}, after the SQLite run {lite.get('load', 0):.1f}; "
        f"{pg['total']:,} rulings (SQLite {lite['total']:,}); {runs} timed runs per query "
        "after one warm-up. Times in ms, medians.",
        "",
        "| query | kind | matches | PG page | PG floor | SQLite page | SQLite floor |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for a, b in zip(pg["rows"], lite["rows"], strict=True):
        mismatch = "" if a["matched"] == b["matched"] else f" (SQLite {b['matched']:,})"
        lines.append(
            f"| `{a['query'] or '(none)'}` | {a['kind']} | {a['matched']:,} ({a['share']:.0%})"
            f"{mismatch} | {_median(a['page'])} | {_median(a['floor'])} | "
            f"{_median(b['page'])} | {_median(b['floor'])} |"
        )
    lines += [
        "",
        "| engine | queries | page p50 | page p95 | floor p50 | floor p95 | broad page p50 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, data in (("PostgreSQL", pg), ("SQLite", lite)):
        pages = [t for row in data["rows"] for t in row["page"]]
        floors = [t for row in data["rows"] for t in row["floor"]]
        broad = [t for row in data["rows"] if row["kind"] == "broad" for t in row["page"]]
        lines.append(
            f"| {name} | {len(data['rows'])} | {_pct(pages, 50)} | {_pct(pages, 95)} | "
            f"{_pct(floors, 50)} | {_pct(floors, 95)} | {_pct(broad, 50)} |"
        )
    return "\n".join(lines)


def _median(times: list[float]) -> str:
    return f"{statistics.median(times):.1f}"


def _pct(times: list[float], pct: int) -> str:
    ordered = sorted(times)
    return f"{ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]:.1f}"


if __name__ == "__main__":
    main()
