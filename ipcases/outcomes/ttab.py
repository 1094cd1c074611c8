"""Decisions of the Trademark Trial and Appeal Board, as they end: "Decision: The opposition
is sustained", "The petition to cancel is denied", "The refusal to register Applicant's mark
is affirmed". The holder of the mark is the applicant or registrant (ex parte, the applicant
against the examining attorney's refusal), so the Board's words say who prevailed.
"""

from __future__ import annotations

import re

from .document import Document
from .findings import (
    CHALLENGER_SIDE,
    DISPOSITION,
    HOLDER_SIDE,
    MIXED,
    NO_MERITS,
    Decision,
    Finding,
    empty,
)
from .roles import Party

_SUBJECT = (
    r"(?P<what>opposition|petition(?:\s+(?:to|for)\s+cancel\w*)?|cancellation|"
    r"refusals?(?:\s+to\s+register)?|requirement)"
)
STATEMENT = re.compile(
    rf"\bThe\s+(?:[\w()§.-]+\s+){{0,3}}?{_SUBJECT}\b[^.]{{0,160}}?\b(?:is|are)\s+(?:hereby\s+)?"
    r"(?P<verb>sustained|dismissed|granted|denied|affirmed|reversed)(?P<rest>[^.]{0,160})",
    re.IGNORECASE,
)
# (subject, verb) -> (disposition, who prevailed)
TABLE = {
    ("opposition", "sustained"): ("sustained", CHALLENGER_SIDE),
    ("opposition", "dismissed"): ("dismissed", HOLDER_SIDE),
    ("petition", "granted"): ("granted", CHALLENGER_SIDE),
    ("petition", "denied"): ("denied", HOLDER_SIDE),
    ("petition", "dismissed"): ("dismissed", HOLDER_SIDE),
    ("refusal", "affirmed"): ("affirmed", CHALLENGER_SIDE),
    ("refusal", "reversed"): ("reversed", HOLDER_SIDE),
}


def read(doc: Document, parties: list[Party]) -> Decision:
    """The statement after "Decision:" (the Board's closing label), else in the last two
    paragraphs."""
    labels = list(re.finditer(r"\bDecision\s*:", doc.text[doc.tail_start(6) :]))
    start = doc.tail_start(6) + labels[-1].start() if labels else doc.tail_start(2)
    found = list(STATEMENT.finditer(doc.text, start))
    if not found:
        return Decision(empty(DISPOSITION, "no statement of the Board's decision at the end"))
    match = found[0]
    what = _subject(match.group("what"))
    verb = match.group("verb").lower()
    disposition, side = TABLE.get((what, verb), ("", ""))
    evidence = doc.evidence("ttab.decision", match.start(), match.end())
    if not disposition:
        return Decision(empty(DISPOSITION, f"an unusual decision: {match.group(0)[:80]}"))
    rest = match.group("rest").lower()
    if re.search(r"\bas\s+to\b|\bin\s+part\b", rest) and re.search(
        r"sustain|dismiss|affirm|revers|grant|den", rest
    ):
        disposition = {"affirmed": "affirmed_in_part", "granted": "granted_in_part"}.get(
            disposition, disposition
        )
        side = MIXED
    elif re.search(r"without\s+prejudice", rest):
        side = NO_MERITS
    decision = Decision(Finding(DISPOSITION, disposition, evidence))
    decision.prevailing.append((side, evidence))
    return decision


def _subject(what: str) -> str:
    lowered = what.lower()
    if lowered.startswith(("petition", "cancellation")):
        return "petition"
    if lowered.startswith(("refusal", "requirement")):
        return "refusal"
    return "opposition"
