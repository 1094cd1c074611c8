"""What the ruling page shows beside each outcome value: how it was obtained (an editor,
source metadata and which source, read from the text, FJC IDB, landmark facts) and, for a
value read from the text, the sentence with its paragraph; for an empty field, why."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..models import Basis, OutcomeEvidence, Ruling, Source
from ..outcomes.record import choices_for

LABELS = {
    "disposition": "Disposition",
    "rights_holder_outcome": "Outcome",
    "injunction": "Injunction",
    "damages": "Damages",
    "enhanced_damages": "Enhanced damages",
    "attorney_fees": "Attorney fees",
    "rights_holder": "Rights holder",
}
CHOICES = {
    "disposition": Ruling.Disposition,
    "rights_holder_outcome": Ruling.Outcome,
    "injunction": Ruling.Injunction,
}
# Shown only when the text decided them.
EVIDENCE_ONLY = ("enhanced_damages", "attorney_fees", "rights_holder")


@dataclass
class Line:
    """One outcome field on the ruling page."""

    name: str
    label: str
    value: str
    shown: str
    basis: str = ""
    source: str = ""
    evidence: OutcomeEvidence | None = None
    text_reads: str = ""  # what the text says, when the value rests on something else
    reason: str = ""


def outcome_lines(ruling: Ruling) -> list[Line]:
    """The ruling's outcome fields, each with its basis and evidence."""
    evidence = {row.field: row for row in ruling.outcome_evidence.all()}
    lines = []
    for name, choice in choices_for(ruling).items():
        value = _current(ruling, name)
        row = evidence.get(name)
        line = Line(name, LABELS[name], value, shown(name, value))
        line.basis = Basis(ruling_basis(ruling, name)).label if ruling_basis(ruling, name) else ""
        if choice.source:
            line.source = (
                Source(choice.source).label if choice.source in Source.values else choice.source
            )
        if row is not None and row.value and line.basis == Basis.TEXT.label:
            line.evidence = row
        elif row is not None and row.value and row.value != value:
            line.text_reads, line.evidence = shown(name, row.value), row
        line.reason = row.reason if row is not None and not value else ""
        lines.append(line)
    for name in EVIDENCE_ONLY:
        row = evidence.get(name)
        if row is not None and row.value:
            basis = Basis.TEXT.label if row.quote else "from the parties' roles"
            lines.append(
                Line(name, LABELS[name], row.value, shown(name, row.value), basis, evidence=row)
            )
    return lines


def ruling_basis(ruling: Ruling, name: str) -> str:
    return getattr(ruling, {"rights_holder_outcome": "outcome_basis"}.get(name, f"{name}_basis"))


def _current(ruling: Ruling, name: str) -> str:
    if name == "damages":
        if ruling.damages_amount is None:
            return ""
        return f"{ruling.damages_amount} {ruling.damages_currency}"
    return getattr(ruling, name)


def shown(name: str, value: str) -> str:
    """A value as the page prints it: the choice's label, damages with their currency."""
    if not value:
        return ""
    if name in CHOICES:
        return CHOICES[name](value).label if value in CHOICES[name].values else value
    if name == "damages":
        amount, _, currency = value.partition(" ")
        return f"{currency} {Decimal(amount):,.2f}"
    if name in ("enhanced_damages", "attorney_fees"):
        return value.capitalize()
    return value
