"""Facet counts: for every option of a filter, how many rulings choosing it would give.

A facet ignores its own selection and applies every other filter. All of them are counted in
ONE statement over the rulings' search rows, each of which holds the number of its facet group
(a combination of a key with every facet's value and of IP types, listed once; kept by the
search write path): the rulings that the query and the filters other than facets select,
grouped by facet group (a few thousand groups at most). Each group's values say which chosen
facet options it passes, so the counts of every option and the total are added up here. The
number of statements does not grow with the number of options or of facets in use, and no
statement joins cases, courts or IP types. The SQL is the same on PostgreSQL and SQLite. A
ruling is counted once the write path (or `reindex_search`) has indexed it. When no filter
but facets is in use, the groups' own numbers of rulings are added up instead, which the write
path recounts for the groups each write leaves and joins (as the analytics groups are), and
each process reads once a write (kept.in_memory). A query's statement is the same whichever
facets are chosen, so a slow one is kept between the query's pages, sorts and facet choices
(kept.rows), until the next write.

Every number means one thing: how many rulings have the option, with every other filter
applied. For a multiple choice (courts, IP types) with options chosen, a chosen option counts
its own rulings among the results, and an option not yet chosen the rulings that adding it
brings (those that have it and no chosen option), so that choosing it adds exactly that many.
The page's legend says so (pages/facets.py); tests/test_facet_counts.py checks every count of
both engines against that definition, worked out again from the rulings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from sys import intern
from typing import NamedTuple

from django.db.models import Case, CharField, Expression, F, Q, QuerySet, Value, When

from ..models import FacetGroup, Ruling, RulingIPType, SearchRuling, Source
from . import kept
from .engine import FacetGroupCount
from .engines import engine
from .groups import recount

ON = "on"


@dataclass(frozen=True)
class Facet:
    """A filter whose options are counted: its name (that of the FilterSet's filter), the
    ruling's value it counts (`value`; a Q for a flag, a checkbox with the one option "on"),
    and whether several options can be chosen at once. IP types are counted from the groups'
    own list of types, not from a value."""

    name: str
    value: Expression | Q | None = None
    multiple: bool = False

    @property
    def flag(self) -> bool:
        return isinstance(self.value, Q)


# Every facet, once. A facet group's key holds the values in this order
# ("cafc|US|appellate|holder_won|...|on|on"), so changing the list needs
# `manage.py reindex_search`. The court's own values come first (see PARTS).
FACETS = (
    Facet("court", F("case__court_id"), multiple=True),
    Facet("country", F("case__court__country")),
    Facet("level", F("case__court__level")),
    Facet("ip_type", multiple=True),
    Facet("outcome", F("rights_holder_outcome")),
    Facet("disposition", F("disposition")),
    Facet("injunction", F("injunction")),
    Facet("source", F("source")),
    Facet("precedential", Q(precedential_status="precedential")),
    Facet("has_text", ~Q(text="")),
    Facet("real_only", ~Q(source=Source.SYNTHETIC)),
)
NAMES = tuple(facet.name for facet in FACETS)
# The facets whose values make up a group's key, in order.
COLUMNS = tuple(facet for facet in FACETS if facet.value is not None)
SEPARATOR = "|"


def refresh(ruling_ids: Iterable[int]) -> None:
    """Rewrite the facet groups of these rulings (called by the index's write path)."""
    ids = list(ruling_ids)
    for start in range(0, len(ids), BATCH):
        _refresh(ids[start : start + BATCH])


BATCH = 1000


def _refresh(ids: list[int]) -> None:
    before = set(
        SearchRuling.objects.filter(ruling_id__in=ids).values_list("facet_group", flat=True)
    )
    types: dict[int, list[str]] = {}
    for ruling_id, ip_type in RulingIPType.objects.filter(ruling_id__in=ids).values_list(
        "ruling_id", "ip_type"
    ):
        types.setdefault(ruling_id, []).append(ip_type)
    found = Ruling.objects.filter(pk__in=ids).annotate(**_annotations())
    rows = [
        (pk, SEPARATOR.join(value or "" for value in values), ",".join(sorted(types.get(pk, []))))
        for pk, *values in found.values_list("pk", *(f"facet_{f.name}" for f in COLUMNS))
    ]
    groups = _group_ids({(key, ip_types) for _, key, ip_types in rows})
    SearchRuling.objects.bulk_create(
        [SearchRuling(ruling_id=pk, facet_group_id=groups[key, types]) for pk, key, types in rows],
        update_conflicts=True,
        unique_fields=["ruling"],
        update_fields=["facet_group"],
    )
    # A deleted ruling's search row went with it (the foreign key cascades), and its group
    # is not known any more: then every group is counted again.
    if len(rows) < len(set(ids)):
        recount(None, FacetGroup, "facet_group")
    else:
        recount({*before, *groups.values()} - {None}, FacetGroup, "facet_group")


def _group_ids(combinations: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The number of each combination of facet values and IP types, added when new."""
    if not combinations:
        return {}
    FacetGroup.objects.bulk_create(
        [FacetGroup(facets=key, ip_types=types) for key, types in sorted(combinations)],
        ignore_conflicts=True,
    )
    listed = FacetGroup.objects.filter(facets__in={key for key, _ in combinations})
    return {
        (key, types): group
        for key, types, group in listed.values_list("facets", "ip_types", "pk")
        if (key, types) in combinations
    }


def clear() -> None:
    """Remove every ruling's facet group (before the whole index is rebuilt)."""
    SearchRuling.objects.all().delete()
    FacetGroup.objects.update(rulings=0)


def _annotations() -> dict:
    flag = {"output_field": CharField(), "default": Value("")}
    return {
        f"facet_{f.name}": Case(When(f.value, then=Value(ON)), **flag) if f.flag else f.value
        for f in COLUMNS
    }


# A page that does not share its results (no query) lists them still when a facet's choice
# leaves this few: its rows' statement would otherwise look for them along its order's index
# (`court=ca4`, 420 of 100,000 rulings: 63 ms).
LISTED_AT_MOST = 5_000


class Counts(NamedTuple):
    total: int
    options: dict[str, dict[str, int]]
    # The results themselves, where the engine listed them while counting (a facet in use,
    # or filters it would otherwise select again):
    # the page then reads them without selecting them again. Else None.
    results: QuerySet | None = None
    # The country and level of every court counted, read from the facet groups' keys.
    courts: dict[str, tuple[str, str]] = {}


def count_facets(
    rulings: QuerySet,
    active: dict[str, object],
    filtered: Callable[[set[str]], QuerySet],
    share: bool = True,
) -> Counts:
    """The total and {facet: {option: count}} of every facet. `active` maps filters in use to
    their values; `filtered(names)` is the queryset with every filter in use except `names`;
    `rulings` is the queryset before any filter; without `share`, the page selects its
    results itself and nothing is listed for it.

    One statement counts the rulings that every filter except the facets selects, grouped by
    facet group. A group that passes every chosen facet option counts for the total and for
    every facet; one that fails a single facet's choice counts for that facet alone. When a
    facet is in use, or where the engine would otherwise select the results again to share
    them (other filters beside a query's matches), the same statement can list each group's
    rulings: the results are then those of the groups that pass, without reading the ruling
    table again."""
    tests = {f.name: _test(f, active[f.name]) for f in FACETS if f.name in active}
    selected = filtered(set(tests))
    listed = share and (bool(tests) or engine().lists_to_share(selected))
    rows = engine().facet_groups(selected, list_rulings=listed)
    try:
        passing, counts, total, courts = _counted(rows, tests, active, keys())
    except KeyError:  # a group made since this process read the groups' values
        passing, counts, total, courts = _counted(rows, tests, active, keys(again=True))
    few = bool(tests) and total <= LISTED_AT_MOST
    results = _results(rulings, selected, passing, listed, few)
    return Counts(total, counts, results, courts)


def _counted(rows: list[FacetGroupCount], tests: dict, active: dict, values: dict) -> tuple:
    """The rows that pass every choice, {facet: {option: count}}, the total and the courts'
    places, from the rows and each group's `values` (see keys)."""
    # Without a facet in use every group passes: the rows are added up in one walk.
    passing, failing = _sorted(rows, tests, values) if tests else (rows, {})
    everywhere = _tally(passing, values)
    counts = {}
    for facet in FACETS:
        tally = everywhere
        if facet.name in failing:
            tally = _merged(everywhere, _tally(failing[facet.name], values), facet.name)
        counts[facet.name] = _count(facet, tally, _as_list(active.get(facet.name, [])))
    total = sum(everywhere[TYPES].values())
    courts = everywhere[COURT_PARTS] if not tests else {values[row.group][0][0] for row in rows}
    return passing, counts, total, _courts(courts)


def keys(again: bool = False) -> dict[int, tuple[tuple[str, ...], str]]:
    """{group: its key cut into PARTS, its IP types} of every facet group, read by each
    process once a write (kept.in_memory: 4,500 groups at 100,000 rulings), so that the
    facet statement names each group by its id alone; `again` reads them even so."""
    return kept.in_memory(KEYS, _read_keys, again=again)


KEYS = "facet groups' values"


def _read_keys() -> dict[int, tuple[tuple[str, ...], str]]:
    groups = FacetGroup.objects.values_list("pk", "facets", "ip_types")
    return {group: _parse(key, ip_types) for group, key, ip_types in groups.iterator()}


def _sorted(rows: list[FacetGroupCount], tests: dict[str, Callable], values: dict) -> tuple:
    """The rows that pass every choice, and {facet: the rows that fail its choice alone}: a
    row that fails two choices counts for no facet."""
    passing: list[FacetGroupCount] = []
    failing: dict[str, list] = {name: [] for name in tests}
    for row in rows:
        parts, ip_types = values[row.group]
        failed = [name for name, test in tests.items() if not test(parts, ip_types)]
        if not failed:
            passing.append(row)
        elif len(failed) == 1:
            failing[failed[0]].append(row)
    return passing, failing


def _results(
    rulings: QuerySet, selected: QuerySet, chosen: list, listed: bool, few: bool
) -> QuerySet | None:
    """The results, from the groups that pass every choice: from their lists where the
    facet statement listed them, else from the groups' index where a facet leaves `few` or
    where the engine counted without listing what it was asked to list (from numbers it
    keeps)."""
    unlisted = any(row.rulings is None for row in chosen)
    if listed and not unlisted:
        return engine().among(rulings, chosen)
    return engine().in_groups(selected, chosen) if few or listed else None


def _courts(parts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """{court: (country, level)} of the groups counted, from their court parts
    ("cafc|US|appellate")."""
    return {part.split(SEPARATOR)[0]: tuple(part.split(SEPARATOR)[1:3]) for part in parts}


def _parse(key: str, ip_types: str) -> tuple[tuple[str, ...], str]:
    """A facet group's key cut into PARTS, and its IP types: strings shared by every group
    with the same value (sys.intern), so that adding them up compares them by identity."""
    values = key.split(SEPARATOR)
    parts = (intern(SEPARATOR.join(values[start:stop])) for start, stop in PARTS)
    return tuple(parts), intern(ip_types)


# A group's values are added up by part first: the court with its country and level (a few
# dozen combinations), and the other values (about a hundred), then spread over the facets.
# Adding every facet of a few thousand groups up one by one took 8-15 ms a page. _tally names
# the two parts in its loop: a loop over PARTS per group took twice as long.
PARTS = ((0, 3), (3, len(COLUMNS)))
TYPES = "ip_type combinations"
COURT_PARTS = "court parts"


def _tally(rows: list[FacetGroupCount], values: dict) -> dict[str, dict]:
    """Rulings per value of every facet over these groups (each group's `values` as keys
    gives them), per combination of IP types, and per court part (the court with its
    country and level)."""
    court, rest = {}, {}
    by_types: dict[str, int] = {}
    for group, n, _ in rows:  # a FacetGroupCount unpacked: its fields cost more
        (court_part, other_part), ip_types = values[group]
        court[court_part] = court.get(court_part, 0) + n
        rest[other_part] = rest.get(other_part, 0) + n
        by_types[ip_types] = by_types.get(ip_types, 0) + n
    tally: dict[str, dict] = {f.name: {} for f in COLUMNS}
    for (start, stop), counts in zip(PARTS, (court, rest), strict=True):
        names = [f.name for f in COLUMNS[start:stop]]
        for part, n in counts.items():
            for name, value in zip(names, part.split(SEPARATOR), strict=True):
                tally[name][value] = tally[name].get(value, 0) + n
    tally[TYPES] = by_types
    tally[COURT_PARTS] = court
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
        # A ruling has one court: a chosen court's rulings are its own, and an unchosen one's
        # (from the groups that fail the court choice alone) are what adding it brings.
        return dict(tally[facet.name])
    counts: defaultdict[str, int] = defaultdict(int)
    chosen_types = set(chosen)
    for combination, n in tally[TYPES].items():
        types = set(combination.split(",")) if combination else set()
        # A ruling with a chosen type counts for each chosen type it has; one without, for
        # every type it would bring.
        for option in types & chosen_types or types:
            counts[option] += n
    return dict(counts)


# Where each facet's value is in a group's parts: (part, index within it).
_PLACE = {
    facet.name: (number, index - start)
    for number, (start, stop) in enumerate(PARTS)
    for index, facet in enumerate(COLUMNS)
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
