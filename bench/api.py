"""API benchmark: /api/v1/rulings/ against the /rulings/ page for every query of the search
benchmark (bench/search.py's QUERIES), on one database.

    python bench/api.py --database postgres://postgres@127.0.0.1:5432/ipcases_api_bench \
        [--runs 7]

Both views are called in-process through a RequestFactory, as the application serves them
(ipcases/wsgi.py loaded), alternately for each run so that a noisy machine weighs on both
alike. Each query is first answered once by both (warm-up, and the counts compared). Also
timed: the catalogue's Last-Modified look-up alone, a 304 (If-None-Match), and a page 50 deep
by cursor against the list page's page=50. Prints Markdown: medians per query, then p50/p95
over every timed run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="DATABASE_URL of the copy measured")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", help="also keep the timings here")
    args = parser.parse_args()
    os.environ.update(
        DATABASE_URL=args.database,
        DEBUG="0",
        SECRET_KEY="bench",
        API_ANON_RATE="1000000/minute",
        ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="ipcases.settings",
    )
    sys.path.insert(0, str(ROOT))
    load_before = os.getloadavg()[0]
    results = measure(args.runs)
    results["load"] = (load_before, os.getloadavg()[0])
    if args.json:
        Path(args.json).write_text(json.dumps(results))
    print(report(results, args.runs))


def bench_queries() -> tuple[list, object]:
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.QUERIES, module._field_values


def measure(runs: int) -> dict:
    from django.http import QueryDict
    from django.test import RequestFactory

    import ipcases.wsgi  # noqa: F401 - the application as a server loads it
    from ipcases.api import views as api
    from ipcases.api.conditional import catalogue_modified
    from ipcases.models import Ruling
    from ipcases.pages.listing import Listing
    from ipcases.views import rulings as pages

    queries, field_values = bench_queries()
    values = field_values()
    factory = RequestFactory()
    rows = []
    for kind, template in queries:
        query = template.format(**values)
        page_url, api_url = f"/rulings/?{query}", f"/api/v1/rulings/?{query}"
        page = pages.ruling_list(factory.get(page_url))
        answer = api.ruling_list(factory.get(api_url))
        answer.render()
        row = {"kind": kind, "query": query, "page": [], "api": []}
        row["count"] = json.loads(answer.content)["count"]
        row["page_count"] = Listing(QueryDict(query)).facet_counts.total
        assert page.status_code == 200, query
        for _ in range(runs):
            row["page"].append(_time(lambda u=page_url: pages.ruling_list(factory.get(u))))
            row["api"].append(_time(lambda u=api_url: api.ruling_list(factory.get(u)).render()))
        rows.append(row)
    return {
        "rows": rows,
        "total": Ruling.objects.count(),
        "extras": extras(factory, api, pages, catalogue_modified, runs),
    }


def extras(factory, api, pages, catalogue_modified, runs: int) -> dict:
    """The Last-Modified look-up alone, a 304, and page 50 by cursor and by page number."""
    newest = "/api/v1/rulings/?sort=newest"
    etag = api.ruling_list(factory.get(newest))["ETag"]
    url = newest
    for _ in range(49):
        url = json.loads(api.ruling_list(factory.get(url)).render().content)["next"]
        url = url[url.index("/api/") :]
    timed = {"last_modified": [], "not_modified": [], "cursor_page_50": [], "list_page_50": []}
    for _ in range(runs):
        timed["last_modified"].append(_time(catalogue_modified))
        timed["not_modified"].append(
            _time(lambda: api.ruling_list(factory.get(newest, HTTP_IF_NONE_MATCH=etag)))
        )
        timed["cursor_page_50"].append(_time(lambda: api.ruling_list(factory.get(url)).render()))
        timed["list_page_50"].append(
            _time(lambda: pages.ruling_list(factory.get("/rulings/?sort=newest&page=50")))
        )
    return timed


def _time(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def report(results: dict, runs: int) -> str:
    before, after = results["load"]
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, shared; load average "
        f"{before:.1f} before and {after:.1f} after; {results['total']:,} rulings; {runs} timed "
        "runs per query after one warm-up, page and API alternating. Times in ms, medians.",
        "",
        "| query | kind | count | page | API | API / page |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for row in results["rows"]:
        agree = "" if row["count"] == row["page_count"] else f" (page {row['page_count']:,})"
        page, api = statistics.median(row["page"]), statistics.median(row["api"])
        lines.append(
            f"| `{row['query'] or '(none)'}` | {row['kind']} | {row['count']:,}{agree} | "
            f"{page:.1f} | {api:.1f} | {api / page:.2f} |"
        )
    pages = [t for row in results["rows"] for t in row["page"]]
    apis = [t for row in results["rows"] for t in row["api"]]
    lines += [
        "",
        "| view | p50 | p95 | max |",
        "| --- | ---: | ---: | ---: |",
        f"| /rulings/ page | {_pct(pages, 50)} | {_pct(pages, 95)} | {max(pages):.1f} |",
        f"| /api/v1/rulings/ | {_pct(apis, 50)} | {_pct(apis, 95)} | {max(apis):.1f} |",
        "",
        "| also timed | median |",
        "| --- | ---: |",
    ]
    for name, times in results["extras"].items():
        lines.append(f"| {name.replace('_', ' ')} | {statistics.median(times):.1f} |")
    return "\n".join(lines)


def _pct(times: list[float], pct: int) -> str:
    ordered = sorted(times)
    return f"{ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]:.1f}"


if __name__ == "__main__":
    main()
