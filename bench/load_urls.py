"""The mixed list of URLs bench/load.sh replays: search queries of every class, filters,
later pages, ruling pages and analytics, drawn from the catalogue of DATABASE_URL.

    DATABASE_URL=postgres://... .venv/bin/python bench/load_urls.py [--count 4000] > urls.txt

Every URL is distinct (so that a cache cannot turn the run into a few repeated pages), and the
same database and seed give the same list. Refuses a database without planner statistics.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from ipcases import search  # noqa: E402
from ipcases.models import Court, IPType, Ruling  # noqa: E402

WORDS = (
    "patent",
    "infringement",
    "damages",
    "royalty",
    "obvious*",
    "anticipat*",
    "copyright",
    "trademark",
    "dilution",
    "laches",
    "estoppel",
    "injunction",
    "willful",
    "enablement",
    "%22fair+use%22",
    "%22prior+art%22",
    "%22likelihood+of+confusion%22",
    "%22trade+secret%22",
    "%22claim+construction%22",
    "%22summary+judgment%22",
    "misappropriation",
    "infring*",
    "licens*",
    "validity",
)
OUTCOMES = [choice for choice, _ in Ruling.Outcome.choices]
SORTS = ["", "newest", "oldest", "damages"]
# Shares of the list, by kind of page.
MIX = {"query": 0.35, "filters": 0.25, "ruling": 0.2, "analytics": 0.1, "later_page": 0.1}


def query_classes() -> list[tuple[str, str]]:
    """bench/search.py's queries by class (broad, narrow, none), with its field values."""
    spec = importlib.util.spec_from_file_location("search_bench", ROOT / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    values = module._field_values()
    return [(kind, template.format(**values)) for kind, template in module.QUERIES]


def draw(rng: random.Random, kind: str, pools: dict) -> str:
    if kind == "query":
        return "/rulings/?" + _with_filters(rng, pools, f"q={rng.choice(pools['queries'])}")
    if kind == "filters":
        return "/rulings/?" + _with_filters(rng, pools, "", least=1)
    if kind == "later_page":
        query = f"q={rng.choice(WORDS)}&page={rng.randint(2, 20)}"
        return "/rulings/?" + _with_filters(rng, pools, query)
    if kind == "ruling":
        return f"/rulings/{rng.choice(pools['rulings'])}/"
    return "/analytics/?" + _with_filters(rng, pools, "include_synthetic=1", least=1)


def _with_filters(rng: random.Random, pools: dict, base: str, least: int = 0) -> str:
    options = {
        "court": lambda: rng.choice(pools["courts"]),
        "ip_type": lambda: rng.choice(pools["ip_types"]),
        "decided_after": lambda: f"{rng.randint(1995, 2022)}-01-01",
        "outcome": lambda: rng.choice(OUTCOMES),
        "sort": lambda: rng.choice(SORTS[1:]),
        "precedential": lambda: "on",
    }
    names = rng.sample(sorted(options), rng.randint(least, 2))
    extra = urlencode({name: options[name]() for name in names})
    return "&".join(part for part in (base, extra) if part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args()
    if search.unanalyzed():
        sys.exit(f"No planner statistics for {', '.join(search.unanalyzed())}: run ANALYZE.")
    rng = random.Random(args.seed)
    ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
    pools = {
        "queries": [query.removeprefix("q=") for _, query in query_classes() if query],
        "courts": list(
            Court.objects.filter(cases__isnull=False).distinct().values_list("pk", flat=True)
        ),
        "ip_types": [choice for choice, _ in IPType.choices],
        "rulings": rng.sample(ids, min(len(ids), args.count)),
    }
    pools["queries"] += WORDS
    urls: dict[str, None] = {}
    kinds, weights = zip(*MIX.items(), strict=True)
    while len(urls) < args.count:
        urls[draw(rng, rng.choices(kinds, weights)[0], pools)] = None
    print("\n".join(urls))


if __name__ == "__main__":
    main()
