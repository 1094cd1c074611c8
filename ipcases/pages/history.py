"""A ruling's history as lawyers read it: what happened to it on appeal (affirmed, reversed,
vacated: the appeal chain and the dispositions of the rulings above) and whether a later
ruling overruled it. The warning at the top of the ruling page comes from here."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from ..models import Citation, Ruling

D = Ruling.Disposition
# What an appellate ruling's disposition says of the decision it reviews.
APPEAL_TREATMENT = {
    D.AFFIRMED: "affirmed",
    D.AFFIRMED_IN_PART: "affirmed in part",
    D.REVERSED: "reversed",
    D.REVERSED_AND_REMANDED: "reversed",
    D.VACATED: "vacated",
    D.VACATED_AND_REMANDED: "vacated",
}
WARNED = {"reversed", "vacated", "overruled"}


@dataclass(frozen=True)
class LaterTreatment:
    """A later ruling that affirmed, reversed, vacated or overruled this one. ``exact`` when
    the later ruling names this very ruling (its citation, or the decision under appeal in
    its header); otherwise it decided the appeal of this ruling's case."""

    treatment: str
    by: Ruling
    exact: bool
    passage: str = ""
    passage_at: int | None = None

    @property
    def warns(self) -> bool:
        return self.treatment in WARNED


def later_treatments(ruling: Ruling) -> list[LaterTreatment]:
    """Appeals decided above this ruling and rulings that overruled it, oldest first."""
    found = _appeals(ruling) + _overrulings(ruling)
    return sorted(found, key=lambda t: (t.by.decision_date, t.by.pk))


def _appeals(ruling: Ruling) -> list[LaterTreatment]:
    reviews = Citation.objects.filter(cited_ruling=ruling, relation=Citation.Relation.REVIEWS)
    above = (
        Ruling.objects.filter(
            Q(pk__in=reviews.values("citing_ruling_id")) | Q(case__appeal_from=ruling.case_id)
        )
        .filter(disposition__in=APPEAL_TREATMENT, decision_date__gte=ruling.decision_date)
        .exclude(case=ruling.case_id)
        .annotate(names_this=Exists(reviews.filter(citing_ruling=OuterRef("pk"))))
        .select_related("case__court")
    )
    return [LaterTreatment(APPEAL_TREATMENT[r.disposition], r, r.names_this) for r in above]


def _overrulings(ruling: Ruling) -> list[LaterTreatment]:
    links = Citation.objects.filter(
        cited_ruling=ruling,
        relation=Citation.Relation.CITES,
        treatment=Citation.Treatment.OVERRULED,
    ).select_related("citing_ruling__case__court")
    seen: set[int] = set()
    found = []
    for link in links:
        if link.citing_ruling_id not in seen:
            seen.add(link.citing_ruling_id)
            found.append(
                LaterTreatment("overruled", link.citing_ruling, True, link.passage, link.passage_at)
            )
    return found
