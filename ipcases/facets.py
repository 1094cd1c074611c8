"""Facet counts: for every option of a filter, how many rulings choosing it would give.

A facet ignores its own selection and applies every other filter. Facets whose own filter is
not in use share one base (the current results); each facet in use has its own. Each base is
counted in ONE statement over the facet table (one narrow row per ruling: a key with every
facet's value, and its IP types; kept by the search write path): the base's rows grouped by key
and IP types (a few thousand combinations at most), the counts per option added up here. So the
number of statements does not grow with the number of options, and no statement joins cases,
courts or IP types. The SQL is the same on PostgreSQL and SQLite. A ruling is counted once the
write path (or `reindex_search`) has indexed it.

For a multiple choice (courts, IP types) an option not yet chosen shows what adding it gives:
the rulings of the chosen options plus those of the new option that are not already among them.
A chosen option shows the current total, which is what the results hold with it chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, CharField, F, Q, QuerySet, Value, When

from . import search
from .models import Ruling, RulingIPType, Source

TABLE = "ipcases_search_facet"
ON = "on"


@dataclass(frozen=True)
class Facet:
    """A filter whose options are counted; its name is its value's name in a facet row (see
    COLUMNS). A flag (a checkbox) has one option, "on"."""

    name: str
    multiple: bool = False
    flag: bool = False


# The values in a facet row's key, in order ("cafc|US|appellate|holder_won|...|on|on"); the
# facet table also holds the IP types ("copyright,patent"). Changing this list needs
# `manage.py reindex_search`.
SEPARATOR = "|"
COLUMNS = {
    "court": F("case__court_id"),
    "country": F("case__court__country"),
    "level": F("case__court__level"),
    "outcome": F("rights_holder_outcome"),
    "disposition": F("disposition"),
    "injunction": F("injunction"),
    "source": F("source"),
    "precedential": Q(precedential_status="precedential"),
    "has_text": ~Q(text=""),
    "real_only": ~Q(source=Source.SYNTHETIC),
}


def refresh(ruling_ids: Iterable[int]) -> None:
    """Rewrite the facet rows of these rulings (called by search.update_index)."""
    ids = list(ruling_ids)
    for start in range(0, len(ids), BATCH):
        _refresh(ids[start : start + BATCH])


BATCH = 1000


def _refresh(ids: list[int]) -> None:
    types: dict[int, list[str]] = {}
    for ruling_id, ip_type in RulingIPType.objects.filter(ruling_id__in=ids).values_list(
        "ruling_id", "ip_type"
    ):
        types.setdefault(ruling_id, []).append(ip_type)
    found = Ruling.objects.filter(pk__in=ids).annotate(**_annotations())
    rows = [
        (pk, SEPARATOR.join(value or "" for value in values), ",".join(sorted(types.get(pk, []))))
        for pk, *values in found.values_list("pk", *(f"facet_{name}" for name in COLUMNS))
    ]
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE ruling_id IN ({marks})", ids)
        cursor.executemany(
            f"INSERT INTO {TABLE} (ruling_id, facets, ip_types) VALUES (%s, %s, %s)", rows
        )


def clear() -> None:
    """Remove every facet row (before the whole index is rebuilt)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def _annotations() -> dict:
    flag = {"output_field": CharField(), "default": Value("")}
    return {
        f"facet_{name}": Case(When(value, then=Value(ON)), **flag)
        if isinstance(value, Q)
        else value
        for name, value in COLUMNS.items()
    }


@dataclass
class Base:
    """The rows one statement counts: the filtered rulings without some filters."""

    queryset: QuerySet
    facets: list[Facet]
    selected: dict[str, list[str]]


def count_facets(
    facets: list[Facet],
    active: dict[str, object],
    filtered: Callable[[set[str]], QuerySet],
) -> tuple[int, dict[str, dict[str, int]]]:
    """(total, {facet: {option: count}}). `active` maps filters in use to their values;
    `filtered(names)` is the queryset with every filter in use except `names`."""
    groups: dict[frozenset, list[Facet]] = {}
    for facet in facets:
        skip = frozenset({facet.name} & set(active))
        groups.setdefault(skip, []).append(facet)
    groups.setdefault(frozenset(), [])
    counts: dict[str, dict[str, int]] = {}
    total = 0
    for skip, members in groups.items():
        selected = {name: _as_list(active[name]) for name in skip}
        found, base_total = _count_base(Base(filtered(set(skip)), members, selected))
        counts.update(found)
        if not skip:
            total = base_total
    return total, counts


def _as_list(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _count_base(base: Base) -> tuple[dict[str, dict[str, int]], int]:
    """One statement: the facet rows of the base's rulings, grouped by their key (a few
    thousand combinations at most) and, when IP types are counted, by their IP types."""
    types = any(f.name == "ip_type" for f in base.facets)
    grouped = "ip_types" if types else "''"
    statement = f"SELECT facets, {grouped}, count(*) FROM {TABLE}"
    params: list = []
    if base.queryset.query.where:
        condition, params = search.restrict(base.queryset)
        statement += f" WHERE {condition}"
    statement += " GROUP BY 1, 2" if types else " GROUP BY 1"
    with search.heavy_statement(), connection.cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    return _assemble(base, rows)


def _assemble(base: Base, rows: list) -> tuple[dict, int]:
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in base.facets}
    chosen_types = set(base.selected.get("ip_type", []))
    total = together_types = 0
    for key, ip_types, n in rows:
        total += n
        for name, value in zip(COLUMNS, key.split(SEPARATOR), strict=True):
            if name in counts:
                counts[name][value] = counts[name].get(value, 0) + n
        if "ip_type" not in counts:
            continue
        found = set(ip_types.split(",")) - {""}
        if found & chosen_types:
            together_types += n
            continue
        for option in found:
            counts["ip_type"][option] = counts["ip_type"].get(option, 0) + n
    for facet in base.facets:
        chosen = base.selected.get(facet.name, []) if facet.multiple else []
        if chosen:
            counts[facet.name] = _with_chosen(
                counts[facet.name], chosen, together_types if facet.name == "ip_type" else None
            )
    return counts, total


def _with_chosen(option_counts: dict[str, int], chosen: list[str], together=None) -> dict:
    """Counts after adding each option to the chosen ones (see the module's docstring)."""
    if together is None:
        together = sum(option_counts.get(value, 0) for value in chosen)
    result = {value: together + n for value, n in option_counts.items() if value not in chosen}
    result.update(dict.fromkeys(chosen, together))
    return result
