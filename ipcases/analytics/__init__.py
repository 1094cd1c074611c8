"""Analytics over any filtered set of rulings: figures that show their sample and link back.

The page and the CSV downloads are built from the same Table objects. Grouping is allowed only
by the dimensions in ``dimensions.DIMENSIONS``; any other, and any personal one above all, is
refused with RefusedGrouping, which views turn into a 400 that says why.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from django.http import QueryDict

from . import coverage
from .dimensions import DIMENSIONS, RefusedGrouping, dimension, refuse_party_selection
from .distributions import damages_distribution_table, damages_table, durations_table
from .splits import compared_values, comparison_table, comparison_years_table, split_table
from .tables import Figures, Table, injunctions_table, outcomes_table, years_table

__all__ = ["DIMENSIONS", "RefusedGrouping", "Table", "page_tables", "table", "coverage_tables"]

PAGE_BUILDERS: dict[str, Callable[[Figures], Table]] = {
    "years": years_table,
    "outcomes": outcomes_table,
    "injunctions": injunctions_table,
    "damages": damages_table,
    "damages_distribution": damages_distribution_table,
    "durations": durations_table,
    "by_court": lambda figures: split_table(figures, DIMENSIONS["court"]),
    "by_ip_type": lambda figures: split_table(figures, DIMENSIONS["ip_type"]),
}
COVERAGE_BUILDERS = {
    "coverage_court_years": coverage.court_years_table,
    "coverage_courts": coverage.courts_table,
    "coverage_sources": coverage.sources_table,
}


def _extra_tables(figures: Figures, params: QueryDict) -> list[Table]:
    """The tables the parameters ask for: a split (group=) and a comparison (compare=)."""
    tables = []
    group = params.get("group")
    if group and f"by_{group}" not in PAGE_BUILDERS:
        tables.append(split_table(figures, dimension(group)))
    compare = params.get("compare")
    if compare:
        compared = dimension(compare)
        values = compared_values(compared, params.get("compare_values", ""))
        tables[:0] = [
            comparison_table(figures, compared, values),
            comparison_years_table(figures, compared, values),
        ]
    return tables


def check_grouping(params: QueryDict) -> None:
    """Refuse, before a query runs, any grouping that is not whitelisted and any selection of
    the rulings of a named party."""
    refuse_party_selection(params)
    for name in ("group", "compare"):
        if params.get(name):
            dimension(params[name])
    if params.get("compare"):
        compared_values(dimension(params["compare"]), params.get("compare_values", ""))


def page_tables(rulings: QuerySet, params: QueryDict) -> tuple[Figures, list[Table]]:
    """Every table of the analytics page, comparison first when one was asked for."""
    check_grouping(params)
    figures = Figures(rulings, params)
    extra = _extra_tables(figures, params)
    return figures, [*extra, *(build(figures) for build in PAGE_BUILDERS.values())]


def table(slug: str, rulings: QuerySet, params: QueryDict) -> Table:
    """One table by its slug, for CSV; KeyError for an unknown slug, RefusedGrouping for a
    refused grouping (by_judge is refused, not merely unknown)."""
    check_grouping(params)
    figures = Figures(rulings, params)
    if slug in PAGE_BUILDERS:
        return PAGE_BUILDERS[slug](figures)
    if slug in COVERAGE_BUILDERS:
        return COVERAGE_BUILDERS[slug](rulings, params)
    if slug in ("comparison", "comparison_years") and params.get("compare"):
        return next(t for t in _extra_tables(figures, params) if t.slug == slug)
    if slug.startswith("by_"):
        return split_table(figures, dimension(slug.removeprefix("by_")))
    raise KeyError(slug)


def coverage_tables(rulings: QuerySet, params: QueryDict) -> list[Table]:
    refuse_party_selection(params)
    return [build(rulings, params) for build in COVERAGE_BUILDERS.values()]
