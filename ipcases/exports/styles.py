"""A ruling cited as lawyers of its jurisdiction write it: Bluebook for US rulings, OSCOLA for
UK and EU ones (neutral citation first), with every parallel citation the catalogue knows.

Only what the record holds is used: a name is not abbreviated by guesswork, and a ruling
without a reporter citation is cited by its docket number and date, as unreported rulings are.
"""

from __future__ import annotations

import re

from ..models import Ruling
from ..normalize import ECLI, NEUTRAL
from .records import cites_of

# Bluebook T12: the months as abbreviated in citations.
BLUEBOOK_MONTHS = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
# Reporters that name the Supreme Court: the parenthetical then holds the year alone.
SUPREME_COURT_REPORTERS = re.compile(r"\d+\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.)")
EU_CASE_NUMBER = re.compile(r"^(?:Case\s+)?[CTF]-\d+/\d+")


def citation_forms(ruling: Ruling) -> list[tuple[str, str]]:
    """(style, citation) for the ruling page's copy buttons."""
    country = ruling.case.court.country
    if country == "US":
        return [("Bluebook", bluebook(ruling))]
    if country in ("GB", "EU"):
        return [("OSCOLA", oscola(ruling))]
    return [("Citation", neutral_form(ruling))]


def _cites(ruling: Ruling) -> list[str]:
    return cites_of(ruling)


def bluebook(ruling: Ruling) -> str:
    """Feist Publications, Inc. v. Rural Telephone Service Co., 499 U.S. 340 (1991);
    unreported: Acme v. Bolt, No. 20-1234 (Fed. Cir. Jan. 15, 2020)."""
    court = ruling.case.court
    reported = [c for c in _cites(ruling) if not ECLI.search(c) and not NEUTRAL.search(c)]
    by_supreme_court = court.pk == "scotus" or any(
        SUPREME_COURT_REPORTERS.match(c) for c in reported
    )
    court_name = "" if by_supreme_court else (court.short_name or court.name)
    if reported:
        when = str(ruling.decision_date.year)
        return f"{ruling.case.name}, {', '.join(reported)} ({_joined(court_name, when)})"
    docket = _docket(ruling.case.docket_number)
    return f"{ruling.case.name}{docket} ({_joined(court_name, _bluebook_date(ruling))})"


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _docket(docket: str) -> str:
    docket = docket.strip()
    if not docket:
        return ""
    return f", {docket}" if docket.lower().startswith("no") else f", No. {docket}"


def _bluebook_date(ruling: Ruling) -> str:
    date, precision = ruling.decision_date, ruling.decision_date_precision
    if precision == Ruling.DatePrecision.YEAR:
        return str(date.year)
    month = BLUEBOOK_MONTHS[date.month - 1]
    if precision == Ruling.DatePrecision.MONTH:
        return f"{month} {date.year}"
    return f"{month} {date.day}, {date.year}"


def oscola(ruling: Ruling) -> str:
    """Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48, [2018] 1 All ER 171; EU: Case C-5/08
    Infopaq International A/S v Danske Dagblades Forening, ECLI:EU:C:2009:465; unreported:
    Name (EWHC (Pat), 15 January 2020)."""
    case = ruling.case
    name = re.sub(r"\s+v\.\s+", " v ", case.name)
    cites = _cites(ruling)
    cites.sort(key=lambda c: not NEUTRAL.search(c))  # the neutral citation first
    if case.court.country == "EU" and EU_CASE_NUMBER.match(case.docket_number):
        number = case.docket_number.removeprefix("Case").strip()
        name = f"Case {number} {name}"
        # The case number names the court: no parenthetical beside a report or an ECLI.
        return f"{name}, {', '.join(cites)}" if cites else f"{name} ({ruling.decided_long})"
    if any(NEUTRAL.search(c) for c in cites):
        return f"{name} {', '.join(cites)}"
    court = case.court.short_name or case.court.name
    if cites:
        return f"{name}, {', '.join(cites)} ({court})"
    return f"{name} ({court}, {ruling.decided_long})"


def neutral_form(ruling: Ruling) -> str:
    """Name, citations (court, date): for jurisdictions without a style of their own here."""
    court = ruling.case.court.short_name or ruling.case.court.name
    cites = ", ".join(_cites(ruling))
    return f"{ruling.case.name}{', ' + cites if cites else ''} ({court}, {ruling.decided_long})"
