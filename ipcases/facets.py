"""Facet counts: for every option of a filter, how many rulings choosing it would give.

A facet ignores its own selection and applies every other filter. Facets whose own filter is
not in use share one base (the current results); each facet in use has its own. Each base is
counted in ONE statement: the base's rows are materialised once (a CTE) and grouped once per
facet, so the count is a handful of statements whatever the number of options. The SQL is
portable (WITH ... AS MATERIALIZED and UNION ALL work on PostgreSQL 12+ and SQLite 3.35+).

For a multiple choice (courts, IP types) an option not yet chosen shows what adding it gives:
the rulings of the chosen options plus those of the new option that are not already among them.
A chosen option shows the current total, which is what the results hold with it chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, F, Q, QuerySet

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
    columns = {"facet_id": F("pk")}
    for facet in base.facets:
        if facet.flag is not None:
            columns[f"facet_{facet.name}"] = ExpressionWrapper(facet.flag, BooleanField())
        elif facet.column and facet.name != "ip_type":
            columns[f"facet_{facet.name}"] = F(facet.column)
    sql, params = base.queryset.order_by().values(**columns).query.sql_with_params()
    branches, branch_params = ["SELECT 'total', '', count(*) FROM b"], []
    for facet in base.facets:
        chosen = base.selected.get(facet.name, []) if facet.multiple else []
        part, part_params = _branch(facet, chosen)
        branches.append(part)
        branch_params += part_params
    names = ", ".join(columns)
    statement = f"WITH b ({names}) AS MATERIALIZED ({sql}) " + " UNION ALL ".join(branches)
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *branch_params])
        rows = cursor.fetchall()
    return _assemble(base, rows)


def _branch(facet: Facet, chosen: list[str]) -> tuple[str, list]:
    name, column = facet.name, f"facet_{facet.name}"
    if facet.flag is not None:
        return f"SELECT '{name}', 'on', count(*) FROM b WHERE {column}", []
    if name != "ip_type":
        return f"SELECT '{name}', {column}, count(*) FROM b GROUP BY {column}", []
    tagged = f"SELECT ruling_id FROM {TAGS} WHERE ip_type IN ({', '.join(['%s'] * len(chosen))})"
    if not chosen:
        return (
            f"SELECT 'ip_type', t.ip_type, count(*) FROM b JOIN {TAGS} t "
            "ON t.ruling_id = b.facet_id GROUP BY t.ip_type",
            [],
        )
    return (
        f"SELECT 'ip_type', t.ip_type, count(*) FROM b JOIN {TAGS} t ON t.ruling_id = b.facet_id "
        f"WHERE b.facet_id NOT IN ({tagged}) GROUP BY t.ip_type "
        f"UNION ALL SELECT 'ip_type:chosen', '', count(*) FROM b WHERE b.facet_id IN ({tagged})",
        [*chosen, *chosen],
    )


def _assemble(base: Base, rows: list) -> tuple[dict[str, dict[str, int]], int]:
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in base.facets}
    total, chosen_ip = 0, None
    for facet_name, value, n in rows:
        if facet_name == "total":
            total = n
        elif facet_name == "ip_type:chosen":
            chosen_ip = n
        elif value is not None:
            counts[facet_name][str(value)] = n
    for facet in base.facets:
        chosen = base.selected.get(facet.name, []) if facet.multiple else []
        if not chosen:
            continue
        option_counts = counts[facet.name]
        together = (
            chosen_ip if facet.name == "ip_type" else sum(option_counts.get(v, 0) for v in chosen)
        )
        counts[facet.name] = {
            value: together + (0 if value in chosen else n) for value, n in option_counts.items()
        }
        counts[facet.name].update(dict.fromkeys(chosen, together))
    return counts, total
