"""Remedies where the ruling decides them: an injunction granted or refused, damages awarded
(amount and currency), enhanced damages and attorney fees.

Only the part of the text that decides is read (the conclusion and order; for an appeal the
majority's closing part), and a sentence that is conditional ("would be entitled to an
injunction if ...") or records what a lower court did decides nothing here. An appellate
ruling that affirms keeps the remedy it names ("affirm the award of $4.2 million"); one that
hears an appeal from the refusal of an injunction and dismisses it leaves it refused.

Damages are taken only when the decisive part names one award, or one total: several
amounts with no total ("£45,000 ... together with additional damages of £10,000") are not
added up, and an award "against each defendant" or "per work" has no single amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .document import Document
from .findings import AWARDED, DAMAGES, ENHANCED, FEES, INJUNCTION, REFUSED, Finding, empty

_INJ = (
    r"(?:temporary\s+restraining\s+order|"
    r"(?:(?:preliminary|interim|interlocutory|permanent|final)\s+)?injunct\w*)"
)
INJUNCTION_GRANTED = [
    rf"\b(?:motion|application|request)\s+for\s+(?:an?\s+)?{_INJ}[^.]{{0,120}}?\b(?:is|are)\s+(?:hereby\s+)?(?:granted|allowed)\b",
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:permanently\s+|preliminarily\s+)?(?:enjoined|restrained)\b",
    rf"\b(?:is|are)\s+entitled\s+to\s+(?:an?\s+)?{_INJ}",
    rf"\b(?:court|I|we)\s+(?:hereby\s+|will\s+|shall\s+)?(?:grants?|enters?|issues?)\s+(?:a|an|the)\s+{_INJ}",
]
# An appellate ruling that upholds an injunction granted below.
INJUNCTION_UPHELD = [
    rf"\b(?:affirm\w*|uph[eo]ld)\b[^.]{{0,100}}?\b{_INJ}",
    rf"\b(?:did\s+not\s+(?:abuse\s+its\s+discretion|err)|within\s+its\s+discretion)\b[^.]{{0,80}}?"
    rf"\bgrant\w*\s+(?:a|an|the)\s+{_INJ}",
]
INJUNCTION_REFUSED = [
    rf"\b(?:motion|application|request)\s+for\s+(?:an?\s+)?{_INJ}[^.]{{0,120}}?\b(?:is|are)\s+(?:hereby\s+)?denied\b",
    r"\b(?:declines?|refuses?|refused|declined)\s+to\s+(?:grant|enter|issue)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?injunct",
    rf"\b{_INJ}\s+(?:is|are)\s+(?:hereby\s+)?(?:refused|denied)\b",
]
ENHANCED_AWARDED = [
    r"\bmotion\s+for\s+enhanced\s+damages[^.]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?granted\b",
    r"\bGRANTS\s+(?:\w+['’]s\s+)?motion\s+for\s+enhanced\s+damages",
    r"\b(?:trebles?|doubles?|enhances?)\s+(?:the\s+)?(?:jury['’]s\s+)?(?:damages|award|verdict)",
    r"\bawards?\s+(?:\w+\s+){0,4}?(?:enhanced|additional)\s+damages\b|\b(?:enhanced|additional)\s+damages\s+(?:under|of)\b",
]
ENHANCED_REFUSED = [
    r"\bmotion\s+for\s+enhanced\s+damages[^.]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?denied\b",
    r"\bdeclin\w+\s+to\s+(?:award\s+)?enhance",
    r"\b(?:affirm\w*|uph[eo]ld)\b[^.]{0,60}?\bdenial\s+of\s+enhanced\s+damages\b",
]
_FEES = r"(?:attorneys?['’]?\s*|attorney['’]s\s+)fees"
FEES_AWARDED = [
    rf"\bgrants?\b[^.]{{0,40}}?\bmotion\s+for\s+(?:an?\s+award\s+of\s+)?{_FEES}",
    rf"\bmotion\s+for\s+(?:an?\s+award\s+of\s+)?{_FEES}[^.]{{0,80}}?\b(?:is|are)\s+(?:hereby\s+)?granted\b",
    rf"\b(?:is|are)\s+(?:hereby\s+)?awarded\b[^.]{{0,80}}?{_FEES}|\bawards?\s+[^.]{{0,60}}?{_FEES}",
]
FEES_REFUSED = [
    rf"\bmotion\s+for\s+(?:an?\s+award\s+of\s+)?{_FEES}[^.]{{0,80}}?\b(?:is|are)\s+(?:hereby\s+)?denied\b",
    r"\b(?:is|was)\s+not\s+(?:an\s+)?exceptional\b|\bnot\s+exceptional\s+(?:case|within)",
]
_NOT_DECIDED = re.compile(
    r"^\s*(?:if|had|unless|should|were)\b|\bwould\s+(?:be|have)\b|\bmay\s+be\b|\bas\s+moot\b|"
    r"\bdeclin\w*\s+to\b|\brefus\w*\s+to\b|\bsought\b|\bseeks?\b|\basks?\b|\bmoves?\s+for\b|\bmoved\s+for\b",
    re.IGNORECASE,
)
AMOUNT = re.compile(
    r"(?P<cur>US\$|\$|£|€|USD\s?|GBP\s?|EUR\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>million|billion|m\b|bn\b))?",
)
CURRENCIES = {
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "£": "GBP",
    "GBP": "GBP",
    "€": "EUR",
    "EUR": "EUR",
}
_AWARD_WORDS = re.compile(
    r"\bdamages\b|\bin\s+the\s+amount\s+of\b|\bawards?\b|\baward(?:ed|s)\b|\bprofits\b", re.I
)
_NOT_DAMAGES = re.compile(
    r"fees?|costs?|interest|royalty\s+rate|per\s+unit|bond|security|sanction|on\s+account", re.I
)
# What an amount is, when the words after it say ("$1,150,000 in reasonable attorneys' fees").
_NOT_DAMAGES_AFTER = re.compile(
    r"^\s*(?:in|of|for|as)\s+(?:[\w'’-]+\s+){0,3}?(?:fees|costs|interest|sanctions)\b", re.I
)
# The jury's verdict as the order recounts it, not what the court awards.
_VERDICT = re.compile(r"\bthe\s+jury\s+(?:found|returned|awarded|determined|assessed)\b", re.I)
_PER_UNIT = re.compile(
    r"\bagainst\s+each\b|\bper\s+(?:work|defendant|infringement|mark|item)\b|\beach\s+defendant",
    re.I,
)
_UNDONE = re.compile(
    r"\bvacat|\breverse|\bset\s+aside|\bremit|\bstrik|\bjudgment\s+as\s+a\s+matter\s+of\s+law", re.I
)


# Words each remedy's patterns need: other sentences are not tried.
ANCHORS = {
    INJUNCTION: ("injunct", "enjoin", "restrain"),
    ENHANCED: ("enhanc", "trebl", "doubl", "additional damages"),
    FEES: ("fees", "exceptional"),
}
_MONEY = ("$", "£", "€", "usd", "gbp", "eur")


def read(doc: Document, start: int, end: int, appellate: bool) -> dict[str, Finding]:
    """The remedies decided between ``start`` and ``end`` (the decisive part)."""
    granted = INJUNCTION_GRANTED + (INJUNCTION_UPHELD if appellate else [])
    either = (
        (INJUNCTION, granted, INJUNCTION_REFUSED, ("granted", "refused")),
        (ENHANCED, ENHANCED_AWARDED, ENHANCED_REFUSED, (AWARDED, REFUSED)),
        (FEES, FEES_AWARDED, FEES_REFUSED, (AWARDED, REFUSED)),
    )
    found = {name: _either(doc, start, end, name, *rest, appellate) for name, *rest in either}
    found[DAMAGES] = damages(doc, start, end, appellate)
    return found


def _either(doc, start, end, name, granted, refused, values, appellate) -> Finding:
    """A remedy granted or refused; on appeal, an award or refusal only in a sentence that
    upholds it (what the court below did, as the opinion recounts it, was appealed, not
    decided here)."""
    sentences = list(doc.sentences(start, end, ANCHORS[name])) if end > start else []
    if appellate and name != INJUNCTION:
        upheld = re.compile(r"\baffirm|\buph[eo]ld", re.IGNORECASE)
        sentences = [s for s in sentences if upheld.search(doc.text, *s)]
    yes = _first(doc, sentences, granted, f"remedies.{name}_{values[0]}")
    no = _first(doc, sentences, refused, f"remedies.{name}_{values[1]}")
    if yes and no:
        return empty(name, f"the text both grants and refuses: {yes.quote[:60]} / {no.quote[:60]}")
    if yes or no:
        return Finding(name, values[0] if yes else values[1], yes or no)
    return empty(name, "not decided in the conclusion or order")


def _first(doc: Document, sentences: list[tuple[int, int]], patterns: list[str], rule: str):
    for pattern in patterns:
        for left, right in sentences:
            sentence = doc.text[left:right]
            if re.search(r"\bwould\b", sentence):
                continue
            for match in re.finditer(pattern, sentence, re.IGNORECASE):
                if not _NOT_DECIDED.search(sentence[: match.start()]):
                    return doc.evidence(rule, left + match.start(), left + match.end())
    return None


def damages(doc: Document, start: int, end: int, appellate: bool) -> Finding:
    awards: list[tuple[Decimal, str, bool, int, int]] = []
    per_unit = False
    for sentence_start, sentence_end in doc.sentences(start, end, _MONEY) if end > start else []:
        sentence = doc.text[sentence_start:sentence_end]
        if not _AWARD_WORDS.search(sentence) or _NOT_DECIDED.search(sentence):
            continue
        if _UNDONE.search(sentence) or (appellate and not re.search(r"\baffirm", sentence, re.I)):
            continue
        if not appellate and _VERDICT.search(sentence):
            continue
        for match in AMOUNT.finditer(sentence):
            before, after = (
                sentence[max(0, match.start() - 40) : match.start()],
                sentence[match.end() :],
            )
            if _NOT_DAMAGES.search(before) or _NOT_DAMAGES_AFTER.match(after):
                continue
            if _PER_UNIT.search(sentence[match.end() : match.end() + 60]):
                per_unit = True
                continue
            total = bool(re.search(r"\btotal\b[^$£€]{0,30}$", sentence[: match.start()], re.I))
            span = (sentence_start + match.start(), sentence_start + match.end())
            awards.append((_value(match), CURRENCIES[match.group("cur").strip()], total, *span))
    return _award(doc, awards, per_unit)


def _award(doc: Document, awards: list, per_unit: bool) -> Finding:
    totals = [a for a in awards if a[2]]
    distinct = {(a[0], a[1]) for a in (totals or awards)}
    if len(distinct) == 1:
        amount, currency, _, left, right = (totals or awards)[0]
        evidence = doc.evidence("remedies.damages_awarded", left, right)
        return Finding(DAMAGES, f"{amount} {currency}", evidence)
    if len(distinct) > 1:
        return empty(DAMAGES, "several amounts are awarded and the text states no total")
    if per_unit:
        return empty(DAMAGES, "an amount per defendant or per work, with no single total")
    return empty(DAMAGES, "no damages awarded in the conclusion or order")


def _value(match: re.Match) -> Decimal:
    number = Decimal(match.group("num").replace(",", ""))
    scale = (match.group("scale") or "").lower()
    if scale in ("million", "m"):
        number *= 1_000_000
    elif scale in ("billion", "bn"):
        number *= 1_000_000_000
    return number.quantize(Decimal("0.01"))
