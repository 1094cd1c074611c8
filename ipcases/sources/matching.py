"""Recognise a ruling the catalogue already holds from another source.

Two records are one ruling when they share an official citation (any of a parallel group) in
the same court; or the same court, docket number and decision date (dockets compared by their
core: `13-4829-cv` = `13-4829`, `15-cv-1455` = `2:15-cv-01455-JRG`); or, where one of them has
no docket, the same court, decision date and case name as lawyers write it (`Corp.` =
`Corporation`, `Pty. Ltd.` and `et al.` left out: see normalize.name_signature). What only
looks alike (the same docket on another date, a date known only to the month or year, a
citation two rulings share, a citation from another court, or a source that already gave the
ruling under another id) is never merged silently: it becomes a Doubt, which the write path
records as a DuplicateCandidate for an editor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from ..models import DuplicateCandidate, OfficialCitation, Ruling, Source, SourceRecord
from ..models.rulings import COMPACT_CITATION
from ..normalize import compact_citation, docket_core, name_signature, normalize_docket

Reason = DuplicateCandidate.Reason
UNMATCHED = (Source.SYNTHETIC, Source.FJC_IDB)
DAY, YEAR = Ruling.DatePrecision.DAY, Ruling.DatePrecision.YEAR


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
    same_day, other_days, imprecise = _by_docket(rec)
    if not same_day:
        named, named_imprecise = _by_name(rec)
        same_day, imprecise = named, imprecise + named_imprecise
    found = {pk: ruling for pk, (ruling, _) in by_citation.items()}
    found.update((r.pk, r) for r in same_day)
    if len(found) == 1 and not (by_citation and doubts):
        return Match(ruling=next(iter(found.values())))
    if len(by_citation) > 1 or (by_citation and doubts):
        doubts += [Doubt(r, Reason.CITATION_SHARED, cite) for r, cite in by_citation.values()]
    if len(found) > len(by_citation):
        doubts += [Doubt(r, Reason.RULES_DISAGREE, _docket(rec)) for r in found.values()]
    if not found:
        doubts += [Doubt(r, Reason.DATE_IMPRECISE, _docket(rec)) for r in imprecise]
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


def _by_docket(rec: dict) -> tuple[list[Ruling], list[Ruling], list[Ruling]]:
    """Rulings from other sources in the same court and docket: on the record's decision date,
    on other dates, and those whose date or the record's is known only to the month or year."""
    docket = normalize_docket(rec.get("docket_number") or "")
    if not docket:
        return [], [], []
    core = docket_core(docket)
    # Some sources leave out a district's office (`15-cv-1455`); an office is one digit.
    forms = {docket, core} if docket != core else {core, *(f"{n}:{core}" for n in range(10))}
    rulings = Ruling.objects.filter(
        case__court_id=rec["court"], case__docket_number_normalized__in=forms
    )
    return _by_date(rec, rulings)


def _by_name(rec: dict) -> tuple[list[Ruling], list[Ruling]]:
    """Rulings from other sources of the same court and case name, without a docket that
    could contradict the record's: decided on the record's date, and (left in doubt) in the
    month or year that is all one of them knows."""
    day = _as_date(rec["decision_date"])
    rulings = Ruling.objects.filter(case__court_id=rec["court"], decision_date__year=day.year)
    if rec.get("decision_date_precision", DAY) == DAY:
        rulings = rulings.filter(Q(decision_date=day) | ~Q(decision_date_precision=DAY))
    if normalize_docket(rec.get("docket_number") or ""):
        rulings = rulings.filter(case__docket_number_normalized="")
    key = name_signature(rec["case_name"])
    same, _, imprecise = _by_date(rec, rulings.select_related("case"))
    return [r for r in same if name_signature(r.case.name) == key], [
        r for r in imprecise if name_signature(r.case.name) == key
    ]


def _by_date(rec: dict, rulings) -> tuple[list[Ruling], list[Ruling], list[Ruling]]:
    rulings = rulings.exclude(source__in=UNMATCHED).prefetch_related("source_records")
    others = [r for r in rulings.order_by("pk") if rec["source"] not in sources_of(r)]
    day = _as_date(rec["decision_date"])
    precision = rec.get("decision_date_precision", DAY)
    same, other, imprecise = [], [], []
    for ruling in others:
        if precision == DAY and ruling.decision_date_precision == DAY:
            (same if ruling.decision_date == day else other).append(ruling)
        elif _within(ruling.decision_date, ruling.decision_date_precision, day, precision):
            imprecise.append(ruling)
        else:
            other.append(ruling)
    return same, other, imprecise


def _within(a: dt.date, a_precision: str, b: dt.date, b_precision: str) -> bool:
    """Whether two dates may be the same day, given how much of each is known."""
    coarsest = YEAR if YEAR in (a_precision, b_precision) else "month"
    if coarsest == YEAR:
        return a.year == b.year
    return (a.year, a.month) == (b.year, b.month)


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
