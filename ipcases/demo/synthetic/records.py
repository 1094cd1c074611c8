"""The facts of synthetic ruling number i: court, dates, parties, rights, outcome, damages and
citations. Everything comes from a random.Random seeded with (seed, i) alone, so ruling i is the
same whatever else is generated."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal

from . import identifiers as ids
from . import names, rights, words
from .profiles import COMPANIONS, PROFILES, Profile
from .rights import Right

FIRST_YEAR, LAST_YEAR = 1990, 2025
_PROFILE_WEIGHTS = list(itertools.accumulate(p.weight for p in PROFILES))
# Median days from filing to this decision, and the spread (sigma of the log), by level.
_DURATION = {"first": (850, 0.75), "appeal": (430, 0.35), "board": (700, 0.5)}
_DURATION_BY_COURT = {
    "ptab": (540, 0.08),
    "eugc": (600, 0.3),
    "epo-boa": (1100, 0.5),
    "euipo-boa": (420, 0.4),
    "ttab": (950, 0.5),
    "usitc": (520, 0.3),
}
FIRST_DISPOSITIONS = {
    "dismissed": ["dismissed"],
    "settled": ["dismissed", "other"],
    "challenger_won": ["granted", "granted", "denied", "other"],
    "holder_won": ["granted", "denied", "other"],
    "mixed": ["granted_in_part", "other"],
    "other": ["denied", "other"],
    "pending": ["denied", "granted_in_part"],
}
APPEAL_DISPOSITIONS = {
    "challenger_won": ["affirmed", "affirmed", "affirmed", "reversed", "reversed_and_remanded"],
    "holder_won": ["affirmed", "affirmed", "reversed", "reversed_and_remanded"],
    "mixed": ["affirmed_in_part", "vacated_and_remanded", "remanded"],
    "dismissed": ["dismissed"],
    "other": ["dismissed", "other"],
}
BOARD_DISPOSITIONS = {
    "challenger_won": ["granted", "affirmed", "other"],
    "holder_won": ["denied", "reversed"],
    "mixed": ["granted_in_part", "affirmed_in_part"],
    "dismissed": ["dismissed"],
    "other": ["other"],
}


@dataclass
class Party:
    name: str
    natural: bool
    role: str

    @property
    def short(self) -> str:
        return names.short_party(self.name, self.natural)


@dataclass
class Facts:
    i: int
    seed: int
    profile: Profile
    ip_types: list[str]
    decision_date: dt.date
    date_filed: dt.date | None
    date_terminated: dt.date | None
    docket: str
    holder: Party
    challenger: Party | None
    case_name: str
    short_name: str
    area: str
    rights: list[Right]
    kind: str
    precedential_status: str
    outcome: str
    disposition: str
    injunction: str = ""
    damages_amount: Decimal | None = None
    damages_currency: str = ""
    judges: str = ""
    citations: list[str] = field(default_factory=list)
    proceeding: str = ""


@functools.cache
def _year_weights(min_year: int) -> tuple[list[int], list[float]]:
    years = list(range(max(FIRST_YEAR, min_year), LAST_YEAR + 1))
    return years, list(itertools.accumulate(math.exp(0.075 * (y - FIRST_YEAR)) for y in years))


def _decision_date(rng: random.Random, profile: Profile) -> dt.date:
    years, weights = _year_weights(profile.min_year)
    year = rng.choices(years, cum_weights=weights)[0]
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def _filing_date(rng: random.Random, profile: Profile, decided: dt.date) -> dt.date:
    median, sigma = _DURATION_BY_COURT.get(profile.court) or _DURATION[profile.level]
    days = min(int(rng.lognormvariate(math.log(median), sigma)), 6000)
    return max(decided - dt.timedelta(days=days), dt.date(1985, 1, 2))


def _ip_types(rng: random.Random, profile: Profile) -> list[str]:
    first = rng.choices(list(profile.ip_types), list(profile.ip_types.values()))[0]
    if rng.random() < 0.1:
        second = rng.choice(COMPANIONS[first])
        if second in profile.ip_types:
            return [first, second]
    return [first]


def _party(rng: random.Random, system: str, role: str, natural_share: float) -> Party:
    if rng.random() < natural_share:
        return Party(names.person_name(names.popular_index(rng, names.PERSON_POOL)), True, role)
    k = names.popular_index(rng, names.COMPANY_POOL)
    return Party(names.company_name(k, system), False, role)


def _parties(rng: random.Random, profile: Profile, ip_type: str, proceeding: str):
    holder_role, challenger_role = profile.roles
    if proceeding == "cancellation":
        holder_role, challenger_role = "registrant", "petitioner"
    elif proceeding in ("opposition", "ex_parte"):
        holder_role, challenger_role = ("opposer", "applicant")
    natural = 0.22 if ip_type == "copyright" else 0.07
    holder = _party(rng, profile.system, holder_role, natural)
    if proceeding == "ex_parte":
        return Party(holder.name, holder.natural, "applicant"), None
    challenger = _party(rng, profile.system, challenger_role, natural / 2)
    # Two sides never go by one name ("a dispute between Paragon and Paragon").
    for _ in range(20):
        if challenger.short != holder.short:
            break
        k = rng.randrange(names.COMPANY_POOL)
        challenger = Party(names.company_name(k, profile.system), False, challenger_role)
    return holder, challenger


def _rights(
    rng: random.Random, profile: Profile, ip_types: list[str], area: str, year: int, mark_index: int
) -> list[Right]:
    found: list[Right] = []
    system = profile.system
    for ip_type in ip_types:
        if ip_type == "patent":
            found += rights.patents(rng, area, year, system, design=False)
        elif ip_type == "design":
            if system == "us":
                found += rights.patents(rng, area, year, system, design=True)
            else:
                found.append(rights.registered_design(rng, area, system))
        elif ip_type == "trademark":
            found += rights.trade_marks(rng, mark_index, year, system)
        elif ip_type == "copyright" and system == "us" and rng.random() < 0.45:
            found.append(rights.copyright_registration(rng, year))
    return found


def _outcome(rng: random.Random, profile: Profile, kind: str) -> tuple[str, str]:
    if kind == "preliminary_ruling":
        return "other", "answered"
    outcome = rng.choices(list(profile.outcomes), list(profile.outcomes.values()))[0]
    table = {"first": FIRST_DISPOSITIONS, "appeal": APPEAL_DISPOSITIONS}.get(
        profile.level, BOARD_DISPOSITIONS
    )
    if profile.court == "ttab" and outcome in ("holder_won", "challenger_won"):
        return outcome, "sustained" if outcome == "holder_won" else "dismissed"
    if profile.court == "ttab":
        return outcome, "dismissed" if outcome == "dismissed" else "other"
    return outcome, rng.choice(table.get(outcome, ["other"]))


def _injunction(rng: random.Random, profile: Profile, outcome: str) -> str:
    roll = rng.random()
    if profile.level == "first" and outcome == "holder_won":
        granted = 0.7 if profile.system == "uk" else 0.4
        return "granted" if roll < granted else "refused" if roll < granted + 0.15 else ""
    if profile.level == "first" and outcome in ("mixed", "pending"):
        return "granted" if roll < 0.1 else "refused" if roll < 0.3 else ""
    if profile.level == "first" and outcome == "challenger_won":
        return "refused" if roll < 0.08 else ""
    if profile.court == "usitc" and outcome == "holder_won":
        return "granted" if roll < 0.8 else ""
    return "granted" if outcome == "holder_won" and roll < 0.05 else ""


def _damages(rng: random.Random, profile: Profile, outcome: str, kind: str) -> Decimal | None:
    if not profile.currency or outcome not in ("holder_won", "mixed"):
        return None
    share = {"first": 0.55, "appeal": 0.15}.get(profile.level, 0.0)
    if kind == "order" or rng.random() > share * (1.0 if outcome == "holder_won" else 0.5):
        return None
    median = 1_500_000 if profile.currency == "USD" else 250_000
    amount = min(max(rng.lognormvariate(math.log(median), 2.1), 1500.0), 2.8e9)
    if rng.random() < 0.5:
        amount = round(amount, -3)
    return Decimal(f"{amount:.2f}")


def _citations(
    rng: random.Random,
    profile: Profile,
    i: int,
    year: int,
    docket: str,
    decided: dt.date,
    precedential: bool,
) -> list[str]:
    court = profile.court
    if rng.random() >= profile.cite_share:
        return []
    if court in ("eugc", "cjeu", "epo-boa"):
        return [ids.ecli(court, year, i, docket, decided.isoformat())]
    if profile.system == "uk":
        return ids.uk_citations(court, year, i, rng)
    if court == "ttab":
        return [ids.uspq(year, i, "TTAB")] if precedential else []
    if profile.level == "first" or court == "usitc":
        cites = [ids.district_reporter(year, i, rng)]
    else:
        cites = [ids.federal_reporter(year, i, precedential)]
    # Parallel USPQ2d citations only before 2021, when the series still had volumes: the
    # yearly numbering since then leaves too few numbers to keep synthetic citations apart.
    if 1987 <= year < 2021 and rng.random() < 0.3:
        cites.append(ids.uspq(year, i))
    return cites


def _case_name(
    profile: Profile,
    holder: Party,
    challenger: Party | None,
    rights: list[Right],
    area: str,
    proceeding: str,
) -> tuple[str, str]:
    if challenger is None:
        return f"In re {holder.name}", f"In re {holder.short}"
    # The party that started the proceeding is named first: a PTAB petitioner or a TTAB
    # cancellation petitioner challenges the right, elsewhere the holder sues or opposes.
    challenger_first = proceeding == "cancellation" or profile.court == "ptab"
    first, second = (challenger, holder) if challenger_first else (holder, challenger)
    if profile.court == "usitc":
        thing = words.TECH_AREAS[area].split()[0]
        name = f"In the Matter of Certain {thing.capitalize()} Devices and Components Thereof"
        return name, name
    if profile.court == "eugc":
        mark = next((r.title for r in rights if r.title), "")
        name = f"{challenger.name} v EUIPO — {holder.name}" + (f" ({mark})" if mark else "")
        return name, f"{challenger.short} v EUIPO"
    joiner = " v. " if profile.system == "us" else " v "
    return first.name + joiner + second.name, first.short + joiner + second.short


def _kind_and_status(rng: random.Random, profile: Profile) -> tuple[str, str]:
    kind = rng.choices(list(profile.kinds), list(profile.kinds.values()))[0]
    if profile.precedential >= 1.0:
        return kind, "precedential"
    if kind in ("order", "verdict") or profile.precedential == 0.0:
        status = "non_precedential" if profile.level != "first" else "unknown"
        return kind, status if rng.random() < 0.8 else "unknown"
    precedential = rng.random() < profile.precedential
    return kind, "precedential" if precedential else "non_precedential"


def _decision(rng: random.Random, profile: Profile, proceeding: str) -> tuple[str, ...]:
    """(kind, precedential status, outcome, disposition) of the ruling."""
    kind, status = _kind_and_status(rng, profile)
    outcome, disposition = _outcome(rng, profile, kind)
    if proceeding in ("cancellation", "ex_parte") and outcome in ("holder_won", "challenger_won"):
        won = outcome == "holder_won"
        if proceeding == "ex_parte":
            disposition = "reversed" if won else "affirmed"
        else:
            disposition = "denied" if won else "granted"
    return kind, status, outcome, disposition


# Who wins an appeal by its disposition: the appellee when the decision below stands, the
# appellant when it falls.
APPELLEE_WINS = ("affirmed", "dismissed")
APPELLANT_WINS = ("reversed", "reversed_and_remanded", "vacated", "vacated_and_remanded")


def _appeal_roles(holder: Party, challenger: Party | None, outcome: str, disposition: str) -> None:
    """Make the winner of an appeal the appellant or the appellee as the disposition says:
    an affirmed ruling for the rights holder has the holder as appellee."""
    if challenger is None or outcome not in ("holder_won", "challenger_won"):
        return
    roles = (holder.role, challenger.role)
    if "appellant" not in roles:
        return
    if disposition not in APPELLEE_WINS + APPELLANT_WINS:
        return
    other = next(role for role in roles if role != "appellant")
    holder_appeals = (outcome == "holder_won") == (disposition in APPELLANT_WINS)
    holder.role = "appellant" if holder_appeals else other
    challenger.role = other if holder_appeals else "appellant"


def _remedies_and_citations(rng: random.Random, f: Facts) -> None:
    profile, decided = f.profile, f.decision_date
    final = f.kind in ("judgment", "verdict", "board_decision") or profile.level != "first"
    f.date_terminated = decided if final and f.outcome != "pending" else None
    f.injunction = _injunction(rng, profile, f.outcome)
    f.damages_amount = _damages(rng, profile, f.outcome, f.kind)
    f.damages_currency = profile.currency if f.damages_amount is not None else ""
    f.judges = names.judges(rng, profile.court, profile.system, profile.panel)
    precedential = f.precedential_status == "precedential"
    f.citations = _citations(rng, profile, f.i, decided.year, f.docket, decided, precedential)


def facts(seed: int, i: int) -> Facts:
    """Everything about synthetic ruling i except its text. The order of the draws is part of
    the corpus: changing it changes every ruling (and calls for a new GENERATOR_VERSION)."""
    rng = random.Random(f"ipcases-synthetic:{seed}:{i}")
    profile = PROFILES[rng.choices(range(len(PROFILES)), cum_weights=_PROFILE_WEIGHTS)[0]]
    ip_types = _ip_types(rng, profile)
    decided = _decision_date(rng, profile)
    filed = _filing_date(rng, profile, decided)
    proceeding = ""
    if profile.court == "ttab":
        proceeding = rng.choices(["opposition", "cancellation", "ex_parte"], [60, 25, 15])[0]
    holder, challenger = _parties(rng, profile, ip_types[0], proceeding)
    area = rng.choice(list(words.TECH_AREAS))
    found = _rights(rng, profile, ip_types, area, filed.year, names.popular_index(rng, 20000))
    docket = ids.docket_number(profile.court, i, filed.year, rng, rng.choice(profile.divisions))
    if proceeding:
        serial = next((r.number for r in found if r.kind == "trademark_application"), "")
        docket = ids.ttab_docket(i, proceeding, serial or f"{87000000 + i % 999999}")
    case_name, short_name = _case_name(profile, holder, challenger, found, area, proceeding)
    kind, status, outcome, disposition = _decision(rng, profile, proceeding)
    _appeal_roles(holder, challenger, outcome, disposition)
    date_filed = filed if rng.random() > 0.08 else None
    result = Facts(
        i, seed, profile, ip_types, decided, date_filed, None, docket, holder, challenger,
        case_name, short_name, area, found, kind, status, outcome, disposition,
    )  # fmt: skip
    _remedies_and_citations(rng, result)
    return result
