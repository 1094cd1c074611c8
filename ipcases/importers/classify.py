"""Is a ruling about intellectual property, and which kinds? Rules over statutes and terms.

Sources that mix subjects (CAP, Find Case Law) need this; the reason is stored on the ruling
(``ip_classification``) so an editor can see why it was let in.

Each IP type has *strong* signals (statutes, regulations, doctrines only that right has:
"Patents Act 1977", "likelihood of confusion", "breach of confidence") and *weak* ones (the
bare word: "patent", "trade mark"). A type is found when its text carries at least one strong
signal and enough weight overall (``MIN_SCORE``, a strong hit counting ``STRONG_WEIGHT``
weak ones), and when it is not a side issue of a much larger IP type (``MIN_SHARE`` of the
leading type's weight). So a judgment that mentions "patent" once in passing, or speaks of
"confidential" documents in a family case, is not an IP ruling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STRONG_WEIGHT = 3
MIN_SCORE = 12
MIN_SHARE = 0.25
MAX_REASON = 500
_USC = r"U\.?\s?S\.?\s?C\.?(?:A\.?)?\s*(?:§+|sec(?:tion|s?\.)?)?\s*"


@dataclass(frozen=True)
class Signals:
    # (label, pattern, anchors): see _anchors.
    strong: tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]
    weak: tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]


def _rules(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]:
    return tuple(
        (label, re.compile(pattern, re.IGNORECASE), _anchors(pattern)) for label, pattern in pairs
    )


_ZERO_WIDTH = re.compile(r"^(?:\\b|\(\?<[!=][^)]*\))+")
_QUANTIFIER = "?*+{"


def _anchors(pattern: str) -> tuple[str, ...]:
    """Lower-case pieces of text that every match of the pattern contains, one per
    alternative (the literal text each alternative begins with), or () when an alternative
    begins otherwise. A text that holds none of them cannot match, and the pattern (a slow
    case-insensitive scan) is not run on it: most texts hold none of most signals."""
    anchors = []
    for branch in _top_level_branches(pattern):
        literal = _literal_prefix(_ZERO_WIDTH.sub("", branch))
        if len(literal) < 2:
            return ()
        anchors.append(literal.lower())
    return tuple(anchors)


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start, escaped = [], 0, 0, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    return [*branches, pattern[start:]]


def _literal_prefix(branch: str) -> str:
    """The characters a branch matches literally before its first operator, less one that a
    quantifier makes optional."""
    literal, index = [], 0
    while index < len(branch):
        char = branch[index]
        if char == "\\" and index + 1 < len(branch) and not branch[index + 1].isalnum():
            char, step = branch[index + 1], 2
        elif char.isalnum() or char in " /-'&,:;\"":
            step = 1
        else:
            break
        if branch[index + step : index + step + 1] in tuple(_QUANTIFIER):
            break
        literal.append(char)
        index += step
    return "".join(literal)


RULES: dict[str, Signals] = {
    "patent": Signals(
        strong=_rules(
            ("35 U.S.C.", rf"\b35\s+{_USC}(?!171\b)\d"),
            ("Patents Act", r"(?<!Designs and )\bPatents? Act\b"),
            ("European Patent Convention", r"\bEuropean Patent Convention\b|\bEPC\b"),
            ("SPC", r"\bsupplementary protection certificates?\b|\bSPCs?\b|\b469/2009\b"),
            ("patentee", r"\bpatentees?\b"),
            ("inventive step / obviousness", r"\binventive step\b|\bobviousness\b"),
            ("prior art", r"\bprior art\b"),
            ("claim construction", r"\bclaim construction\b"),
            ("standard essential patent", r"\bstandard[- ]essential\b|\bFRAND\b"),
            ("patent infringement", r"\bpatent infringement\b|\binfringement of the patents?\b"),
            ("Patents Court", r"\bPatents Court\b|\bEWHC \d+ \(Pat\)"),
        ),
        weak=_rules(("'patent'", r"\bpatent(?:s|ed|ability|able)?\b")),
    ),
    "trademark": Signals(
        strong=_rules(
            ("Lanham Act", rf"\bLanham Act\b|\b15\s+{_USC}11[0-2]\d\b"),
            ("Trade Marks Act", r"\bTrade ?Marks? Act\b"),
            (
                "EU trade mark law",
                r"\bTrade ?Marks? (?:Directive|Regulation)\b|\bEUTMR?\b|\b2017/1001\b"
                r"|\b207/2009\b|\b2015/2436\b|\b2008/95\b",
            ),
            ("passing off", r"\bpassing[- ]off\b"),
            ("likelihood of confusion", r"\blikelihood of confusion\b"),
            ("trade dress", r"\btrade dress\b"),
            (
                "trade mark infringement",
                r"\btrade ?mark infringement\b|\binfringement of (?:the|its|a) trade ?marks?\b",
            ),
        ),
        weak=_rules(("'trade mark'", r"\btrade ?marks?\b|\bservice marks?\b")),
    ),
    "copyright": Signals(
        strong=_rules(
            ("17 U.S.C.", rf"\b17\s+{_USC}\d"),
            ("Copyright Act", r"\bCopyright Act\b|\bCopyright,? Designs and Patents Act\b"),
            ("InfoSoc Directive", r"\bInfoSoc\b|\b2001/29\b"),
            (
                "copyright infringement",
                r"\bcopyright infringement\b|\binfringement of (?:the |its )?copyright\b",
            ),
            ("fair use / fair dealing", r"\bfair use\b|\bfair dealing\b"),
            ("copyrightable", r"\bcopyrightab(?:le|ility)\b|\bworks? of authorship\b"),
        ),
        weak=_rules(("'copyright'", r"\bcopyright(?:s|ed)?\b")),
    ),
    "design": Signals(
        strong=_rules(
            ("Registered Designs Act", r"\bRegistered Designs Act\b"),
            ("Community design", r"\bCommunity designs?\b|\b6/2002\b"),
            ("design right", r"\b(?:unregistered )?design right\b|\bregistered designs?\b"),
            ("design patent", rf"\bdesign patents?\b|\b35\s+{_USC}171\b"),
            ("informed user", r"\binformed user\b"),
        ),
        weak=(),
    ),
    "trade_secret": Signals(
        strong=_rules(
            ("Defend Trade Secrets Act", rf"\bDefend Trade Secrets Act\b|\b18\s+{_USC}183[6-9]"),
            ("Uniform Trade Secrets Act", r"\bUniform Trade Secrets Act\b"),
            ("Trade Secrets Regulations", r"\bTrade Secrets \(Enforcement|\b2016/943\b"),
            ("breach of confidence", r"\bbreach of confidence\b"),
            (
                "misuse of confidential information",
                r"\bmisuse of (?:the )?(?:confidential information|trade secrets?)\b"
                r"|\bmisappropriation of trade secrets?\b",
            ),
        ),
        weak=_rules(
            ("'trade secret'", r"\btrade secrets?\b"),
            ("'confidential information'", r"\bconfidential information\b"),
        ),
    ),
}


def classify(text: str, title: str = "") -> tuple[list[str], str]:
    """``(ip_types, reason)``: the IP types found, in a fixed order, and why.

    An empty list means "not an IP ruling"; the reason then says what little was found.
    """
    whole = f"{title}\n{text}"
    lowered = whole.lower()
    found = {ip_type: _hits(whole, lowered, signals) for ip_type, signals in RULES.items()}
    scores = {ip_type: _score(hits) for ip_type, hits in found.items()}
    top = max(scores.values())
    ip_types = [
        ip_type
        for ip_type, hits in found.items()
        if any(strong for _, _, strong in hits)
        and scores[ip_type] >= MIN_SCORE
        and scores[ip_type] >= MIN_SHARE * top
    ]
    if ip_types:
        reason = "; ".join(f"{t}: {_describe(found[t])}" for t in ip_types)
    else:
        seen = {t: hits for t, hits in found.items() if hits}
        reason = "not IP: " + (
            "; ".join(f"{t}: {_describe(hits)}" for t, hits in seen.items())
            if seen
            else "no IP statute or term found"
        )
    return ip_types, _shorten(reason)


def _hits(text: str, lowered: str, signals: Signals) -> list[tuple[str, int, bool]]:
    """[(label, count, is_strong)] for every signal that occurs, strong ones first."""
    hits = []
    for rules, strong in ((signals.strong, True), (signals.weak, False)):
        for label, pattern, anchors in rules:
            if anchors and not any(anchor in lowered for anchor in anchors):
                continue
            count = sum(1 for _ in pattern.finditer(text))
            if count:
                hits.append((label, count, strong))
    return hits


def _score(hits: list[tuple[str, int, bool]]) -> int:
    return sum(count * (STRONG_WEIGHT if strong else 1) for _, count, strong in hits)


def _describe(hits: list[tuple[str, int, bool]]) -> str:
    return ", ".join(f"{label} ×{count}" for label, count, _ in hits)


def _shorten(reason: str) -> str:
    return reason if len(reason) <= MAX_REASON else reason[: MAX_REASON - 1] + "…"
