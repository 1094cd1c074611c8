"""Find the duplicates already in the catalogue and merge them (``merge_duplicates``).

Rulings are grouped by a shared normalised citation, or by court, normalised docket number and
decision date. Within a group, two rulings from different sources of the same court are one
ruling, unless an editor dismissed the pair. Everything else that looks alike (another court,
a citation shared by two of one source's rulings, two dockets under one citation) is left to
an editor as a DuplicateCandidate. The survivor of a merge is the ruling whose first source is
most trusted, then the oldest. Synthetic rulings are left out: their citations are invented.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count

from ..models import DuplicateCandidate, OfficialCitation, Ruling, Source, SourceRecord
from .merging import merge_rulings
from .trust import trust_rank

Reason = DuplicateCandidate.Reason


@dataclass
class Doubt:
    ruling: Ruling
    other: Ruling
    reason: str
    detail: str

    def __str__(self) -> str:
        label = Reason(self.reason).label
        return f"rulings {self.ruling.pk} and {self.other.pk}: {label} ({self.detail})"


@dataclass
class PlannedMerge:
    survivor: Ruling
    absorbed: list[Ruling]
    evidence: list[str]

    def __str__(self) -> str:
        ids = ", ".join(str(r.pk) for r in self.absorbed)
        return f"ruling {ids} into {self.survivor.pk} ({'; '.join(self.evidence)})"


@dataclass
class Plan:
    merges: list[PlannedMerge] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)


def plan_merges(court: str | None = None) -> Plan:
    """What merge_duplicates would do, reading only."""
    pairs = [*_citation_pairs(court), *_docket_pairs(court)]
    ids = {pk for a, b, _, _ in pairs for pk in (a, b)}
    rulings = Ruling.objects.select_related("case").in_bulk(ids)
    sources = _sources(ids, rulings)
    dismissed = _dismissed(ids)
    plan, edges = Plan(), defaultdict(list)
    for a, b, kind, detail in pairs:
        if frozenset((a, b)) in dismissed:
            continue
        reason = _doubt_reason(rulings[a], rulings[b], sources, kind)
        if reason:
            plan.doubts.append(Doubt(rulings[b], rulings[a], reason, detail))
        elif reason is not None:
            edges[frozenset((a, b))].append(detail)
    for group in _components(edges):
        members = [rulings[pk] for pk in sorted(group)]
        evidence = sorted({d for pair, ds in edges.items() if pair <= group for d in ds})
        if _sources_overlap(members, sources):
            plan.doubts += [
                Doubt(members[i], members[0], Reason.SAME_SOURCE, "; ".join(evidence))
                for i in range(1, len(members))
            ]
            continue
        members.sort(key=lambda r: (trust_rank(r.source, bool(r.text)), r.pk))
        plan.merges.append(PlannedMerge(members[0], members[1:], evidence))
    plan.doubts = _new_doubts(plan.doubts)
    return plan


def carry_out(plan: Plan) -> None:
    """Merge what the plan merges and record its doubts, all or nothing."""
    survivor_of: dict[int, Ruling] = {}
    with transaction.atomic():
        for merge in plan.merges:
            for absorbed in merge.absorbed:
                merge_rulings(absorbed, merge.survivor)
                survivor_of[absorbed.pk] = merge.survivor
        for doubt in plan.doubts:
            ruling = survivor_of.get(doubt.ruling.pk, doubt.ruling)
            other = survivor_of.get(doubt.other.pk, doubt.other)
            if ruling.pk != other.pk:
                DuplicateCandidate.objects.get_or_create(
                    ruling=ruling,
                    other=other,
                    defaults={"reason": doubt.reason, "detail": doubt.detail[:300]},
                )


def _doubt_reason(a: Ruling, b: Ruling, sources: dict, kind: str) -> str | None:
    """ "" for two records of one ruling, a Reason for a doubt, None for nothing to report."""
    if a.case.court_id != b.case.court_id:
        return Reason.CITATION_OTHER_COURT
    if sources[a.pk] & sources[b.pk]:
        # One source's rulings of one day in one docket are distinct rulings, not doubts.
        return Reason.SAME_SOURCE if kind == "citation" else None
    dockets = {a.case.docket_number_normalized, b.case.docket_number_normalized}
    if kind == "citation" and "" not in dockets and len(dockets) == 2:
        return Reason.CITATION_SHARED
    return ""


def _citation_pairs(court: str | None) -> list[tuple[int, int, str, str]]:
    cites = OfficialCitation.objects.exclude(ruling__source=Source.SYNTHETIC)
    if court:
        cites = cites.filter(ruling__case__court_id=court)
    shared = cites.values("normalized").annotate(n=Count("ruling", distinct=True)).filter(n__gt=1)
    pairs = []
    for row in shared:
        cite = row["normalized"]
        ids = sorted(set(cites.filter(normalized=cite).values_list("ruling", flat=True)))
        pairs += [(a, b, "citation", f"citation {cite}") for a in ids for b in ids if a < b]
    return pairs


def _docket_pairs(court: str | None) -> list[tuple[int, int, str, str]]:
    # An FJC termination shares its case's docket and, often, the date of its last ruling.
    rulings = (
        Ruling.objects.real()
        .exclude(case__docket_number_normalized="")
        .exclude(source=Source.FJC_IDB)
    )
    if court:
        rulings = rulings.filter(case__court_id=court)
    keys = ("case__court_id", "case__docket_number_normalized", "decision_date")
    pairs = []
    for row in rulings.values(*keys).annotate(n=Count("pk")).filter(n__gt=1).order_by(*keys):
        ids = sorted(rulings.filter(**{k: row[k] for k in keys}).values_list("pk", flat=True))
        detail = f"docket {row['case__docket_number_normalized']}, {row['decision_date']}"
        pairs += [(a, b, "docket", detail) for a in ids for b in ids if a < b]
    return pairs


def _sources(ids: set[int], rulings: dict[int, Ruling]) -> dict[int, set[str]]:
    sources = {pk: {ruling.source} for pk, ruling in rulings.items()}
    for pk, source in SourceRecord.objects.filter(ruling__in=ids).values_list("ruling", "source"):
        sources[pk].add(source)
    return sources


def _dismissed(ids: set[int]) -> set[frozenset]:
    rows = DuplicateCandidate.objects.filter(
        ruling__in=ids, status=DuplicateCandidate.Status.DISMISSED, other__isnull=False
    ).values_list("ruling", "other")
    return {frozenset(row) for row in rows}


def _components(edges: dict[frozenset, list[str]]) -> list[frozenset]:
    parent: dict[int, int] = {}

    def root(pk: int) -> int:
        while parent.setdefault(pk, pk) != pk:
            pk = parent[pk]
        return pk

    for pair in edges:
        a, b = sorted(pair)
        parent[root(b)] = root(a)
    groups: dict[int, set[int]] = defaultdict(set)
    for pk in list(parent):
        groups[root(pk)].add(pk)
    return [frozenset(g) for g in groups.values()]


def _sources_overlap(members: list[Ruling], sources: dict[int, set[str]]) -> bool:
    seen: set[str] = set()
    for ruling in members:
        if seen & sources[ruling.pk]:
            return True
        seen |= sources[ruling.pk]
    return False


def _new_doubts(doubts: list[Doubt]) -> list[Doubt]:
    """One doubt per pair, and none for a pair an editor already has before them."""
    known = {
        frozenset(row)
        for row in DuplicateCandidate.objects.filter(other__isnull=False).values_list(
            "ruling", "other"
        )
    }
    fresh: dict[frozenset, Doubt] = {}
    for doubt in doubts:
        pair = frozenset((doubt.ruling.pk, doubt.other.pk))
        if pair not in known:
            fresh.setdefault(pair, doubt)
    return list(fresh.values())
