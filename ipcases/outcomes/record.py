"""Writing what the texts say: each ruling's evidence rows, and its outcome values with their
bases chosen by the order of trust (``choice``).

``read_outcomes(ids)`` reads the texts afresh (the import write path calls it for the rulings
it changed, ``extract_outcomes`` for all); ``settle(ruling)`` only chooses again from what is
stored (the admin calls it when an editor corrects a field). Both are idempotent: a second
run writes nothing. Synthetic rulings keep their generated values and are not read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models

from ..models import CaseParty, OutcomeEvidence, Ruling, Source
from ..sources import trust
from .choice import FIELDS, Choice, Offer, choose
from .extractor import extract
from .findings import Reading

EVIDENCE_COLUMNS = ("value", "rule", "start", "end", "quote", "paragraph", "reason")


@dataclass(frozen=True)
class Change:
    ruling_id: int
    field: str
    old: str
    new: str
    basis: str

    def __str__(self) -> str:
        values = f"{self.old or '—'} → {self.new or '—'}"
        return f"ruling {self.ruling_id}: {self.field} {values} ({self.basis or 'no basis'})"


@dataclass
class Summary:
    read: int = 0
    evidence_changed: int = 0
    changes: list[Change] = field(default_factory=list)

    @property
    def rulings_changed(self) -> list[int]:
        return sorted({change.ruling_id for change in self.changes})

    def __str__(self) -> str:
        return (
            f"read {self.read} rulings: values changed in {len(self.rulings_changed)}, "
            f"evidence rewritten for {self.evidence_changed}"
        )


def rulings_to_read(ids: Iterable[int] | None = None) -> models.QuerySet:
    rulings = Ruling.objects.exclude(source=Source.SYNTHETIC)
    if ids is not None:
        rulings = rulings.filter(pk__in=list(ids))
    parties = CaseParty.objects.select_related("party")
    return rulings.select_related("case").prefetch_related(
        models.Prefetch("case__case_parties", queryset=parties),
        "source_records",
        "corrections",
        "outcome_evidence",
    )


def read_outcomes(ruling_ids: Iterable[int], summary: Summary | None = None) -> Summary:
    """Read these rulings' texts and settle their outcome values."""
    summary = summary or Summary()
    for ruling in rulings_to_read(ruling_ids).order_by("pk"):
        summary.read += 1
        if write_evidence(ruling, read_text(ruling)):
            summary.evidence_changed += 1
        summary.changes += settle(ruling)
    return summary


def read_text(ruling: Ruling) -> Reading | None:
    """What the ruling's text says; None when there is no text to read."""
    if not ruling.text.strip():
        return None
    parties = [{"name": cp.party.name, "role": cp.role} for cp in ruling.case.case_parties.all()]
    return extract(ruling.text, parties, ruling.case.court_id, ruling.case.name)


def write_evidence(ruling: Ruling, reading: Reading | None) -> bool:
    """Make the ruling's evidence rows say what the reading says; True if any row changed."""
    wanted = {} if reading is None else {name: _row(f) for name, f in reading.findings.items()}
    existing = {row.field: row for row in ruling.outcome_evidence.all()}
    changed = False
    for name, row in existing.items():
        if name not in wanted:
            row.delete()
            changed = True
    for name, values in wanted.items():
        row = existing.get(name)
        if row is not None and all(getattr(row, k) == v for k, v in values.items()):
            continue
        row = row or OutcomeEvidence(ruling=ruling, field=name)
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
        changed = True
    if changed:
        _forget(ruling, "outcome_evidence")
    return changed


def _forget(ruling: Ruling, relation: str) -> None:
    """Drop a prefetched relation that was just written, so that it is read afresh."""
    getattr(ruling, "_prefetched_objects_cache", {}).pop(relation, None)


def _row(finding) -> dict:
    evidence = finding.evidence
    return {
        "value": finding.value[:300],
        "rule": evidence.rule[:200] if evidence else "",
        "start": evidence.start if evidence else None,
        "end": evidence.end if evidence else None,
        "quote": evidence.quote if evidence else "",
        "paragraph": evidence.paragraph[:10] if evidence else "",
        "reason": finding.reason[:300],
    }


def settle(ruling: Ruling) -> list[Change]:
    """Give each outcome field the value and basis the order of trust chooses, from the
    sources' records, the editor's corrections and the stored reading; save if any changed."""
    if ruling.source == Source.SYNTHETIC:
        return _synthetic_bases(ruling)
    if not ruling.source_records.all():
        trust.origin_record(ruling)  # keeps the values in place as the source's own
        _forget(ruling, "source_records")
    changes = []
    for name, choice in choices_for(ruling).items():
        basis_field = FIELDS[name][0]
        old, old_basis = current_value(ruling, name), getattr(ruling, basis_field)
        basis = choice.basis if choice.value or choice.basis == "editor" else ""
        if (old, old_basis) != (choice.value, basis):
            _apply(ruling, name, choice.value)
            setattr(ruling, basis_field, basis)
            changes.append(Change(ruling.pk, name, old, choice.value, basis))
    if changes:
        ruling.save(update_fields=_columns(changes))
    return changes


def _columns(changes: list[Change]) -> list[str]:
    columns = {"date_modified"}
    for change in changes:
        columns.add(FIELDS[change.field][0])
        columns |= (
            {"damages_amount", "damages_currency"} if change.field == "damages" else {change.field}
        )
    return sorted(columns)


def choices_for(ruling: Ruling) -> dict[str, Choice]:
    """The choice of each outcome field, as settle makes it (the ruling page names it)."""
    records = sorted(ruling.source_records.all(), key=trust.record_rank)
    locked = {c.field for c in ruling.corrections.all()}
    text = {row.field: row.value for row in ruling.outcome_evidence.all()}
    found = {}
    for name, (_, key, evidence_field) in FIELDS.items():
        offers = [Offer(r.source, _offered(r.fields, key)) for r in records]
        found[name] = choose(
            offers, text.get(evidence_field, ""), key in locked, current_value(ruling, name)
        )
    return found


def current_value(ruling: Ruling, name: str) -> str:
    if name == "damages":
        if ruling.damages_amount is None:
            return ""
        return (
            f"{Decimal(ruling.damages_amount).quantize(Decimal('0.01'))} {ruling.damages_currency}"
        )
    return getattr(ruling, name)


def _offered(fields: dict, key: str) -> str:
    value = fields.get(key) or ""
    if key == "damages_amount" and value:
        return f"{Decimal(value).quantize(Decimal('0.01'))} {fields.get('damages_currency', '')}"
    return value


def _apply(ruling: Ruling, name: str, value: str) -> None:
    if name != "damages":
        setattr(ruling, name, value)
        return
    amount, _, currency = value.partition(" ")
    ruling.damages_amount = Decimal(amount) if amount else None
    ruling.damages_currency = currency if amount else ""


def _synthetic_bases(ruling: Ruling) -> list[Change]:
    changes = []
    for name, (basis_field, _, _) in FIELDS.items():
        value = current_value(ruling, name)
        basis = "synthetic" if value else ""
        if getattr(ruling, basis_field) != basis:
            setattr(ruling, basis_field, basis)
            changes.append(Change(ruling.pk, name, value, value, basis))
    if changes:
        ruling.save(update_fields=_columns(changes))
    return changes
