"""Docket numbers, official citations and IP right numbers in each court's and office's real
style. Serial parts are derived from the ruling number where the format allows, so that
different synthetic rulings rarely share a docket and almost never share a citation."""

from __future__ import annotations

import random


def _spread(i: int, modulus: int, salt: int = 0) -> int:
    """1..modulus, a scrambled but deterministic function of i."""
    return 1 + (i * 7919 + salt * 104729) % modulus


def docket_number(court: str, i: int, filed: int, rng: random.Random, division: str) -> str:
    yy = filed % 100
    if court in ("cafc",) or court.startswith("ca"):
        return f"{yy:02d}-{999 + _spread(i, 1600)}"
    maker = _DOCKETS.get(court)
    if maker:
        return maker(i, filed, yy, rng)
    return f"{division}:{yy:02d}-cv-{_spread(i, 2999):05d}"


def _ptab(i: int, filed: int, yy: int, rng: random.Random) -> str:
    kind = "PGR" if rng.random() < 0.06 else "IPR"
    return f"{kind}{filed}-{_spread(i, 1999):05d}"


def _ttab(i: int, filed: int, yy: int, rng: random.Random) -> str:
    # The proceeding type is picked in records; here an opposition number by default.
    return f"91{99999 + _spread(i, 899999):06d}"


def _ewhc(prefix: str, old: str, limit: int):
    def make(i: int, filed: int, yy: int, rng: random.Random) -> str:
        if filed >= 2015:
            return f"{prefix}-{filed}-{_spread(i, limit):06d}"
        return f"{old}{yy:02d}C0{_spread(i, 4999):04d}"

    return make


_DOCKETS = {
    "ptab": _ptab,
    "ttab": _ttab,
    "usitc": lambda i, filed, yy, rng: f"337-TA-{300 + max(0, filed - 1990) * 33 + i % 33}",
    "ewhc-pat": _ewhc("HP", "HC", 160),
    "ewhc-ipec": _ewhc("IP", "IL", 400),
    "ewhc-ch": _ewhc("HC", "HC", 3500),
    "ewca-civ": lambda i, filed, yy, rng: f"A3/{filed}/{_spread(i, 2999):04d}",
    "uksc": lambda i, filed, yy, rng: f"UKSC {filed}/{_spread(i, 240):04d}",
    "eugc": lambda i, filed, yy, rng: f"T-{_spread(i, 899)}/{yy:02d}",
    "cjeu": lambda i, filed, yy, rng: f"C-{_spread(i, 799)}/{yy:02d}",
    "euipo-boa": lambda i, filed, yy, rng: f"R {_spread(i, 2499)}/{filed}-{rng.choice('12245')}",
    "epo-boa": lambda i, filed, yy, rng: f"T {_spread(i, 2499):04d}/{yy:02d}",
}


def ttab_docket(i: int, proceeding: str, serial: str) -> str:
    if proceeding == "cancellation":
        return f"92{99999 + _spread(i, 899999):06d}"
    if proceeding == "ex_parte":
        return serial
    return f"91{99999 + _spread(i, 899999):06d}"


def _volume(first: int, per_year: int, year: int, start: int, i: int, pages: int) -> int:
    """A volume of the year's run; with the page from i mod pages, (volume, page) repeats only
    for rulings pages * per_year apart, and then only if they fall in the same year."""
    return first + (year - start) * per_year + (i // pages) % per_year


def westlaw(year: int, i: int) -> str:
    """A Westlaw citation; its number is unique for each i below nine million."""
    return f"{year} WL {1000000 + (i * 37) % 9000000}"


def federal_reporter(year: int, i: int, precedential: bool) -> str:
    page = _spread(i, 1450, salt=3)
    if not precedential:
        # The Federal Appendix printed unpublished opinions from 2001 to 2021 only.
        if 2001 <= year <= 2021:
            return f"{_volume(1, 42, year, 2001, i, 1450)} F. App'x {page}"
        return westlaw(year, i)
    if year < 1993:
        return f"{_volume(890, 40, year, 1990, i, 1450)} F.2d {page}"
    if year < 2021:
        return f"{_volume(1, 35, year, 1993, i, 1450)} F.3d {page}"
    return f"{_volume(1, 25, year, 2021, i, 1450)} F.4th {page}"


def district_reporter(year: int, i: int, rng: random.Random) -> str:
    if rng.random() < 0.65:
        return westlaw(year, i)
    page = _spread(i, 1400, salt=5)
    if year < 1998:
        return f"{_volume(730, 35, year, 1990, i, 1400)} F. Supp. {page}"
    if year < 2014:
        return f"{_volume(1, 62, year, 1998, i, 1400)} F. Supp. 2d {page}"
    return f"{_volume(1, 50, year, 2014, i, 1400)} F. Supp. 3d {page}"


def uspq(year: int, i: int, board: str = "") -> str:
    court = f" ({board} {year})" if board else ""
    if year >= 2021:
        return f"{year} USPQ2d {_spread(i, 1499, salt=7)}{court}"
    return f"{_volume(1, 4, year, 1986, i, 1999)} USPQ2d {_spread(i, 1999, salt=7)}{court}"


NEUTRAL = {
    "ewhc-pat": "EWHC {n} (Pat)",
    "ewhc-ipec": "EWHC {n} (IPEC)",
    "ewhc-ch": "EWHC {n} (Ch)",
    "ewca-civ": "EWCA Civ {n}",
    "uksc": "UKSC {n}",
}


def uk_citations(court: str, year: int, i: int, rng: random.Random) -> list[str]:
    first_neutral = 2001 if court == "ewca-civ" else 2002
    if court == "ewhc-ipec" and year < 2013:
        court = "ewhc-pat"
    cites = []
    if year >= first_neutral:
        limit = 70 if court == "uksc" else 1999 if court == "ewca-civ" else 3999
        cites.append(f"[{year}] " + NEUTRAL[court].format(n=_spread(i, limit, salt=11)))
    if year < first_neutral or rng.random() < 0.25:
        cites.append(f"[{year}] {rng.choice(['RPC', 'FSR'])} {_spread(i, 899, salt=13)}")
    return cites


def ecli(court: str, year: int, i: int, docket: str, decided: str) -> str:
    if court == "epo-boa":
        serial, yy = docket[2:].split("/")
        return f"ECLI:EP:BA:{year}:T{serial}{yy}.{decided.replace('-', '')}"
    letter = "T" if court == "eugc" else "C"
    return f"ECLI:EU:{letter}:{year}:{_spread(i, 1999, salt=17)}"


# Right numbers: (year, first number issued that year), interpolated between anchors.
US_UTILITY = [
    (1976, 3930271),
    (1990, 4890000),
    (2000, 6009000),
    (2010, 7640000),
    (2015, 8930000),
    (2018, 9855000),
    (2020, 10524000),
    (2025, 12200000),
]
US_DESIGN = [
    (1976, 238000),
    (1990, 305000),
    (2000, 417000),
    (2010, 607000),
    (2015, 720000),
    (2020, 872000),
    (2025, 1060000),
]
US_REISSUE = [
    (1976, 28700),
    (1990, 33200),
    (2000, 36800),
    (2010, 41200),
    (2020, 48000),
    (2025, 50200),
]
EP_PATENT = [
    (1980, 1000),
    (1990, 350000),
    (2000, 1000000),
    (2010, 2150000),
    (2020, 3500000),
    (2025, 4300000),
]
US_TM_REG = [
    (1976, 1030000),
    (1990, 1580000),
    (2000, 2320000),
    (2010, 3730000),
    (2020, 6000000),
    (2025, 7700000),
]
EU_TM = [(1996, 1000), (2000, 1500000), (2010, 8800000), (2020, 18150000), (2025, 19200000)]


def number_in_year(anchors: list[tuple[int, int]], year: float, rng: random.Random) -> int:
    """A number issued in a given year, from anchors of (year, first number that year)."""
    year = min(max(year, anchors[0][0]), anchors[-1][0] - 0.01)
    for (y0, n0), (y1, n1) in zip(anchors, anchors[1:], strict=False):
        if y0 <= year < y1:
            at = n0 + (n1 - n0) * (year - y0) / (y1 - y0)
            return int(at + rng.random() * (n1 - n0) / (y1 - y0))
    return anchors[-1][1]


def grouped(number: int) -> str:
    return f"{number:,}"
