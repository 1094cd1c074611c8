"""Facet counts: for every option of a filter, how many rulings choosing it would give.

A facet ignores its own selection and applies every other filter. Facets whose own filter is
not in use share one base (the current results); each facet in use has its own. Each base is
counted in ONE statement that reads its rows once: they are grouped by all facet columns
together (the combinations are a few thousand at most) and the counts per option are added up
here, so the number of statements does not grow with the number of options. The SQL is
portable (WITH ... AS MATERIALIZED and UNION ALL work on PostgreSQL 12+ and SQLite 3.35+).

For a multiple choice (courts, IP types) an option not yet chosen shows what adding it gives:
the rulings of the chosen options plus those of the new option that are not already among them.
A chosen option shows the current total, which is what the results hold with it chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, CharField, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from . import search
from .models import RulingIPType

TAGS = RulingIPType._meta.db_table


@dataclass(frozen=True)
class Facet:
    """A filter whose options are counted: by a column's value, or (checkbox) by a condition."""

    name: str
    column: str = ""
    flag: Q | None = None
    multiple: bool = False


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
    """One statement: the base's rows grouped by every facet column at once (a few thousand
    combinations at most), plus IP types, which a ruling can have several of."""
    grouped = [f for f in base.facets if f.name != "ip_type"]
    # One text key per row ("cafc|US|appellate|holder_won|...|1|0"): grouping by one column
    # keeps both databases on a hash aggregate over the few thousand combinations.
    columns = {"facet_id": F("pk")}
    columns.update({f"facet_{facet.name}": _text(facet) for facet in grouped})
    sql, params = base.queryset.order_by().values(**columns).query.sql_with_params()
    key = f" || '{SEPARATOR}' || ".join(list(columns)[1:]) or "''"
    branches = [f"SELECT '', k, count(*) FROM (SELECT {key} AS k FROM b) AS keyed GROUP BY k"]
    extra: list = []
    if any(f.name == "ip_type" for f in base.facets):
        branch, extra = _ip_type_branch(base.selected.get("ip_type", []))
        branches.append(branch)
    statement = f"WITH b ({', '.join(columns)}) AS MATERIALIZED ({sql}) " + " UNION ALL ".join(
        branches
    )
    with search.heavy_statement(), connection.cursor() as cursor:
        cursor.execute(statement, [*params, *extra])
        rows = cursor.fetchall()
    return _assemble(base, grouped, rows)


SEPARATOR = "|"


def _text(facet: Facet):
    if facet.flag is not None:
        return Case(When(facet.flag, then=Value("on")), default=Value(""), output_field=CharField())
    return Coalesce(F(facet.column), Value(""), output_field=CharField())


def _ip_type_branch(chosen: list[str]) -> tuple[str, list]:
    if not chosen:
        return (
            f"SELECT 'ip_type', t.ip_type, count(*) FROM b "
            f"JOIN {TAGS} t ON t.ruling_id = b.facet_id GROUP BY t.ip_type",
            [],
        )
    tagged = f"SELECT ruling_id FROM {TAGS} WHERE ip_type IN ({', '.join(['%s'] * len(chosen))})"
    return (
        f"SELECT 'ip_type', t.ip_type, count(*) FROM b JOIN {TAGS} t "
        f"ON t.ruling_id = b.facet_id WHERE b.facet_id NOT IN ({tagged}) GROUP BY t.ip_type "
        f"UNION ALL SELECT 'ip_type:chosen', '', count(*) FROM b "
        f"WHERE b.facet_id IN ({tagged})",
        [*chosen, *chosen],
    )


def _assemble(base: Base, grouped: list[Facet], rows: list) -> tuple[dict, int]:
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in base.facets}
    total, chosen_ip = 0, None
    for branch, value, n in rows:
        if branch == "ip_type":
            counts["ip_type"][value] = n
        elif branch == "ip_type:chosen":
            chosen_ip = n
        else:
            total += n
            values = value.split(SEPARATOR) if len(grouped) > 1 else [value]
            for facet, option in zip(grouped, values, strict=False):
                counts[facet.name][option] = counts[facet.name].get(option, 0) + n
    for facet in base.facets:
        chosen = base.selected.get(facet.name, []) if facet.multiple else []
        if chosen:
            counts[facet.name] = _with_chosen(
                counts[facet.name], chosen, chosen_ip if facet.name == "ip_type" else None
            )
    return counts, total


def _with_chosen(option_counts: dict[str, int], chosen: list[str], together=None) -> dict:
    """Counts after adding each option to the chosen ones (see the module's docstring)."""
    if together is None:
        together = sum(option_counts.get(value, 0) for value in chosen)
    result = {value: together + n for value, n in option_counts.items() if value not in chosen}
    result.update(dict.fromkeys(chosen, together))
    return result
