"""What extraction finds: plain values with their place in the text, no database."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CaseMention:
    """One place in the text that refers to a cited ruling.

    ``group`` is the normalised form that stands for the cited ruling in this text: parallel
    citations (``499 U.S. 340, 111 S. Ct. 1282``) and later short forms, *id.* and *supra*
    share the group of the full citation they refer to.
    """

    start: int
    end: int
    text: str
    group: str
    is_full: bool = True


@dataclass
class CitedAuthority:
    """A ruling this text cites, under one or more printed forms (parallel citations)."""

    group: str
    form: str  # "reporter", "neutral", "ecli" or "docket"
    cites: dict[str, str] = field(default_factory=dict)  # normalised -> as printed
    case_name: str = ""
    year: int | None = None
    depth: int = 0
    pin_cites: list[str] = field(default_factory=list)
    relation: str = "cites"  # or "reviews": the ruling under appeal
    # How the text treats it (citations/treatment.py): the treatment, the rule that read it
    # or why none could be, the passage quoted and where the citation stands in the text.
    treatment: str = "cited"
    treatment_rule: str = ""
    passage: str = ""
    passage_at: int | None = None


@dataclass(frozen=True)
class StatuteMention:
    start: int
    end: int
    text: str
    key: str  # one key per provision: "35 U.S.C. § 271(a)", "Patents Act 1977 s 60(1)"


@dataclass(frozen=True)
class RightMention:
    start: int
    end: int
    text: str
    kind: str  # an IPRight.Kind value
    office: str
    number: str  # normalised as ipcases.normalize.normalize_right_number does

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.office, self.number)


@dataclass
class Extraction:
    authorities: list[CitedAuthority] = field(default_factory=list)
    case_mentions: list[CaseMention] = field(default_factory=list)
    statutes: list[StatuteMention] = field(default_factory=list)
    rights: list[RightMention] = field(default_factory=list)
