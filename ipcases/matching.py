"""Recognise a ruling the catalogue already holds from another source.

Two records are one ruling when they share an official citation in the same court, or the
same court, normalised docket number and decision date. What only looks alike (the same
docket on another date, a citation two rulings share, a citation from another court, or a
source that already gave the ruling under another id) is never merged silently: it becomes
a Doubt, which the write path records as a DuplicateCandidate for an editor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .models import DuplicateCandidate, OfficialCitation, Ruling, Source, SourceRecord
from .models.rulings import COMPACT_CITATION
from .normalize import compact_citation, normalize_docket

Reason = DuplicateCandidate.Reason
UNMATCHED = (Source.SYNTHETIC, Source.FJC_IDB)


@dataclass
class Doubt:
    other: Ruling
    reason: str
    detail: str

    def describe(self) -> str:
        return f"{Reason(self.reason).label}: ruling {self.other.pk} ({self.detail})"


@dataclass
class Match:
    ruling: Ruling | None = None
    doubts: list[Doubt] = field(default_factory=list)


def sources_of(ruling: Ruling) -> set[str]:
    """Every source that reports the ruling, its origin included (prefetch source_records)."""
    return {ruling.source, *(record.source for record in ruling.source_records.all())}


def find_match(rec: dict) -> Match:
    """The ruling an incoming cleaned record describes, if exactly one fits; else the doubts.

    Synthetic rulings never match real ones either way: their citations and dockets are
    invented, and a real ruling must not be hidden behind a synthetic origin. Nor do the FJC's
    terminations: one is how a case ended, never the same ruling as an opinion or a docket
    record of that day; it joins the case (by court and docket) as a ruling of its own.
    """
    if rec["source"] in UNMATCHED:
        return Match()
    by_citation, doubts = _by_citation(rec)
    same_day, other_days = _by_docket(rec)
    found = {pk: ruling for pk, (ruling, _) in by_citation.items()}
    found.update((r.pk, r) for r in same_day)
    if len(found) == 1 and not (by_citation and doubts):
        return Match(ruling=next(iter(found.values())))
    if len(by_citation) > 1 or (by_citation and doubts):
        doubts += [Doubt(r, Reason.CITATION_SHARED, cite) for r, cite in by_citation.values()]
    if len(found) > len(by_citation):
        doubts += [Doubt(r, Reason.RULES_DISAGREE, _docket(rec)) for r in found.values()]
    if not found:
        doubts += [Doubt(r, Reason.DOCKET_OTHER_DATE, _docket(rec)) for r in other_days]
    return Match(doubts=_unique(doubts))


def _by_citation(rec: dict) -> tuple[dict[int, tuple[Ruling, str]], list[Doubt]]:
    """Rulings of the same court from other sources that carry one of the record's citations
    (by id, with the citation), and the doubts raised by the other rulings that carry one."""
    # However each source spaces a reporter ("F. Supp. 3d", "F.Supp.3d").
    cites = {compact_citation(c): c for c in rec.get("citations", []) if c.strip()}
    docket = normalize_docket(rec.get("docket_number") or "")
    found: dict[int, tuple[Ruling, str]] = {}
    doubts: list[Doubt] = []
    hits = (
        OfficialCitation.objects.annotate(compact=COMPACT_CITATION)
        .filter(compact__in=cites)
        .exclude(ruling__source=Source.SYNTHETIC)
        .select_related("ruling__case")
        .prefetch_related("ruling__source_records")
    )
    for hit in hits.order_by("ruling_id", "id"):
        ruling, cite = hit.ruling, cites[hit.compact]
        if ruling.case.court_id != rec["court"]:
            doubts.append(Doubt(ruling, Reason.CITATION_OTHER_COURT, cite))
        elif rec["source"] in sources_of(ruling):
            doubts.append(Doubt(ruling, Reason.SAME_SOURCE, cite))
        elif docket and ruling.case.docket_number_normalized not in ("", docket):
            # Two decisions printed on the same page share the citation, not the docket.
            doubts.append(Doubt(ruling, Reason.CITATION_SHARED, cite))
        else:
            found.setdefault(ruling.pk, (ruling, cite))
    return found, doubts


def _by_docket(rec: dict) -> tuple[list[Ruling], list[Ruling]]:
    """Rulings from other sources in the same court and docket: on the record's decision date,
    and on other dates."""
    docket = normalize_docket(rec.get("docket_number") or "")
    if not docket:
        return [], []
    rulings = (
        Ruling.objects.filter(case__court_id=rec["court"], case__docket_number_normalized=docket)
        .exclude(source__in=UNMATCHED)
        .prefetch_related("source_records")
        .order_by("pk")
    )
    others = [r for r in rulings if rec["source"] not in sources_of(r)]
    day = _as_date(rec["decision_date"])
    return [r for r in others if r.decision_date == day], [
        r for r in others if r.decision_date != day
    ]


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _docket(rec: dict) -> str:
    return f"docket {rec.get('docket_number', '')}"


def _unique(doubts: list[Doubt]) -> list[Doubt]:
    seen: dict[int, Doubt] = {}
    for doubt in doubts:
        seen.setdefault(doubt.other.pk, doubt)
    return list(seen.values())


def known_record(source: str, source_id: str) -> SourceRecord | None:
    return (
        SourceRecord.objects.select_related("ruling__case")
        .filter(source=source, source_id=source_id)
        .first()
    )
