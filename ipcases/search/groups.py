"""Analytics groups: the indexed rulings counted by every value that the analytics page filters
and splits by, kept current by the index's write path in the same transaction as the facet
groups, so that a page whose filters are all such values adds up group rows instead of reading
every ruling (ipcases/analytics/groups.py reads them).

A group is one combination of court, year of decision, IP types, outcome and injunction with
where each comes from, disposition, kind, source, precedential and whether there is a text
(`VALUES`). Each ruling's search row names its group and holds its days from the filing of its
case to the ruling and its damages award (the durations and damages figures read them there),
with the group's court, year, IP types and source and whether the ruling is pending.
A group's count is recounted from the search rows of its rulings whenever one of them is
written, after locking the group, so that two writers never leave a count that either one saw
half of. The search row of a deleted ruling goes with it (the foreign key cascades), taking
its group's number along: a batch that names a ruling no longer stored recounts every group.
A ruling's days depend on its case's filing date, which a source of another ruling of the case
may change: the rulings of the cases of a batch are written together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Case, CharField, Count, Q, Value, When

from ..models import AnalyticsGroup, Ruling, RulingIPType, SearchRuling

SEPARATOR = "|"
ON = "on"
# A ruling's values that make up its group, as (group field, ruling field or condition).
VALUES = (
    ("court", "case__court_id"),
    ("year", "decision_date__year"),
    ("ip_types", None),
    ("outcome", "rights_holder_outcome"),
    ("outcome_basis", "outcome_basis"),
    ("injunction", "injunction"),
    ("injunction_basis", "injunction_basis"),
    ("disposition", "disposition"),
    ("kind", "kind"),
    ("source", "source"),
    ("precedential", Q(precedential_status="precedential")),
    ("has_text", ~Q(text="")),
)


def refresh(ruling_ids: Iterable[int]) -> None:
    """Give the search rows of these rulings (and of the other rulings of their cases) their
    group, days, award and the group's values they hold, and recount the groups they left and
    joined; called by the index's write path after the facet groups, in the same transaction."""
    ids = list(dict.fromkeys(ruling_ids))
    for start in range(0, len(ids), BATCH):
        _refresh(set(ids[start : start + BATCH]))


BATCH = 500


def _refresh(ids: set[int]) -> None:
    stored = set(Ruling.objects.filter(pk__in=ids).values_list("pk", flat=True))
    siblings = Ruling.objects.filter(case__rulings__in=stored).values_list("pk", flat=True)
    indexed = SearchRuling.objects.filter(ruling__in=stored | set(siblings))
    before = dict(indexed.values_list("ruling_id", "analytics_group"))
    members = _members(sorted(before))
    groups = _group_ids({key: values for key, values, *_ in members.values()})
    # Written as an insert that updates the rows it meets (they all exist), like the facet
    # groups: bulk_update builds a CASE of every row for each field, 2.3 s of Python for 500
    # rulings against 0.25 s so.
    SearchRuling.objects.bulk_create(
        [
            SearchRuling(
                ruling_id=pk,
                analytics_group_id=groups[key],
                days=days,
                **award,
                **{name: values[name] for name in COPIED},
                court_id=values["court"],
                pending=values["outcome"] == Ruling.Outcome.PENDING,
            )
            for pk, (key, values, days, award) in members.items()
        ],
        update_conflicts=True,
        unique_fields=["ruling"],
        update_fields=["analytics_group", "days", *AWARD, *COPIED, "court", "pending"],
    )
    if ids - stored:
        recount(None)
    else:
        recount({*before.values(), *groups.values()} - {None})


AWARD = ("damages_amount", "damages_currency", "damages_basis")
# The group's values a search row holds too (with its court and whether it is pending).
COPIED = ("year", "ip_types", "source")


def _members(ids: list[int]) -> dict[int, tuple[str, dict, int | None, dict]]:
    """{ruling id: (group key, group values, days, award)} of these rulings."""
    types: dict[int, list[str]] = {}
    for pk, ip_type in RulingIPType.objects.filter(ruling_id__in=ids).values_list(
        "ruling_id", "ip_type"
    ):
        types.setdefault(pk, []).append(ip_type)
    flags = {
        name: Case(When(condition, then=Value(ON)), default=Value(""), output_field=CharField())
        for name, condition in VALUES
        if isinstance(condition, Q)
    }
    fields = [field for _, field in VALUES if isinstance(field, str)]
    rows = (
        Ruling.objects.filter(pk__in=ids)
        .annotate(**{f"flag_{name}": flag for name, flag in flags.items()})
        .values_list(
            "pk",
            "decision_date",
            "case__date_filed",
            *AWARD,
            *fields,
            *(f"flag_{n}" for n in flags),
        )
    )
    members = {}
    for pk, decided, filed, *found in rows:
        award = dict(zip(AWARD, found[: len(AWARD)], strict=True))
        values = _values(found[len(AWARD) :], types.get(pk, []))
        members[pk] = (key_of(values), values, _days(filed, decided), award)
    return members


def _values(found: list, ip_types: list[str]) -> dict:
    names = [name for name, field in VALUES if isinstance(field, str)]
    names += [name for name, field in VALUES if isinstance(field, Q)]
    values = dict(zip(names, found, strict=True))
    values["ip_types"] = "".join(f",{t}" for t in sorted(ip_types)) + "," if ip_types else ""
    return {name: values[name] for name, _ in VALUES}


def key_of(values: dict) -> str:
    """A group's key: its values in the order of VALUES, flags as "on" or ""."""
    return SEPARATOR.join(str(values[name]) for name, _ in VALUES)


def _days(filed: dt.date | None, decided: dt.date) -> int | None:
    return (decided - filed).days if filed is not None and filed <= decided else None


def _group_ids(combinations: dict[str, dict]) -> dict[str, int]:
    """The number of each group, added (with no rulings yet) when new."""
    if not combinations:
        return {}
    AnalyticsGroup.objects.bulk_create(
        [
            AnalyticsGroup(key=key, **_fields(values))
            for key, values in sorted(combinations.items())
        ],
        ignore_conflicts=True,
    )
    listed = AnalyticsGroup.objects.filter(key__in=list(combinations))
    return dict(listed.values_list("key", "pk"))


def _fields(values: dict) -> dict:
    fields = dict(values)
    fields["court_id"] = fields.pop("court")
    fields["precedential"] = fields["precedential"] == ON
    fields["has_text"] = fields["has_text"] == ON
    return fields


def recount(groups: set[int] | None, model=AnalyticsGroup, field: str = "analytics_group") -> None:
    """Count again the rulings of these groups (None: of every group), analytics groups or
    (`model`, the search rows' `field` naming them) facet groups. The groups are locked
    first, so that the count, a statement of its own, sees every other writer's rulings of
    them committed."""
    listed = model.objects.select_for_update().order_by("pk")
    if groups is not None:
        listed = listed.filter(pk__in=groups)
    stored = dict(listed.values_list("pk", "rulings"))
    members = SearchRuling.objects.filter(**{f"{field}__isnull": False})
    if groups is not None:
        members = members.filter(**{f"{field}__in": groups})
    counted = dict(members.values(field).annotate(n=Count("pk")).values_list(field, "n"))
    changed = [
        model(pk=pk, rulings=counted.get(pk, 0))
        for pk, n in stored.items()
        if counted.get(pk, 0) != n
    ]
    model.objects.bulk_update(changed, ["rulings"], batch_size=BATCH)


def clear() -> None:
    """Forget every group (before the whole index is built again)."""
    AnalyticsGroup.objects.all().delete()
