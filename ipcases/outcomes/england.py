"""England and Wales (and the UK's final courts): appeals decided by the judges' votes, and
first-instance judgments by what they hold of the right.

An appeal: each judge's section ("Lord Justice Floyd:", "Arnold LJ:") either states a result
("I would dismiss the appeal", "the appeal should be allowed", "For my part I would have
allowed this appeal") or agrees ("I agree", "I agree with Tiverton LJ that the appeal should be
dismissed"). A bare "I agree" follows the judgment before it when every judgment before it
agrees, and is left out otherwise. The result is the majority's. An appeal dismissed upholds
the order below (affirmed), one allowed overturns it (reversed); allowed in part, "save as I
have indicated", allowed on one claim and dismissed on another, or a cross-appeal going the
other way, is a partial result. An appeal struck out or dismissed for a failure to comply
ends without a decision on the merits.

A first-instance judgment: "the Patent is valid and has been infringed", "the claim in
passing off succeeds" favour the rights holder; "invalid and must be revoked", "not
infringed", "the claim fails" the other side. Conditional findings ("Had it been valid, I
would have held ...") are not findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .appeals import disposition_for, side_for
from .document import Document
from .findings import CHALLENGER_SIDE, DISPOSITION, HOLDER_SIDE, Decision, Evidence, Finding, empty
from .roles import Party

_JUDGE = re.compile(
    r"^\s*(?:(?:Lord|Lady|LORD|LADY)\s+Justice\s+[\w'’ -]{2,40}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s+L\.?J\.?|(?:Lord|Lady)\s+[A-Z][\w'’-]+(?:\s+of\s+[\w ]+)?(?:\s*\(with whom[^)]*\))?|"
    r"(?:Sir|Dame)\s+[A-Z][\w'’ -]+|The\s+Master\s+of\s+the\s+Rolls|The\s+Chancellor[\w ]*)"
    r"\s*(?:\(dissenting\))?\s*:?\s*$"
)
_APPEAL = r"(?:appeals?|cross-appeals?)"
_OBJECT = (
    rf"(?:the|this|both|these|each\s+of\s+the|all|his|her|its|their)\s+(?:\w+\s+){{0,2}}?{_APPEAL}"
)
STATEMENTS = [
    re.compile(
        rf"\bI\s+(?:too\s+|also\s+)?would\s+(?P<have>have\s+)?(?:[^.]{{0,200}}?\b)?(?P<verb>allow|dismiss)(?:ed)?"
        rf"\s+{_OBJECT}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_OBJECT}\s+(?:is|are|should\s+be|must\s+(?:in\s+consequence\s+)?be|will\s+be|"
        rf"shall\s+be|stands?|ought\s+to\s+be)\s+(?:therefore\s+|accordingly\s+)?(?P<verb>allowed|dismissed)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:we|I)\s+(?:therefore\s+|accordingly\s+)?(?P<verb>allow|dismiss)(?:ed)?\s+{_OBJECT}"
        rf"|\bdecision\s+to\s+(?P<verb2>allow|dismiss)\s+{_OBJECT}",
        re.IGNORECASE,
    ),
]
# Every result in the sentence that states one: "allow the appeal and dismiss the
# cross-appeal", "the appeal is dismissed".
_ACTIVE = re.compile(
    r"\b(?P<verb>allow|dismiss)(?:ed|es|s)?\s+(?P<what>both\s+the\s+appeal\s+and\s+the\s+"
    rf"cross-appeal|{_OBJECT})",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    rf"\b(?P<what>{_OBJECT})\s+(?:is|are|should\s+be|must\s+(?:in\s+consequence\s+)?be|will\s+be|"
    rf"shall\s+be|ought\s+to\s+be)\s+(?:therefore\s+|accordingly\s+)?(?P<verb>allowed|dismissed)",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"\bin\s+part\b|\bto\s+the\s+(?:limited\s+)?extent\b|\bsave\s+(?:as|that|for)\b|\bexcept\b|"
    r"\bin\s+(?:relation|respect)\s+to\b|\bonly\b|\blimited\s+extent\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"^\s*(?:had|if|were)\b|\b(?:had\s+I|if\s+I|unless)\b", re.IGNORECASE)
# A party's case, not the court's finding.
_REPORTED = re.compile(
    r"\b(?:contends?|contended|argues?|argued|submits?|submitted|alleges?|alleged|says|said|"
    r"asserts?|asserted|claims?\s+that|case\s+is\s+that|pleads?|pleaded|denies|denied\s+that)\b",
    re.IGNORECASE,
)
_PROCEDURAL = re.compile(
    r"strik(?:e|ing)\s+out|struck\s+out|for\s+(?:a\s+)?failure\s+to|abandon|withdrawn|"
    r"want\s+of\s+prosecution|no\s+jurisdiction|out\s+of\s+time",
    re.IGNORECASE,
)
_AGREE = re.compile(
    r"^\s*(?:\d{1,4}\.?\s+)?I\s+(?:also\s+|too\s+|entirely\s+)?agree\b(?P<rest>[^.]{0,200})",
    re.IGNORECASE,
)


@dataclass
class Vote:
    results: dict[str, str]  # "appeal" / "cross" -> "allow" | "dismiss" | "partly"
    evidence: Evidence | None
    procedural: bool = False


def read(doc: Document, parties: list[Party], appellate: bool) -> Decision:
    return read_appeal(doc) if appellate else read_first_instance(doc)


def read_appeal(doc: Document) -> Decision:
    sections = judge_sections(doc)
    votes = _votes(doc, sections)
    decided = [v for v in votes if v is not None]
    if not decided:
        return Decision(
            empty(DISPOSITION, "no judge states whether the appeal is allowed or dismissed")
        )
    tally: dict[tuple, list[Vote]] = {}
    for vote in decided:
        tally.setdefault(tuple(sorted(vote.results.items())), []).append(vote)
    ranked = sorted(tally.values(), key=len, reverse=True)
    if len(ranked) > 1 and len(ranked[0]) == len(ranked[1]):
        return Decision(empty(DISPOSITION, "the judges' votes are evenly divided or unclear"))
    majority = ranked[0][0]
    rule = "ew.appeal_majority" if len(ranked) > 1 else "ew.appeal"
    evidence = next((v.evidence for v in ranked[0] if v.evidence), None)
    return _appeal_decision(majority, evidence, rule)


def _appeal_decision(vote: Vote, evidence: Evidence | None, rule: str) -> Decision:
    if evidence is not None:
        evidence = Evidence(rule, evidence.start, evidence.end, evidence.quote, evidence.paragraph)
    if vote.procedural:
        decision = Decision(Finding(DISPOSITION, "dismissed", evidence))
        decision.prevailing.append(("no_merits", evidence))
        return decision
    results = vote.results
    verbs = {"affirm" if r == "dismiss" else "reverse" for r in results.values() if r != "partly"}
    partial = "partly" in results.values() or len(set(results.values())) > 1
    disposition = disposition_for(verbs or {"affirm"}, partial)
    decision = Decision(Finding(DISPOSITION, disposition, evidence))
    main = results.get("appeal")
    if main and main != "partly" and "cross" in results:
        decision.prevailing.append(("appellee" if main == "dismiss" else "appellant", evidence))
        cross = results["cross"]
        if cross != "partly":
            side = "cross_appellee" if cross == "dismiss" else "cross_appellant"
            decision.prevailing.append((side, evidence))
        return decision
    decision.prevailing.append((side_for(disposition), evidence))
    return decision


def judge_sections(doc: Document) -> list[tuple[str, int, int]]:
    """(heading, start, end) of each judge's judgment; one unnamed section when the text has
    no headings."""
    heads = [
        (doc.paragraph_text(i).strip().rstrip(":").strip(), p.start, p.end)
        for i, p in enumerate(doc.paragraphs)
        if p.end - p.start < 120 and _JUDGE.match(doc.paragraph_text(i))
    ]
    if not heads:
        return [("", 0, len(doc.text))]
    bounds = [start for _, start, _ in heads] + [len(doc.text)]
    return [(name, end, bounds[i + 1]) for i, (name, _, end) in enumerate(heads)]


def _votes(doc: Document, sections: list[tuple[str, int, int]]) -> list[Vote | None]:
    votes: list[Vote | None] = []
    for name, start, end in sections:
        vote = _stated(doc, start, end) or _agreement(doc, start, end, sections, votes)
        votes.append(vote)
        extra = re.search(r"with whom\s+(.+?)\s+agrees?", name, re.IGNORECASE)
        if vote is not None and extra:
            votes.extend([vote] * len(re.split(r",|\band\b", extra.group(1))))
    return votes


def _stated(doc: Document, start: int, end: int) -> Vote | None:
    """The result a judge states: the last unconditional statement in the section."""
    found: list[tuple[re.Match, str]] = []
    for pattern in STATEMENTS:
        for match in pattern.finditer(doc.text, start, end):
            left, right = doc.sentence(match.start(), match.end())
            negated = re.search(r"\bnot\b", match.group(0), re.IGNORECASE)
            if not negated and not _CONDITIONAL.search(doc.text[left : match.start()]):
                found.append((match, doc.text[left:right]))
    if not found:
        return None
    found.sort(key=lambda item: item[0].start())
    match, sentence = found[-1]
    results = _results(sentence)
    evidence = doc.evidence("ew.appeal", match.start(), match.end())
    before = doc.text[max(start, match.start() - 400) : match.end()]
    procedural = "dismiss" in results.values() and bool(_PROCEDURAL.search(before))
    return Vote(results, evidence, procedural) if results else None


def _results(sentence: str) -> dict[str, str]:
    """{"appeal" / "cross": "allow" | "dismiss" | "partly"} for a sentence stating results."""
    results: dict[str, str] = {}
    found = sorted(
        [*_ACTIVE.finditer(sentence), *_PASSIVE.finditer(sentence)], key=lambda m: m.start()
    )
    for match in found:
        verb = "allow" if match.group("verb").lower().startswith("allow") else "dismiss"
        what = match.group("what").lower()
        both = what.startswith("both the appeal and")
        for which in ("appeal", "cross") if both else ("cross" if "cross" in what else "appeal",):
            if which in results and results[which] != verb:
                results[which] = "partly"
            else:
                results.setdefault(which, verb)
    if len(results) == 1 and _PARTIAL.search(sentence):
        results = dict.fromkeys(results, "partly")
    return results


def _agreement(doc: Document, start: int, end: int, sections: list, votes: list) -> Vote | None:
    """The vote of a judge who agrees: with the judge named, or with the judgments before
    when they all say the same; "that the appeal should be dismissed" says it outright."""
    for index in range(doc.index_at(start), min(doc.index_at(start) + 3, len(doc.paragraphs))):
        match = _AGREE.match(doc.paragraph_text(index))
        if match and doc.paragraphs[index].start < end:
            rest = match.group("rest")
            named = _named_vote(rest, sections, votes)
            if named is not None:
                return named
            earlier = [v for v in votes if v is not None]
            if earlier and all(v.results == earlier[0].results for v in earlier):
                return Vote(earlier[0].results, None, earlier[0].procedural)
            return None
    return None


def _named_vote(rest: str, sections: list, votes: list) -> Vote | None:
    for (name, _, _), vote in zip(sections, votes, strict=False):
        surname = _surname(name)
        if vote is not None and surname and re.search(rf"\b{re.escape(surname)}\b", rest, re.I):
            return vote
    return None


def _surname(heading: str) -> str:
    """ "Arnold" from "Lord Justice Arnold", "Arnold LJ" or "Lord Reed (with whom ...)"."""
    words = re.sub(r"\(.*", "", heading).replace(".", "").split()
    words = [
        w for w in words if w.upper() not in ("LJ", "J", "MR", "QC", "KC", "DBE", "(DISSENTING)")
    ]
    return words[-1] if words else ""


_HOLDER_WINS = [
    r"\bvalid\s+and\s+(?:has\s+been\s+|have\s+been\s+|is\s+|are\s+|was\s+)?infringed",
    r"\bhave\s+infringed\b|\bhas\s+infringed\b|\b(?:has|have)\s+been\s+infringed\b",
    r"\bclaims?\s+(?:in|for|of)\s+[\w\s-]{0,60}?(?:succeeds?|is\s+made\s+out|are\s+made\s+out)",
    r"\bpassing\s+off\s+(?:is|was)\s+(?:made\s+out|established)",
    r"\bI\s+award\s+the\s+claimants?\b",
]
_CHALLENGER_WINS = [
    r"\b(?:is|are)\s+invalid\b",
    r"\b(?:must|should|will|shall)\s+be\s+revoked\b",
    r"\b(?:is|are|was|were)\s+not\s+infringed\b|\b(?:has|have)\s+not\s+been\s+infringed\b",
    r"\b(?:does|do|did)\s+not\s+infringe\b|\bthere\s+(?:has\s+been|was|is)\s+no\s+infringement\b",
    r"\bvalid\s+but\s+not\s+infringed\b",
    r"\bclaims?\s+(?:[\w\s-]{0,40}?)(?:fails?|is\s+dismissed|are\s+dismissed)\b",
]


def read_first_instance(doc: Document) -> Decision:
    start = _conclusion(doc)
    holder = _findings(doc, start, _HOLDER_WINS, "ew.holder_succeeds")
    challenger = _findings(doc, start, _CHALLENGER_WINS, "ew.challenger_succeeds")
    if not holder and not challenger:
        return Decision(
            empty(
                DISPOSITION, "no finding on validity, infringement or the claim in the conclusion"
            )
        )
    decision = Decision(Finding(DISPOSITION, ""), judgment=True)
    if holder:
        decision.prevailing.append((HOLDER_SIDE, holder[0]))
    if challenger:
        decision.prevailing.append((CHALLENGER_SIDE, challenger[0]))
    return decision


def _conclusion(doc: Document) -> int:
    for paragraph in reversed(doc.paragraphs):
        text = doc.text[paragraph.start : paragraph.end]
        if re.match(
            r"\s*(?:\d{1,4}\.?\s+)?(?:conclusions?|disposal|result|summary of conclusions)\s*$",
            text,
            re.I,
        ):
            return paragraph.start
    return doc.tail_start(6)


def _findings(doc: Document, start: int, patterns: list[str], rule: str) -> list[Evidence]:
    found = []
    for pattern in patterns:
        for match in re.finditer(pattern, doc.text[start:], re.IGNORECASE):
            at = start + match.start()
            left, right = doc.sentence(at, start + match.end())
            sentence = doc.text[left:right]
            if _CONDITIONAL.search(sentence) or re.search(r"\bwould\s+have\b", sentence, re.I):
                continue
            if _REPORTED.search(doc.text[left:at]):
                continue
            found.append((at, doc.evidence(rule, at, start + match.end())))
    return [evidence for _, evidence in sorted(found, key=lambda item: item[0])]
