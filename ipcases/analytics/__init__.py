"""Analytics over any filtered set of rulings: figures that show their sample and link back.

The page and the CSV downloads are built from the same Table objects. Grouping is allowed only
by the dimensions in ``dimensions.DIMENSIONS``; any other, and any personal one above all, is
refused with RefusedGrouping, which the page layer's form turns into a 400 that says why.
What the tables read of a request is a Choice: the grouping and comparison asked for, and the
filter parameters their links carry back to /rulings/.
Where the selection holds district-court terminations (FJC IDB), the district-court figures
follow (``district``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import QueryDict

from . import coverage, district, groups
from .dimensions import (
    DIMENSIONS,
    Dimension,
    RefusedGrouping,
    dimension,
    refuse_party_selection,
)
from .distributions import damages_distribution_table, damages_table, durations_table
from .splits import compared_values, comparison_table, comparison_years_table, split_table
from .tables import Figures, Table, injunctions_table, outcomes_table, years_table

__all__ = [
    "DIMENSIONS",
    "Choice",
    "RefusedGrouping",
    "Table",
    "check_choice",
    "choice_from",
    "coverage_tables",
    "page_tables",
    "table",
]

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


@dataclass
class Choice:
    """What a request asks of analytics: a split (`group`), a side-by-side comparison of some
    values of one dimension, and the filter parameters that links back to /rulings/ carry."""

    params: QueryDict
    group: Dimension | None = None
    compare: Dimension | None = None
    compare_values: list = field(default_factory=list)


def choice_from(params: QueryDict, cleaned: dict) -> Choice:
    """The Choice of a request's parameters (`cleaned`: group, compare, compare_values as
    text); RefusedGrouping for a grouping that is not whitelisted."""
    group = dimension(cleaned["group"]) if cleaned.get("group") else None
    compare = dimension(cleaned["compare"]) if cleaned.get("compare") else None
    values = compared_values(compare, cleaned.get("compare_values") or "") if compare else []
    return Choice(params, group, compare, values)


def check_choice(choice: Choice) -> None:
    """Refuse any selection of the rulings of a named party."""
    refuse_party_selection(choice.params)


def _extra_tables(figures: Figures, choice: Choice) -> list[Table]:
    """The tables a request asks for: a split (group=) and a comparison (compare=)."""
    tables = []
    if choice.group and f"by_{choice.group.name}" not in PAGE_BUILDERS:
        tables.append(split_table(figures, choice.group))
    if choice.compare:
        tables[:0] = [
            comparison_table(figures, choice.compare, choice.compare_values),
            comparison_years_table(figures, choice.compare, choice.compare_values),
        ]
    return tables


def figures_of(rulings: QuerySet, choice: Choice, filters: dict | None = None) -> Figures:
    """The figures of the rulings; `filters` (the FilterSet's filters in use, by name) lets
    them be added up from the analytics groups where every filter selects whole groups and
    every dimension asked for is a group's."""
    found = groups.selected(filters)
    dimensions = (choice.group, choice.compare)
    if found is not None and not all(map(groups.supports, dimensions)):
        found = None
    return Figures(rulings, choice.params, found)


def page_tables(
    rulings: QuerySet, choice: Choice, filters: dict | None = None
) -> tuple[Figures, list[Table]]:
    """Every table of the analytics page, comparison first when one was asked for (see
    ``figures_of`` for `filters`)."""
    figures = figures_of(rulings, choice, filters)
    extra = _extra_tables(figures, choice)
    tables = [*extra, *(build(figures) for build in PAGE_BUILDERS.values())]
    if district.present(figures):
        tables += [build(figures) for build in district.BUILDERS.values()]
    return figures, tables


def table(slug: str, rulings: QuerySet, choice: Choice, filters: dict | None = None) -> Table:
    """One table by its slug, for CSV; KeyError for an unknown slug, RefusedGrouping for a
    refused grouping (by_judge is refused, not merely unknown)."""
    figures = figures_of(rulings, choice, filters)
    if slug in PAGE_BUILDERS:
        return PAGE_BUILDERS[slug](figures)
    if slug in COVERAGE_BUILDERS:
        return COVERAGE_BUILDERS[slug](rulings, choice.params)
    if slug in district.BUILDERS:
        return district.BUILDERS[slug](figures)
    if slug in ("comparison", "comparison_years") and choice.compare:
        return next(t for t in _extra_tables(figures, choice) if t.slug == slug)
    if slug.startswith("by_"):
        return split_table(figures, dimension(slug.removeprefix("by_")))
    raise KeyError(slug)


def coverage_tables(rulings: QuerySet, choice: Choice) -> list[Table]:
    return [build(rulings, choice.params) for build in COVERAGE_BUILDERS.values()]
