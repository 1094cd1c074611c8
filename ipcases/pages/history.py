"""A ruling's history as lawyers read it: what happened to it on appeal (affirmed, reversed,
vacated: the appeal chain and the dispositions of the rulings above) and whether a later
ruling overruled it. The warning at the top of the ruling page comes from here."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from ..models import Citation, Ruling
from ..models.citations import WARNED
from ..models.treatments import APPEAL_TREATMENT, appeals_of


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


def appeals_in(history: list[LaterTreatment]) -> dict[int, str]:
    """The appeals of a history (not the overrulings), with their dispositions."""
    return {t.by.pk: t.by.disposition for t in history if t.treatment != "overruled"}


def _appeals(ruling: Ruling) -> list[LaterTreatment]:
    reviews = Citation.objects.filter(cited_ruling=ruling, relation=Citation.Relation.REVIEWS)
    above = (
        Ruling.objects.filter(appeals_of(ruling))
        .annotate(names_this=Exists(reviews.filter(citing_ruling=OuterRef("pk"))))
        .select_related("case__court")
        .defer("text", "summary")
    )
    return [LaterTreatment(APPEAL_TREATMENT[r.disposition], r, r.names_this) for r in above]


def _overrulings(ruling: Ruling) -> list[LaterTreatment]:
    links = Citation.objects.filter(
        cited_ruling=ruling,
        relation=Citation.Relation.CITES,
        treatment=Citation.Treatment.OVERRULED,
    ).select_related("citing_ruling__case__court")
    links = links.defer("citing_ruling__text", "citing_ruling__summary")
    seen: set[int] = set()
    found = []
    for link in links:
        if link.citing_ruling_id not in seen:
            seen.add(link.citing_ruling_id)
            found.append(
                LaterTreatment("overruled", link.citing_ruling, True, link.passage, link.passage_at)
            )
    return found
