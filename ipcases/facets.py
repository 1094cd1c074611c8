"""Facet counts: for every option of a filter, how many rulings choosing it would give.

A facet ignores its own selection and applies every other filter. All of them are counted in
ONE statement over the rulings' search rows, each of which holds the number of its facet group
(a combination of a key with every facet's value and of IP types, listed once; kept by the
search write path): the rulings that the query and the filters other than facets select,
grouped by facet group (a few thousand groups at most). Each group's values say which chosen
facet options it passes, so the counts of every option and the total are added up here. The
number of statements does not grow with the number of options or of facets in use, and no
statement joins cases, courts or IP types. The SQL is the same on PostgreSQL and SQLite. A
ruling is counted once the write path (or `reindex_search`) has indexed it.

For a multiple choice (courts, IP types) an option not yet chosen shows what adding it gives:
the rulings of the chosen options plus those of the new option that are not already among them.
A chosen option shows the current total, which is what the results hold with it chosen.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from django.db import connection
from django.db.models import Case, CharField, F, Q, QuerySet, Value, When

from . import search
from .models import Ruling, RulingIPType, Source

# One row per ruling, shared with the search index, with the number of its facet group: a
# combination of facet values and IP types, listed once (see migration 0011).
TABLE = "ipcases_search_ruling"
GROUPS = "ipcases_search_facet_group"
ON = "on"


@dataclass(frozen=True)
class Facet:
    """A filter whose options are counted; its name is its value's name in a facet row (see
    COLUMNS). A flag (a checkbox) has one option, "on"."""

    name: str
    multiple: bool = False
    flag: bool = False


# The values in a facet group's key, in order ("cafc|US|appellate|holder_won|...|on|on"); the
# group also has the IP types ("copyright,patent"). Changing this list needs
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
    """Rewrite the facet groups of these rulings (called by search.update_index)."""
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
    groups = _group_ids({(key, ip_types) for _, key, ip_types in rows})
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {TABLE} (ruling_id, facet_group) VALUES (%s, %s) "
            "ON CONFLICT (ruling_id) DO UPDATE SET facet_group = excluded.facet_group",
            [(pk, groups[key, ip_types]) for pk, key, ip_types in rows],
        )


def _group_ids(combinations: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The number of each combination of facet values and IP types, added when new."""
    pairs = sorted(combinations)
    if not pairs:
        return {}
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {GROUPS} (facets, ip_types) VALUES (%s, %s) "
            "ON CONFLICT (facets, ip_types) DO NOTHING",
            pairs,
        )
        marks = ", ".join(["(%s, %s)"] * len(pairs))
        cursor.execute(
            f"SELECT facets, ip_types, id FROM {GROUPS} WHERE (facets, ip_types) IN ({marks})",
            [value for pair in pairs for value in pair],
        )
        return {(key, ip_types): group for key, ip_types, group in cursor.fetchall()}


def clear() -> None:
    """Remove every ruling's facet group (before the whole index is rebuilt)."""
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


class Counts(NamedTuple):
    total: int
    options: dict[str, dict[str, int]]
    # The results' ids as an array literal ("{3,5,8}"), where the engine lists them (see
    # search.id_list) and a facet is in use; else None.
    ids: str | None = None


def count_facets(
    facets: list[Facet],
    active: dict[str, object],
    filtered: Callable[[set[str]], QuerySet],
) -> Counts:
    """The total and {facet: {option: count}}. `active` maps filters in use to their values;
    `filtered(names)` is the queryset with every filter in use except `names`.

    One statement counts the rulings that every filter except the facets selects, grouped by
    facet group. A group that passes every chosen facet option counts for the total and for every
    facet; one that fails a single facet's choice counts for that facet alone. When a facet is
    in use, the same statement can list each group's ids: the results are then the ids of the
    groups that pass, without reading the ruling table again."""
    tests = {f.name: _test(f, active[f.name]) for f in facets if f.name in active}
    id_list = search.id_list("ruling_id") if tests else ""
    # Groups as (key parts, IP types, count): those that pass every choice, and
    # for each facet in use those that fail its choice alone.
    rows = _grouped(filtered(set(tests)), id_list)
    passing = [(*_parse(key, ip_types), n) for key, ip_types, _, n, *_ in rows]
    failing: dict[str, list] = {name: [] for name in tests}
    ids = []
    if tests:
        groups, passing = passing, []
        for group, row in zip(groups, rows, strict=True):
            failed = [name for name, test in tests.items() if not test(*group[:2])]
            if not failed:
                passing.append(group)
                ids.append(row[-1])
            elif len(failed) == 1:
                failing[failed[0]].append(group)
    everywhere = _tally(passing)
    counts = {}
    for facet in facets:
        tally = everywhere
        if facet.name in failing:
            tally = _merged(everywhere, _tally(failing[facet.name]), facet.name)
        counts[facet.name] = _count(facet, tally, _as_list(active.get(facet.name, [])))
    total = sum(everywhere[TYPES].values())
    return Counts(total, counts, "{" + ",".join(ids) + "}" if id_list else None)


@functools.lru_cache(maxsize=50_000)
def _parse(key: str, ip_types: str) -> tuple[tuple[str, ...], str]:
    """A facet group's key cut into PARTS (strings, whose hashes Python keeps), and its IP
    types."""
    values = key.split(SEPARATOR)
    return tuple(SEPARATOR.join(values[start:stop]) for start, stop in PARTS), ip_types


# A group's values are added up by part first: the court with its country and level (a few
# dozen combinations), and the other values (about a hundred), then spread over the facets.
# Adding every facet of a few thousand groups up one by one took 8-15 ms a page. _tally names
# the two parts in its loop: a loop over PARTS per group took twice as long.
PARTS = ((0, 3), (3, len(COLUMNS)))
TYPES = "ip_type combinations"


def _tally(groups: list) -> dict[str, dict]:
    """Rulings per value of every facet over these groups, and per combination of IP types."""
    court, rest = {}, {}
    by_types: dict[str, int] = {}
    for (court_part, other_part), ip_types, n in groups:
        court[court_part] = court.get(court_part, 0) + n
        rest[other_part] = rest.get(other_part, 0) + n
        by_types[ip_types] = by_types.get(ip_types, 0) + n
    tally: dict[str, dict] = {name: {} for name in COLUMNS}
    for (start, stop), counts in zip(PARTS, (court, rest), strict=True):
        names = list(COLUMNS)[start:stop]
        for part, n in counts.items():
            for name, value in zip(names, part.split(SEPARATOR), strict=True):
                tally[name][value] = tally[name].get(value, 0) + n
    tally[TYPES] = by_types
    return tally


def _merged(tally: dict[str, dict], more: dict[str, dict], name: str) -> dict[str, dict]:
    """`tally` with one facet's counts (and the IP types, for ip_type) added from `more`."""
    key = TYPES if name == "ip_type" else name
    merged = dict(tally[key])
    for value, n in more[key].items():
        merged[value] = merged.get(value, 0) + n
    return {**tally, key: merged}


def _count(facet: Facet, tally: dict[str, dict], chosen: list[str]) -> dict[str, int]:
    """Rulings per option of one facet, over the groups its own choice does not filter."""
    if facet.name != "ip_type":
        counts = tally[facet.name]
        return _with_chosen(counts, chosen) if facet.multiple and chosen else dict(counts)
    counts: defaultdict[str, int] = defaultdict(int)
    together = 0
    chosen_types = set(chosen)
    for combination, n in tally[TYPES].items():
        types = set(combination.split(",")) if combination else set()
        if types & chosen_types:
            together += n
            continue
        for option in types:
            counts[option] += n
    return _with_chosen(counts, chosen, together) if chosen else dict(counts)


# Where each facet's value is in a group's parts: (part, index within it).
_PLACE = {
    name: (number, index - start)
    for number, (start, stop) in enumerate(PARTS)
    for index, name in enumerate(COLUMNS)
    if start <= index < stop
}


def _test(facet: Facet, value) -> Callable[[tuple, str], bool]:
    """Whether a facet group (its values cut into PARTS, its IP types) passes the facet's
    filter as chosen."""
    chosen = set(_as_list(value))
    if facet.name == "ip_type":
        return lambda parts, types: bool(chosen.intersection(types.split(",")))
    part, index = _PLACE[facet.name]
    if facet.flag:
        return lambda parts, types: parts[part].split(SEPARATOR)[index] == ON
    return lambda parts, types: parts[part].split(SEPARATOR)[index] in chosen


def _as_list(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _grouped(rulings: QuerySet, id_list: str = "") -> list[tuple]:
    """One statement: these rulings' facet key and IP types with how many rulings have them (a
    few thousand combinations at most), and their ids if `id_list` aggregates them. A words
    query is tested on the same rows."""
    counted = f"SELECT facet_group, count(*) AS n{', ' + id_list if id_list else ''} FROM {TABLE}"
    params: list = []
    if rulings.query.where:
        condition, params = search.restrict(rulings, "ruling_id", words="words")
        counted += f" WHERE {condition}"
    statement = (
        f"SELECT g.facets, g.ip_types, c.* FROM ({counted} GROUP BY facet_group) AS c "
        f"JOIN {GROUPS} g ON g.id = c.facet_group"
    )
    with search.heavy_statement(statement), connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def _with_chosen(option_counts: dict[str, int], chosen: list[str], together=None) -> dict:
    """Counts after adding each option to the chosen ones (see the module's docstring)."""
    if together is None:
        together = sum(option_counts.get(value, 0) for value in chosen)
    result = {value: together + n for value, n in option_counts.items() if value not in chosen}
    result.update(dict.fromkeys(chosen, together))
    return result
