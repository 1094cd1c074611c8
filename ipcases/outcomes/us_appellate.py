"""US appellate opinions (the Supreme Court, the courts of appeals, the Federal Circuit).

The disposition is read from the majority opinion only (a dissent's "I would reverse" is not
the court's), in this order:

1. the decretal line standing alone at its end: "AFFIRMED", "Reversed.",
   "AFFIRMED-IN-PART, REVERSED-IN-PART, AND REMANDED";
2. "The judgment of the district court is affirmed / reversed, and the case is remanded";
3. "we affirm / reverse / vacate ... and remand" in the conclusion.

A cross-appeal decided in its own sentence ("On the cross-appeal, we reverse") is a second
matter decided; a single "AFFIRMED" with a cross-appeal before the court leaves both appeals
where they were, so each side lost its own.
"""

from __future__ import annotations

import re

from .appeals import REMAND_ONLY, disposition_for, side_for
from .document import Document
from .findings import DISPOSITION, Decision, Evidence, Finding, empty
from .roles import Party

_VERB = r"(?:AFFIRM|REVERS|VACAT|REMAND|DISMISS|MODIFI)"
_DECRETAL = re.compile(
    rf"^\s*(?:{_VERB}\w*(?:[- ]IN[- ]PART)?(?:\s+AS\s+MODIFIED)?[\s,;&]*(?:AND\s+)?)+[.;]?\s*"
    r"(?:See\s+Fed\.\s*Cir\.\s*R\.\s*36\.?\s*)?$",
    re.IGNORECASE,
)
# In a text that lost its line breaks the decretal line runs into what follows it
# ("... remand. AFFIRMED COSTS No costs."): capitals, then the costs line.
_DECRETAL_LEAD = re.compile(
    r"^\s*((?:(?:AFFIRMED|REVERSED|VACATED|REMANDED|DISMISSED|MODIFIED)(?:[- ]IN[- ]PART)?"
    r"(?:\s+AS\s+MODIFIED)?[\s,;&]*(?:AND\s+)?)+)(?=\s*(?:COSTS|No costs|Each party|"
    r"It is so ordered|SO ORDERED)\b)"
)
_JUDGMENT_IS = re.compile(
    r"\b(?:judgments?|orders?|decisions?|decree)\s+(?:of\s+the\s+[\w .,'-]{2,80}?\s+)?"
    r"(?:is|are)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?"
    r"((?:affirmed|reversed|vacated|modified|remanded)(?:\s+in\s+part)?[^.]{0,120})",
    re.IGNORECASE,
)
_WE = re.compile(
    r"\bwe\s+(?:therefore\s+|accordingly\s+|thus\s+|hereby\s+|now\s+)?"
    r"((?:affirm|reverse|vacate|remand|dismiss)[^.]{0,400})",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:not|decline to|need not|cannot|could not|if|unless|whether|before|should|were|"
    r"even if|that)\s+$",
    re.IGNORECASE,
)
_SEPARATE_OPINION = re.compile(
    r"^\s*(?:\[(?:dissent|concurrence|concurring|dissenting)[^\]]*\]"
    r"|[A-Z][A-Za-z.'’ -]{1,60},\s+(?:Chief\s+|Senior\s+|Associate\s+)?(?:Circuit\s+|District\s+)?"
    r"(?:Judge|Justice|J\.)[,.]?\s+(?:with\s+whom[^,]{0,80},\s+)?(?:concurring|dissenting)"
    r"|(?:Chief\s+)?Justice\s+[A-Z][\w'’-]+,?\s+(?:with\s+whom[^,]{0,80},\s+)?"
    r"(?:concurring|dissenting))",
    re.IGNORECASE,
)
_CONCLUSION = re.compile(r"^\s*(?:[IVX]+\.?\s+|[A-Z]\.\s+)?conclusion\s*$", re.IGNORECASE)
_MAIN = re.compile(
    r"\b(?:on|in|as\s+to)\s+(?:the\s+|its\s+|[A-Z][\w'’]*['’]s\s+)?appeal,?\s+"
    r"(?:we\s+)?(affirm|reverse|vacate)\w*",
    re.IGNORECASE,
)
_CROSS = re.compile(
    r"\b(?:on|in|as\s+to)\s+(?:the\s+|its\s+|[A-Z][\w'’]*['’]s\s+)?cross-appeal,?\s+"
    r"(?:we\s+)?(?:also\s+)?(affirm|reverse|vacate|dismiss)\w*",
    re.IGNORECASE,
)


def read(doc: Document, parties: list[Party]) -> Decision:
    end = majority_end(doc)
    found = _decretal_line(doc, end) or _judgment_is(doc, end) or _we_statements(doc, end)
    if found is None:
        reason = "no decretal line or statement of the result in the majority opinion"
        return Decision(empty(DISPOSITION, reason))
    verbs, evidence = found
    disposition = disposition_for(verbs, partial="in part" in evidence.quote.lower())
    decision = Decision(Finding(DISPOSITION, disposition, evidence))
    side = side_for(disposition)
    if not side:
        decision.unclear = REMAND_ONLY
        return decision
    decision.prevailing.append((side, evidence))
    _cross_appeal(doc, end, parties, disposition, decision)
    return decision


def majority_end(doc: Document) -> int:
    """Where the first separate opinion (a concurrence or dissent) begins, if it does after
    the opening of the text; else the end of the text."""
    for paragraph in doc.paragraphs:
        if paragraph.start > len(doc.text) // 10:
            head = doc.text[paragraph.start : paragraph.start + 200]
            if _SEPARATE_OPINION.match(head):
                return paragraph.start
    return len(doc.text)


def _decretal_line(doc: Document, end: int) -> tuple[set[str], Evidence] | None:
    """The last line of the majority that holds only decretal words, followed by nothing
    but short lines (costs, "It is so ordered"), footnotes or a separate opinion: a heading
    such as "Remand" is followed by the text of its section."""
    before = [i for i, p in enumerate(doc.paragraphs) if p.start < end]
    for index in reversed(before[-40:]):
        line = doc.paragraph_text(index)
        if len(line) < 120 and _DECRETAL.match(line) and _closes(doc, index, before[-1]):
            return _verbs(line), doc.evidence("us_appellate.decretal_line", *_stripped(doc, index))
        lead = _DECRETAL_LEAD.match(line)
        if lead:
            start = doc.paragraphs[index].start + lead.start(1)
            span = (start, start + len(lead.group(1).rstrip(" ,;&")))
            return _verbs(lead.group(1)), doc.evidence("us_appellate.decretal_line", *span)
    return None


def _closes(doc: Document, index: int, last: int) -> bool:
    """Whether only short lines follow until the footnotes (which may run long) begin."""
    for after in range(index + 1, last + 1):
        text = doc.paragraph_text(after).strip()
        if re.match(r"\*?\d{1,3}\s*\.|\[?\*?\d{1,3}\]", text):
            return True
        if len(text) > 200:
            return False
    return True


def _stripped(doc: Document, index: int) -> tuple[int, int]:
    paragraph = doc.paragraphs[index]
    text = doc.text[paragraph.start : paragraph.end]
    lead = len(text) - len(text.lstrip())
    return paragraph.start + lead, paragraph.start + len(text.rstrip())


def _judgment_is(doc: Document, end: int) -> tuple[set[str], Evidence] | None:
    tail = _tail(doc, end, 12)
    matches = list(_JUDGMENT_IS.finditer(doc.text, tail, end))
    if not matches:
        return None
    match = matches[-1]
    evidence = doc.evidence("us_appellate.judgment_is", match.start(), match.end())
    return _verbs(match.group(1)), evidence


def _we_statements(doc: Document, end: int) -> tuple[set[str], Evidence] | None:
    start = _conclusion_start(doc, end) or _tail(doc, end, 3)
    verbs: set[str] = set()
    first = last = None
    for match in _WE.finditer(doc.text, start, end):
        if _NEGATED.search(doc.text[max(0, match.start() - 20) : match.start()]):
            continue
        verbs |= _verbs(match.group(1))
        first = first if first is not None else match.start()
        last = match.end()
    if not verbs or first is None or last is None:
        return None
    return verbs, doc.evidence("us_appellate.we_statement", first, last)


def _conclusion_start(doc: Document, end: int) -> int | None:
    for paragraph in reversed(doc.paragraphs):
        if paragraph.start < end and _CONCLUSION.match(doc.text[paragraph.start : paragraph.end]):
            return paragraph.start
    return None


def _tail(doc: Document, end: int, count: int) -> int:
    before = [p for p in doc.paragraphs if p.start < end]
    return before[max(0, len(before) - count)].start if before else 0


def _verbs(text: str) -> set[str]:
    lowered = text.lower()
    words = {
        "affirm": r"\baffirm",
        "reverse": r"\brevers",
        "vacate": r"\bvacat",
        "remand": r"\bremand",
        "dismiss": r"\bdismiss",
        "modify": r"\bmodifi",
    }
    return {verb for verb, pattern in words.items() if re.search(pattern, lowered)}


def _cross_appeal(
    doc: Document, end: int, parties: list[Party], disposition: str, decision: Decision
) -> None:
    """Add the cross-appeal's result as a second matter decided."""
    stated = list(_CROSS.finditer(doc.text, _tail(doc, end, 12), end))
    if stated:
        match = stated[-1]
        verb = match.group(1).lower()
        side = {"affirm": "cross_appellee", "dismiss": ""}.get(verb, "cross_appellant")
        main = list(_MAIN.finditer(doc.text, _tail(doc, end, 12), end))
        if main and disposition == "affirmed_in_part":
            # The partial result is split between the appeals: each says who won it.
            evidence = doc.evidence("us_appellate.main_appeal", *main[-1].span())
            won = "appellee" if main[-1].group(1).lower() == "affirm" else "appellant"
            decision.prevailing[:] = [(won, evidence)]
        if side:
            decision.prevailing.append(
                (side, doc.evidence("us_appellate.cross_appeal", *match.span()))
            )
        return
    if any("cross_appellant" in p.roles for p in parties):
        if disposition == "affirmed":
            evidence = decision.disposition.evidence
            decision.prevailing.append(("cross_appellee", evidence))
        elif disposition != "affirmed_in_part":
            decision.prevailing.clear()
            decision.unclear = (
                "a cross-appeal was before the court and the text does not say how it was decided"
            )
