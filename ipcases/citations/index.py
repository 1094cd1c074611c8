"""The database side: write what extraction found and link citations to catalogued rulings.

``index_citations(ids)`` is what the write path calls for the rulings it changed: it re-reads
the texts that changed since the last scan, rewrites those rulings' outgoing citations,
statutes and rights, links their citations to rulings in the catalogue, and links earlier
dangling citations of other rulings that point to these rulings.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from ..models import (
    Case,
    Citation,
    CitationScan,
    Court,
    OfficialCitation,
    RightMention,
    Ruling,
    StatuteMention,
)
from ..models.rulings import COMPACT_CITATION
from ..normalize import citation_key, compact_citation
from ..us_courts import formal_district_names
from .cases import use_fast_tokenizer
from .extract import extract, text_hash
from .found import Extraction
from .related import refresh_features

CHUNK = 500


@dataclass
class IndexSummary:
    read: int = 0
    unchanged: int = 0
    characters: int = 0
    linked: int = 0

    def __str__(self) -> str:
        return (
            f"read {self.read} texts ({self.characters / 1e6:.1f} M characters), "
            f"skipped {self.unchanged} unchanged, linked {self.linked} citations"
        )


def court_names() -> dict[str, str]:
    """Lower-case court names -> ids, for the "Appeal from ..." header of an appeal: the
    courts' own names and the formal names of the district courts."""
    names = formal_district_names()
    names.update((name.lower(), pk) for pk, name in Court.objects.values_list("pk", "name"))
    return names


def index_citations(ruling_ids: Iterable[int], force: bool = False) -> IndexSummary:
    """(Re)index these rulings' citations and resolve everything that now can be. Idempotent."""
    ids = list(ruling_ids)
    summary = IndexSummary()
    if os.environ.get("IPCASES_FAST_CITATIONS") == "1":
        use_fast_tokenizer()
    names = court_names()
    for chunk in _chunks(ids, CHUNK):
        pending = texts_to_read(chunk, force, summary)
        write_extractions(
            (pk, digest, extract(text, names, case_name)) for pk, digest, text, case_name in pending
        )
    summary.linked = resolve_from(ids) + resolve_to(ids)
    refresh_features(ids)
    return summary


def texts_to_read(
    ids: list[int], force: bool, summary: IndexSummary
) -> list[tuple[int, str, str, str]]:
    """(id, hash, text, case name) of the rulings whose text changed since their last scan."""
    known = dict(
        CitationScan.objects.filter(ruling_id__in=ids).values_list("ruling_id", "text_hash")
    )
    pending = []
    rows = Ruling.objects.filter(pk__in=ids).values_list("pk", "text", "case__name").order_by()
    for pk, text, case_name in rows:
        digest = text_hash(text)
        if not force and known.get(pk) == digest:
            summary.unchanged += 1
            continue
        summary.read += 1
        summary.characters += len(text)
        pending.append((pk, digest, text, case_name))
    return pending


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def write_extractions(results: Iterable[tuple[int, str, Extraction]]) -> None:
    """Replace the outgoing citations, statutes and rights of each ruling with what was found.

    One transaction and a handful of queries for the whole batch: SQLite syncs every commit,
    and per-ruling queries cost more than the rows they write."""
    batch = list(results)
    ids = [ruling_id for ruling_id, _, _ in batch]
    own: dict[int, set[str]] = defaultdict(set)
    for ruling_id, normalized in OfficialCitation.objects.filter(ruling_id__in=ids).values_list(
        "ruling_id", "normalized"
    ):
        own[ruling_id].add(normalized)
    citations, statutes, rights, scans = [], [], [], []
    for ruling_id, digest, found in batch:
        citations += _citation_rows(ruling_id, found, own[ruling_id])
        statutes += _statute_rows(ruling_id, found)
        rights += _right_rows(ruling_id, found)
        scans.append(
            CitationScan(ruling_id=ruling_id, text_hash=digest, spans=_spans(found, own[ruling_id]))
        )
    with transaction.atomic():
        for model, field in (
            (Citation, "citing_ruling_id"),
            (StatuteMention, "ruling_id"),
            (RightMention, "ruling_id"),
            (CitationScan, "ruling_id"),
        ):
            model.objects.filter(**{f"{field}__in": ids}).delete()
        Citation.objects.bulk_create(citations, batch_size=1000)
        StatuteMention.objects.bulk_create(statutes, batch_size=1000)
        RightMention.objects.bulk_create(rights, batch_size=1000)
        CitationScan.objects.bulk_create(scans, batch_size=200)


def _statute_rows(ruling_id: int, found: Extraction) -> list[StatuteMention]:
    return [
        StatuteMention(ruling_id=ruling_id, key=key[:120], count=n)
        for key, n in Counter(m.key for m in found.statutes).items()
    ]


def _right_rows(ruling_id: int, found: Extraction) -> list[RightMention]:
    printed = {m.key: m.text for m in reversed(found.rights)}
    return [
        RightMention(
            ruling_id=ruling_id,
            kind=kind,
            office=office,
            number=number[:40],
            printed=printed[(kind, office, number)][:100],
            count=n,
        )
        for (kind, office, number), n in Counter(m.key for m in found.rights).items()
    ]


def _citation_rows(ruling_id: int, found: Extraction, own: set[str]) -> Iterator[Citation]:
    seen: set[tuple[str, str]] = set()
    for authority in found.authorities:
        if own.intersection(authority.cites):
            continue  # the ruling's own citation, printed in its header
        for normalized, printed in authority.cites.items():
            if (authority.relation, normalized) in seen:
                continue
            seen.add((authority.relation, normalized))
            yield Citation(
                citing_ruling_id=ruling_id,
                relation=authority.relation,
                form=authority.form,
                cite=printed[:200],
                normalized=normalized[:200],
                group=authority.group[:200],
                case_name=authority.case_name[:300],
                year=authority.year if authority.year and authority.year < 32768 else None,
                depth=max(authority.depth, 1),
                pin_cites="; ".join(authority.pin_cites)[:300],
                treatment=authority.treatment,
                treatment_rule=authority.treatment_rule[:100],
                passage=authority.passage,
                passage_at=authority.passage_at,
            )


def _spans(found: Extraction, own: set[str]) -> list[list]:
    spans: list[list] = [
        [m.start, m.end, "case", m.group] for m in found.case_mentions if m.group not in own
    ]
    spans += [[m.start, m.end, "statute", m.key] for m in found.statutes]
    spans += [[m.start, m.end, "right", f"{m.kind}/{m.number}"] for m in found.rights]
    return sorted(spans)


def resolve_from(ruling_ids: Iterable[int]) -> int:
    """Link the dangling citations made by these rulings; returns how many were linked."""
    ids = list(ruling_ids)
    total = 0
    for chunk in _chunks(ids, CHUNK):
        total += _resolve(Citation.objects.filter(citing_ruling_id__in=chunk))
    return total


def resolve_to(ruling_ids: Iterable[int]) -> int:
    """Link other rulings' dangling citations that name one of these rulings."""
    total = 0
    for chunk in _chunks(list(ruling_ids), CHUNK):
        keys = set()
        for cite, normalized in OfficialCitation.objects.filter(ruling_id__in=chunk).values_list(
            "cite", "normalized"
        ):
            # A source may space a reporter otherwise than the standard form texts are read in.
            keys.update((normalized, citation_key(cite)))
        for court_id, docket in Case.objects.filter(rulings__in=chunk).values_list(
            "court_id", "docket_number_normalized"
        ):
            if docket:
                keys.add(f"docket {court_id} {docket}")
        if keys:
            total += _resolve(Citation.objects.filter(normalized__in=keys))
    return total


def resolve_all() -> int:
    """Link every dangling citation that the catalogue can now answer."""
    answerable = Citation.objects.filter(cited_ruling__isnull=True).filter(
        Q(normalized__in=OfficialCitation.objects.values("normalized"))
        | Q(normalized__startswith="docket ")
    )
    ids = answerable.values_list("citing_ruling_id", flat=True).distinct()
    return resolve_from(sorted(set(ids)))


def _resolve(citations) -> int:
    dangling = list(
        citations.filter(cited_ruling__isnull=True).values_list(
            "pk", "normalized", "citing_ruling_id"
        )
    )
    if not dangling:
        return 0
    targets = _targets({normalized for _, normalized, _ in dangling})
    by_target: dict[int, list[int]] = defaultdict(list)
    for pk, normalized, citing in dangling:
        target = targets.get(normalized)
        if target is not None and target != citing:
            by_target[target].append(pk)
    for target, pks in by_target.items():
        Citation.objects.filter(pk__in=pks).update(cited_ruling_id=target)
    linked = [pk for pks in by_target.values() for pk in pks]
    link_appeals(Citation.objects.filter(pk__in=linked, relation=Citation.Relation.REVIEWS))
    return len(linked)


def catalogued(keys: set[str]) -> dict[str, int]:
    """normalised citation -> the catalogued ruling it names (for a text that is not a
    ruling's: the API's citation look-up)."""
    return _targets(set(keys))


def _targets(keys: set[str]) -> dict[str, int]:
    """normalised citation -> the ruling it names (the earliest catalogued, if several), its
    reporter spaced in any way (`123 f supp 3d 456` names `123 F.Supp.3d 456`)."""
    targets: dict[str, int] = {}
    compact = {compact_citation(key): key for key in keys if not key.startswith("docket ")}
    rows = OfficialCitation.objects.annotate(compact=COMPACT_CITATION)
    rows = rows.filter(compact__in=compact).order_by("ruling_id")
    for spaced, ruling_id in rows.values_list("compact", "ruling_id"):
        targets.setdefault(compact[spaced], ruling_id)
    for key in keys - targets.keys():
        if key.startswith("docket "):
            _, court_id, docket = key.split(" ", 2)
            ruling = (
                Ruling.objects.filter(
                    case__court_id=court_id, case__docket_number_normalized=docket
                )
                .order_by("-decision_date", "-id")
                .values_list("pk", flat=True)
                .first()
            )
            if ruling is not None:
                targets[key] = ruling
    return targets


def link_appeals(citations) -> None:
    """Record the case under appeal on the appellate case, where it has none yet."""
    for citing_case, cited_case in citations.values_list(
        "citing_ruling__case_id", "cited_ruling__case_id"
    ):
        if cited_case and citing_case != cited_case:
            Case.objects.filter(pk=citing_case, appeal_from__isnull=True).update(
                appeal_from_id=cited_case
            )
