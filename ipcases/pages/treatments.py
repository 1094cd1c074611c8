"""How each ruling of a page treats a cited ruling: the citator's rows on the ruling page, and
the search rows of a query with `cites:` (the list, the API, the exports). One statement for
a page's rulings, whatever their number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Case, IntegerField, OuterRef, QuerySet, Subquery, Value, When

from ..citations.treatment import SEVERITY
from ..models import Citation, Ruling
from ..models.citations import AppealTreatment
from ..models.treatments import APPEAL_TREATMENT, Cited, appealed

T = Citation.Treatment
LABELS = {
    **dict(T.choices),
    **dict(AppealTreatment.choices),
    "affirmed in part": "Affirmed in part on appeal",
}


@dataclass(frozen=True)
class RowTreatment:
    """How one ruling treats what is cited: on appeal (affirmed, reversed, vacated) and in its
    text (cited, followed, distinguished, questioned, overruled), the most telling first, with
    the passage of its text that cites it and where that passage stands."""

    treatments: tuple[str, ...]
    ruling_id: int
    passage: str = ""
    passage_at: int | None = None
    depth: int = 0
    rule: str = ""

    @property
    def treatment(self) -> str:
        return self.treatments[0]

    @property
    def label(self) -> str:
        return LABELS[self.treatment]

    @property
    def badges(self) -> list[tuple[str, str]]:
        """(class, label) of each treatment: "affirmed in part" has affirmed's class."""
        return [(t.split()[0], LABELS[t]) for t in self.treatments]

    @property
    def passage_url(self) -> str:
        """The citing ruling's page with the passage marked, or "" without one."""
        return f"{Ruling(pk=self.ruling_id).get_absolute_url()}{self.at}" if self.at else ""

    @property
    def at(self) -> str:
        """What a ruling's address takes to mark the passage: "?at=120#match-1", or ""."""
        if self.passage_at is None:
            return ""
        return f"?{urlencode({'at': self.passage_at})}#match-1"


def row_treatments(rulings: Iterable[Ruling], cited: Cited) -> dict[int, RowTreatment]:
    """ruling id -> how it treats what is cited, for the rulings that do (one statement)."""
    ids = [ruling.pk for ruling in rulings]
    if not ids:
        return {}
    found = with_treatments(Ruling.objects.filter(pk__in=ids), cited)
    rows = found.order_by().values("pk", "disposition", *FIELDS)
    return {row["pk"]: treated for row in rows if (treated := _treated(row)) is not None}


def with_treatments(rulings: QuerySet, cited: Cited) -> QuerySet:
    """The rulings annotated with what `treated_of` reads (a page of them loaded at once)."""
    first = _links(cited)
    found = {
        name: Subquery(first.values(field)[:1])
        for name, field in FIELDS.items()
        if field is not None
    }
    return rulings.annotate(treated_appealed=appealed(cited), **found)


def treated_of(ruling: Ruling) -> RowTreatment | None:
    """How a ruling of `with_treatments` treats what is cited."""
    row = {name: getattr(ruling, name) for name in FIELDS}
    return _treated({"pk": ruling.pk, "disposition": ruling.disposition, **row})


# The annotations of with_treatments, and the fields of the first citation they come from.
FIELDS = {
    "treated_appealed": None,
    "treated_text": "treatment",
    "treated_rule": "treatment_rule",
    "treated_passage": "passage",
    "treated_passage_at": "passage_at",
    "treated_depth": "depth",
}


def _links(cited: Cited):
    """The citations of the outer ruling that name what is cited, the most telling first."""
    rank = Case(
        *(When(treatment=t, then=Value(i)) for i, t in enumerate(SEVERITY)),
        default=Value(len(SEVERITY)),
        output_field=IntegerField(),
    )
    links = Citation.objects.filter(
        cited.links, citing_ruling=OuterRef("pk"), relation=Citation.Relation.CITES
    )
    return links.annotate(rank=rank).order_by("rank", "id")


def _treated(row: dict) -> RowTreatment | None:
    appeal = APPEAL_TREATMENT.get(row["disposition"]) if row["treated_appealed"] else None
    in_text = row["treated_text"]
    treatments = [t for t in (appeal, in_text) if t]
    if appeal and in_text == T.CITED:
        treatments.pop()  # "cited" says nothing beside what the appeal did
    if not treatments:
        return None
    return RowTreatment(
        tuple(treatments),
        row["pk"],
        passage=row["treated_passage"] or "",
        passage_at=row["treated_passage_at"],
        depth=row["treated_depth"] or 0,
        rule=row["treated_rule"] or "",
    )
