"""The Court of Justice and the General Court of the European Union: the operative part,
after "On those grounds, the Court (... Chamber) hereby rules / declares / orders:".

A preliminary ruling answers the questions a national court referred; it decides no dispute
between the parties, so it has no winner, and the reader says so instead of inventing one.
On an appeal, "Dismisses the appeal" upholds the General Court's judgment and "Sets aside
the judgment" overturns it ("Refers the case back" remands it). In an action before the
General Court against a Board of Appeal's decision, "Annuls the decision" overturns the
decision and "Dismisses the action" upholds it.
"""

from __future__ import annotations

import re

from .appeals import disposition_for, side_for
from .document import QUOTE_CHARS, Document
from .findings import DISPOSITION, Decision, Evidence, Finding, empty
from .roles import Party

OPERATIVE = re.compile(
    r"On\s+those\s+grounds,?\s+the\s+(?:Court|General\s+Court)\s*(?:\([^)]{0,60}\))?\s+hereby"
    r"\s*(?P<how>rules|declares|orders)?\s*:?",
    re.IGNORECASE,
)
NO_WINNER = (
    "a preliminary ruling answers the referring court's questions on EU law and decides no "
    "dispute between the parties: it has no winner"
)
_VERBS = [
    ("affirm", r"\bdismiss(?:es)?\s+the\s+(?:appeal|action)"),
    ("reverse", r"\bsets?\s+aside\b|\bannuls?\b"),
    ("remand", r"\brefers?\s+the\s+case\s+back\b"),
    ("dismiss", r"\b(?:is|are)\s+inadmissible\b|\bno\s+need\s+to\s+adjudicate\b"),
]


def read(doc: Document, parties: list[Party]) -> Decision:
    found = list(OPERATIVE.finditer(doc.text))
    if not found:
        return Decision(
            empty(DISPOSITION, 'no operative part ("On those grounds, the Court hereby ...")')
        )
    grounds = found[-1]
    operative = doc.text[grounds.end() : grounds.end() + 3000]
    if _preliminary(doc.text, grounds, operative):
        evidence = _operative(doc, "eu.preliminary_ruling", grounds, operative)
        return Decision(Finding(DISPOSITION, "answered", evidence), no_winner=NO_WINNER)
    verbs = {verb for verb, pattern in _VERBS if re.search(pattern, operative, re.IGNORECASE)}
    disposition = disposition_for(
        verbs, partial=bool(re.search(r"\bin\s+so\s+far\s+as\b", operative))
    )
    if not disposition:
        return Decision(empty(DISPOSITION, "the operative part neither dismisses nor sets aside"))
    evidence = _operative(doc, "eu.operative_part", grounds, operative)
    decision = Decision(Finding(DISPOSITION, disposition, evidence))
    side = side_for(disposition)
    if side:
        decision.prevailing.append((side, evidence))
    return decision


def _preliminary(text: str, grounds: re.Match, operative: str) -> bool:
    reference = re.search(
        r"request\s+for\s+a\s+preliminary\s+ruling|preliminary\s+ruling", text, re.I
    )
    interprets = re.search(
        r"must\s+be\s+interpreted|(?:is|are)\s+(?:in)?valid\b|precludes?", operative, re.I
    )
    return bool(
        reference and (grounds.group("how") or "").lower() == "rules" or (reference and interprets)
    )


def _operative(doc: Document, rule: str, grounds: re.Match, operative: str) -> Evidence:
    """The evidence of an operative part: "On those grounds ..." and its first point."""
    end = grounds.end() + _first_line_end(operative)
    quote = " ".join(doc.text[grounds.start() : end].split())
    found = doc.evidence(rule, grounds.start(), end)
    return Evidence(rule, grounds.start(), end, quote[:QUOTE_CHARS], found.paragraph)


def _first_line_end(operative: str) -> int:
    lines = [m.end() for m in re.finditer(r"[;.]\s*(?:\n|$)", operative)]
    return lines[0] if lines else min(len(operative), 200)
