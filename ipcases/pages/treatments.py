"""How each ruling of a page treats a cited ruling: the citator's rows on the ruling page, and
the search rows of a query with `cites:` (the list, the API, the exports). One statement for
a page's rulings, whatever their number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import IntegerField, Value

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
    """ruling id -> how it treats what is cited, for the rulings that do: one statement for
    a page of loaded rulings, the citations of them all that name what is cited and, joined
    to them, those of them that decided its appeal (asked only of rulings whose disposition
    is an appeal's)."""
    rulings = list(rulings)
    if not rulings:
        return {}
    links = Citation.objects.filter(
        cited.links, citing_ruling__in=[r.pk for r in rulings], relation=Citation.Relation.CITES
    )
    rows = links.order_by().values_list("citing_ruling_id", "id", *COLUMNS)
    appeals = [r.pk for r in rulings if r.disposition in APPEAL_TREATMENT]
    if cited.few:  # its appeals are known by id
        appeals = [pk for pk in appeals if pk in cited.appeals()]
        rows = [*rows, *((pk, 0, cited.appeals()[pk], *BLANK_VALUES) for pk in appeals)]
    elif appeals and cited.catalogued:
        above = Ruling.objects.filter(appealed(cited), pk__in=appeals).order_by()
        rows = rows.union(above.values_list("pk", Value(0), "disposition", *BLANKS), all=True)
    found: dict[int, dict] = {}
    for pk, link, *values in rows:
        row = found.setdefault(pk, {"pk": pk, "appeal": None, "link": None})
        if link == 0:
            row["appeal"] = APPEAL_TREATMENT[values[0]]
        elif row["link"] is None or _rank(values, link) < _rank(row["link"], row["link_id"]):
            row["link"], row["link_id"] = values, link
    return {pk: _treated(row) for pk, row in found.items()}


def mark_treatments(rulings: list[Ruling], cited: Cited) -> list[Ruling]:
    """The rulings, each with `treated`: its RowTreatment of what is cited, or None where it
    neither cites it nor decided its appeal (one statement for them all)."""
    found = row_treatments(rulings, cited)
    for ruling in rulings:
        ruling.treated = found.get(ruling.pk)
    return rulings


# What a row reads of a citation, and the blanks an appeal's row has in their place.
COLUMNS = ("treatment", "treatment_rule", "passage", "passage_at", "depth")
BLANK_VALUES = ("", "", None, 0)
BLANKS = tuple(
    Value(value, output_field=IntegerField()) if value != "" else Value(value)
    for value in BLANK_VALUES
)


def _rank(values: list, link: int) -> tuple[int, int]:
    """The most telling treatment first (then the first citation)."""
    treatment = values[0]
    return (SEVERITY.index(treatment) if treatment in SEVERITY else len(SEVERITY), link)


def _treated(row: dict) -> RowTreatment:
    values = row["link"] or (None, "", "", None, 0)
    in_text, rule, passage, passage_at, depth = values
    treatments = [t for t in (row["appeal"], in_text) if t]
    if row["appeal"] and in_text == T.CITED:
        treatments.pop()  # "cited" says nothing beside what the appeal did
    return RowTreatment(tuple(treatments), row["pk"], passage, passage_at, depth or 0, rule)
