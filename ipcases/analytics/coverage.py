"""Coverage: what the catalogue holds, per court and year and per source.

A zero on the analytics page can mean that nothing happened or that nothing was collected;
these tables tell the two apart by showing, for each court, the years it has rulings in and
the years within that span it has none.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Max, Min, QuerySet
from django.db.models.functions import ExtractYear
from django.http import QueryDict

from ..models import Source
from . import charts
from .dimensions import DIMENSIONS
from .links import rulings_href, value_href
from .measures import plain
from .tables import Table


def _court_years(rulings: QuerySet) -> dict[str, dict[int, int]]:
    rows = (
        plain(rulings)
        .annotate(year=ExtractYear("decision_date"))
        .values("case__court_id", "year")
        .annotate(n=Count("pk"))
        .order_by()
    )
    years: dict = defaultdict(dict)
    for row in rows:
        years[row["case__court_id"]][row["year"]] = row["n"]
    return years


def courts_table(rulings: QuerySet, params: QueryDict) -> Table:
    years = _court_years(rulings)
    labels = DIMENSIONS["court"].label_for(years)
    table = Table(
        "coverage_courts",
        "Rulings per court",
        "Each court's rulings in the catalogue, the years they span, and the years within "
        "that span with no ruling collected.",
        ["Court", "Rulings", "First year", "Last year", "Years in the span with none collected"],
    )
    for court_id in sorted(years, key=lambda c: labels.get(c, c).lower()):
        counts = years[court_id]
        first, last = min(counts), max(counts)
        gaps = [str(y) for y in range(first, last + 1) if y not in counts]
        table.add(
            [labels.get(court_id, court_id), sum(counts.values()), first, last, " ".join(gaps)],
            value_href(params, DIMENSIONS["court"], court_id),
        )
    table.n = sum(sum(c.values()) for c in years.values())
    table.sample, table.sample_href = "rulings", rulings_href(params)
    return table


def court_years_table(rulings: QuerySet, params: QueryDict) -> Table:
    years = _court_years(rulings)
    labels = DIMENSIONS["court"].label_for(years)
    table = Table(
        "coverage_court_years",
        "Rulings per court and year",
        "One row per court and year in which the catalogue holds at least one ruling.",
        ["Court", "Court id", "Year", "Rulings"],
    )
    ordered = sorted(years, key=lambda c: labels.get(c, c).lower())
    for court_id in ordered:
        for year, n in sorted(years[court_id].items()):
            table.add([labels.get(court_id, court_id), court_id, year, n])
    table.n = sum(sum(c.values()) for c in years.values())
    table.sample, table.sample_href = "rulings", rulings_href(params)
    all_years = sorted({y for counts in years.values() for y in counts})
    if all_years:
        span = list(range(all_years[0], all_years[-1] + 1))
        rows = [(labels.get(c, c), years[c]) for c in ordered]
        desc = "Each row a court, each column a year; a blank cell means no ruling was collected."
        table.charts.append(
            charts.heat_map(
                "chart-coverage", "Rulings collected per court and year", desc, rows, span
            )
        )
    return table


def sources_table(rulings: QuerySet, params: QueryDict) -> Table:
    rows = list(
        plain(rulings)
        .values("source")
        .annotate(n=Count("pk"), first=Min("decision_date"), last=Max("decision_date"))
        .order_by("source")
    )
    table = Table(
        "coverage_sources",
        "Rulings per source",
        "Where the catalogue's rulings were collected from, with the dates they span.",
        ["Source", "Rulings", "Earliest decision", "Latest decision"],
    )
    for row in rows:
        label = Source(row["source"]).label if row["source"] in Source.values else row["source"]
        table.add(
            [label, row["n"], row["first"].isoformat(), row["last"].isoformat()],
            value_href(params, DIMENSIONS["source"], row["source"]),
        )
    table.n = sum(row["n"] for row in rows)
    table.sample, table.sample_href = "rulings", rulings_href(params)
    return table
