"""US district court orders and judgments.

Read from the order part (after "CONCLUSION", "For these reasons", "Accordingly" or "IT IS
ORDERED", else the last paragraphs):

- motions decided: "Defendant's Motion for Summary Judgment of Invalidity (Dkt. No. 88) is
  GRANTED", "the Court GRANTS-IN-PART and DENIES-IN-PART Plaintiff's motion", a motion
  "ALLOWED" (as the District of Massachusetts writes). A motion granted favours its movant,
  one denied the other side; one "denied as moot" decides nothing. A dismissal for want of
  jurisdiction, venue or service ends the case without a decision on the merits; transfers,
  stays, discovery and the like are procedural and say nothing about who prevails;
- judgments: "judgment is entered in favor of Plaintiff", default judgments, consent
  (agreed, stipulated) judgments, which are settlements.
"""

from __future__ import annotations

import re

from .document import GAP, Document
from .findings import DISPOSITION, MIXED, NO_MERITS, SETTLED, Decision, Finding, empty
from .roles import OPPOSITE, Party, roles_in

# A clause runs on through abbreviations ("Dkt. No. 88", "Inc.'s", "U.S.C. § 101").
CLAUSE = GAP
_VERBS = (
    r"(?P<verb>grant(?:s|ed)?[- ]in[- ]part(?:,?\s+and\s+den(?:y|ies|ied)[- ]in[- ]part)?"
    r"|den(?:y|ies|ied)[- ]in[- ]part(?:,?\s+and\s+grant(?:s|ed)?[- ]in[- ]part)?"
    r"|grant(?:s|ed)?|allow(?:s|ed)?|den(?:y|ies|ied))"
)
_MOTION = (
    rf"(?P<motion>{CLAUSE}{{0,160}}?\b(?:motion|application|request|petition){CLAUSE}{{0,220}}?)"
)
MOTION_IS = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n)){_MOTION}\s+(?:is|are)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
    rf"{_VERBS}\b(?P<rest>{CLAUSE}{{0,60}})",
    re.IGNORECASE | re.MULTILINE,
)
COURT_VERB = re.compile(
    rf"\b(?:the\s+)?court\s+(?:hereby\s+|therefore\s+|accordingly\s+|will\s+|shall\s+)?{_VERBS}\s+"
    rf"(?P<motion>{CLAUSE}{{0,160}}?\b(?:motion|application|request|petition){CLAUSE}{{0,220}})(?P<rest>)",
    re.IGNORECASE,
)
JUDGMENT_FOR = re.compile(
    r"\bjudgment\s+(?:is|shall\s+be|will\s+be|be)\s+(?:hereby\s+)?entered\s+(?:in\s+favou?r\s+of|"
    r"for)\s+(?P<who>[^.,;]{1,80})",
    re.IGNORECASE,
)
ENTERS_JUDGMENT = re.compile(
    r"\b(?:court\s+)?(?:hereby\s+)?enters?\s+(?:final\s+)?judgment\s+(?:in\s+favou?r\s+of|for)\s+"
    r"(?P<who>[^.,;]{1,80})",
    re.IGNORECASE,
)
DEFAULT = re.compile(r"\bdefault\s+judgment\s+(?:is|shall\s+be|be)\s+(?:hereby\s+)?entered", re.I)
CONSENT = re.compile(
    r"\b(?:consent|agreed|stipulated)\s+(?:final\s+)?judgment\b|\bjudgment\s+by\s+consent\b", re.I
)
TAKE_NOTHING = re.compile(r"\b(?:plaintiffs?|claimants?)\s+(?:shall\s+)?take\s+nothing\b", re.I)
# Where the order part of an opinion begins: a paragraph that opens like this.
_ORDER_PART = re.compile(
    r"\s*(?:[IVX]+\.\s*)?conclusion\s*$|\s*(?:accordingly|for\s+(?:the|these)\s+(?:foregoing\s+)?"
    r"reasons|it\s+is\s+(?:hereby\s+|therefore\s+)?ordered|(?:it\s+is\s+)?so\s+ordered)\b",
    re.IGNORECASE,
)
NO_MERITS_DISMISSAL = re.compile(
    r"jurisdiction|venue|12\(b\)\((?:1|2|3|4|5)\)|service\s+of\s+process|standing|forum\s+non|"
    r"without\s+prejudice|failure\s+to\s+prosecute",
    re.IGNORECASE,
)
PROCEDURAL = re.compile(
    r"\b(?:transfer|stay|strike|compel|protective\s+order|leave\s+to|seal|extension|pro\s+hac|"
    r"bifurcat|consolidat|withdraw|reconsider|continu|quash|substitut|join|intervene)",
    re.IGNORECASE,
)


def read(doc: Document, parties: list[Party]) -> Decision:
    start = order_part(doc)
    judgment = _judgment(doc, start, parties)
    if judgment is not None:
        return judgment
    rulings = [r for r in _motions(doc, start, parties) if r is not None]
    merits = [r for r in rulings if r[1] != "procedural"]
    if not rulings:
        return Decision(
            empty(DISPOSITION, "no motion decided and no judgment entered in the order")
        )
    chosen = merits or rulings
    verbs = {verb for verb, _, _ in chosen}
    disposition = verbs.pop() if len(verbs) == 1 else ""
    first = chosen[0][2]
    finding = (
        Finding(DISPOSITION, disposition, first)
        if disposition
        else empty(DISPOSITION, "several motions decided differently")
    )
    decision = Decision(finding)
    for _, side, evidence in merits:
        decision.prevailing.append((side, evidence))
    if not merits:
        decision.unclear = "a procedural order decides nothing on the merits for either side"
        if len(rulings) > 1 or len(doc.paragraphs) > 12:
            # In an opinion, a side ruling (a motion to strike) is not what it decided.
            decision.disposition = empty(DISPOSITION, "only procedural motions are decided")
    return decision


def order_part(doc: Document) -> int:
    """Where the order part begins: the first paragraph after the opening third that opens
    it, else the last four paragraphs; a short order is all order."""
    if len(doc.paragraphs) <= 6:
        return 0
    for index in range(len(doc.paragraphs) // 3, len(doc.paragraphs)):
        paragraph = doc.paragraphs[index]
        if _ORDER_PART.match(doc.text, paragraph.start, paragraph.end):
            return paragraph.start
    return doc.tail_start(4)


def _judgment(doc: Document, start: int, parties: list[Party]) -> Decision | None:
    head = doc.text[:300]
    consent = CONSENT.search(head) or CONSENT.search(doc.text, start)
    if consent:
        evidence = doc.evidence("us_district.consent_judgment", *consent.span())
        decision = Decision(Finding(DISPOSITION, "consent_judgment", evidence))
        decision.prevailing.append((SETTLED, evidence))
        return decision
    patterns = (
        (JUDGMENT_FOR, "judgment_for"),
        (ENTERS_JUDGMENT, "judgment_for"),
        (DEFAULT, "default_judgment"),
    )
    for pattern, rule in patterns:
        match = pattern.search(doc.text, start)
        if match:
            who = re.split(r"\s+(?:and\s+)?against\b", match.groupdict().get("who") or "plaintiff")[
                0
            ]
            side = _movant(who, parties) or ("plaintiff" if rule == "default_judgment" else "")
            return _for(doc, side, f"us_district.{rule}", match.span())
    nothing = TAKE_NOTHING.search(doc.text, start)
    if nothing:
        return _for(doc, "defendant", "us_district.take_nothing", nothing.span())
    return None


def _for(doc: Document, side: str, rule: str, span: tuple[int, int]) -> Decision:
    evidence = doc.evidence(rule, *span)
    if side not in ("plaintiff", "defendant"):
        return Decision(empty(DISPOSITION, "judgment entered for a party whose side is unclear"))
    decision = Decision(Finding(DISPOSITION, f"for_{side}", evidence))
    decision.prevailing.append((side, evidence))
    return decision


_DECIDING = ("grant", "deny", "denies", "denied", "allow")


def _motions(doc: Document, start: int, parties: list[Party]):
    for left, right in doc.sentences(start, len(doc.text), _DECIDING):
        sentence = doc.text[left:right]
        seen: set[int] = set()
        for pattern in (MOTION_IS, COURT_VERB):
            for match in pattern.finditer(sentence):
                if match.start("verb") in seen or re.match(r"\s*as\s+moot", match.group("rest")):
                    continue
                seen.add(match.start("verb"))
                yield _motion(doc, match, left, parties)


def _motion(doc: Document, match: re.Match, offset: int, parties: list[Party]):
    """(disposition, side favoured or "procedural", evidence) of one motion decided."""
    verb = match.group("verb").lower()
    disposition = (
        "granted_in_part" if "part" in verb else ("denied" if verb.startswith("den") else "granted")
    )
    motion = match.group("motion")
    evidence = doc.evidence("us_district.motion", offset + match.start(), offset + match.end())
    kind = re.split(r"\b(?:motion|application|request|petition)\b", motion, maxsplit=1, flags=re.I)
    what = kind[-1] if len(kind) > 1 else motion
    if re.search(r"\bdismiss", what, re.I) and NO_MERITS_DISMISSAL.search(what):
        return disposition, NO_MERITS if disposition == "granted" else "plaintiff", evidence
    if PROCEDURAL.search(what[:60]) and not re.search(
        r"judgment|injunct|fees|damages|dismiss", what[:80], re.I
    ):
        return disposition, "procedural", evidence
    movant = _movant(kind[0], parties) or _default_movant(what)
    if not movant:
        return None
    if disposition == "granted_in_part":
        return disposition, MIXED, evidence
    return disposition, movant if disposition == "granted" else OPPOSITE[movant], evidence


def _movant(text: str, parties: list[Party]) -> str:
    """The side of the party a phrase names ("Defendant Marrow Networks, Inc.'s", "Cask &
    Keel's", "Plaintiff"): plaintiff or defendant, or ""."""
    roles = roles_in(text, appellate=False, court="") & {"plaintiff", "defendant"}
    if len(roles) == 1:
        return roles.pop()
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    sides = {r for p in parties if p.keys & words for r in p.roles} & {"plaintiff", "defendant"}
    return sides.pop() if len(sides) == 1 else ""


def _default_movant(what: str) -> str:
    """A motion to dismiss the complaint is the defendant's by its nature."""
    if re.match(r"\s*to\s+dismiss\b", what, re.I) and "counterclaim" not in what.lower():
        return "defendant"
    return ""
