"""A ruling as one row of an export: the catalogue's values, never a figure about a person.

Judges are left out of bulk files: the ruling page shows them as printed, but a file of
thousands of rulings with their judges is the raw material of a per-judge tally, which the
catalogue does not make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import reverse

from ..models import Ruling
from ..pages.treatments import RowTreatment

COLUMNS = [
    "id",
    "url",
    "case_name",
    "short_name",
    "court",
    "court_name",
    "country",
    "decision_date",
    "date_precision",
    "kind",
    "precedential_status",
    "docket_number",
    "citations",
    "ip_types",
    "disposition",
    "rights_holder_outcome",
    "outcome_basis",
    "injunction",
    "damages_amount",
    "damages_currency",
    "language",
    "source",
    "source_id",
    "source_url",
    "synthetic",
    "summary",
]
# Where the query's `cites:` names a ruling: how each row treats it (ipcases.pages.treatments:
# on appeal, then in its text), the citing passage quoted and its address.
TREATMENT_COLUMNS = ["treatment", "treatment_passage", "treatment_passage_url"]

# "499 U.S. 340" -> volume, reporter, first page (RIS and BibTeX carry them apart).
REPORTER_CITATION = re.compile(r"^(?P<volume>\d+)\s+(?P<reporter>[A-Za-z][^\d]*?)\s+(?P<page>\d+)$")


@dataclass(frozen=True)
class Reporter:
    volume: str
    reporter: str
    page: str


def ruling_url(site_url: str) -> str:
    """The address of any ruling, with {} for its id (reversed once, not once a row)."""
    marker = 987654321
    return site_url.rstrip("/") + reverse("ruling_detail", args=[marker]).replace(str(marker), "{}")


def cites_of(ruling: Ruling) -> list[str]:
    """The official citations, from the export's prefetched list where there is one."""
    cites = getattr(ruling, "export_citations", None)
    return [c.cite for c in (cites if cites is not None else ruling.official_citations.all())]


def record(ruling: Ruling, url: str) -> dict:
    """The export's values of one ruling (loaded with Ruling.objects.for_export()); `url`
    is ruling_url()'s address with {} for the id."""
    case, court = ruling.case, ruling.case.court
    return {
        "id": ruling.pk,
        "url": url.format(ruling.pk),
        "case_name": case.name,
        "short_name": case.short_name,
        "court": court.pk,
        "court_name": court.name,
        "country": court.country,
        "decision_date": ruling.decided_iso,
        "date_precision": ruling.decision_date_precision,
        "kind": ruling.kind,
        "precedential_status": ruling.precedential_status,
        "docket_number": case.docket_number,
        "citations": cites_of(ruling),
        "ip_types": sorted(tag.ip_type for tag in ruling.export_ip_types),
        "disposition": ruling.disposition,
        "rights_holder_outcome": ruling.rights_holder_outcome,
        "outcome_basis": ruling.outcome_basis,
        "injunction": ruling.injunction,
        "damages_amount": ruling.damages_amount,
        "damages_currency": ruling.damages_currency,
        "language": ruling.language,
        "source": ruling.source,
        "source_id": ruling.source_id,
        "source_url": ruling.source_url,
        "synthetic": ruling.is_synthetic,
        "summary": ruling.summary,
    }


def treatment_record(treated: RowTreatment | None, url: str) -> dict:
    """The treatment columns of one row (empty where the ruling neither cites what is named
    nor decided its appeal); `url` is ruling_url()'s address."""
    if treated is None:
        return dict.fromkeys(TREATMENT_COLUMNS, "")
    return {
        "treatment": list(treated.treatments),
        "treatment_passage": treated.passage,
        "treatment_passage_url": url.format(treated.ruling_id) + treated.at if treated.at else "",
    }


def reporter_of(cites: list[str]) -> Reporter | None:
    """The first citation that names a reporter volume and page, taken apart."""
    for cite in cites:
        if found := REPORTER_CITATION.match(" ".join(cite.split())):
            return Reporter(found["volume"], found["reporter"], found["page"])
    return None
