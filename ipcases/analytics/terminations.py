"""The measures of district-court terminations (rulings of kind "termination", from the FJC
IDB): how cases end, the rights holder's share of judgments on the merits, injunctions, and
time to termination. Each function costs one grouped query, over any filtered rulings and by
one whitelisted dimension (or none); nothing here knows the database vendor.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Max,
    Q,
    QuerySet,
)

from ..models import Ruling, Termination
from .dimensions import Dimension
from .measures import GROUP, pending_expression, plain, survival_of

Ending = Termination.Ending
Stage = Termination.Stage
Outcome = Ruling.Outcome
# A judgment on the merits read for one side; a judgment for "both" counts as neither's win.
JUDGED = (Outcome.HOLDER_WON, Outcome.CHALLENGER_WON, Outcome.MIXED)


def terminations_of(rulings: QuerySet) -> QuerySet:
    """The terminations among the rulings (each with its Termination)."""
    return plain(rulings).filter(kind=Ruling.Kind.TERMINATION, termination__isnull=False)


def _aggregates() -> dict:
    ending = "termination__ending"
    merits = Q(**{f"{ending}__in": Termination.MERITS})
    judgments = Q(**{f"{ending}__in": Termination.JUDGMENTS})
    relief_known = Q(
        termination__judgment_nature_code__isnull=False, termination__declaratory=False
    )
    aggregates = {f"ending_{e}": Count("pk", filter=Q(**{ending: e})) for e in Ending.values}
    aggregates |= {f"stage_{s}": Count("pk", filter=Q(termination__stage=s)) for s in Stage.values}
    return aggregates | {
        "cases": Count("pk"),
        "merits": Count("pk", filter=merits & Q(rights_holder_outcome__in=JUDGED)),
        "holder_won": Count("pk", filter=merits & Q(rights_holder_outcome=Outcome.HOLDER_WON)),
        "relief_known": Count("pk", filter=judgments & relief_known),
        "injunction": Count("pk", filter=judgments & relief_known & Q(injunction="granted")),
        "latest": Max("retrieved_at"),
    }


def tallies(rulings: QuerySet, group: Dimension | None = None, ended_only: bool = False) -> dict:
    """{group value: counts} of the terminations (``None`` as the only key when ungrouped):
    cases, each ending and stage, judgments on the merits and the holder's wins among them,
    judgments with their relief recorded and injunctions among them, and the latest file."""
    cases = terminations_of(rulings)
    if ended_only:
        cases = cases.exclude(termination__ending=Ending.PENDING)
    if group is None:
        found = cases.aggregate(**_aggregates())
        return {None: found} if found["cases"] else {}
    rows = cases.annotate(**{GROUP: group.expression()}).values(GROUP).annotate(**_aggregates())
    return {row.pop(GROUP): row for row in rows.order_by()}


def empty() -> dict:
    """The tallies of no terminations at all."""
    return {**dict.fromkeys(_aggregates(), 0), "latest": None}


def ended(row: dict) -> int:
    return row["cases"] - row[f"ending_{Ending.PENDING}"]


def survival(rulings: QuerySet, group: Dimension | None = None) -> dict:
    """{group value: Kaplan–Meier estimate} of days from the IDB's filing date to termination;
    a pending case is censored on the date of the file that reported it pending."""
    days = ExpressionWrapper(
        F("decision_date") - F("termination__date_filed"), output_field=DurationField()
    )
    cases = terminations_of(rulings).filter(
        termination__date_filed__isnull=False,
        termination__date_filed__lte=F("decision_date"),
    )
    keys = {"days": days, "pending": pending_expression()}
    if group is not None:
        keys[GROUP] = group.expression()
    counts: dict = defaultdict(lambda: defaultdict(int))
    for row in cases.annotate(**keys).values(*keys).annotate(n=Count("pk")).order_by():
        span = row["days"]
        day = span.days if hasattr(span, "days") else span
        counts[row.get(GROUP)][(day, bool(row["pending"]))] += row["n"]
    return {key: survival_of(per) for key, per in counts.items()}
