"""Links from a figure back to the list of rulings behind it.

A figure's link is /rulings/ with the page's own filter parameters plus the parameter that
selects the figure's cell (outcome=holder_won, court=txed, a year as a date range). Parameters
that only analytics reads (group, compare, compare_values) are dropped.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import reverse

from .dimensions import Dimension

ANALYTICS_ONLY = ("group", "compare", "compare_values", "page", "include_synthetic")
# Synthetic rulings enter a figure only when asked for (include_synthetic=1); otherwise the
# figures, and the lists they link to, carry the /rulings/ filter that leaves them out.
INCLUDE_SYNTHETIC = "include_synthetic"
REAL_ONLY = "real_only"
# The /rulings/ FilterSet's names for the decision date range.
DECIDED_AFTER = "decided_after"
DECIDED_BEFORE = "decided_before"


def figure_params(params: QueryDict) -> QueryDict:
    """The parameters figures are computed with: the request's, with synthetic rulings left
    out unless it asks for them."""
    if params.get(INCLUDE_SYNTHETIC) or params.get(REAL_ONLY):
        return params
    chosen = params.copy()
    chosen[REAL_ONLY] = "on"
    return chosen


def synthetic_choice(view: str, params: QueryDict) -> dict:
    """Whether synthetic rulings are in the figures, and the address that turns them in or out."""
    included = bool(params.get(INCLUDE_SYNTHETIC)) and not params.get(REAL_ONLY)
    toggled = params.copy()
    toggled.pop(INCLUDE_SYNTHETIC, None)
    if not included:
        toggled.pop(REAL_ONLY, None)
        toggled[INCLUDE_SYNTHETIC] = "1"
    encoded = toggled.urlencode()
    return {"included": included, "toggle_href": reverse(view) + (f"?{encoded}" if encoded else "")}


def filter_params(params: QueryDict) -> QueryDict:
    """The request's parameters that /rulings/ understands too."""
    kept = params.copy()
    for name in ANALYTICS_ONLY:
        kept.pop(name, None)
    return kept


def rulings_href(params: QueryDict, **cell: str | list[str]) -> str:
    """/rulings/ for these filter parameters, with each of `cell` replacing its parameter (a
    list gives the parameter several values), the others in their order. Written from the
    parameters' lists: an analytics page makes about 80 of these, and copying the QueryDict
    (a deep copy) for each cost more than the rest of the link."""
    chosen = {
        name: [str(v) for v in value] if isinstance(value, list) else [str(value)]
        for name, value in cell.items()
    }
    pairs = [
        (name, value)
        for name, values in params.lists()
        if name not in ANALYTICS_ONLY
        for value in chosen.pop(name, values)
    ]
    pairs += [(name, value) for name, values in chosen.items() for value in values]
    encoded = urlencode(pairs)
    return reverse("ruling_list") + (f"?{encoded}" if encoded else "")


def analytics_href(view: str, params: QueryDict, **extra: str) -> str:
    query = params.copy()
    for name, value in extra.items():
        query.setlist(name, [str(value)])
    encoded = query.urlencode()
    return reverse(view) + (f"?{encoded}" if encoded else "")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def year_cell(params: QueryDict, year: int) -> dict[str, str]:
    """The date range of one year, narrowed by any range the filter already has."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    after, before = _date(params.get(DECIDED_AFTER)), _date(params.get(DECIDED_BEFORE))
    if after and after > start:
        start = after
    if before and before < end:
        end = before
    return {DECIDED_AFTER: start.isoformat(), DECIDED_BEFORE: end.isoformat()}


def value_cell(params: QueryDict, dimension: Dimension, value) -> dict[str, str]:
    """The /rulings/ parameters that select one value of a dimension."""
    if dimension.name == "year":
        return year_cell(params, int(value))
    return {dimension.param: value}


def value_href(params: QueryDict, dimension: Dimension, value) -> str | None:
    if value in (None, ""):
        return None  # "unknown" is not something /rulings/ can select
    return rulings_href(params, **value_cell(params, dimension, value))
