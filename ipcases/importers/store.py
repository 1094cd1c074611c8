"""The one write path: validate ruling records and upsert them by (source, source_id).

A record is a plain dict, the output of every parser (see ``ipcases.importers`` for its keys).
``save_records`` writes them in batches, each batch in a transaction, and reports how many
rulings were created, updated, unchanged or failed. An unchanged record (same content hash)
is not written at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from .. import search
from ..models import (
    Case,
    CaseParty,
    Court,
    IPRight,
    IPType,
    OfficialCitation,
    Party,
    Ruling,
    RulingIPType,
    Source,
)
from ..normalize import (
    looks_like_natural_person,
    normalize_citation,
    normalize_docket,
    normalize_party_name,
    normalize_right_number,
)

RULING_FIELDS = (
    "decision_date",
    "kind",
    "precedential_status",
    "disposition",
    "rights_holder_outcome",
    "injunction",
    "damages_amount",
    "damages_currency",
    "judges",
    "summary",
    "text",
    "language",
    "ip_classification",
    "source_url",
)
CHOICE_FIELDS = {
    "kind": Ruling.Kind,
    "precedential_status": Ruling.PrecedentialStatus,
    "disposition": Ruling.Disposition,
    "rights_holder_outcome": Ruling.Outcome,
    "injunction": Ruling.Injunction,
    "nature_of_suit": Case.NatureOfSuit,
}


class InvalidRecord(ValueError):
    """A record that cannot be stored; the message says which field and why."""


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"skipped (not IP) {self.skipped}, failed {self.failed}"
        )


def content_hash(record: dict) -> str:
    """SHA-256 of everything in the record except when it was fetched."""
    payload = {k: v for k, v in record.items() if k not in ("retrieved_at", "position")}
    blob = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def clean_record(record: dict, court_ids: set[str]) -> dict:
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
    for key in ("source", "source_id", "court", "case_name", "decision_date"):
        if not rec.get(key):
            raise InvalidRecord(f"missing {key}")
    if rec["source"] not in Source.values:
        raise InvalidRecord(f"unknown source {rec['source']!r}")
    if rec["court"] not in court_ids:
        raise InvalidRecord(f"unknown court {rec['court']!r}")
    for key in ("decision_date", "date_filed", "date_terminated"):
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
    return rec


def _amount(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation as error:
        raise InvalidRecord(f"damages_amount {value!r} is not a number") from error
    if amount < 0 or not amount.is_finite():
        raise InvalidRecord(f"damages_amount {value!r} must be zero or more")
    return amount.quantize(Decimal("0.01"))


def save_records(
    records: Iterable[dict], batch_size: int = 200, strict: bool = False, dry_run: bool = False
) -> Summary:
    """Upsert every record. With strict, the first bad record rolls everything back.

    A record may carry ``position`` (file and place) for error messages.
    """
    summary = Summary()
    court_ids = set(Court.objects.values_list("id", flat=True))
    if strict:
        with transaction.atomic():
            for batch in _batches(records, batch_size):
                _save_batch(batch, court_ids, summary, strict=True, dry_run=dry_run)
            if dry_run:
                transaction.set_rollback(True)
        return summary
    for batch in _batches(records, batch_size):
        _save_batch(batch, court_ids, summary, strict=False, dry_run=dry_run)
    return summary


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _save_batch(
    batch: list[dict], court_ids: set[str], summary: Summary, strict: bool, dry_run: bool
) -> None:
    changed: list[int] = []
    with transaction.atomic():
        for record in batch:
            where = record.get("position") or f"{record.get('source')}:{record.get('source_id')}"
            try:
                with transaction.atomic():
                    outcome, ruling_id = save_record(clean_record(record, court_ids))
            except InvalidRecord as error:
                if strict:
                    raise InvalidRecord(f"{where}: {error}") from error
                summary.failed += 1
                summary.errors.append(f"{where}: {error}")
                continue
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if outcome != "unchanged":
                changed.append(ruling_id)
        if changed and not dry_run:
            search.update_index(changed)
        if dry_run:
            transaction.set_rollback(True)


def save_record(rec: dict) -> tuple[str, int]:
    """Write one cleaned record; returns ("created" | "updated" | "unchanged", ruling id)."""
    digest = content_hash(rec)
    ruling = (
        Ruling.objects.select_related("case")
        .filter(source=rec["source"], source_id=rec["source_id"])
        .first()
    )
    if ruling is not None and ruling.content_hash == digest:
        return "unchanged", ruling.pk
    case = _save_case(rec, ruling.case if ruling else None)
    outcome = "updated" if ruling else "created"
    ruling = ruling or Ruling(source=rec["source"], source_id=rec["source_id"])
    for name in RULING_FIELDS:
        default = Ruling._meta.get_field(name).get_default()
        setattr(ruling, name, rec.get(name, default if default is not None else ""))
    ruling.damages_amount = rec["damages_amount"]
    ruling.case = case
    ruling.retrieved_at = rec.get("retrieved_at") or timezone.now()
    ruling.content_hash = digest
    ruling.save()
    _replace_tags(ruling, rec)
    return outcome, ruling.pk


def _save_case(rec: dict, existing: Case | None) -> Case:
    docket = rec.get("docket_number", "")
    normalized = normalize_docket(docket) if docket else ""
    case = existing
    if case is None and normalized:
        case = Case.objects.filter(
            court_id=rec["court"], docket_number_normalized=normalized
        ).first()
    case = case or Case()
    case.court_id = rec["court"]
    case.docket_number = docket
    case.docket_number_normalized = normalized
    case.name = rec["case_name"]
    case.short_name = rec.get("case_short_name", "")[:300]
    for name in ("date_filed", "date_terminated"):
        if rec.get(name):
            setattr(case, name, rec[name])
    if rec.get("nature_of_suit"):
        case.nature_of_suit = rec["nature_of_suit"]
    case.save()
    for party in rec["parties"]:
        _attach_party(case, party)
    for right in rec["rights"]:
        case.rights.add(_right(right))
    return case


def _attach_party(case: Case, data: dict) -> None:
    normalized = normalize_party_name(data["name"])
    natural = data.get("is_natural_person")
    if natural is None:
        natural = looks_like_natural_person(data["name"])
    party = Party.objects.filter(normalized_name=normalized, is_natural_person=natural).first()
    if party is None:
        party = Party.objects.create(
            name=data["name"][:500], normalized_name=normalized, is_natural_person=natural
        )
    CaseParty.objects.get_or_create(case=case, party=party, role=data["role"])


def _right(data: dict) -> IPRight:
    right, created = IPRight.objects.get_or_create(
        kind=data["kind"],
        office=data.get("office") or "US",
        number=normalize_right_number(data["number"]),
        defaults={"title": data.get("title", "")[:500]},
    )
    if not created and data.get("title") and not right.title:
        right.title = data["title"][:500]
        right.save(update_fields=["title", "date_modified"])
    return right


def _replace_tags(ruling: Ruling, rec: dict) -> None:
    ruling.ip_type_tags.exclude(ip_type__in=rec["ip_types"]).delete()
    existing = set(ruling.ip_type_tags.values_list("ip_type", flat=True))
    RulingIPType.objects.bulk_create(
        RulingIPType(ruling=ruling, ip_type=t) for t in sorted(set(rec["ip_types"]) - existing)
    )
    cites = {normalize_citation(c): c for c in rec["citations"] if c.strip()}
    ruling.citations.exclude(normalized__in=cites).delete()
    existing = set(ruling.citations.values_list("normalized", flat=True))
    OfficialCitation.objects.bulk_create(
        OfficialCitation(ruling=ruling, cite=cite.strip()[:100], normalized=norm[:100])
        for norm, cite in cites.items()
        if norm not in existing
    )
