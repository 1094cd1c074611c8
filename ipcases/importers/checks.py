"""Checking a ruling record before it is written: defaults filled in, types and choices
checked, dates and amounts read (clean_record), and the content hash that tells an unchanged
record (content_hash). Both write paths use them: store.py one record at a time, bulk.py many.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal, InvalidOperation

from ..models import Case, CaseParty, IPRight, IPType, Ruling, Source, Termination
from ..normalize import split_citations
from . import fields
from .records import RulingRecord

CHOICE_FIELDS = {
    "kind": Ruling.Kind,
    "precedential_status": Ruling.PrecedentialStatus,
    "disposition": Ruling.Disposition,
    "rights_holder_outcome": Ruling.Outcome,
    "injunction": Ruling.Injunction,
    "nature_of_suit": Case.NatureOfSuit,
}


# The largest amount Ruling.damages_amount holds (16 digits, 2 after the point).
MAX_AMOUNT = Decimal("99999999999999.99")


class InvalidRecord(ValueError):
    """A record that cannot be stored; the message says which field and why."""


def content_hash(record: RulingRecord) -> str:
    """SHA-256 of everything in the record except when it was fetched."""
    payload = {k: v for k, v in record.items() if k not in ("retrieved_at", "position")}
    blob = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def clean_record(record: RulingRecord, court_ids: set[str]) -> RulingRecord:
    """A copy of the record with defaults filled in and types checked; raises InvalidRecord.

    A parser reports what it could not read as ``{"position": ..., "error": "..."}``; such a
    record fails here with that message.
    """
    if record.get("error"):
        raise InvalidRecord(record["error"])
    rec = {
        "kind": Ruling.Kind.OPINION,
        "precedential_status": Ruling.PrecedentialStatus.UNKNOWN,
        "language": "en",
        "parties": [],
        "rights": [],
        "citations": [],
        "ip_types": [],
        **{k: v for k, v in record.items() if v is not None},
    }
    try:
        rec = fields.checked(rec)
    except ValueError as error:
        raise InvalidRecord(str(error)) from error
    for key in ("source", "source_id", "court", "case_name", "decision_date"):
        if not rec.get(key):
            raise InvalidRecord(f"missing {key}")
    if rec["source"] not in Source.values:
        raise InvalidRecord(f"unknown source {rec['source']!r}")
    if rec["court"] not in court_ids:
        raise InvalidRecord(
            f"unknown court {rec['court']!r} (neither courts-db nor ipcases.courts knows it)"
        )
    if "retrieved_at" in rec:
        rec["retrieved_at"] = _moment(rec["retrieved_at"])
    rec["decision_date"], rec["decision_date_precision"] = _decision_date(
        rec["decision_date"], rec.get("decision_date_precision")
    )
    rec["citations"] = [cite for group in rec["citations"] for cite in split_citations(group)]
    for key in ("date_filed", "date_terminated"):
        if key in rec and not isinstance(rec[key], dt.date):
            try:
                rec[key] = dt.date.fromisoformat(str(rec[key]))
            except ValueError as error:
                raise InvalidRecord(f"{key} {rec[key]!r} is not a date") from error
    for key, choices in CHOICE_FIELDS.items():
        if rec.get(key) and rec[key] not in choices.values:
            raise InvalidRecord(f"{key} {rec[key]!r} is not one of {', '.join(choices.values)}")
    bad_types = set(rec["ip_types"]) - set(IPType.values)
    if bad_types:
        raise InvalidRecord(f"unknown IP type {sorted(bad_types)[0]!r}")
    rec["damages_amount"] = _amount(rec.get("damages_amount"))
    if (rec["damages_amount"] is None) != (not rec.get("damages_currency")):
        raise InvalidRecord("damages_amount and damages_currency go together")
    for party in rec["parties"]:
        if not party.get("name") or party.get("role") not in CaseParty.Role.values:
            raise InvalidRecord(f"party {party!r} needs a name and a known role")
    for right in rec["rights"]:
        if right.get("kind") not in IPRight.Kind.values or not right.get("number"):
            raise InvalidRecord(f"right {right!r} needs a known kind and a number")
    ending = (rec.get("termination") or {}).get("ending")
    if "termination" in rec and ending not in Termination.Ending.values:
        raise InvalidRecord(f"termination ending {ending!r} is not one of the known endings")
    return rec


def _decision_date(value, precision: str | None) -> tuple[dt.date, str]:
    """A decision date and how much of it is known: "2014-06-19" (day), "2014-06" (month) or
    "2014" (year), stored as the first day of the month or year it names."""
    if isinstance(value, dt.date):
        day = value
        known = precision or Ruling.DatePrecision.DAY
    else:
        text = str(value).strip()
        partial = {4: (Ruling.DatePrecision.YEAR, "-01-01"), 7: (Ruling.DatePrecision.MONTH, "-01")}
        known, padding = partial.get(len(text), (precision or Ruling.DatePrecision.DAY, ""))
        try:
            day = dt.date.fromisoformat(text + padding)
        except ValueError as error:
            raise InvalidRecord(f"decision_date {value!r} is not a date") from error
    if known not in Ruling.DatePrecision.values:
        raise InvalidRecord(f"decision_date_precision {known!r} is not day, month or year")
    return day, known


def _moment(value) -> dt.datetime:
    """A retrieval time as an aware datetime (a naive one, or an ISO string without a zone, is
    taken as UTC)."""
    if not isinstance(value, dt.datetime):
        try:
            value = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError as error:
            raise InvalidRecord(f"retrieved_at {value!r} is not a date and time") from error
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _amount(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation as error:
        raise InvalidRecord(f"damages_amount {value!r} is not a number") from error
    if amount < 0 or not amount.is_finite():
        raise InvalidRecord(f"damages_amount {value!r} must be zero or more")
    if amount > MAX_AMOUNT:
        raise InvalidRecord(f"damages_amount {value!r} is more than {MAX_AMOUNT:,}")
    return amount.quantize(Decimal("0.01"))
