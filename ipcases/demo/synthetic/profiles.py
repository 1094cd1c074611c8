"""How each court's synthetic rulings look: its share of the corpus, IP types, roles, kinds of
decision, outcomes, damages currency, citation styles and the years it sits. The weights are
rough shares of real IP litigation (district-court patent cases concentrated in Texas, Delaware
and California; trade mark oppositions at the TTAB and the EU General Court)."""

from __future__ import annotations

from dataclasses import dataclass

# Outcome weight sets: holders win a minority; district courts dismiss and settle a lot.
DISTRICT_OUTCOMES = {
    "dismissed": 28,
    "settled": 14,
    "challenger_won": 25,
    "holder_won": 16,
    "mixed": 11,
    "other": 4,
    "pending": 2,
}
APPEAL_OUTCOMES = {"challenger_won": 42, "holder_won": 28, "mixed": 18, "dismissed": 7, "other": 5}
BOARD_OUTCOMES = {"challenger_won": 52, "holder_won": 30, "mixed": 10, "dismissed": 6, "other": 2}
UK_OUTCOMES = {"holder_won": 36, "challenger_won": 42, "mixed": 17, "settled": 2, "other": 3}


@dataclass(frozen=True)
class Profile:
    court: str
    weight: float
    ip_types: dict[str, float]
    system: str
    level: str  # "first", "appeal" or "board"
    roles: tuple[str, str]  # (rights holder's role, challenger's role)
    kinds: dict[str, float]
    outcomes: dict[str, float]
    currency: str = ""
    min_year: int = 1990
    precedential: float = 0.1
    cite_share: float = 0.3
    panel: int = 1
    divisions: tuple[str, ...] = ("1",)


US_PATENT_HEAVY = {"patent": 88, "trademark": 5, "copyright": 3, "trade_secret": 3, "design": 1}
US_MIXED = {"patent": 40, "trademark": 27, "copyright": 22, "trade_secret": 8, "design": 3}
DISTRICT_KINDS = {"order": 55, "opinion": 30, "judgment": 10, "verdict": 5}
FIRST, APPEAL, BOARD = "first", "appeal", "board"


def _district(court: str, weight: float, ip: dict, divisions: tuple[str, ...], **kw) -> Profile:
    return Profile(
        court,
        weight,
        ip,
        "us",
        FIRST,
        ("plaintiff", "defendant"),
        DISTRICT_KINDS,
        DISTRICT_OUTCOMES,
        currency="USD",
        precedential=0.0,
        cite_share=0.45,
        divisions=divisions,
        **kw,
    )


def _circuit(court: str, weight: float) -> Profile:
    ip = {"trademark": 45, "copyright": 40, "trade_secret": 12, "patent": 3}
    return Profile(
        court,
        weight,
        ip,
        "us",
        APPEAL,
        ("appellee", "appellant"),
        {"opinion": 85, "order": 10, "judgment": 5},
        APPEAL_OUTCOMES,
        currency="USD",
        precedential=0.45,
        cite_share=0.6,
        panel=3,
    )


PROFILES: list[Profile] = [
    _district("txed", 7.0, US_PATENT_HEAVY, ("2", "2", "2", "2", "4", "6", "5", "9")),
    _district("ded", 5.5, US_PATENT_HEAVY, ("1",)),
    _district("cand", 5.5, US_MIXED, ("3", "4", "5", "5")),
    _district("txwd", 4.0, US_PATENT_HEAVY, ("6", "6", "6", "1"), min_year=1995),
    _district("cacd", 4.0, US_MIXED, ("2", "8", "5")),
    _district(
        "nysd", 3.5, {"trademark": 40, "copyright": 40, "patent": 12, "trade_secret": 8}, ("1",)
    ),
    _district(
        "njd", 3.0, {"patent": 80, "trademark": 10, "trade_secret": 5, "copyright": 5}, ("2", "3")
    ),
    _district("ilnd", 2.5, US_MIXED, ("1",)),
    _district("vaed", 1.0, US_MIXED, ("1", "2", "3")),
    _district("mad", 1.5, US_MIXED, ("1",)),
    _district("wawd", 1.0, US_MIXED, ("2",)),
    _district("flsd", 1.5, {"trademark": 55, "copyright": 35, "patent": 10}, ("0", "1", "9")),
    _district("dcd", 0.4, {"trademark": 40, "copyright": 30, "patent": 30}, ("1",)),
    Profile(
        "cafc",
        11.0,
        {"patent": 93, "trademark": 5, "design": 2},
        "us",
        APPEAL,
        ("appellee", "appellant"),
        {"opinion": 70, "judgment": 20, "order": 10},
        APPEAL_OUTCOMES,
        currency="USD",
        precedential=0.33,
        cite_share=0.55,
        panel=3,
    ),
    Profile(
        "ptab",
        3.5,
        {"patent": 100},
        "us",
        BOARD,
        ("patent_owner", "petitioner"),
        {"board_decision": 100},
        BOARD_OUTCOMES,
        min_year=2013,
        precedential=0.02,
        cite_share=0.0,
        panel=3,
    ),
    Profile(
        "usitc",
        0.8,
        {"patent": 97, "trade_secret": 3},
        "us",
        BOARD,
        ("petitioner", "respondent"),
        {"board_decision": 70, "order": 30},
        BOARD_OUTCOMES,
        precedential=0.0,
        cite_share=0.1,
    ),
    Profile(
        "ttab",
        11.0,
        {"trademark": 100},
        "us",
        BOARD,
        ("registrant", "opposer"),
        {"board_decision": 100},
        BOARD_OUTCOMES,
        precedential=0.06,
        cite_share=0.08,
        panel=3,
    ),
    _circuit("ca9", 2.0),
    _circuit("ca2", 1.5),
    _circuit("ca1", 0.4),
    _circuit("ca3", 0.4),
    _circuit("ca4", 0.4),
    _circuit("ca5", 0.5),
    _circuit("ca6", 0.4),
    _circuit("ca7", 0.5),
    _circuit("ca8", 0.3),
    _circuit("ca10", 0.3),
    _circuit("ca11", 0.5),
    _circuit("cadc", 0.15),
    Profile(
        "ewhc-pat",
        2.0,
        {"patent": 94, "design": 3, "trade_secret": 3},
        "uk",
        FIRST,
        ("claimant", "defendant"),
        {"judgment": 90, "order": 10},
        UK_OUTCOMES,
        currency="GBP",
        precedential=0.0,
        cite_share=0.85,
    ),
    Profile(
        "ewhc-ipec",
        0.8,
        {"trademark": 35, "copyright": 30, "patent": 20, "design": 15},
        "uk",
        FIRST,
        ("claimant", "defendant"),
        {"judgment": 100},
        UK_OUTCOMES,
        currency="GBP",
        min_year=2003,
        cite_share=0.85,
    ),
    Profile(
        "ewhc-ch",
        1.0,
        {"trademark": 50, "copyright": 30, "trade_secret": 20},
        "uk",
        FIRST,
        ("claimant", "defendant"),
        {"judgment": 100},
        UK_OUTCOMES,
        currency="GBP",
        cite_share=0.8,
    ),
    Profile(
        "ewca-civ",
        1.5,
        {"patent": 50, "trademark": 30, "copyright": 12, "design": 8},
        "uk",
        APPEAL,
        ("respondent", "appellant"),
        {"judgment": 100},
        APPEAL_OUTCOMES,
        currency="GBP",
        precedential=1.0,
        cite_share=0.95,
        panel=3,
    ),
    Profile(
        "uksc",
        0.08,
        {"patent": 50, "trademark": 30, "copyright": 20},
        "uk",
        APPEAL,
        ("respondent", "appellant"),
        {"judgment": 100},
        APPEAL_OUTCOMES,
        min_year=2010,
        precedential=1.0,
        cite_share=1.0,
        panel=5,
    ),
    Profile(
        "eugc",
        5.0,
        {"trademark": 88, "design": 12},
        "eu",
        APPEAL,
        ("intervener", "applicant"),
        {"judgment": 100},
        BOARD_OUTCOMES,
        min_year=1999,
        precedential=1.0,
        cite_share=0.9,
        panel=3,
    ),
    Profile(
        "euipo-boa",
        4.0,
        {"trademark": 85, "design": 15},
        "eu",
        BOARD,
        ("applicant", "opposer"),
        {"board_decision": 100},
        BOARD_OUTCOMES,
        min_year=1998,
        precedential=0.0,
        cite_share=0.0,
        panel=3,
    ),
    Profile(
        "cjeu",
        1.0,
        {"trademark": 60, "copyright": 25, "design": 8, "patent": 7},
        "eu",
        APPEAL,
        ("respondent", "appellant"),
        {"judgment": 60, "preliminary_ruling": 30, "order": 10},
        APPEAL_OUTCOMES,
        precedential=1.0,
        cite_share=1.0,
        panel=5,
    ),
    Profile(
        "epo-boa",
        1.5,
        {"patent": 100},
        "eu",
        BOARD,
        ("patent_owner", "opposer"),
        {"board_decision": 100},
        BOARD_OUTCOMES,
        precedential=0.0,
        cite_share=0.7,
        panel=3,
    ),
]

PROFILE_BY_COURT = {profile.court: profile for profile in PROFILES}

# Second IP types that travel together with the first.
COMPANIONS = {
    "trademark": ("copyright", "design"),
    "copyright": ("trademark",),
    "patent": ("trade_secret", "design"),
    "design": ("trademark", "copyright"),
    "trade_secret": ("patent", "copyright"),
}
