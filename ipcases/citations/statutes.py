"""Statute references, each reduced to one key per provision.

US Code: `35 U.S.C. § 271(a)` -> "35 U.S.C. § 271(a)"; lists (`§§ 271(a), 281`) give one key
each. UK Acts: `section 60(1) of the Patents Act 1977`, `Trade Marks Act 1994, s. 10(2)`,
`s.16 of the 1988 Act` -> "Patents Act 1977 s 60(1)"; the Act alone -> "Patents Act 1977".
EU: `Article 9(2)(b) of Regulation (EU) 2017/1001`, `Directive 2008/95/EC` -> "Regulation
(EU) 2017/1001 art 9(2)(b)", "Directive 2008/95/EC".
"""

from __future__ import annotations

import re

from .found import StatuteMention

_SUB = r"(?:\([0-9A-Za-z]{1,4}\))*"
_SECTION = rf"\d+[A-Za-z]?{_SUB}"

US_CODE = re.compile(
    rf"\b(?P<title>\d{{1,2}})\s+U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?\s*(?:§§?|[Ss]ec(?:tions?|s?\.))?\s*"
    rf"(?P<sections>{_SECTION}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?!\d+\s+U\.?S)"
    rf"(?:§§?\s*)?{_SECTION})*)"
)
_SECTION_ITEM = re.compile(_SECTION)

UK_ACTS = {
    "patents act 1977": "Patents Act 1977",
    "trade marks act 1994": "Trade Marks Act 1994",
    "trade marks act 1938": "Trade Marks Act 1938",
    "copyright, designs and patents act 1988": "Copyright, Designs and Patents Act 1988",
    "registered designs act 1949": "Registered Designs Act 1949",
}
# "the 1977 Act" in a judgment means the Act it has been discussing; these are the IP ones.
UK_SHORT = {
    "1977": "Patents Act 1977",
    "1994": "Trade Marks Act 1994",
    "1988": "Copyright, Designs and Patents Act 1988",
    "1949": "Registered Designs Act 1949",
}
_ACT = (
    r"(?P<act>Patents\s+Act\s+1977|Trade\s+Marks\s+Act\s+(?:1994|1938)|"
    r"Copyright,?\s+Designs\s+and\s+Patents\s+Act\s+1988|Registered\s+Designs\s+Act\s+1949|"
    r"(?P<year>1977|1994|1988|1949)\s+Act)"
)
UK_ACT = re.compile(_ACT)
_UK_SECTION_BEFORE = re.compile(
    rf"\b(?:[Ss]ection|[Ss]s?\.?)\s*(?P<section>{_SECTION})\s+of\s+(?:the\s+)?$"
)
_UK_SECTION_AFTER = re.compile(rf",?\s+(?:[Ss]ection|[Ss]s?\.?)\s*(?P<section>{_SECTION})(?![\w(])")

_EU_INSTRUMENT = (
    r"(?P<instrument>(?P<type>Regulation|Directive)\s+"
    r"(?:\((?:EU|EC|EEC)\)\s+)?(?:No\.?\s+)?"
    r"(?P<number>\d{1,4}/\d{2,4}(?:/(?:EU|EC|EEC))?))"
)
EU_ARTICLE_OF = re.compile(
    rf"\b[Aa]rt(?:icle|\.)?\s*(?P<article>\d+[a-z]?{_SUB})\s+of\s+(?:the\s+)?{_EU_INSTRUMENT}"
)
EU_INSTRUMENT = re.compile(rf"\b{_EU_INSTRUMENT}")


def find_statutes(text: str) -> list[StatuteMention]:
    # Each family runs only where its key words occur (see rights.find_rights).
    mentions = _us_code(text) if "U" in text else []
    if "Act" in text:
        mentions += _uk_acts(text, _taken(mentions))
    if "Regulation" in text or "Directive" in text:
        mentions += _eu_instruments(text, _taken(mentions))
    return sorted(mentions, key=lambda m: m.start)


def _taken(mentions: list[StatuteMention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions]


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def _us_code(text: str) -> list[StatuteMention]:
    mentions = []
    for match in US_CODE.finditer(text):
        title = int(match.group("title"))
        for item in _SECTION_ITEM.finditer(match.group("sections")):
            key = f"{title} U.S.C. § {item.group(0)}"
            mentions.append(StatuteMention(match.start(), match.end(), match.group(0), key))
    return mentions


def _uk_acts(text: str, taken: list[tuple[int, int]]) -> list[StatuteMention]:
    """Each Act by name, with the section cited just before ("s. 60 of the") or after
    (", s. 60")."""
    mentions = []
    for match in UK_ACT.finditer(text):
        start, end, section = match.start(), match.end(), None
        before = _UK_SECTION_BEFORE.search(text[max(0, start - 40) : start])
        after = _UK_SECTION_AFTER.match(text, end, end + 30)
        if before:
            start, section = start - len(before.group(0)), before.group("section")
        elif after:
            end, section = after.end(), after.group("section")
        if _overlaps(start, end, taken):
            continue
        act = _act_name(match)
        key = f"{act} s {section}" if section else act
        mentions.append(StatuteMention(start, end, text[start:end], key))
    return mentions


def _act_name(match: re.Match) -> str:
    if match.group("year"):
        return UK_SHORT[match.group("year")]
    name = re.sub(r"\s+", " ", match.group("act")).lower()
    return UK_ACTS[name.replace("copyright designs", "copyright, designs")]


def _eu_instruments(text: str, taken: list[tuple[int, int]]) -> list[StatuteMention]:
    mentions = []
    for pattern in (EU_ARTICLE_OF, EU_INSTRUMENT):
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            key = _instrument_key(match)
            if match.groupdict().get("article"):
                key = f"{key} art {match.group('article')}"
            mentions.append(StatuteMention(match.start(), match.end(), match.group(0), key))
            taken.append((match.start(), match.end()))
    return mentions


def _instrument_key(match: re.Match) -> str:
    """`Council Regulation (EC) No 40/94` -> "Regulation 40/94"; `Directive 2008/95/EC` ->
    "Directive 2008/95"; `Regulation (EU) 2017/1001` -> "Regulation 2017/1001"."""
    number = re.sub(r"/(?:EU|EC|EEC)$", "", match.group("number"))
    return f"{match.group('type')} {number}"
