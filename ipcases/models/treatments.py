"""How later rulings treat a ruling: what their texts say of it (Citation.treatment, read when
the citations are indexed) and what the appeal chain did to it (affirmed, reversed, vacated),
as conditions on rulings that the citator, the history, the FilterSet and search share.

The appeal chain's treatments are not stored: they are worked out from what the catalogue
holds when it is read (the decision under appeal a ruling names, `Case.appeal_from`, and the
appellate ruling's disposition). Each of those is written by a different path (citations,
imports, outcome readings, editors' corrections, merges of duplicates); a stored copy would
have to be rewritten by every one of them, and a copy one of them forgot would be wrong.

    cited = Cited.ruling(feist)       # what a cites: names is search.cited("499 U.S. 340")
    rulings.filter(treating(cited, ("reversed",)))      # the rulings that reversed it
    rulings.filter(treating(cited))                     # every one that cites it or did
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet

from .citations import AppealTreatment, Citation
from .rulings import Ruling

D = Ruling.Disposition
# The dispositions of an appellate ruling that say what it did to the decision below.
APPEAL_DISPOSITIONS: dict[str, tuple[str, ...]] = {
    AppealTreatment.AFFIRMED: (D.AFFIRMED, D.AFFIRMED_IN_PART),
    AppealTreatment.REVERSED: (D.REVERSED, D.REVERSED_AND_REMANDED),
    AppealTreatment.VACATED: (D.VACATED, D.VACATED_AND_REMANDED),
}
# What each such disposition is called as a treatment ("affirmed in part").
APPEAL_TREATMENT = {
    str(disposition): str(treatment)
    for treatment, dispositions in APPEAL_DISPOSITIONS.items()
    for disposition in dispositions
}
APPEAL_TREATMENT[D.AFFIRMED_IN_PART] = "affirmed in part"
TEXT_TREATMENTS = tuple(Citation.Treatment.values)
REVIEWS = Citation.Relation.REVIEWS


@dataclass(frozen=True)
class Cited:
    """What is cited: the citations that name it (a condition on Citation) and the catalogued
    rulings it is (a condition on Ruling), whose appeals are its appeal chain. ``few``: a
    few named rulings (a ruling, what a cites: names), whose appeals are looked up once and
    then known by id; not for "any ruling"."""

    links: Q
    rulings: Q
    few: bool = True
    _found: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def ruling(cls, ruling: Ruling | int, appeals: dict[int, str] | None = None) -> Cited:
        """One ruling; ``appeals``: its appeals with their dispositions, where they are
        known already (the ruling page's history)."""
        pk = ruling if isinstance(ruling, int) else ruling.pk
        named = cls(Q(cited_ruling_id=pk), Q(pk=pk))
        if appeals is not None:
            named._found["appeals"] = appeals
        return named

    @classmethod
    def any(cls) -> Cited:
        return cls(Q(), Q(), few=False)

    @property
    def catalogued(self) -> bool:
        """False where the rulings are known to be none (a citation the catalogue lacks)."""
        return self.rulings != Q(pk__in=[])

    def appeals(self) -> dict[int, str]:
        """The rulings that affirmed, reversed or vacated it, with their dispositions (one
        statement, the first time: a ruling has a few appeals at most, most have none)."""
        if "appeals" not in self._found:
            below = Ruling.objects.filter(self.rulings)
            above = Ruling.objects.filter(appeals_from(below)) if self.catalogued else None
            found = above.values_list("pk", "disposition") if above is not None else []
            self._found["appeals"] = dict(found)
        return self._found["appeals"]


def appeals_from(below: QuerySet, treatments: Iterable[str] = tuple(APPEAL_DISPOSITIONS)) -> Q:
    """The rulings that decided an appeal from one of ``below`` and affirmed, reversed or
    vacated it (``treatments``): they name it as the decision under appeal (relation
    "reviews") or their case is the appeal of its case (`Case.appeal_from`); they are of
    another case and not older. The same condition gives the ruling page's history and
    warning."""
    dispositions = _dispositions(treatments)
    if not dispositions:
        return Q(pk__in=[])
    candidates = _candidates(
        Q(cited_ruling__in=below.values("pk")), Q(case__appeal_from__in=below.values("case_id"))
    )
    return Q(pk__in=candidates, disposition__in=dispositions) & Q(Exists(_pair(below)))


def appeals_of(ruling: Ruling) -> Q:
    """``appeals_from`` for one ruling whose row is at hand: the same rulings, asked with its
    values instead of a subquery of rulings (a statement a ruling page builds and plans in a
    fraction of the time)."""
    candidates = _candidates(Q(cited_ruling=ruling.pk), Q(case__appeal_from=ruling.case_id))
    return Q(
        pk__in=candidates,
        disposition__in=_dispositions(APPEAL_DISPOSITIONS),
        decision_date__gte=ruling.decision_date,
    ) & ~Q(case=ruling.case_id)


def _dispositions(treatments: Iterable[str]) -> list[str]:
    return [d for t in treatments for d in APPEAL_DISPOSITIONS.get(t, ())]


def _candidates(naming: Q, appealing: Q) -> QuerySet:
    """The ids of the rulings whose citation `naming` selects names a decision under appeal,
    and of those whose case `appealing` selects, as one list: a union, since an OR of the
    two ways would read every ruling."""
    reviewing = Citation.objects.filter(naming, relation=REVIEWS)
    return (
        reviewing.order_by()
        .values("citing_ruling_id")
        .union(Ruling.objects.filter(appealing).order_by().values("pk"), all=True)
    )


def _pair(below: QuerySet) -> QuerySet:
    """The rulings of ``below`` that the outer ruling decided the appeal from."""
    names = Citation.objects.filter(relation=REVIEWS, citing_ruling=OuterRef(OuterRef("pk")))
    return (
        below.filter(decision_date__lte=OuterRef("decision_date"))
        .exclude(case=OuterRef("case"))
        .filter(Q(case=OuterRef("case__appeal_from")) | Q(pk__in=names.values("cited_ruling_id")))
    )


def appealed(cited: Cited) -> Exists:
    """Whether the outer ruling decided an appeal from what is cited (for an annotation; its
    disposition says how)."""
    return Exists(_pair(Ruling.objects.filter(cited.rulings)))


def citing_ids(cited: Cited, treatments: Iterable[str] | None = None) -> QuerySet:
    """The ids of the rulings whose text cites what is cited or that decided an appeal from
    it, as one list; with ``treatments``, only those that treat it so (values of
    Citation.Treatment and AppealTreatment)."""
    chosen = None if treatments is None else set(treatments)
    parts = []
    if chosen is None or chosen & set(TEXT_TREATMENTS):
        links = Citation.objects.filter(cited.links, relation=Citation.Relation.CITES)
        if chosen is not None and not chosen >= set(TEXT_TREATMENTS):
            links = links.filter(treatment__in=sorted(chosen & set(TEXT_TREATMENTS)))
        parts.append(links.order_by().values("citing_ruling_id"))
    appeals = set(APPEAL_DISPOSITIONS) if chosen is None else chosen & set(APPEAL_DISPOSITIONS)
    if appeals and cited.catalogued:
        below = Ruling.objects.filter(cited.rulings)
        above = Ruling.objects.filter(appeals_from(below, sorted(appeals)))
        if cited.few:
            # Known by id: the statements that apply the condition stay the plain look-up
            # of citations for the many rulings never appealed, short to build and to plan.
            wanted = {d for t in appeals for d in APPEAL_DISPOSITIONS[t]}
            found = [pk for pk, disposition in cited.appeals().items() if disposition in wanted]
            above = Ruling.objects.filter(pk__in=sorted(found)) if found else None
        if above is not None:
            parts.append(above.order_by().values("pk"))
    if not parts:
        return Ruling.objects.none().values("pk")
    return parts[0] if len(parts) == 1 else parts[0].union(parts[1], all=True)


def treating(cited: Cited, treatments: Iterable[str] | None = None) -> Q:
    """The condition on rulings of ``citing_ids``."""
    return Q(pk__in=citing_ids(cited, treatments))
