"""The citator's pages, two versions of the code measured in turn on one copy of a bench
database: the ruling page of a cited ruling (its citing references, all and negative), and
the list of a `cites:` search (all, any negative treatment, reversed), with a ruling as
cited as the most cited and with a typical one.

    createdb -T ipcases_synthetic_bench ipcases_citator_bench        # a copy, migrated
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipcases_citator_bench \\
        .venv/bin/python bench/citator.py --network
    DATABASE_URL=... .venv/bin/python bench/citator.py --before ../before --pairs 3 --runs 5

The synthetic corpus holds no citations, and reading 1.6 GB of texts for them takes hours on
a loaded machine, so `--network` makes a network in the copy by SQL (once; it refuses a
database that has citations): every ruling cites three catalogued rulings decided before
it, by their first official citation, picked so that a few are cited thousands of times (the
position in the list of citations is random()^3); one citation in ten is read as followed,
distinguished, questioned or overruled, the others cited; every appellate ruling's case
becomes the appeal of a random first-instance case decided before it, and half of them name
a ruling of that case as the decision under appeal (relation "reviews"). Then ANALYZE.

Each pair runs a worker (this script with --worker) on each version in turn: the version's
code imported from its checkout, the same URLs. It prints the median of every URL's median
time per version and the ratio.
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

ROOT = Path(__file__).resolve().parent.parent

NETWORK = [
    """INSERT INTO ipcases_citation (citing_ruling_id, cited_ruling_id, relation, form, cite,
        normalized, "group", case_name, year, depth, pin_cites, treatment, treatment_rule,
        passage, passage_at, date_created, date_modified)
    SELECT r.id, oc.ruling_id, 'cites', 'reporter', oc.cite, oc.normalized, oc.normalized, '',
        NULL, 1, '', CASE WHEN random() < 0.9 THEN 'cited' ELSE (ARRAY['followed',
        'distinguished', 'questioned', 'overruled'])[1 + floor(random() * 4)::int] END, '',
        'The passage that cites it.', 0, now(), now()
    FROM ipcases_ruling r, generate_series(1, 3) n,
        LATERAL (SELECT o.ruling_id, o.cite, o.normalized FROM ipcases_officialcitation o
                 WHERE o.id >= (SELECT min(id) + floor((max(id) - min(id)) * random() ^ 3
                                       + (r.id * 0) + (n * 0))::int FROM ipcases_officialcitation)
                 ORDER BY o.id LIMIT 1) oc
    WHERE oc.ruling_id <> r.id
    ON CONFLICT DO NOTHING""",
    """UPDATE ipcases_case c SET appeal_from_id = (
        SELECT b.id FROM ipcases_case b JOIN ipcases_court bc ON bc.id = b.court_id
        WHERE bc.level = 'first_instance' AND b.id <> c.id
          AND b.id >= (c.id * 7919) % (SELECT max(id) FROM ipcases_case)
        ORDER BY b.id LIMIT 1)
    FROM ipcases_court court
    WHERE court.id = c.court_id AND court.level = 'appellate'""",
    """INSERT INTO ipcases_citation (citing_ruling_id, cited_ruling_id, relation, form, cite,
        normalized, "group", case_name, year, depth, pin_cites, treatment, treatment_rule,
        passage, passage_at, date_created, date_modified)
    SELECT a.id, b.id, 'reviews', 'docket', 'docket', 'docket ' || b.id, 'docket ' || b.id, '',
        NULL, 1, '', 'cited', '', '', NULL, now(), now()
    FROM ipcases_ruling a JOIN ipcases_case ac ON ac.id = a.case_id
    JOIN LATERAL (SELECT id FROM ipcases_ruling WHERE case_id = ac.appeal_from_id
                  ORDER BY id LIMIT 1) b ON true
    WHERE ac.appeal_from_id IS NOT NULL AND a.id % 2 = 0
    ON CONFLICT DO NOTHING""",
    "ANALYZE ipcases_citation",
    "ANALYZE ipcases_case",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", action="store_true", help="make the network (once)")
    parser.add_argument("--before", help="checkout of the version compared to")
    parser.add_argument("--after", default=str(ROOT), help="checkout of the new version")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per URL and worker")
    parser.add_argument("--worker", metavar="CHECKOUT", help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.network:
        _setup(ROOT)
        network()
    elif args.worker:
        _setup(args.worker)
        print(json.dumps(measure(json.loads(args.urls), args.runs)))
    else:
        _setup(ROOT)
        compare(args)


def _setup(checkout: Path | str) -> None:
    sys.path.insert(0, str(checkout))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()


def network() -> None:
    from django.db import connection

    from ipcases.models import Citation

    if Citation.objects.exists():
        sys.exit("This database has citations already: make the network in a fresh copy.")
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for statement in NETWORK:
            cursor.execute(statement)
    print(f"{Citation.objects.count()} citations in {time.perf_counter() - started:.0f} s")


def urls() -> list[tuple[str, str]]:
    """(name, URL) of every page timed, for the most cited ruling and a typical one."""
    from django.db.models import Count

    from ipcases.models import Citation, OfficialCitation

    cited = (
        Citation.objects.filter(relation="cites", cited_ruling__isnull=False)
        .values("cited_ruling")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    top = cited[0]
    typical = cited[cited.count() // 2]
    found = []
    for name, row in (("most cited", top), ("typical", typical)):
        pk = row["cited_ruling"]
        cite = OfficialCitation.objects.filter(ruling_id=pk).order_by("id")[0].cite
        label = f"{name} ({row['n']} citing)"
        q = f"q=cites:%22{cite.replace(' ', '+')}%22"
        found += [
            (f"ruling page, {label}", f"/rulings/{pk}/"),
            (f"ruling page, negative, {label}", f"/rulings/{pk}/?cited_by_treatment=negative"),
            (f"cites:, {label}", f"/rulings/?{q}"),
            (f"cites: negative, {label}", f"/rulings/?{q}&treatment=negative"),
            (f"cites: reversed, {label}", f"/rulings/?{q}&treatment=reversed"),
        ]
    return found


def measure(pages: list[list[str]], runs: int) -> dict[str, float]:
    """The median time of each page, in ms, with the code of the worker's checkout."""
    from django.test import RequestFactory

    import ipcases.wsgi  # noqa: F401 - the application as a server loads it
    from ipcases.views import rulings as views

    factory = RequestFactory()
    times = {}
    for name, url in pages:
        if url.startswith("/rulings/?"):

            def call(url=url):
                return views.ruling_list(factory.get(url))
        else:

            def call(url=url):
                return views.ruling_detail(factory.get(url), int(url.split("/")[2]))

        assert call().status_code == 200, url
        timed = []
        for _ in range(runs):
            started = time.perf_counter()
            call()
            timed.append((time.perf_counter() - started) * 1000)
        times[name] = statistics.median(timed)
    return times


def compare(args) -> None:
    pages = urls()
    saved: dict[str, list[dict]] = {"before": [], "after": []}
    for pair in range(args.pairs):
        for version in ("before", "after"):
            checkout = getattr(args, version)
            command = [sys.executable, __file__, "--worker", checkout, "--runs", str(args.runs)]
            command += ["--urls", json.dumps(pages)]
            env = {**os.environ, "PYTHONPATH": checkout}
            output = subprocess.run(
                command, cwd=checkout, env=env, capture_output=True, text=True, check=True
            )
            saved[version].append(json.loads(output.stdout.strip().splitlines()[-1]))
        print(f"pair {pair + 1} of {args.pairs}, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    print("| page | before, ms | after, ms | after / before |")
    print("| --- | ---: | ---: | ---: |")
    for name, _ in pages:
        before = statistics.median(run[name] for run in saved["before"])
        after = statistics.median(run[name] for run in saved["after"])
        print(f"| {name} | {before:.1f} | {after:.1f} | {after / before:.2f} |")


if __name__ == "__main__":
    main()
