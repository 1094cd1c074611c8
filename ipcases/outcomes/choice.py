"""Which value an outcome field takes, and its basis: the order of trust for values read
from the text (pure; ``record`` applies it to rulings, the ruling page and bench/outcomes.py
name what it chose).

For the outcome fields (disposition, outcome for the rights holder, injunction, damages) the
order of ``ipcases.sources.trust`` gains one place:

1. an editor's correction: always wins, and survives re-imports and re-extraction;
2. landmark facts and curated lists (source ``landmark``, ``csv``): people read the ruling;
3. **read from the ruling's own text**, with the sentence that says so;
4. every other source's metadata, in the provenance order (CourtListener's disposition field,
   the TTAB prosecution history, FJC IDB codes, feeds).

The text ranks below people who read the ruling, and above codes that others derived from it
or that describe the case rather than this decision: the decisive sentence, kept with the
value, is the best evidence there is short of a reader. Where the text leaves a field open,
the metadata still fills it. Synthetic rulings keep their generated values.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Basis, Source

# Ruling field -> (its basis field, the SourceRecord / EditorCorrection key, evidence field).
FIELDS = {
    "disposition": ("disposition_basis", "disposition", "disposition"),
    "rights_holder_outcome": ("outcome_basis", "rights_holder_outcome", "rights_holder_outcome"),
    "injunction": ("injunction_basis", "injunction", "injunction"),
    "damages": ("damages_basis", "damages_amount", "damages"),
}
# Sources whose values people chose by reading the ruling: they outrank the text.
READ_BY_PEOPLE = {Source.LANDMARK, Source.CSV}


@dataclass(frozen=True)
class Offer:
    """A source's value for a field (damages as "amount currency"), most trusted first."""

    source: str
    value: str


@dataclass(frozen=True)
class Choice:
    value: str
    basis: str
    source: str = ""


def basis_of(source: str) -> str:
    if source == Source.LANDMARK:
        return Basis.LANDMARK
    if source == Source.SYNTHETIC:
        return Basis.SYNTHETIC
    if source == Source.FJC_IDB:
        return Basis.FJC_IDB
    return Basis.METADATA


def choose(offers: list[Offer], text_value: str, corrected: bool, current: str) -> Choice:
    """The value and basis of one field: ``offers`` from the sources in their order of trust,
    ``text_value`` what the text gives ("" for nothing), ``corrected`` whether an editor set
    the field (then ``current`` stays)."""
    if corrected:
        return Choice(current, Basis.EDITOR)
    best = next((offer for offer in offers if offer.value), None)
    if best is not None and (best.source in READ_BY_PEOPLE or not text_value):
        return Choice(best.value, basis_of(best.source), best.source)
    if text_value:
        return Choice(text_value, Basis.TEXT)
    return Choice("", "")
