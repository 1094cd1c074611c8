"""Numbers of IP rights mentioned in a text: US patents (utility, design, reissue, plant),
European patents, trade mark registrations and applications, copyright registrations.

Every pattern needs the words that name the right ("Patent No.", "Reg. No.", "EP"), so bare
numbers, years, page ranges and telephone numbers never match. The short form "the '321
patent" is resolved to the full number the same text gives earlier or later.
"""

from __future__ import annotations

import re

from ..normalize import normalize_right_number
from .found import RightMention

_APOS = "'\u2019\u2018`"
_US_NUMBER = (
    r"(?:RE|Re\.?|D|Des\.?|PP|H)?\s?\d{1,2},\d{3},\d{3}|(?:RE|D|PP)\s?\d{2,3},\d{3}|\d{7,8}"
)
_NUMBER_LIST = (
    rf"(?:{_US_NUMBER})(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:{_US_NUMBER}))*"
)

US_PATENT = re.compile(
    rf"\b(?:U\.\s?S\.|United\s+States|US)\s+(?:Design\s+|Reissue(?:d)?\s+|Plant\s+)?"
    rf"Pat(?:ent|\.)?\s*(?:Nos?\.|Numbers?)?\s*(?P<numbers>{_NUMBER_LIST})"
    rf"|\b(?:[Pp]atent|Pat\.)\s+(?:Nos?\.|[Nn]umbers?)\s*(?P<numbers2>{_NUMBER_LIST})"
)
_ITEM = re.compile(_US_NUMBER)
EP_PATENT = re.compile(
    r"\b(?:EP|European\s+Patent)\s*(?:\(UK\)\s*)?(?:No\.?\s*)?"
    r"(?P<number>\d[\s,]?\d{3}[\s,]?\d{3}|\d{7})(?:\s?[AB]\d)?\b"
)
GB_PATENT = re.compile(
    r"\b(?:UK|GB|British)\s+Patent\s+(?:No\.?\s*)?(?P<number>\d[\s,]?\d{3}[\s,]?\d{3})\b"
    r"|\bGB\s?(?P<number2>\d\s?\d{3}\s?\d{3})\s?[AB]\d?\b"
)
UK_EU_TRADEMARK = re.compile(
    r"\b(?P<office>UK|EU|European\s+Union|Community)\s+[Tt]rade\s?[Mm]ark\s+(?:[Rr]egistration\s+)?"
    r"(?:No\.?|[Nn]umber)\s*(?P<number>(?:UK)?\d[\d ]{5,12}\d)\b"
    r"|\b(?:EUTM|CTM)\s+(?:[Rr]egistration\s+)?(?:No\.?|[Nn]umber)\s*"
    r"(?P<number2>\d[\d ]{5,12}\d)\b"
)
TRADEMARK = re.compile(
    r"\b(?P<what>Registration|Reg\.|Serial)\s+(?:Nos?\.|Numbers?)\s*"
    r"(?P<number>\d{1,2},\d{3},\d{3}|\d{2}/\d{3},\d{3}|\d{7,8})\b"
)
COPYRIGHT = re.compile(
    r"\b(?P<number>(?:TXu?|VAu?|PAu?|SRu?)\s?(?:\d-\d{3}-\d{3}|\d{10}|\d{1,2},\d{3},\d{3}))\b"
)
_TRADEMARK_CONTEXT = re.compile(
    r"trade\s?mark|service\s+mark|\bmarks?\b|USPTO|Principal\s+Register", re.I
)


def find_rights(text: str) -> list[RightMention]:
    # Each family runs only where its key words occur: a substring test costs far less than
    # a regular expression tried at every position of a long opinion.
    mentions = _us_patents(text) if "atent" in text or "Pat" in text else []
    mentions += _short_patents(text, mentions) if mentions else []
    if "EP" in text or "European" in text:
        mentions += _european_patents(text)
    if "UK" in text or "GB" in text or "British" in text:
        mentions += _gb_patents(text)
    if "rade" in text or "EUTM" in text or "CTM" in text:
        mentions += _uk_eu_trademarks(text)
    if "Reg" in text or "Serial" in text:
        mentions += _trademarks(text)
    if any(prefix in text for prefix in ("TX", "VA", "PA", "SR")):
        mentions += _copyrights(text)
    return sorted(mentions, key=lambda m: m.start)


def _us_patent_kind(number: str) -> str:
    if number.startswith("RE"):
        return "reissue_patent"
    if number.startswith("D"):
        return "design_patent"
    if number.startswith("PP"):
        return "plant_patent"
    return "utility_patent"


def _us_number(printed: str) -> str:
    printed = re.sub(r"^Re\.?", "RE", re.sub(r"^Des\.?", "D", printed.strip()))
    return normalize_right_number(printed)


def _us_patents(text: str) -> list[RightMention]:
    mentions = []
    for match in US_PATENT.finditer(text):
        group = "numbers" if match.group("numbers") else "numbers2"
        offset = match.start(group)
        for item in _ITEM.finditer(match.group(group)):
            number = _us_number(item.group(0))
            if not number.lstrip("REDPH"):
                continue
            start = offset + item.start() + len(item.group(0)) - len(item.group(0).lstrip())
            end = offset + item.end()
            mentions.append(
                RightMention(start, end, text[start:end], _us_patent_kind(number), "US", number)
            )
    return mentions


def _short_patents(text: str, full: list[RightMention]) -> list[RightMention]:
    """`the '321 patent` -> the patent of the same text whose number ends in 321, if exactly one."""
    by_last: dict[str, set[RightMention]] = {}
    for mention in full:
        digits = re.sub(r"\D", "", mention.number)
        by_last.setdefault(digits[-3:], set()).add(mention)
    mentions = []
    for match in re.finditer(rf"(?<![\w{_APOS}])[{_APOS}](\d{{3}})\b", text):
        if not _is_short_patent(text, match.end()):
            continue
        candidates = {(m.kind, m.number) for m in by_last.get(match.group(1), ())}
        if len(candidates) != 1:
            continue
        kind, number = candidates.pop()
        mentions.append(
            RightMention(match.start(), match.end(), match.group(0), kind, "US", number)
        )
    return mentions


def _is_short_patent(text: str, end: int) -> bool:
    """Followed by "patent", or by a list of other short forms ending in "patents"."""
    after = text[end : end + 80]
    return bool(
        re.match(
            rf"\s+[Pp]atents?\b|(?:\s*,\s*(?:and\s+|or\s+)?[{_APOS}]\d{{3}}|\s+(?:and|or)\s+"
            rf"[{_APOS}]\d{{3}})+\s+[Pp]atents\b",
            after,
        )
    )


def _european_patents(text: str) -> list[RightMention]:
    return [
        RightMention(
            m.start(),
            m.end(),
            m.group(0),
            "european_patent",
            "EP",
            normalize_right_number(m.group("number")),
        )
        for m in EP_PATENT.finditer(text)
    ]


def _gb_patents(text: str) -> list[RightMention]:
    mentions = []
    for match in GB_PATENT.finditer(text):
        number = re.sub(r"\D", "", match.group("number") or match.group("number2"))
        mentions.append(
            RightMention(match.start(), match.end(), match.group(0), "utility_patent", "GB", number)
        )
    return mentions


def _uk_eu_trademarks(text: str) -> list[RightMention]:
    mentions = []
    for match in UK_EU_TRADEMARK.finditer(text):
        office = "GB" if (match.group("office") or "") == "UK" else "EU"
        number = re.sub(r"\D", "", match.group("number") or match.group("number2")).lstrip("0")
        mentions.append(
            RightMention(
                match.start(), match.end(), match.group(0), "trademark_registration", office, number
            )
        )
    return mentions


def _trademarks(text: str) -> list[RightMention]:
    mentions = []
    for match in TRADEMARK.finditer(text):
        window = text[max(0, match.start() - 200) : match.end() + 100]
        if not _TRADEMARK_CONTEXT.search(window):
            continue
        what = match.group("what").lower()
        kind = "trademark_application" if "serial" in what else "trademark_registration"
        number = re.sub(r"\D", "", match.group("number"))
        mentions.append(
            RightMention(match.start(), match.end(), match.group(0), kind, "US", number)
        )
    return mentions


def _copyrights(text: str) -> list[RightMention]:
    mentions = []
    for match in COPYRIGHT.finditer(text):
        printed = match.group("number")
        prefix = re.match(r"[A-Za-z]+", printed).group(0).upper()
        digits = re.sub(r"\D", "", printed).lstrip("0")
        start = match.start()
        mentions.append(
            RightMention(
                start, match.end(), printed, "copyright_registration", "US", f"{prefix}{digits}"
            )
        )
    return mentions
