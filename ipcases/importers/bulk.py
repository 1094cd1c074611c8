"""The write path's bulk mode: many new rulings of a source that is matched against nothing,
a batch at a time (synthetic rulings: 100,000 of them in minutes).

``store_many`` gives each new record what ``store.save_records`` gives it: the same checks
(``checks.clean_record``), a SourceRecord with the same fields and content hash, the ruling's
values as the order of trust chooses them from its one record, parties found by normalised
name and whether a natural person (guessed from the name when the record does not say), rights
by kind, office and normalised number. It writes them in a few bulk inserts a batch, and
hands each batch to the search index once.

Everything else goes through ``save_records`` one record at a time: a record already stored
(to be compared, updated or left alone), and a record of any other source, which may describe
a ruling the catalogue holds. A new ruling here never joins a case the catalogue holds (its
docket is invented). Citations in the texts are left to ``extract_citations``, which reads
them in parallel; an official citation another ruling of the source carries is left off, so
that a citation names one ruling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from django.db import reset_queries, transaction
from django.utils import timezone

from .. import search
from ..models import (
    Basis,
    Case,
    CaseParty,
    Court,
    IPRight,
    OfficialCitation,
    Party,
    Ruling,
    RulingIPType,
    Source,
    SourceRecord,
)
from ..normalize import (
    looks_like_natural_person,
    normalize_citation,
    normalize_docket,
    normalize_party_name,
    normalize_right_number,
)
from ..sources import trust
from ..text_quality import text_quality
from .checks import InvalidRecord, clean_record, content_hash
from .records import RulingRecord
from .store import save_records
from .summary import Summary

# Sources whose rulings are never the same as another source's (see sources.matching).
BULK_SOURCES = frozenset({Source.SYNTHETIC})
# Outcome fields and the field that says where each value came from.
BASES = {
    "disposition": "disposition_basis",
    "rights_holder_outcome": "outcome_basis",
    "injunction": "injunction_basis",
    "damages_amount": "damages_basis",
}
LOOKUP = 500

Progress = Callable[[int], None]


def store_many(
    records: Iterable[RulingRecord],
    batch: int = 2000,
    summary: Summary | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Store every record, the new ones of a bulk source in bulk; ``progress(n)`` is called
    after each batch with the number of records it held. Not strict: a bad record fails alone.
    Ends by analysing the catalogue's tables when anything was written."""
    if batch < 1:
        raise ValueError("batch must be at least 1")
    summary = summary if summary is not None else Summary()
    court_ids = set(Court.objects.values_list("id", flat=True))
    taken = set(
        OfficialCitation.objects.filter(ruling__source__in=BULK_SOURCES)
        .values_list("normalized", flat=True)
        .iterator()
    )
    for chunk in _chunks(records, batch):
        fresh, others = _sort_out(chunk, court_ids, summary)
        if fresh:
            created = _create(fresh, taken)
            search.update_index(created)
            summary.created += len(created)
        if others:
            save_records(others, batch_size=len(others), summary=summary, analyze=False)
        # With DEBUG on, Django keeps every query, texts included: gigabytes by the end.
        reset_queries()
        if progress:
            progress(len(chunk))
    if summary.written:
        # The planner's statistics of what the run changed, once (see search.statistics).
        search.analyze()
    return summary


def _chunks(records: Iterable[RulingRecord], size: int) -> Iterator[list[RulingRecord]]:
    chunk: list[RulingRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sort_out(
    chunk: list[RulingRecord], court_ids: set[str], summary: Summary
) -> tuple[list[dict], list[RulingRecord]]:
    """The cleaned new records of bulk sources, and the records for save_records."""
    fresh: dict[tuple[str, str], dict] = {}
    others: list[RulingRecord] = []
    stored = _stored(chunk)
    for record in chunk:
        key = (record.get("source"), record.get("source_id"))
        if key[0] not in BULK_SOURCES or key in stored or key in fresh:
            others.append(record)
            continue
        try:
            fresh[key] = clean_record(record, court_ids)
        except InvalidRecord as error:
            summary.fail(record.get("position") or f"{key[0]}:{key[1]}", str(error))
    return list(fresh.values()), others


def _stored(chunk: list[RulingRecord]) -> set[tuple[str, str]]:
    """The (source, source_id) of the chunk's records that the catalogue holds already."""
    ids = {r.get("source_id") for r in chunk if r.get("source") in BULK_SOURCES}
    found = set()
    for model in (SourceRecord, Ruling):
        rows = model.objects.filter(source__in=BULK_SOURCES, source_id__in=ids)
        found.update(rows.values_list("source", "source_id"))
    return found


@transaction.atomic
def _create(recs: list[dict], taken_citations: set[str]) -> list[int]:
    """Write new cleaned records in bulk; returns the new rulings' ids, in order."""
    digests = [content_hash(rec) for rec in recs]
    parties = _party_ids(p for rec in recs for p in rec["parties"])
    rights = _right_ids(right for rec in recs for right in rec["rights"])
    cases = Case.objects.bulk_create([_case(rec) for rec in recs], batch_size=LOOKUP)
    rulings = Ruling.objects.bulk_create(
        [_ruling(rec, case, d) for rec, case, d in zip(recs, cases, digests, strict=True)],
        batch_size=250,
    )
    SourceRecord.objects.bulk_create(
        [_source_record(rec, r, d) for rec, r, d in zip(recs, rulings, digests, strict=True)],
        batch_size=250,
    )
    links = _links(recs, cases, rulings, parties, rights, taken_citations)
    for model, rows in links.items():
        model.objects.bulk_create(rows, batch_size=2000)
    return [ruling.pk for ruling in rulings]


def _links(recs, cases, rulings, parties, rights, taken_citations) -> dict[type, list]:
    """The rows that tie the new rulings and cases to their IP types, official citations,
    parties and rights."""
    through = Case.rights.through
    rows: dict[type, list] = {RulingIPType: [], OfficialCitation: [], CaseParty: [], through: []}
    for rec, case, ruling in zip(recs, cases, rulings, strict=True):
        rows[RulingIPType] += [RulingIPType(ruling=ruling, ip_type=t) for t in rec["ip_types"]]
        for cite in dict.fromkeys(c.strip()[:100] for c in rec["citations"] if c.strip()):
            normalized = normalize_citation(cite)[:100]
            if normalized not in taken_citations:
                taken_citations.add(normalized)
                rows[OfficialCitation].append(
                    OfficialCitation(ruling=ruling, cite=cite, normalized=normalized)
                )
        rows[CaseParty] += _case_parties(case, rec["parties"], parties)
        right_ids = sorted({rights[_right_key(right)] for right in rec["rights"]})
        rows[through] += [through(case_id=case.pk, ipright_id=pk) for pk in right_ids]
    return rows


def _case_parties(case: Case, named: list[dict], parties: dict) -> list[CaseParty]:
    """Each party once, with its first role (Case.add_party's rule for a new case)."""
    roles: dict[int, str] = {}
    for party in named:
        pk = parties[_party_key(party)]
        if pk not in roles or roles[pk] == CaseParty.Role.OTHER:
            roles[pk] = party["role"]
    return [CaseParty(case=case, party_id=pk, role=role) for pk, role in roles.items()]


def _case(rec: dict) -> Case:
    docket = rec.get("docket_number", "")
    filed, ended = rec.get("date_filed"), rec.get("date_terminated")
    if filed and ended and ended < filed:
        ended = None  # as provenance.refresh_ruling: the end is the less certain date
    return Case(
        court_id=rec["court"],
        docket_number=docket,
        docket_number_normalized=normalize_docket(docket) if docket else "",
        name=rec["case_name"],
        short_name=rec.get("case_short_name", "")[:300],
        date_filed=filed,
        date_terminated=ended,
        nature_of_suit=rec.get("nature_of_suit", ""),
    )


def _ruling(rec: dict, case: Case, digest: str) -> Ruling:
    """The ruling with the values the order of trust takes from its one record."""
    values = {
        name: rec[name]
        for name in trust.RULING_VALUES
        if rec.get(name) not in (None, "", Ruling.PrecedentialStatus.UNKNOWN)
    }
    if "damages_amount" in values:
        values["damages_currency"] = rec["damages_currency"]
    # Generated values say so (as outcomes.record.settle gives synthetic rulings).
    bases = {}
    if rec["source"] == Source.SYNTHETIC:
        bases = {basis: Basis.SYNTHETIC for name, basis in BASES.items() if name in values}
    return Ruling(
        case=case,
        source=rec["source"],
        source_id=rec["source_id"],
        source_url=rec.get("source_url", ""),
        retrieved_at=rec.get("retrieved_at") or timezone.now(),
        content_hash=digest,
        decision_date_precision=rec["decision_date_precision"],
        text=rec.get("text", ""),
        **values,
        **bases,
    )


def _source_record(rec: dict, ruling: Ruling, digest: str) -> SourceRecord:
    text = rec.get("text") or ""
    return SourceRecord(
        ruling=ruling,
        source=rec["source"],
        source_id=rec["source_id"],
        source_url=ruling.source_url,
        retrieved_at=ruling.retrieved_at,
        content_hash=digest,
        has_text=bool(text),
        text_length=len(text),
        text_quality=text_quality(text) if text else None,
        fields=trust.fields_of(rec),
    )


def _party_key(party: dict) -> tuple[str, bool]:
    natural = party.get("is_natural_person")
    if natural is None:
        natural = looks_like_natural_person(party["name"])
    return normalize_party_name(party["name"]), bool(natural)


def _party_ids(parties: Iterable[dict]) -> dict[tuple[str, bool], int]:
    """Ids of these parties, creating the ones the catalogue does not hold yet."""
    wanted = {_party_key(p): p["name"] for p in parties}
    found: dict[tuple[str, bool], int] = {}
    names = sorted({key[0] for key in wanted})
    for start in range(0, len(names), LOOKUP):
        rows = Party.objects.filter(normalized_name__in=names[start : start + LOOKUP])
        rows = rows.order_by("pk").values_list("pk", "normalized_name", "is_natural_person")
        for pk, normalized, natural in rows:
            found.setdefault((normalized, natural), pk)
    new = [
        Party(name=name[:500], normalized_name=key[0], is_natural_person=key[1])
        for key, name in wanted.items()
        if key not in found
    ]
    for party in Party.objects.bulk_create(new, batch_size=1000):
        found[(party.normalized_name, party.is_natural_person)] = party.pk
    return found


def _right_key(right: dict) -> tuple[str, str, str]:
    return right["kind"], right.get("office") or "US", normalize_right_number(right["number"])


def _right_ids(rights: Iterable[dict]) -> dict[tuple[str, str, str], int]:
    """Ids of these rights, creating the ones the catalogue does not hold yet; a title fills
    one the catalogue holds without."""
    wanted = {_right_key(r): r.get("title", "")[:500] for r in rights}
    found: dict[tuple[str, str, str], int] = {}
    untitled: list[IPRight] = []
    numbers = sorted({key[2] for key in wanted})
    for start in range(0, len(numbers), LOOKUP):
        for right in IPRight.objects.filter(number__in=numbers[start : start + LOOKUP]):
            key = (right.kind, right.office, right.number)
            found[key] = right.pk
            if key in wanted and wanted[key] and not right.title:
                right.title = wanted[key]
                untitled.append(right)
    IPRight.objects.bulk_update(untitled, ["title"], batch_size=LOOKUP)
    new = [
        IPRight(kind=key[0], office=key[1], number=key[2], title=title)
        for key, title in wanted.items()
        if key not in found
    ]
    for right in IPRight.objects.bulk_create(new, batch_size=1000):
        found[(right.kind, right.office, right.number)] = right.pk
    return found
