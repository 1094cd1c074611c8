"""Invented party, mark and judge names. A name is a pure function of an index, and indexes are
drawn log-uniformly, so a few parties litigate often and most only once, as in real dockets."""

from __future__ import annotations

import math
import random

from . import words

COMPANY_POOL = 24000
PERSON_POOL = 6000
_MARK_ENDINGS = ["", "", "", "IX", "ORA", "ON", "A", "O", "LY", "ZA", "EX", "IO", "ETTE", "UM"]
_EUIPO = "European Union Intellectual Property Office (EUIPO)"


def popular_index(rng: random.Random, pool: int) -> int:
    """An index in 0..pool-1 with density about 1/k: a Zipf-like reuse of names."""
    return min(pool - 1, int(math.exp(rng.random() * math.log(pool + 1))) - 1)


def company_name(k: int, system: str) -> str:
    roots, kinds = words.COMPANY_ROOTS, words.COMPANY_WORDS
    k = (k * 2654435761) % 4294967291  # scatter neighbouring indexes over the name space
    root = roots[k % len(roots)]
    kind = kinds[(k // len(roots)) % len(kinds)]
    if system == "uk":
        suffixes = words.COMPANY_SUFFIXES_UK
    elif system == "eu":
        suffixes = words.COMPANY_SUFFIXES_EU
    else:
        suffixes = words.COMPANY_SUFFIXES_US
    suffix = suffixes[(k // (len(roots) * len(kinds)) + k) % len(suffixes)]
    separator = ", " if suffix in ("Inc.", "L.P.") else " "
    return f"{root} {kind}{separator}{suffix}"


def person_name(k: int) -> str:
    k = (k * 2654435761) % 4294967291
    first = words.FIRST_NAMES[k % len(words.FIRST_NAMES)]
    last = words.LAST_NAMES[(k // len(words.FIRST_NAMES)) % len(words.LAST_NAMES)]
    return f"{first} {last}"


def short_party(name: str, natural: bool) -> str:
    """What a case's short name keeps of a party: the surname or the first word."""
    return name.split()[-1] if natural else name.split()[0].rstrip(",")


def mark_text(k: int) -> str:
    root = words.COMPANY_ROOTS[(k * 31) % len(words.COMPANY_ROOTS)].upper()
    ending = _MARK_ENDINGS[(k // 7) % len(_MARK_ENDINGS)]
    return (root[:5] + ending) if ending else root


def euipo() -> str:
    return _EUIPO


def judges(rng: random.Random, court: str, system: str, panel: int) -> str:
    names = rng.sample(words.JUDGE_NAMES, panel)
    if panel == 1:
        if system == "uk":
            return f"{rng.choice(['Mr', 'Mrs'])} Justice {names[0]}"
        title = "Administrative Law Judge" if court == "usitc" else "Judge"
        return f"{title} {names[0]}"
    listed = f"{', '.join(names[:-1])} and {names[-1]}"
    titles = {
        "ttab": "Administrative Trademark Judges",
        "ptab": "Administrative Patent Judges",
        "ewca-civ": "Lords Justices",
        "uksc": "Lords",
        "epo-boa": "Chair and Members",
        "euipo-boa": "Members",
    }
    return f"{titles.get(court, 'Judges')} {listed}"
