"""The only ways analytics may group rulings, and the refusal of every other way.

ipcases catalogues rulings, not people: figures are grouped by court, country, court level, IP
type, outcome, disposition, remedy, year or source, and never by judge, lawyer, law firm or a
party who may be a natural person. ``DIMENSIONS`` is the whitelist; a test pins it, so that a
personal grouping cannot be added quietly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Expression, F
from django.db.models.functions import ExtractYear

from ..models import Court, IPType, Ruling, Source

PERSONAL = (
    "judge",
    "judges",
    "bench",
    "panel",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "counsel",
    "advocate",
    "barrister",
    "solicitor",
    "firm",
    "law_firm",
    "lawfirm",
    "party",
    "parties",
    "plaintiff",
    "defendant",
    "claimant",
    "appellant",
    "respondent",
    "person",
)

PERSONAL_REFUSAL = (
    "ipcases does not group analytics by judge, lawyer, law firm or party. It catalogues "
    "rulings, not people: it scores, ranks and profiles no one. Group by one of: {allowed}."
)
UNKNOWN_REFUSAL = "Analytics cannot be grouped by {name!r}. Group by one of: {allowed}."
PARTY_REFUSAL = (
    "ipcases does not compute analytics for the rulings of a named party: figures such as a "
    "win rate for one party would profile it, and a party may be a natural person. Remove the "
    "party filter (or the party: term of the search) to see the analytics; the list of "
    "rulings itself can still be filtered by party."
)
# The /rulings/ parameter and search-language field that select rulings by party name.
PARTY_PARAM = "party"
PARTY_TERM = re.compile(r"(?:^|[\s(+-])party:", re.IGNORECASE)


class RefusedGrouping(ValueError):
    """A grouping that is not on the whitelist; its message says why, for a 400 response."""


@dataclass(frozen=True)
class Dimension:
    name: str
    label: str
    expression: Callable[[], Expression]
    param: str  # the /rulings/ parameter that selects one value of this dimension
    labels: Callable[[Iterable], dict]
    # Every value there is to compare, so that no value from a URL reaches a table unchecked
    # (None: years, which compared_values checks by their form).
    values: Callable[[], Iterable[str]] | None = None

    def label_for(self, keys: Iterable) -> dict:
        return self.labels(list(keys))


def _choice_labels(choices) -> Callable[[Iterable], dict]:
    return lambda keys: {key: choices(key).label if key in choices.values else key for key in keys}


def _court_labels(keys: Iterable) -> dict:
    courts = Court.objects.filter(pk__in=list(keys)).only("id", "name", "short_name")
    return {court.pk: str(court) for court in courts}


def _same(keys: Iterable) -> dict:
    return {key: str(key) for key in keys}


def _court_ids() -> Iterable[str]:
    return Court.objects.values_list("pk", flat=True)


def _countries() -> Iterable[str]:
    return Court.objects.values_list("country", flat=True).distinct()


DIMENSIONS: dict[str, Dimension] = {
    d.name: d
    for d in (
        Dimension(
            "court", "Court", lambda: F("case__court_id"), "court", _court_labels, _court_ids
        ),
        Dimension(
            "country", "Country", lambda: F("case__court__country"), "country", _same, _countries
        ),
        Dimension(
            "level",
            "Court level",
            lambda: F("case__court__level"),
            "level",
            _choice_labels(Court.Level),
            lambda: Court.Level.values,
        ),
        Dimension(
            "ip_type",
            "IP type",
            lambda: F("ip_type_tags__ip_type"),
            "ip_type",
            _choice_labels(IPType),
            lambda: IPType.values,
        ),
        Dimension(
            "outcome",
            "Outcome for the rights holder",
            lambda: F("rights_holder_outcome"),
            "outcome",
            _choice_labels(Ruling.Outcome),
            lambda: Ruling.Outcome.values,
        ),
        Dimension(
            "disposition",
            "Disposition",
            lambda: F("disposition"),
            "disposition",
            _choice_labels(Ruling.Disposition),
            lambda: Ruling.Disposition.values,
        ),
        Dimension(
            "remedy",
            "Injunction",
            lambda: F("injunction"),
            "injunction",
            _choice_labels(Ruling.Injunction),
            lambda: Ruling.Injunction.values,
        ),
        Dimension("year", "Year", lambda: ExtractYear("decision_date"), "year", _same),
        Dimension(
            "source",
            "Source",
            lambda: F("source"),
            "source",
            _choice_labels(Source),
            lambda: Source.values,
        ),
    )
}


def allowed_names() -> str:
    return ", ".join(DIMENSIONS)


def dimension(name: str) -> Dimension:
    """The whitelisted dimension of this name; RefusedGrouping with the reason otherwise."""
    key = (name or "").strip().lower()
    if key in DIMENSIONS:
        return DIMENSIONS[key]
    if any(word in key.replace("-", "_") for word in PERSONAL):
        raise RefusedGrouping(PERSONAL_REFUSAL.format(allowed=allowed_names()))
    raise RefusedGrouping(UNKNOWN_REFUSAL.format(name=name[:60], allowed=allowed_names()))


def refuse_party_selection(params) -> None:
    """RefusedGrouping when the request selects rulings by the name of a party."""
    if (params.get(PARTY_PARAM) or "").strip() or PARTY_TERM.search(params.get("q") or ""):
        raise RefusedGrouping(PARTY_REFUSAL)
