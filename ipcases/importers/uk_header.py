"""Reading the printed header of an English judgment: case numbers, judges and parties. Pure
text functions, used by the Find Case Law parser. (The disposition is read from the judgment's
text by ipcases.outcomes, with the rest of the outcome.)

A header looks like this (one list item per printed line; tables and numbering vary):

    Case No: A3/2019/1506
    Before :
    LORD JUSTICE FLOYD
    and
    LORD JUSTICE ARNOLD
    Between :
    (1) HOZELOCK LIMITED
    (2) BLUE GENTIAN LLC            Appellants
    - and -
    E. MISHAN & SONS, INC           Respondent
"""

from __future__ import annotations

import re
import string

_RULE = re.compile(r"^(?:-\s*){4,}$")
_CASE_NO = re.compile(r"\bCase Nos?\.?\s*:?\s*(.*)", re.IGNORECASE)
# A3/2019/1506, A3 2020 0524, HP-2019-000012; else any token with a digit.
_COURT_NUMBER = re.compile(r"\b[A-Z]{1,3}\d?[/\- ]\d{4}[/\- ]\d{3,6}\b")
_ANY_NUMBER = re.compile(r"^[A-Z0-9]*\d[\w/\-]*")
_JUDGE = re.compile(
    r"^(?:the\s+)?(?:rt\.?\s+)?(?:hon(?:ourable)?\.?\s+)?(?:lord|lady|sir|dame|mr|mrs|ms|miss|"
    r"his honour|her honour|hhj|master|deputy|president|chancellor|justice)\b|\s(?:J|QC|KC)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"(?:^|\s)[-–—]?\s*and\s*[-–—](?=\s|$)|^\s*[-–—]?\s*(?:and|v\.?)\s*[-–—]?\s*$"
    r"|^\s*and between\s*:?\s*$",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(r"\((?:a company|incorporated|registered)[^)]*\)", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(claimant|defendant|appellant|respondent|petitioner|applicant|intervener|intervenor)"
    r"(?:s\b|\s+s\b)?|(?:^|\s)s$|/",
    re.IGNORECASE,
)
_ROLE_WORD = re.compile(
    r"\b(claimant|defendant|appellant|respondent|petitioner|applicant|interven[eo]r)s?\b", re.I
)
_NUMBER = re.compile(r"\(\d{1,2}\)")
_SUFFIX_ONLY = re.compile(
    r"^(?:(?:ltd|limited|inc|llc|plc|llp|snc|sa|sas|srl|ag|gmbh|b\.?v|n\.?v|co|corp|"
    r"corporation|company)\.?[,\s]*)+$",
    re.IGNORECASE,
)
ROLE_PRIORITY = ("appellant", "respondent", "claimant", "defendant", "petitioner", "applicant")


def case_numbers(header: list[str]) -> str:
    """ "A3/2019/1506" from "Case No: A3/2019/1506 IN THE COURT OF APPEAL"; several are
    joined by commas; "" if none is printed."""
    for line in header:
        match = _CASE_NO.search(line)
        if match:
            numbers = _COURT_NUMBER.findall(match.group(1))
            if numbers:
                # Printed as "A3 2020 0524" in some headers, "A3/2020/0524" in most.
                return ", ".join(re.sub(r"\s", "/", number) for number in numbers)
            first = _ANY_NUMBER.match(match.group(1))
            return first.group(0) if first else ""
    return ""


def _section(header: list[str], start: str, stops: tuple[str, ...]) -> list[str]:
    """The lines after the one holding ``start`` (its text after the word included), up to a
    rule of dashes or a line starting a later section."""
    lines: list[str] = []
    inside = False
    for line in header:
        if not inside:
            match = re.search(rf"\b{start}\b\s*:?", line)
            if match:
                inside = True
                rest = line[match.end() :].strip()
                lines.extend([rest] if rest else [])
            continue
        if _RULE.match(line) or any(re.search(rf"\b{s}\b", line, re.I) for s in stops):
            break
        lines.append(line)
    return lines


def judges(header: list[str]) -> list[str]:
    """The judges listed after "Before", as printed but not in capitals."""
    found = []
    for line in _section(header, "Before", ("Between", "Hearing", "Re:")):
        if _JUDGE.search(line) and not line.lower().startswith("vice"):
            found.append(string.capwords(line) if line.isupper() else line)
    return found


def parties(header: list[str]) -> list[dict]:
    """Parties listed after "Between", each side's role from the role words printed beside it."""
    groups: list[list[str]] = [[]]
    stops = (" for the ", "instructed by", "Hearing", "in person")
    for line in _join_parentheses(_section(header, "Between", stops)):
        pieces = _SEPARATOR.split(line)
        groups[-1].append(pieces[0])
        groups.extend([piece] for piece in pieces[1:])
    found = []
    for group in groups:
        names, roles = _names_and_roles(group)
        role = next((r for r in ROLE_PRIORITY if r in roles), None)
        role = role or ("intervener" if roles else "other")
        found.extend({"name": n, "role": role, "is_natural_person": None} for n in names)
    unique = {(p["name"], p["role"]): p for p in found}
    return list(unique.values())


def _join_parentheses(lines: list[str]) -> list[str]:
    """Lines with a parenthesis left open joined to the next, descriptions dropped."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return [" ".join(_DESCRIPTION.sub(" ", line).split()) for line in joined]


def _names_and_roles(lines: list[str]) -> tuple[list[str], set[str]]:
    names: list[str] = []
    roles: set[str] = set()
    cleaned = [" ".join(_ROLE.sub(" ", line).split()).strip(" ,;:") for line in lines]
    # A list numbered "(1) ...", "(2) ...": a line without a number continues the party above.
    leading = sum(1 for text in cleaned if re.match(r"\(\d{1,2}\)", text))
    numbered = leading * 2 >= len([text for text in cleaned if text])
    for line, text in zip(lines, cleaned, strict=True):
        roles.update(_role(word) for word in _ROLE_WORD.findall(line))
        marked = bool(re.match(r"\(\d{1,2}\)", text) or re.search(r"\(\d{1,2}\)$", text))
        pieces = [p.strip(" ,;") for p in _NUMBER.split(text)]
        for index, piece in enumerate(p for p in pieces if p):
            if index == 0 and names and not marked and (numbered or _continues(names[-1], piece)):
                names[-1] = f"{names[-1]} {piece}"
            else:
                names.append(piece)
    return [n for n in names if re.search(r"[A-Za-z]{2}", n)], roles


def _role(word: str) -> str:
    word = word.lower()
    return "intervener" if word.startswith("interven") else word


def _continues(previous: str, piece: str) -> bool:
    return bool(_SUFFIX_ONLY.match(piece)) or previous.endswith((",", "&"))
