"""Figures added up from the analytics groups instead of read from the rulings.

The index's write path counts the rulings of every combination of the values the page
filters and splits by (search/groups.py). When every filter of a request is such a value (a
court, a country, IP types, whole years, an outcome...), ``selected`` gives the groups it
selects: the counts, splits and years of the page are sums over those group rows instead of
scans of every ruling, and the durations and damages awards are read from the search rows of
the groups' rulings, which hold them. The figures are the same (tests/test_analytics_groups.py
checks them table for table). A text query, damages, a date within a year or any other filter
is answered from the rulings, as before.

Only rulings that the index has written are counted, as in the list's facet counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Count, F, Q, QuerySet, Sum

from ..models import AnalyticsGroup, SearchRuling, Source
from . import measures
from .dimensions import DIMENSIONS, Dimension
from .measures import GROUP

# The group column of each dimension; IP types are a list per group, spread here.
COLUMNS = {
    "court": "court_id",
    "country": "court__country",
    "level": "court__level",
    "ip_type": "ip_types",
    "outcome": "outcome",
    "disposition": "disposition",
    "remedy": "injunction",
    "year": "year",
    "source": "source",
}
# The FilterSet's filters that select groups by one column's value.
EQUAL = {
    "country": "court__country",
    "level": "court__level",
    "outcome": "outcome",
    "disposition": "disposition",
    "injunction": "injunction",
    "source": "source",
    "outcome_basis": "outcome_basis",
    "injunction_basis": "injunction_basis",
    "kind": "kind",
}


# What a search row holds of its group: the filters and dimensions it answers without joining
# the groups (the commonest: court, IP types, years, source).
ON_ROWS = {"court", "country", "level", "ip_type", "year", "decided_after", "decided_before"}
ON_ROWS |= {"source", "real_only"}
JOINED = "analytics_group__"


class Groups:
    """The groups a request's filters select, and the search rows of their rulings that hold
    a duration or an award."""

    def __init__(self, condition: Q, rows_condition: Q):
        self.groups = AnalyticsGroup.objects.filter(condition, rulings__gt=0)
        measured = Q(days__isnull=False) | Q(damages_amount__isnull=False)
        self.measured = SearchRuling.objects.filter(rows_condition, measured)


def selected(filters: dict | None) -> Groups | None:
    """The groups of the filters in use ({name: cleaned value}, as the FilterSet's `active`),
    or None when one of them is not a group's value (the figures then read the rulings)."""
    if filters is None:
        return None
    conditions = [condition(name, value) for name, value in filters.items()]
    if any(c is None for c in conditions):
        return None
    on_rows = [condition(name, value, _prefix(name)) for name, value in filters.items()]
    return Groups(Q(*conditions), Q(*on_rows))


def _prefix(name: str) -> str:
    """How the search rows reach a filter's or a dimension's value: their own, or their
    group's."""
    return "" if name in ON_ROWS else JOINED


def condition(name: str, value, prefix: str = "") -> Q | None:
    """The groups (or the search rows: `prefix` "", or JOINED for a value of their group) that
    one filter selects; None when it does not select whole groups."""
    field = EQUAL.get(name)
    if field:
        return Q(**{prefix + field: value})
    if name == "court":
        return Q(**{f"{prefix}court__in": value})
    if name == "ip_type":
        return Q(*(Q(**{f"{prefix}ip_types__contains": f",{t},"}) for t in value), _connector=Q.OR)
    if name in ("precedential", "has_text"):
        return Q(**{prefix + name: True})
    if name == "real_only":
        return ~Q(**{f"{prefix}source": Source.SYNTHETIC})
    if name == "decided_after" and (value.month, value.day) == (1, 1):
        return Q(**{f"{prefix}year__gte": value.year})
    if name == "decided_before" and (value.month, value.day) == (12, 31):
        return Q(**{f"{prefix}year__lte": value.year})
    return None


def _keyed(rows: Iterable[dict], dimension: Dimension | None) -> list[dict]:
    """The rows with IP types spread: a group of two types counts under each, one of none
    under None, as a join of the rulings' types gives."""
    if dimension is None or dimension.name != "ip_type":
        return list(rows)
    spread = []
    for row in rows:
        types = row[GROUP].strip(",").split(",") if row[GROUP] else [None]
        spread += [{**row, GROUP: ip_type} for ip_type in types]
    return spread


def _grouped(rows: QuerySet, dimension: Dimension | None, on_rows: bool = False) -> QuerySet:
    if dimension is None:
        return rows
    return rows.annotate(**{GROUP: F(_column(dimension, on_rows))})


def _column(dimension: Dimension, on_rows: bool) -> str:
    return (_prefix(dimension.name) if on_rows else "") + COLUMNS[dimension.name]


# The page splits by court and by IP type at once: one statement counts both.
TOGETHER = ("court", "ip_type")


def splits(groups: Groups, dimension: Dimension) -> dict[str, dict]:
    """measures.counts for this dimension, and where it is the court or the IP type, for both
    of them from one statement, by dimension name. IP types are counted per combination first,
    then each combination's counts go to each of its types."""
    keys = {
        "remedy": F("injunction"),
        "sort": F("kind"),
        "outcome_from": F("outcome_basis"),
        "remedy_from": F("injunction_basis"),
    }
    names = ["outcome", *keys]
    together = [DIMENSIONS[name] for name in TOGETHER] if dimension.name in TOGETHER else []
    dimensions = together or [dimension]
    columns = {f"by_{d.name}": F(COLUMNS[d.name]) for d in dimensions}
    rows = groups.groups.annotate(**keys, **columns).values(*names, *columns)
    rows = list(rows.annotate(n=Sum("rulings")).order_by())
    found = {}
    for d in dimensions:
        counts = measures.tally_counts(rows, key=f"by_{d.name}")
        found[d.name] = _per_type(counts) if d.name == "ip_type" else counts
    return found


def _per_type(per_combination: dict) -> dict:
    """Counts per IP type from counts per combination of IP types (None: no type)."""
    combinations: dict = defaultdict(list)
    for combination, counts in per_combination.items():
        types = combination.strip(",").split(",") if combination else [None]
        for ip_type in types:
            combinations[ip_type].append(counts)
    return {ip_type: measures.add_counts(found) for ip_type, found in combinations.items()}


def year_rows(groups: Groups, dimension: Dimension | None) -> list[dict]:
    """Rows for measures.tally_years."""
    rows = _grouped(groups.groups, dimension)
    names = ["year", *([GROUP] if dimension else [])]
    return _keyed(rows.values(*names).annotate(n=Sum("rulings")).order_by(), dimension)


def measure_rows(groups: Groups, dimension: Dimension | None, values: list | None) -> list[dict]:
    """Rows for measures.tally_measured: rulings per (days, pending, award), from the search
    rows; with `values`, only for those values of the dimension."""
    keys = {
        "currency": F("damages_currency"),
        "amount": F("damages_amount"),
        "basis": F("damages_basis"),
    }
    rows = _grouped(groups.measured.annotate(**keys), dimension, on_rows=True)
    if values is not None and dimension is not None:
        rows = rows.filter(_among(dimension, values))
    names = ["days", "pending", *keys, *([GROUP] if dimension else [])]
    return _keyed(rows.values(*names).annotate(n=Count("pk")).order_by(), dimension)


def _among(dimension: Dimension, values: list) -> Q:
    column = _column(dimension, on_rows=True)
    if dimension.name == "ip_type":
        return Q(*(Q(**{f"{column}__contains": f",{v},"}) for v in values), _connector=Q.OR)
    return Q(**{f"{column}__in": values})


def supports(dimension: Dimension | None) -> bool:
    return dimension is None or dimension.name in COLUMNS
