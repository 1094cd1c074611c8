"""The one write path: upsert ruling records by (source, source_id), each checked first
(checks.py).

A record is a plain dict, the output of every parser (see ``ipcases.importers`` for its keys).
``save_records`` writes them in batches, each batch in a transaction, and reports how many
rulings were created, updated, unchanged or failed. An unchanged record (same content hash)
is not written at all.

Each source's record is kept as a SourceRecord. A record from a new source that describes a
ruling the catalogue already holds (``ipcases.matching``) is attached to it, and the ruling's
values are chosen by the order of trust (``ipcases.sources.trust``); a doubtful match creates the
ruling and a DuplicateCandidate for an editor, and is reported as ambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db import DataError, IntegrityError, transaction
from django.utils import timezone

from .. import search
from ..citations import index_citations
from ..courts import ensure_court
from ..models import (
    Case,
    Court,
    DuplicateCandidate,
    IPRight,
    Party,
    Ruling,
    Source,
    SourceRecord,
    Termination,
)
from ..normalize import (
    looks_like_natural_person,
    normalize_docket,
    normalize_party_name,
    normalize_right_number,
)
from ..outcomes.record import read_outcomes
from ..sources import trust
from ..sources.matching import Doubt, find_match, known_record
from ..text_quality import text_quality
from .checks import InvalidRecord, clean_record, content_hash
from .records import Parsed, RulingRecord
from .summary import Summary


def save_records(
    records: Iterable[Parsed],
    batch_size: int = 200,
    strict: bool = False,
    dry_run: bool = False,
    summary: Summary | None = None,
    analyze: bool = True,
) -> Summary:
    """Upsert every record. With strict, the first bad record rolls everything back. A run
    that wrote anything ends by analysing the catalogue's tables for the planner (unless the
    caller does it once for many runs: ``analyze=False``).

    A record may carry ``position`` (file and place) for error messages. ``summary`` is the
    report to count into (one the caller already counts skipped records in).
    """
    summary = summary if summary is not None else Summary()
    court_ids = set(Court.objects.values_list("id", flat=True))
    if strict:
        with transaction.atomic():
            for batch in _batches(records, batch_size):
                _save_batch(batch, court_ids, summary, strict=True, dry_run=dry_run)
            if dry_run:
                transaction.set_rollback(True)
    else:
        for batch in _batches(records, batch_size):
            _save_batch(batch, court_ids, summary, strict=False, dry_run=dry_run)
    if analyze and summary.written and not dry_run:
        # The planner's statistics of what the run changed (see search.statistics).
        search.analyze()
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
    _add_courts(batch, court_ids)
    with transaction.atomic():
        for record in batch:
            where = record.get("position") or f"{record.get('source')}:{record.get('source_id')}"
            try:
                doubts: list[str] = []
                with transaction.atomic():
                    outcome, ruling_id = save_record(clean_record(record, court_ids), doubts)
            except (InvalidRecord, DataError, IntegrityError) as error:
                # A value the checks let through and the database refuses fails its record
                # alone: the savepoint above rolled back whatever it had written.
                message = str(error) if isinstance(error, InvalidRecord) else _refused(error)
                if strict:
                    raise InvalidRecord(f"{where}: {message}") from error
                summary.fail(where, message)
                continue
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            summary.ambiguous += [f"{where}: {doubt}" for doubt in doubts]
            if outcome not in ("unchanged", "outdated"):
                changed.append(ruling_id)
        if changed and not dry_run:
            # A ruling that several records of the batch describe is indexed once.
            changed = list(dict.fromkeys(changed))
            # Before indexing: the outcome values read from the texts are facet values.
            read_outcomes(changed)
            search.update_index(changed)
            index_citations(changed)
        if dry_run:
            transaction.set_rollback(True)


def _refused(error: Exception) -> str:
    return f"could not be stored ({str(error).strip().splitlines()[0][:200]})"


def _add_courts(batch: list[dict], court_ids: set[str]) -> None:
    """Store the courts the batch names that the catalogue has not loaded yet but courts-db
    or our own table knows (any US court); a court neither knows fails its records."""
    for court in {str(r.get("court") or "") for r in batch} - court_ids:
        if court and ensure_court(court):
            court_ids.add(court)


def save_record(rec: RulingRecord, doubts: list[str] | None = None) -> tuple[str, int]:
    """Write one cleaned record; returns ("created" | "attached" | "updated" | "unchanged" |
    "outdated", ruling id). A doubtful match is described in ``doubts`` (and kept for an
    editor). A record retrieved before the stored capture of it changes nothing ("outdated"):
    importing an old file after a newer one must not undo the newer one."""
    digest = content_hash(rec)
    record = known_record(rec["source"], rec["source_id"]) or _record_before_provenance(rec)
    if record is not None and record.content_hash == digest:
        return "unchanged", record.ruling_id
    if record is not None and rec.get("retrieved_at") and rec["retrieved_at"] < record.retrieved_at:
        return "outdated", record.ruling_id
    if record is not None:
        ruling, outcome = record.ruling, "updated"
    else:
        match = find_match(rec)
        ruling, outcome = match.ruling, "attached"
        if ruling is None:
            ruling, outcome = _new_ruling(rec, digest), "created"
            _keep_doubts(ruling, match.doubts, doubts)
        else:
            trust.origin_record(ruling)
    record = _write_source_record(ruling, rec, digest, record)
    if (ruling.source, ruling.source_id) == (rec["source"], rec["source_id"]):
        ruling.source_url = rec.get("source_url", "")
        ruling.retrieved_at = record.retrieved_at
        ruling.content_hash = digest
    _add_parties_and_rights(ruling.case, rec)
    best = trust.best_text_record(SourceRecord.objects.filter(ruling=ruling))
    text = rec.get("text", "") if best is not None and best.pk == record.pk else None
    trust.refresh_ruling(ruling, text)
    if "termination" in rec:
        Termination.objects.update_or_create(ruling=ruling, defaults=rec["termination"])
    return outcome, ruling.pk


def _record_before_provenance(rec: RulingRecord) -> SourceRecord | None:
    """The origin record of a ruling stored before source records were kept, created now."""
    ruling = Ruling.objects.filter(source=rec["source"], source_id=rec["source_id"]).first()
    return trust.origin_record(ruling) if ruling else None


def _new_ruling(rec: RulingRecord, digest: str) -> Ruling:
    docket = rec.get("docket_number", "")
    normalized = normalize_docket(docket) if docket else ""
    case = None
    if normalized:
        # Synthetic dockets look real; a real ruling must never join a made-up case.
        case = (
            Case.objects.filter(court_id=rec["court"], docket_number_normalized=normalized)
            .exclude(rulings__source=Source.SYNTHETIC)
            .first()
        )
    if case is None:
        case = Case.objects.create(
            court_id=rec["court"],
            name=rec["case_name"],
            docket_number=docket,
            docket_number_normalized=normalized,
        )
    return Ruling.objects.create(
        case=case,
        decision_date=rec["decision_date"],
        source=rec["source"],
        source_id=rec["source_id"],
        source_url=rec.get("source_url", ""),
        retrieved_at=rec.get("retrieved_at") or timezone.now(),
        content_hash=digest,
    )


def _keep_doubts(ruling: Ruling, found: list[Doubt], messages: list[str] | None) -> None:
    for doubt in found:
        DuplicateCandidate.objects.get_or_create(
            ruling=ruling,
            other=doubt.other,
            defaults={"reason": doubt.reason, "detail": doubt.detail[:300]},
        )
        if messages is not None:
            messages.append(f"ruling {ruling.pk} may be the same as {doubt.describe()}")


def _write_source_record(
    ruling: Ruling, rec: RulingRecord, digest: str, record: SourceRecord | None
) -> SourceRecord:
    record = record or SourceRecord(source=rec["source"], source_id=rec["source_id"])
    record.ruling = ruling
    record.source_url = rec.get("source_url", "")
    record.retrieved_at = rec.get("retrieved_at") or timezone.now()
    record.content_hash = digest
    record.has_text = bool(rec.get("text"))
    record.text_length = len(rec.get("text") or "")
    record.text_quality = text_quality(rec["text"]) if rec.get("text") else None
    record.fields = trust.fields_of(rec)
    record.save()
    return record


def _add_parties_and_rights(case: Case, rec: RulingRecord) -> None:
    for party in rec["parties"]:
        _attach_party(case, party)
    for right in rec["rights"]:
        case.rights.add(_right(right))


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
    case.add_party(party, data["role"])


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
