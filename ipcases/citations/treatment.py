"""How a citing text treats each ruling it cites, read from the sentence of the citation and
the sentence after it. Pure: text and mentions in, one reading per cited ruling out.

It never guesses. A treatment is read only from words of the court itself about the cited
ruling: "we overrule", "X is distinguishable", "we decline to follow X", "applying X". A cue
that is negated ("we need not overrule"), put in a party's mouth ("Acme argues that X is
distinguishable"), quoted, or inside the parenthetical that describes what the cited ruling
itself did ("(criticizing ...)") reads nothing; a passage with cues of two treatments reads
nothing. Then the treatment is "cited", with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..outcomes.document import Document
from .found import CaseMention, CitedAuthority

CITED = "cited"
FOLLOWED = "followed"
DISTINGUISHED = "distinguished"
QUESTIONED = "questioned"
OVERRULED = "overruled"
# The most telling first: a ruling distinguished in one place and followed in another is
# shown as distinguished, with that passage.
SEVERITY = (OVERRULED, QUESTIONED, DISTINGUISHED, FOLLOWED, CITED)
NEGATIVE = (OVERRULED, QUESTIONED, DISTINGUISHED)
PASSAGE_CHARS = 600

_WE = r"(?:we|i|this\s+court|the\s+court)"
_ADVERB = (
    r"(?:(?:hereby|now|today|therefore|accordingly|expressly|respectfully|must|should|would)\s+)*"
)
_NOT_AFTER_BY = r"(?!\s+(?:in\s+part\s+|on\s+other\s+grounds\s+)?(?:by|in)\b)"
_CUES: dict[str, list[tuple[str, str]]] = {
    OVERRULED: [
        ("we overrule", rf"\b{_WE}\s+{_ADVERB}(?:overrule|abrogate|disapprove|depart\s+from)\b"),
        (
            "is overruled",
            rf"\b(?:is|are|be|stands|been)\s+{_ADVERB}(?:overruled|abrogated|disapproved)"
            rf"\b{_NOT_AFTER_BY}",
        ),
        ("wrongly decided and overruled", r"\boverruling\s+(?:it|them|that\s+(?:case|decision))\b"),
    ],
    QUESTIONED: [
        (
            "we do not follow",
            rf"\b{_WE}\s+{_ADVERB}(?:do|does|did|can|could|will|shall)\s*(?:not|n[o’']t)\s+"
            r"(?:follow|agree\s+with|accept|adopt)\b",
        ),
        ("we disagree", rf"\b{_WE}\s+{_ADVERB}(?:disagree|part\s+company)\b"),
        ("declines to follow", rf"\b{_WE}\s+{_ADVERB}declin(?:e|es|ed)\s+to\s+(?:follow|adopt)\b"),
        ("not persuaded", rf"\b{_WE}\s+(?:are|am|is)\s+not\s+persuaded\s+by\b"),
        ("unpersuasive", r"\b(?:unpersuasive|wrongly\s+decided|incorrectly\s+decided)\b"),
        ("calls into question", r"\b(?:call(?:s|ed)?\s+into\s+question|cast(?:s)?\s+doubt\s+on)\b"),
        ("criticise", rf"\b{_WE}\s+{_ADVERB}(?:criticize|criticise|question)\b"),
        (
            "our holding goes against",
            r"\bour\s+(?:holding|conclusion|decision|view)\s+(?:\S+\s+){0,12}?"
            r"(?:goes\s+against|is\s+at\s+odds\s+with|conflicts\s+with)\b",
        ),
    ],
    DISTINGUISHED: [
        ("distinguishable", r"\b(?:is|are|was|were|be|remains?)\s+(?:\w+ly\s+)?distinguishable\b"),
        ("is distinguished", r"\b(?:is|are|be)\s+(?:\w+ly\s+)?distinguished\b"),
        ("we distinguish", rf"\b{_WE}\s+{_ADVERB}distinguish\b"),
        ("inapposite", r"\b(?:inapposite|not\s+apposite|not\s+on\s+point|of\s+no\s+assistance)\b"),
        (
            "does not govern",
            r"\b(?:does|do)\s+not\s+(?:control|govern|apply\s+here)\b|\bnot\s+controlling\b",
        ),
        ("unlike", r"(?:^|[,;(]\s*|\.\s+)unlike\b"),
    ],
    FOLLOWED: [
        ("we follow", rf"\b{_WE}\s+{_ADVERB}(?:follow|apply|adopt)\b"),
        ("applying", r"(?:^|[,;]\s*|\b(?:by|and)\s+)applying\b"),
        ("controlled by", r"\b(?:is|are)\s+(?:controlled|governed)\s+by\b|\bbound\s+by\b"),
        ("controls", r"\b(?:controls|is\s+controlling)\b"),
        ("in accordance with", r"\bin\s+accordance\s+with\b"),
    ],
}
_COMPILED = {
    treatment: [(rule, re.compile(pattern, re.I)) for rule, pattern in cues]
    for treatment, cues in _CUES.items()
}
# A word every cue contains, to pass over the windows that hold none.
_ANY_CUE = re.compile(
    r"overrul|abrogat|disapprov|depart|disagree|part\s+company|declin|persua|wrong|incorrect|"
    r"question|doubt|critici|distinguish|apposite|on\s+point|assistance|control|govern|unlike|"
    r"follow|appl[yi]|adopt|accept|agree|bound\s+by|accordance|against|odds|conflicts",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|cannot)\s+(?:\w+\s+){0,3}$", re.I)
# Anywhere before the cue in its clause: the court leaves the question open.
_OPEN_QUESTION = re.compile(r"\b(?:need\s+not|whether|if|unless|even\s+assuming)\b", re.I)
_PARTY_SAYS = re.compile(
    r"\b(?:argu(?:es|ed|ing)|contend(?:s|ed)?|urg(?:es|ed)|assert(?:s|ed)|submit(?:s|ted)|"
    r"suggest(?:s|ed)|maintain(?:s|ed)|claim(?:s|ed)|invit(?:es|ed)|ask(?:s|ed)\s+us|"
    r"attempt(?:s|ed)?|seek(?:s)?|sought|tries|tried|according\s+to|counsel)\b",
    re.I,
)
_SHORT_NAME = re.compile(r"[A-Z][\w'’&.-]+")
_BACK_REFERENCE = re.compile(
    r"\b(?:that\s+case|that\s+decision|those\s+cases|the\s+court\s+there)\b", re.I
)


@dataclass(frozen=True)
class Reading:
    """The treatment of one cited ruling: the rule that read it (or, for "cited", why none
    could be read), the passage quoted and where it starts in the text, and where the
    citation it concerns starts."""

    treatment: str
    rule: str
    passage: str
    passage_start: int
    mention_start: int


def read_treatments(
    text: str, mentions: list[CaseMention], authorities: list[CitedAuthority]
) -> dict[str, Reading]:
    """group -> reading, for every cited ruling that has a mention in ``text``."""
    doc = Document(text)
    names = {a.group: _short_name(a.case_name) for a in authorities}
    readings: dict[str, Reading] = {}
    for mention in mentions:
        reading = _read(doc, mention, mentions, names.get(mention.group, ""))
        known = readings.get(mention.group)
        if known is None or _rank(reading) < _rank(known):
            readings[mention.group] = reading
    return readings


def _rank(reading: Reading) -> int:
    return SEVERITY.index(reading.treatment)


def _read(doc: Document, mention: CaseMention, mentions: list[CaseMention], name: str) -> Reading:
    start, end = doc.sentence(mention.start, mention.end)
    window = _window(doc.text, mention, mentions, start, end)
    treatment, rule = _cues(doc.text, window, mention)
    if treatment == CITED and rule == "no treatment words":
        after = _next_sentence(doc, end, mentions, name)
        if after is not None:
            found, found_rule = _cues(doc.text, after, mention)
            if found != CITED:
                return _reading(
                    doc, found, f"{found_rule} (next sentence)", start, after[1], mention
                )
    return _reading(doc, treatment, rule, start, end, mention)


def _reading(doc, treatment, rule, start, end, mention) -> Reading:
    passage = " ".join(doc.text[start:end].split())
    if len(passage) > PASSAGE_CHARS:
        offset = max(0, mention.start - start - PASSAGE_CHARS // 3)
        passage = ("…" if offset else "") + passage[offset : offset + PASSAGE_CHARS] + "…"
    return Reading(treatment, rule, passage, start, mention.start)


def _window(text, mention, mentions, start, end) -> tuple[int, int]:
    """The part of the sentence that speaks of this citation: up to the neighbouring
    citations of other rulings, cut at a clause break before the next one."""
    left, right = start, end
    for other in mentions:
        if other.group == mention.group or other.end <= start or other.start >= end:
            continue
        if other.end <= mention.start:
            left = max(left, other.end)
        elif other.start >= mention.end:
            right = min(right, other.start)
    if right < end:
        piece = text[mention.end : right]
        breaks = [m.start() for m in re.finditer(r";|,\s+(?:and|but|while|whereas)\b", piece)]
        if breaks:
            right = mention.end + breaks[-1]
    return left, right


def _cues(text: str, window: tuple[int, int], mention: CaseMention) -> tuple[str, str]:
    """The one treatment the window's cues agree on, or "cited" with the reason."""
    piece = text[window[0] : window[1]]
    if not _ANY_CUE.search(piece):
        return CITED, "no treatment words"  # most citations: one cheap test
    blocked = _blocked(piece, mention.end - window[0])
    found: dict[str, str] = {}
    reasons = []
    for treatment, cues in _COMPILED.items():
        for rule, pattern in cues:
            for match in pattern.finditer(piece):
                reason = _doubt(piece, match, blocked)
                if reason:
                    reasons.append(reason)
                    continue
                found.setdefault(treatment, rule)
    if len(found) > 1:
        return CITED, "cues of several treatments"
    if found:
        return next(iter(found.items()))
    return CITED, reasons[0] if reasons else "no treatment words"


def _doubt(piece: str, match: re.Match, blocked: list[tuple[int, int]]) -> str:
    """Why a cue does not count, or ""."""
    if any(a <= match.start() < b for a, b in blocked):
        return "in a quotation or the cited ruling's parenthetical"
    before = piece[: match.start()]
    if _NEGATION.search(before[-40:]) or _OPEN_QUESTION.search(before):
        return "negated or conditional"
    if _PARTY_SAYS.search(before):
        return "a party's argument"
    return ""


def _blocked(piece: str, mention_end: int) -> list[tuple[int, int]]:
    """Quotations, and parentheses opening after the citation (what the cited ruling held)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^”\"]*[”\"]", piece)]
    depth, opened = 0, 0
    for index, char in enumerate(piece):
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and opened >= mention_end:
                spans.append((opened, index + 1))
    return spans


def _next_sentence(doc, end, mentions, name) -> tuple[int, int] | None:
    """The sentence after the citation's, when it speaks of the cited ruling (by its name or
    "that case") and cites no other."""
    if end >= len(doc.text):
        return None
    start, stop = doc.sentence(end, end + 1)
    if start < end or stop <= start:
        return None
    if any(start < m.end and m.start < stop for m in mentions):
        return None
    sentence = doc.text[start:stop]
    if _BACK_REFERENCE.search(sentence) or (
        name and re.search(rf"\b{re.escape(name)}\b", sentence)
    ):
        return start, stop
    return None


def _short_name(case_name: str) -> str:
    """The first word of the first party ("Feist" of "Feist Publications, Inc. v. ..."), or
    "" where it is too common a word to point at one ruling."""
    first = _SHORT_NAME.match(case_name.removeprefix("In re ").strip())
    word = first.group(0).rstrip(".,") if first else ""
    return word if len(word) > 3 and word.lower() not in _COMMON else ""


_COMMON = {"united", "state", "states", "people", "commonwealth", "the", "city", "county"}
