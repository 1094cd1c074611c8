"""One ruling, many sources: the order of trust and the values a ruling takes from its sources.

Every source that reports a ruling keeps a SourceRecord with the cleaned values it gave. The
ruling's own fields are then chosen field by field (see docs/importing.md, "One ruling, many
sources"):

1. an editor's correction (EditorCorrection): never overwritten by an import;
2. landmark facts, curated by us;
3. official sources with full text: cap, uk-fcl, csv, courtlistener and ttab with text;
4. metadata feeds: cafc-rss, fjc_idb, courtlistener and ttab without text;
5. synthetic demo data.

A field takes the value of the most trusted source that gives one (ties: the source that came
first), so a later, poorer source fills gaps but never overwrites a richer one; a decision date
known only to the month or year gives way to a day in that month or year from another source.
The full text is the one from the most trusted source that has text, the cleanest among equals
(see ``text_quality``), then the longest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from ..models import (
    Case,
    EditorCorrection,
    OfficialCitation,
    Ruling,
    RulingIPType,
    Source,
    SourceRecord,
)
from ..normalize import normalize_citation, normalize_docket
from ..text_quality import quality_band, text_quality

EDITOR_RANK = 0
_RANK_BY_SOURCE = {
    Source.LANDMARK: 1,
    Source.CAP: 2,
    Source.UK_FCL: 2,
    Source.CSV: 2,
    Source.CAFC_RSS: 3,
    Source.FJC_IDB: 3,
    Source.SYNTHETIC: 4,
}
# Sources whose rank depends on whether the record carried the full text.
_TEXT_DEPENDENT = {Source.COURTLISTENER, Source.TTAB}

RULING_VALUES = (
    "decision_date",
    "kind",
    "precedential_status",
    "disposition",
    "rights_holder_outcome",
    "injunction",
    "damages_amount",  # carries damages_currency with it: the two go together
    "judges",
    "summary",
    "language",
    "ip_classification",
)
# Record key -> Case field.
CASE_VALUES = {
    "case_name": "name",
    "case_short_name": "short_name",
    "docket_number": "docket_number",
    "date_filed": "date_filed",
    "date_terminated": "date_terminated",
    "nature_of_suit": "nature_of_suit",
}
LIST_VALUES = ("ip_types", "citations")
CORRECTABLE = (*RULING_VALUES, "damages_currency", *CASE_VALUES)
DAY = Ruling.DatePrecision.DAY
_PRECISION_CHARS = {Ruling.DatePrecision.MONTH: 7, Ruling.DatePrecision.YEAR: 4}
_DATES = {"decision_date", "date_filed", "date_terminated"}
# Values that say "not known" rather than something about the ruling.
_EMPTY = (None, "", [], Ruling.PrecedentialStatus.UNKNOWN)


def trust_rank(source: str, has_text: bool) -> int:
    """Lower is more trusted; an editor's correction (0) outranks every source."""
    if source in _TEXT_DEPENDENT:
        return 2 if has_text else 3
    return _RANK_BY_SOURCE.get(source, 3)


def record_rank(record: SourceRecord) -> tuple[int, int]:
    return trust_rank(record.source, record.has_text), record.pk or 0


def fields_of(rec: dict) -> dict:
    """The values of a cleaned record worth keeping on its SourceRecord, as JSON."""
    values = {key: rec.get(key) for key in (*RULING_VALUES, *CASE_VALUES, *LIST_VALUES)}
    values["damages_currency"] = rec.get("damages_currency") or ""
    if rec.get("decision_date_precision", DAY) != DAY:
        values["decision_date_precision"] = rec["decision_date_precision"]
    return {key: _to_json(value) for key, value in values.items() if value not in (None, "")}


def _to_json(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _from_json(key: str, value):
    if value in (None, ""):
        return value
    if key in _DATES:
        return dt.date.fromisoformat(value)
    if key == "damages_amount":
        return Decimal(value)
    return value


def resolve(records: Iterable[SourceRecord], locked: Iterable[str] = ()) -> dict:
    """The value each field takes from these records, for the fields no editor corrected.

    Returns record keys (``case_name``, ``decision_date``, ``citations``…); a field no source
    fills is left out, so the value in place stays (IP types and citations excepted: they are
    exactly what the sources say).
    """
    ordered = sorted(records, key=record_rank)
    locked = set(locked)
    chosen: dict = {}
    for key in (*RULING_VALUES, *CASE_VALUES, "ip_types"):
        if key in locked:
            continue
        for record in ordered:
            value = record.fields.get(key)
            if value not in _EMPTY:
                chosen[key] = _from_json(key, value)
                if key == "damages_amount":
                    chosen["damages_currency"] = record.fields.get("damages_currency", "")
                break
    if "decision_date" in chosen:
        chosen["decision_date"], chosen["decision_date_precision"] = _decision_date(ordered)
    if "ip_types" not in locked:
        # No source classifies it as IP any more (an import with --all): no tags.
        chosen.setdefault("ip_types", [])
    # Every source's citations are true of the ruling: parallel reporters add up.
    cites: dict[str, None] = {}
    for record in ordered:
        cites.update(dict.fromkeys(record.fields.get("citations", [])))
    chosen["citations"] = list(cites)
    return chosen


def _decision_date(ordered: list[SourceRecord]) -> tuple[dt.date, str]:
    """The most trusted source's decision date, made precise by a less trusted source's day
    (or month) that falls within it: "2014" and "2014-06-19" are one date, the second."""
    dates = [
        (r.fields["decision_date"], r.fields.get("decision_date_precision", DAY))
        for r in ordered
        if r.fields.get("decision_date")
    ]
    value, precision = dates[0]
    for other, other_precision in dates[1:]:
        if precision == DAY:
            break
        finer = _PRECISION_CHARS.get(other_precision, 10) > _PRECISION_CHARS[precision]
        if finer and other[: _PRECISION_CHARS[precision]] == value[: _PRECISION_CHARS[precision]]:
            value, precision = other, other_precision
    return dt.date.fromisoformat(value), precision


def best_text_record(records: Iterable[SourceRecord]) -> SourceRecord | None:
    """The record whose full text the ruling shows: the most trusted; among those, the
    cleanest (a text less than half as long as the longest only after the others: an excerpt
    is not the decision), then the longest."""
    with_text = [r for r in records if r.has_text]
    if not with_text:
        return None
    top = min(record_rank(r)[0] for r in with_text)
    candidates = [r for r in with_text if record_rank(r)[0] == top]
    longest = max(r.text_length for r in candidates)
    return min(
        candidates,
        key=lambda r: (
            r.text_length * 2 < longest,
            -quality_band(r.text_quality),
            -r.text_length,
            r.pk or 0,
        ),
    )


def origin_record(ruling: Ruling) -> SourceRecord:
    """The SourceRecord of a ruling's first source, built from the ruling as it stands.

    Rulings written before source records existed, or loaded directly (synthetic), get theirs
    this way the first time another source or a merge needs it.
    """
    existing = ruling.source_records.filter(source=ruling.source, source_id=ruling.source_id)
    if existing.exists():
        return existing.get()
    case: Case = ruling.case
    rec = {name: getattr(ruling, name) for name in RULING_VALUES}
    rec["damages_currency"] = ruling.damages_currency
    rec["decision_date_precision"] = ruling.decision_date_precision
    rec.update({key: getattr(case, name) for key, name in CASE_VALUES.items()})
    rec["ip_types"] = sorted(ruling.ip_type_tags.values_list("ip_type", flat=True))
    rec["citations"] = list(ruling.official_citations.values_list("cite", flat=True))
    return SourceRecord.objects.create(
        ruling=ruling,
        source=ruling.source,
        source_id=ruling.source_id,
        source_url=ruling.source_url,
        retrieved_at=ruling.retrieved_at,
        content_hash=ruling.content_hash,
        has_text=bool(ruling.text),
        text_length=len(ruling.text),
        text_quality=text_quality(ruling.text) if ruling.text else None,
        fields=fields_of(rec),
    )


def locked_fields(ruling: Ruling) -> set[str]:
    return set(ruling.corrections.values_list("field", flat=True))


def refresh_ruling(ruling: Ruling, text: str | None = None) -> None:
    """Give the ruling and its case the values its sources choose; ``text`` replaces the full
    text when given (the caller knows whether its source's text is the best available)."""
    # Read afresh: a prefetched list may predate the record just written.
    values = resolve(SourceRecord.objects.filter(ruling=ruling), locked_fields(ruling))
    for name in (*RULING_VALUES, "damages_currency", "decision_date_precision"):
        if name in values:
            setattr(ruling, name, values[name])
    if text is not None:
        ruling.text = text
    case = ruling.case
    # A case holds rulings that other sources may describe: its values come from them all.
    case_values = resolve(
        SourceRecord.objects.filter(ruling__case=case),
        EditorCorrection.objects.filter(ruling__case=case).values_list("field", flat=True),
    )
    for key, name in CASE_VALUES.items():
        if key in case_values:
            setattr(case, name, case_values[key])
    case.short_name = case.short_name[:300]
    if case.date_filed and case.date_terminated and case.date_terminated < case.date_filed:
        # Two sources' dates that contradict each other: the end is the less certain one.
        case.date_terminated = None
    docket = case.docket_number
    case.docket_number_normalized = normalize_docket(docket) if docket else ""
    case.save()
    ruling.save()
    if "ip_types" in values:
        _replace_ip_types(ruling, values["ip_types"])
    _replace_citations(ruling, values["citations"])


def _replace_ip_types(ruling: Ruling, ip_types: list[str]) -> None:
    ruling.ip_type_tags.exclude(ip_type__in=ip_types).delete()
    existing = set(ruling.ip_type_tags.values_list("ip_type", flat=True))
    RulingIPType.objects.bulk_create(
        RulingIPType(ruling=ruling, ip_type=t) for t in sorted(set(ip_types) - existing)
    )


def _replace_citations(ruling: Ruling, citations: list[str]) -> None:
    cites = {normalize_citation(c)[:100]: c.strip()[:100] for c in citations if c.strip()}
    ruling.official_citations.exclude(normalized__in=cites).delete()
    existing = set(ruling.official_citations.values_list("normalized", flat=True))
    OfficialCitation.objects.bulk_create(
        OfficialCitation(ruling=ruling, cite=cite, normalized=norm)
        for norm, cite in cites.items()
        if norm not in existing
    )
