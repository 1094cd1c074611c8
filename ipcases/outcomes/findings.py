"""What the extractor returns: for each field a value (or none, with the reason) and the
evidence it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field

# The fields read from a text. The first four are the ruling's own columns; enhanced damages
# and attorney fees are kept as evidence only; ``rights_holder`` says whom the outcome is seen
# from (the party or side that holds the right), with the sentence that says so.
DISPOSITION = "disposition"
OUTCOME = "rights_holder_outcome"
INJUNCTION = "injunction"
DAMAGES = "damages"
ENHANCED = "enhanced_damages"
FEES = "attorney_fees"
HOLDER = "rights_holder"
FIELDS = (DISPOSITION, OUTCOME, INJUNCTION, DAMAGES, ENHANCED, FEES, HOLDER)
# Values of the two remedies kept as evidence only.
AWARDED = "awarded"
REFUSED = "refused"


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: the rule, the characters of the text it matched, the sentence
    quoted as printed (spaces collapsed) and the paragraph number where the text has them."""

    rule: str
    start: int
    end: int
    quote: str
    paragraph: str = ""


@dataclass(frozen=True)
class Finding:
    """One field read from a text: a value with its evidence, or no value and the reason."""

    field: str
    value: str = ""
    evidence: Evidence | None = None
    reason: str = ""

    @property
    def found(self) -> bool:
        return bool(self.value)


def empty(name: str, reason: str) -> Finding:
    return Finding(name, "", None, reason)


# What a family reader says about who prevailed, before it is seen from the rights holder.
# A role (appellant, appellee, plaintiff, defendant, cross_appellant, cross_appellee) or one
# of these.
HOLDER_SIDE = "holder"
CHALLENGER_SIDE = "challenger"
MIXED = "mixed"
NO_MERITS = "no_merits"
SETTLED = "settled"


@dataclass
class Decision:
    """A family reader's result: the disposition, and who prevailed in what the ruling
    decided, as a list of (side, evidence) pairs, one per matter decided (an appeal and a
    cross-appeal, two motions); ``no_winner`` explains a ruling that has none by its nature."""

    disposition: Finding
    prevailing: list[tuple[str, Evidence]] = field(default_factory=list)
    no_winner: str = ""
    # Why who prevailed is unknown, when the disposition is known but says nothing about it.
    unclear: str = ""
    # A first-instance judgment whose disposition depends on which side the holder is on.
    judgment: bool = False


@dataclass
class Reading:
    """Everything read from one ruling's text, one Finding per field."""

    findings: dict[str, Finding]

    def __getitem__(self, name: str) -> Finding:
        return self.findings[name]

    def values(self) -> dict[str, str]:
        return {name: finding.value for name, finding in self.findings.items()}

    @classmethod
    def nothing(cls, reason: str) -> Reading:
        return cls({name: empty(name, reason) for name in FIELDS})
