"""What a TTAB decision entry means: which entries are decisions, and who won.

The outcome is seen from the holder of the mark in suit: the applicant in an opposition, the
registrant in a cancellation, the applicant-appellant in an ex parte appeal (where the
"challenger" is the examining attorney's refusal). The history texts are short upper-case
phrases ("BD DECISION: OPP DISMISSED W/O PREJ"); only the part before the first ";" is read,
because what follows is procedure ("...; TRIAL DATES RESET") or a counterclaim.
"""

from __future__ import annotations

import re

# History entries that record a decision of the Board. Anchored at the start, so that motions
# ("P MOT FOR DEFAULT JUDGMENT"), requests ("REQ FOR RECON OF FINAL BD DCSN") and notices
# ("SUBMITTED FOR FINAL DECISION") are not mistaken for one.
DECISION_ENTRY = re.compile(
    r"^\s*(FINAL\s+(BD\.?\s+|BOARD\s+)?(DECISION|DCSN)|BD\.?\s+(DECISION|DCSN)"
    r"|BOARD'?S?\s+(DECISION|DCSN)|DEFAULT\s+JUDG(E)?MENT|JUDG(E)?MENT\s+(ENTERED|FOR|AGAINST))",
    re.IGNORECASE,
)
WITHOUT_PREJUDICE = re.compile(r"W/O\s*PREJ|WITHOUT\s+PREJ")
WITHDRAWN_MARK = re.compile(
    r"(W/?DRAW\w*|WITHDRAW\w*|ABANDON\w*|SURRENDER\w*)\b.*\b(APPL|REG|MARK)"
)
WITHDRAWN_CLAIM = re.compile(r"(W/?DRAW\w*|WITHDRAW\w*)\b.*\b(OPP|PET|CANC|CAN\b)")

# (proceeding type, word in the decision) -> (disposition, rights-holder outcome). Checked in
# order after the special cases in decision_outcome; "*" matches any proceeding type.
TABLE: list[tuple[str, str, str, str]] = [
    ("EXA", r"AFFIRMED\s+IN\s+PART", "affirmed_in_part", "mixed"),
    ("EXA", r"AFFIRM", "affirmed", "challenger_won"),
    ("EXA", r"REVERS", "reversed", "holder_won"),
    ("EXA", r"REMAND", "remanded", "other"),
    ("EXA", r"DISMISS", "dismissed", "dismissed"),
    ("CAN", r"GRANTED\s+IN\s+PART", "granted_in_part", "mixed"),
    ("OPP", r"SUSTAINED\s+IN\s+PART", "sustained", "mixed"),
    ("*", r"SUSTAIN", "sustained", "challenger_won"),
    ("CAN", r"GRANT", "granted", "challenger_won"),
    ("CAN", r"DENIED|DENY", "denied", "holder_won"),
    ("*", r"DISMISS", "dismissed", "holder_won"),
]


def is_decision_entry(history_text: str) -> bool:
    """True for a prosecution-history entry that records a decision of the Board."""
    return bool(DECISION_ENTRY.match(history_text or ""))


def decision_outcome(proceeding_type: str, text: str) -> tuple[str, str]:
    """``(disposition, rights_holder_outcome)`` for a decision of a proceeding of that type.

    ``proceeding_type`` is the TTAB code (OPP, CAN, EXA, ...); unknown decisions give
    ``("other", "other")``.
    """
    kind = (proceeding_type or "").upper()
    primary = _primary(text)
    if "COUNTERCLAIM" in primary:
        # A counterclaim attacks the plaintiff's own mark: the table's view does not apply.
        return _disposition(kind, primary), "other"
    if "SETTL" in primary:
        return _disposition(kind, primary) or "other", "settled"
    if "DEFAULT" in primary and kind in ("OPP", "CAN"):
        return ("sustained" if kind == "OPP" else "granted"), "challenger_won"
    if WITHDRAWN_MARK.search(primary):
        # Withdrawing or abandoning the mark in suit ends the case against its holder.
        return ("sustained" if kind == "OPP" else "granted"), "challenger_won"
    if WITHDRAWN_CLAIM.search(primary):
        return "dismissed", "holder_won"
    if WITHOUT_PREJUDICE.search(primary) and re.search(r"DISMISS|DENIED", primary):
        # Ended without a decision on the merits: the claim may be brought again.
        return _disposition(kind, primary), "dismissed"
    for table_kind, word, disposition, outcome in TABLE:
        if table_kind in ("*", kind) and re.search(word, primary):
            return disposition, outcome
    return "other", "other"


def _primary(text: str) -> str:
    """The decision proper: upper case, before any ";", without a "... DECISION:" label."""
    upper = " ".join((text or "").upper().split()).split(";")[0]
    return upper.split(":", 1)[1].strip() if ":" in upper else upper


def _disposition(kind: str, primary: str) -> str:
    for table_kind, word, disposition, _ in TABLE:
        if table_kind in ("*", kind) and re.search(word, primary):
            return disposition
    return "dismissed" if "DISMISS" in primary else "other"
