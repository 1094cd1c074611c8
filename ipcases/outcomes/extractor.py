"""extract(): one ruling's text, parties and court -> a Reading of every field.

The court picks the family of text (US appellate, US district, England and Wales, the EU
courts, the TTAB); the family's reader finds the disposition and who prevailed; the parties'
roles and the text say which side holds the right; the two together give the outcome for the
rights holder; the decisive part of the text gives the remedies. Nothing here touches the
database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..courts import COURTS
from . import england, eu, remedies, ttab, us_appellate, us_district
from .document import Document
from .findings import (
    CHALLENGER_SIDE,
    DISPOSITION,
    HOLDER,
    HOLDER_SIDE,
    INJUNCTION,
    MIXED,
    NO_MERITS,
    OUTCOME,
    SETTLED,
    Decision,
    Evidence,
    Finding,
    Reading,
    empty,
)
from .holder import Holder, find_holder
from .roles import OPPOSITE, build_parties

_COURTS = {court[0]: (court[3], court[4], court[5]) for court in COURTS}
# A cross-appellant is the appellee of the main appeal (and the other way round) when the
# holder's roles do not name the cross-appeal.
_EQUIVALENT = {"cross_appellant": "appellee", "cross_appellee": "appellant"}
_APPEAL_FROM_INJUNCTION = re.compile(
    r"\bappeal\b[^.]{0,240}?\b(?P<verb>refus\w*|grant\w*|den(?:y|ied|ial))\b[^.]{0,80}?\binjunct",
    re.IGNORECASE,
)


def family_of(court: str) -> str:
    """us_appellate, us_district, england_appeal, england_first, eu, ttab, or ""."""
    country, kind, level = _COURTS.get(court, ("", "", ""))
    if court == "ttab":
        return "ttab"
    if court in ("cjeu", "eugc"):
        return "eu"
    if country == "GB":
        return "england_first" if level == "first_instance" else "england_appeal"
    if country == "US" and kind == "court":
        return "us_district" if level == "first_instance" else "us_appellate"
    return ""


def extract(
    text: str, parties: Iterable[dict] = (), court: str = "", case_name: str = ""
) -> Reading:
    """Read a ruling: ``parties`` are {"name", "role"} (the catalogue's roles)."""
    family = family_of(court)
    if not (text or "").strip():
        return Reading.nothing("the catalogue holds no text of this ruling")
    if not family:
        return Reading.nothing(f"no reader for rulings of this court ({court or 'unknown'})")
    doc = Document(text)
    appellate = family in ("us_appellate", "england_appeal", "eu")
    people = build_parties(list(parties), case_name, doc.text[:3000], appellate, court)
    decision = _decide(family, doc, people)
    holder = find_holder(doc, people, appellate, court)
    disposition = _disposition(decision, holder)
    findings = {
        DISPOSITION: disposition,
        OUTCOME: outcome(decision, holder),
        HOLDER: holder.finding,
        **_remedies(family, doc, disposition),
    }
    return Reading(findings)


def _decide(family: str, doc: Document, people) -> Decision:
    if family == "us_appellate":
        return us_appellate.read(doc, people)
    if family == "us_district":
        return us_district.read(doc, people)
    if family.startswith("england"):
        return england.read(doc, people, appellate=family == "england_appeal")
    if family == "eu":
        return eu.read(doc, people)
    return ttab.read(doc, people)


def _disposition(decision: Decision, holder: Holder) -> Finding:
    """The family's disposition; a first-instance judgment's is for the side that won."""
    if not decision.judgment:
        return decision.disposition
    sides = {side for side, _ in decision.prevailing}
    if len(sides) != 1 or not holder.roles:
        return empty(DISPOSITION, "judgment partly for each side, or for a side not identified")
    won = sides.pop() == HOLDER_SIDE
    trial = holder.roles & {"plaintiff", "defendant"}
    if len(trial) != 1:
        return empty(DISPOSITION, "the text does not say whether the rights holder is the claimant")
    holder_is_claimant = trial == {"plaintiff"}
    value = "for_plaintiff" if won == holder_is_claimant else "for_defendant"
    return Finding(DISPOSITION, value, decision.prevailing[0][1])


def outcome(decision: Decision, holder: Holder) -> Finding:
    """Who prevailed, seen from the holder of the right."""
    if decision.no_winner:
        return empty(OUTCOME, decision.no_winner)
    if not decision.prevailing:
        why = decision.unclear or decision.disposition.reason or "the result is unknown"
        return empty(OUTCOME, why)
    results = set()
    for side, _ in decision.prevailing:
        result = _seen_from_holder(side, holder)
        if not result:
            why = (
                holder.finding.reason
                or f"the text does not say whether the rights holder is the {side}"
            )
            return empty(OUTCOME, f"the {side.replace('_', '-')} prevailed, but {why}")
        results.add(result)
    value = _combined(results)
    return Finding(OUTCOME, value, _outcome_evidence(decision.prevailing[0][1], holder))


def _seen_from_holder(side: str, holder: Holder) -> str:
    if side in (MIXED, NO_MERITS, SETTLED, HOLDER_SIDE, CHALLENGER_SIDE):
        return side
    roles = holder.roles
    if not roles:
        return ""
    if side not in roles and OPPOSITE.get(side) not in roles:
        side = _EQUIVALENT.get(side, side)
    if side in roles:
        return HOLDER_SIDE
    if OPPOSITE.get(side) in roles:
        return CHALLENGER_SIDE
    return ""


def _combined(results: set[str]) -> str:
    decided = results - {NO_MERITS}
    if not decided:
        return "dismissed"
    if decided == {SETTLED}:
        return "settled"
    if decided == {HOLDER_SIDE}:
        return "holder_won"
    if decided == {CHALLENGER_SIDE}:
        return "challenger_won"
    return "mixed"


def _outcome_evidence(evidence: Evidence | None, holder: Holder) -> Evidence | None:
    if evidence is None:
        return None
    said = holder.finding.evidence
    rule = evidence.rule + (f"; holder: {said.rule}" if said else "")
    return Evidence(rule, evidence.start, evidence.end, evidence.quote, evidence.paragraph)


def _remedies(family: str, doc: Document, disposition: Finding) -> dict[str, Finding]:
    if family in ("eu", "ttab"):
        return {
            name: empty(name, "remedies are not read from rulings of this kind")
            for name in remedies.read(doc, 0, 0, False)
        }
    start, end = _decisive_part(family, doc)
    found = remedies.read(doc, start, end, appellate=family in ("us_appellate", "england_appeal"))
    if not found[INJUNCTION].found and family in ("us_appellate", "england_appeal"):
        found[INJUNCTION] = _appeal_from_injunction(doc, disposition) or found[INJUNCTION]
    return found


def _decisive_part(family: str, doc: Document) -> tuple[int, int]:
    if family == "us_appellate":
        end = us_appellate.majority_end(doc)
        before = [p for p in doc.paragraphs if p.start < end]
        return (before[max(0, len(before) - 8)].start if before else 0), end
    if family == "us_district":
        return us_district.order_part(doc), len(doc.text)
    return doc.tail_start(8), len(doc.text)


def _appeal_from_injunction(doc: Document, disposition: Finding) -> Finding | None:
    """An appeal from the grant or refusal of an injunction, upheld or overturned."""
    if disposition.value not in ("affirmed", "reversed", "reversed_and_remanded"):
        return None
    opening_end = doc.paragraphs[min(len(doc.paragraphs) - 1, 6)].end
    match = _APPEAL_FROM_INJUNCTION.search(doc.text, 0, opening_end)
    if not match:
        return None
    granted_below = match.group("verb").lower().startswith("grant")
    upheld = disposition.value == "affirmed"
    value = "granted" if granted_below == upheld else "refused"
    evidence = doc.evidence("remedies.injunction_appeal_from", match.start(), match.end())
    return Finding(INJUNCTION, value, evidence, f"the appeal was {disposition.value}")
