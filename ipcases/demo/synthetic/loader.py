"""Bulk loading of synthetic rulings: a few bulk inserts per batch instead of one save per
ruling, which is what makes 100,000 rulings a matter of minutes.

Parties and rights are shared with whatever the catalogue already holds, found by the same keys
as the import write path (normalised name; kind, office and normalised number). A citation that
another ruling already carries is left off, so that a citation names one ruling only; rulings
are loaded in order, so which one keeps it does not depend on how many are loaded."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from django.db import reset_queries, transaction

from ... import search
from ...courts import ensure_courts
from ...models import (
    Case,
    CaseParty,
    IPRight,
    OfficialCitation,
    Party,
    Ruling,
    RulingIPType,
)
from ...normalize import (
    normalize_citation,
    normalize_docket,
    normalize_party_name,
    normalize_right_number,
)
from .generate import DEFAULT_SEED, SOURCE, generate_ruling, source_id

Progress = Callable[[int, int], None]
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
    "retrieved_at",
    "content_hash",
)

# Outcome fields and where their values come from: generated, here.
BASES = {
    "disposition": "disposition_basis",
    "rights_holder_outcome": "outcome_basis",
    "injunction": "injunction_basis",
    "damages_amount": "damages_basis",
}


def _indexing(count: int):
    """Large loads index in bulk (see search.bulk); a few rulings keep the index as it is."""
    return search.bulk() if count >= BULK_FROM else contextlib.nullcontext()


BULK_FROM = 10_000


def load_synthetic(
    count: int,
    seed: int = DEFAULT_SEED,
    batch_size: int = 2000,
    progress: Progress | None = None,
) -> int:
    """Ensure the catalogue holds synthetic rulings 1..count for this seed; create only the
    missing ones and return how many were created. ``progress(done, total)`` is called after
    each batch with the rulings created so far and the number missing at the start."""
    if count < 0 or batch_size < 1:
        raise ValueError("count must be zero or more and batch_size at least 1")
    ensure_courts()
    present = set(
        Ruling.objects.filter(source=SOURCE).values_list("source_id", flat=True).iterator()
    )
    missing = [i for i in range(1, count + 1) if source_id(i, seed) not in present]
    taken = set(OfficialCitation.objects.values_list("normalized", flat=True).iterator())
    batches = [missing[start : start + batch_size] for start in range(0, len(missing), batch_size)]
    created = 0
    # The next batch is generated in a thread while this one is written: the database works
    # in its own process, so generation and writing overlap.
    with ThreadPoolExecutor(max_workers=1) as pool, _indexing(len(missing)):
        upcoming = pool.submit(_generate, batches[0], seed) if batches else None
        for index in range(len(batches)):
            records = upcoming.result()
            if index + 1 < len(batches):
                upcoming = pool.submit(_generate, batches[index + 1], seed)
            ruling_ids = save_batch(records, taken)
            search.update_index(ruling_ids)
            created += len(ruling_ids)
            # With DEBUG on, Django keeps every query, texts included: gigabytes by the end.
            reset_queries()
            if progress:
                progress(created, len(missing))
    return created


def _generate(numbers: list[int], seed: int) -> list[dict]:
    return [generate_ruling(i, seed) for i in numbers]


@transaction.atomic
def save_batch(records: list[dict], taken_citations: set[str]) -> list[int]:
    """Write synthetic records (fresh source ids) in bulk; returns the new rulings' ids."""
    parties = _party_ids(p for r in records for p in r["parties"])
    rights = _right_ids(right for r in records for right in r["rights"])
    cases = Case.objects.bulk_create([_case(r) for r in records], batch_size=500)
    rulings = Ruling.objects.bulk_create(
        [_ruling(r, case) for r, case in zip(records, cases, strict=True)], batch_size=250
    )
    tags, cites, case_parties, case_rights = [], [], [], []
    through = Case.rights.through
    for record, case, ruling in zip(records, cases, rulings, strict=True):
        tags += [RulingIPType(ruling=ruling, ip_type=t) for t in record["ip_types"]]
        for cite in record["citations"]:
            normalized = normalize_citation(cite)
            if normalized not in taken_citations:
                taken_citations.add(normalized)
                cites.append(OfficialCitation(ruling=ruling, cite=cite, normalized=normalized))
        case_parties += [
            CaseParty(case=case, party_id=parties[_party_key(p)], role=p["role"])
            for p in record["parties"]
        ]
        right_ids = {rights[_right_key(right)] for right in record["rights"]}
        case_rights += [through(case_id=case.pk, ipright_id=pk) for pk in sorted(right_ids)]
    RulingIPType.objects.bulk_create(tags, batch_size=2000)
    OfficialCitation.objects.bulk_create(cites, batch_size=2000)
    CaseParty.objects.bulk_create(case_parties, batch_size=2000, ignore_conflicts=True)
    through.objects.bulk_create(case_rights, batch_size=2000, ignore_conflicts=True)
    return [ruling.pk for ruling in rulings]


def _case(record: dict) -> Case:
    docket = record["docket_number"]
    return Case(
        court_id=record["court"],
        docket_number=docket,
        docket_number_normalized=normalize_docket(docket) if docket else "",
        name=record["case_name"],
        short_name=record["case_short_name"][:300],
        date_filed=record["date_filed"],
        date_terminated=record["date_terminated"],
        nature_of_suit=record["nature_of_suit"],
    )


def _ruling(record: dict, case: Case) -> Ruling:
    fields = {name: record[name] for name in RULING_FIELDS}
    for name, basis in BASES.items():
        fields[basis] = "synthetic" if record[name] not in ("", None) else ""
    return Ruling(case=case, source=record["source"], source_id=record["source_id"], **fields)


def _party_key(party: dict) -> tuple[str, bool]:
    return normalize_party_name(party["name"]), bool(party["is_natural_person"])


def _party_ids(parties: Iterable[dict]) -> dict[tuple[str, bool], int]:
    """Ids of these parties, creating the ones the catalogue does not hold yet."""
    wanted = {_party_key(p): p["name"] for p in parties}
    found: dict[tuple[str, bool], int] = {}
    names = sorted({key[0] for key in wanted})
    for start in range(0, len(names), 500):
        rows = Party.objects.filter(normalized_name__in=names[start : start + 500])
        for pk, normalized, natural in rows.values_list(
            "id", "normalized_name", "is_natural_person"
        ):
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
    return right["kind"], right["office"], normalize_right_number(right["number"])


def _right_ids(rights: Iterable[dict]) -> dict[tuple[str, str, str], int]:
    """Ids of these rights, creating the ones the catalogue does not hold yet."""
    wanted = {_right_key(r): r.get("title", "") for r in rights}
    found: dict[tuple[str, str, str], int] = {}
    numbers = sorted({key[2] for key in wanted})
    for start in range(0, len(numbers), 500):
        rows = IPRight.objects.filter(number__in=numbers[start : start + 500])
        for pk, kind, office, number in rows.values_list("id", "kind", "office", "number"):
            found[(kind, office, number)] = pk
    new = [
        IPRight(kind=key[0], office=key[1], number=key[2], title=title[:500])
        for key, title in wanted.items()
        if key not in found
    ]
    for right in IPRight.objects.bulk_create(new, batch_size=1000):
        found[(right.kind, right.office, right.number)] = right.pk
    return found
