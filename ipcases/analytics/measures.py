"""The measures, aggregated in the database over any Ruling queryset, optionally per group.

Every function takes the filtered rulings and a whitelisted Dimension (or None for the whole
set) and returns its figures keyed by the group's value (None when ungrouped). Each costs one
query. Nothing here is vendor-specific: all are grouped aggregates. Damages and time to
decision are counted per (days, currency, amount), which gives few rows, and their quartiles
are computed here with the method defined in ``stats``, identically on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import (
    BooleanField,
    Case,
    Count,
    DurationField,
    Expression,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import ExtractYear
from django.db.models.sql.datastructures import Join

from ..models import Basis, Ruling
from .dimensions import Dimension
from .stats import QUARTILES, interpolate, needed_indexes
from .survival import Survival, kaplan_meier

GROUP = "group_key"

# Damages are shown on a log scale, in decades; amounts of exactly zero have their own bucket.
DAMAGES_DECADES = tuple(range(3, 10))  # 10^3 .. 10^9
OUTCOMES = tuple(Ruling.Outcome.values)
# A pending case has no outcome yet: it is shown, but left out of the shares like an unknown.
DECIDED_OUTCOMES = tuple(o for o in OUTCOMES if o != Ruling.Outcome.PENDING)
INJUNCTIONS = tuple(Ruling.Injunction.values)
# Where a value comes from (Ruling.outcome_basis and the like); "unrecorded" for a value stored
# before bases were (run `extract_outcomes`).
BASES = (*Basis.values, "unrecorded")


@dataclass(frozen=True)
class Spread:
    """Five figures of a measured value: n, minimum, quartiles and maximum."""

    n: int
    minimum: Decimal | float
    q1: Decimal | float
    median: Decimal | float
    q3: Decimal | float
    maximum: Decimal | float


def _may_repeat_rulings(rulings: QuerySet) -> bool:
    """Whether the query joins a to-many relation, which can list a ruling more than once."""
    return any(
        getattr(join.join_field, "one_to_many", False)
        or getattr(join.join_field, "many_to_many", False)
        for join in rulings.query.alias_map.values()
        if isinstance(join, Join)
    )


def plain(rulings: QuerySet) -> QuerySet:
    """The rulings without ordering or DISTINCT, so that grouping counts each ruling once.

    Filters often ask for DISTINCT out of caution (django-filter's multiple choices do); it is
    dropped when no join can repeat a ruling, and otherwise the rulings are taken by id."""
    if rulings.query.is_sliced or (rulings.query.distinct and _may_repeat_rulings(rulings)):
        return Ruling.objects.filter(pk__in=rulings.values("pk")).order_by()
    rulings = rulings.order_by()
    rulings.query.distinct = False
    return rulings


def _rows(rulings: QuerySet, group: Dimension | None, keys: dict, /, **aggregates) -> list[dict]:
    keys = dict(keys)
    if group is not None:
        keys[GROUP] = group.expression()
    if not keys:
        return [rulings.aggregate(**aggregates)]
    grouped = plain(rulings).annotate(**keys).values(*keys).annotate(**aggregates)
    return list(grouped.order_by())


def _count(condition: Q | None = None) -> Count:
    return Count("pk", filter=condition)


def duration_expression() -> Expression:
    return ExpressionWrapper(
        F("decision_date") - F("case__date_filed"), output_field=DurationField()
    )


def _has_duration() -> Q:
    return Q(case__date_filed__isnull=False, case__date_filed__lte=F("decision_date"))


def pending_expression() -> Expression:
    """Whether a ruling reports its case still pending on its date (censored in durations)."""
    return Case(
        When(rights_holder_outcome=Ruling.Outcome.PENDING, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )


def empty_counts() -> dict[str, int]:
    names = ["rulings", *(f"outcome_{o}" for o in OUTCOMES), "outcome_unknown"]
    names += [*(f"injunction_{i}" for i in INJUNCTIONS), "injunction_none"]
    names += [f"kind_{k}" for k in Ruling.Kind.values]
    names += [f"{field}_basis_{b}" for field in ("outcome", "injunction") for b in BASES]
    return dict.fromkeys(names, 0)


def counts(rulings: QuerySet, group: Dimension | None = None) -> dict[object, dict[str, int]]:
    """Rulings, outcomes for the rights holder, injunctions and kinds of ruling, and where
    each outcome and injunction comes from, per group. One grouped query over (outcome,
    injunction, kind, bases), which are few, added up here."""
    keys = {
        "outcome": F("rights_holder_outcome"),
        "remedy": F("injunction"),
        "sort": F("kind"),
        "outcome_from": F("outcome_basis"),
        "remedy_from": F("injunction_basis"),
    }
    return tally_counts(_rows(rulings, group, keys, n=_count()))


def tally_counts(rows: Iterable[dict], key: str = GROUP) -> dict[object, dict[str, int]]:
    """The counts of rows of (outcome, remedy, sort, outcome_from, remedy_from, the group's
    value under `key`, n), per group."""
    result: dict = defaultdict(empty_counts)
    for row in rows:
        tally = result[row.get(key)]
        tally["rulings"] += row["n"]
        tally[f"outcome_{row['outcome'] or 'unknown'}"] += row["n"]
        tally[f"injunction_{row['remedy'] or 'none'}"] += row["n"]
        kind = f"kind_{row['sort']}"
        tally[kind] = tally.get(kind, 0) + row["n"]
        if row["outcome"]:
            tally[f"outcome_basis_{row['outcome_from'] or 'unrecorded'}"] += row["n"]
        if row["remedy"]:
            tally[f"injunction_basis_{row['remedy_from'] or 'unrecorded'}"] += row["n"]
    return dict(result)


def add_counts(tallies) -> dict[str, int]:
    """The counts of several groups added up (for groups that do not overlap)."""
    total = empty_counts()
    for tally in tallies:
        for name, n in tally.items():
            total[name] = total.get(name, 0) + n
    return total


def known_outcomes(row: dict) -> int:
    """How many rulings of a counts() row have a decided, recorded outcome."""
    return sum(row.get(f"outcome_{outcome}", 0) for outcome in DECIDED_OUTCOMES)


def per_year(rulings: QuerySet, group: Dimension | None = None) -> dict[object, dict[int, int]]:
    """{group: {year: rulings}}, years ascending."""
    return tally_years(_rows(rulings, group, {"year": ExtractYear("decision_date")}, n=_count()))


def tally_years(rows: Iterable[dict]) -> dict[object, dict[int, int]]:
    """{group: {year: rulings}} of rows of (year, the group's value, n), years ascending."""
    result: dict = defaultdict(dict)
    for row in sorted(rows, key=lambda r: r["year"]):
        years = result[row.get(GROUP)]
        years[row["year"]] = years.get(row["year"], 0) + row["n"]
    return dict(result)


def decade(amount: Decimal) -> int:
    """The tenfold band of an amount: d for amounts under 10^d (and at least 10^(d-1), or
    anything under 1,000 for the first band); -1 for an award of exactly zero."""
    if amount == 0:
        return -1
    for d in DAMAGES_DECADES:
        if amount < 10**d:
            return d
    return DAMAGES_DECADES[-1] + 1


@dataclass
class Measured:
    """Per group: damages awards by currency (sorted amounts), the Spread of the durations of
    finished cases only, the Kaplan–Meier estimate of all durations (pending censored), and
    where the awards come from ({basis: awards})."""

    awards: dict
    durations: dict
    survival: dict
    award_bases: dict


def measured(rulings: QuerySet, group: Dimension | None = None, values=None) -> Measured:
    """Damages awarded and days from filing to decision, from one grouped query.

    Rulings are counted per (days, pending, currency, amount): durations take a few thousand
    distinct values however many rulings there are, and awards are few next to rulings, so the
    rows stay few. The quartiles are read off the counts here, in ``stats``' method, and the
    Kaplan–Meier estimate in ``survival``'s. Days count only where both dates are known and the
    decision does not precede the filing; a ruling that reports its case pending is censored
    at its date. With `values`, the estimates are made for those values of the group only."""
    days = Case(When(_has_duration(), then=duration_expression()), output_field=DurationField())
    keys = {"days": days, "pending": pending_expression(), **AWARD_KEYS}
    either = Q(damages_amount__isnull=False) | _has_duration()
    rows = _rows(rulings.filter(either), group, keys, n=_count())
    if values is not None:
        rows = [row for row in rows if row.get(GROUP) in values]
    return tally_measured(rows)


AWARD_KEYS = {
    "currency": F("damages_currency"),
    "amount": F("damages_amount"),
    "basis": F("damages_basis"),
}


def tally_measured(rows: Iterable[dict]) -> Measured:
    """The Measured of rows of (days, pending, currency, amount, basis, the group's value, n);
    a row may hold an award, a duration or both."""
    awards: dict = defaultdict(lambda: defaultdict(list))
    bases: dict = defaultdict(lambda: defaultdict(int))
    day_counts: dict = defaultdict(lambda: defaultdict(int))
    for row in rows:
        key, n = row.get(GROUP), row["n"]
        if row.get("amount") is not None:
            awards[key][row["currency"]].extend([row["amount"]] * n)
            bases[key][row["basis"] or "unrecorded"] += n
        if row["days"] is not None:
            day_counts[key][(_number(row["days"]), bool(row["pending"]))] += n
    return Measured(
        awards={
            key: {currency: sorted(amounts) for currency, amounts in sorted(per.items())}
            for key, per in awards.items()
        },
        durations=_finished_spreads(day_counts),
        survival={key: survival_of(counts) for key, counts in day_counts.items()},
        award_bases={key: dict(per) for key, per in bases.items()},
    )


def survival_of(counts: dict[tuple[int, bool], int]) -> Survival:
    """The Kaplan–Meier estimate from {(days, pending): rulings}."""
    return kaplan_meier((days, not pending, n) for (days, pending), n in counts.items())


def _finished_spreads(day_counts: dict) -> dict:
    spreads = {}
    for key, counts in day_counts.items():
        finished: dict[int, int] = defaultdict(int)
        for (days, pending), n in counts.items():
            if not pending:
                finished[days] += n
        if finished:
            spreads[key] = spread_of_counts(sorted(finished.items()))
    return spreads


def damage_awards(rulings: QuerySet, group: Dimension | None = None) -> dict:
    """{group: {currency: sorted amounts}}."""
    return measured(rulings, group).awards


def spread_of(sorted_values: list) -> Spread:
    return _spread(dict(enumerate(sorted_values)), len(sorted_values))


def damages(rulings: QuerySet, group: Dimension | None = None, awards: dict | None = None) -> dict:
    """{group: {currency: Spread}}: amounts are never combined across currencies."""
    awards = damage_awards(rulings, group) if awards is None else awards
    return {
        g: {currency: spread_of(values) for currency, values in per_currency.items()}
        for g, per_currency in awards.items()
    }


def damages_histogram(
    rulings: QuerySet, group: Dimension | None = None, awards: dict | None = None
) -> dict:
    """{group: {currency: {band: awards}}}, bands as in ``decade``."""
    awards = damage_awards(rulings, group) if awards is None else awards
    result: dict = {}
    for g, per_currency in awards.items():
        result[g] = {}
        for currency, values in per_currency.items():
            bands: dict[int, int] = defaultdict(int)
            for amount in values:
                bands[decade(amount)] += 1
            result[g][currency] = dict(sorted(bands.items()))
    return result


def _number(value):
    return value.days if isinstance(value, dt.timedelta) else value


def _spread(values_at: dict, n: int) -> Spread:
    q1, median, q3 = (interpolate(values_at, n, p) for p in QUARTILES)
    return Spread(n, values_at[0], q1, median, q3, values_at[n - 1])


def spread_of_counts(counts: list[tuple]) -> Spread:
    """The Spread of a sample given as (value, how many) pairs in ascending order of value."""
    n = sum(k for _, k in counts)
    wanted = sorted(needed_indexes(n) | {0, n - 1})
    values_at, start = {}, 0
    for value, k in counts:
        while wanted and wanted[0] < start + k:
            values_at[wanted.pop(0)] = value
        start += k
    return _spread(values_at, n)


def durations(rulings: QuerySet, group: Dimension | None = None) -> dict:
    """{group: Spread} of days from the filing of the case to the decision, finished cases
    only (see ``measured().survival`` for the estimate that counts pending cases)."""
    return measured(rulings, group).durations
