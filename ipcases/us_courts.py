"""US courts as courts-db knows them, by the ids CourtListener uses (``txed``, ``nyed``, ``cal``).

courts-db lists every US federal and state court with a name, a citation string, a system
(federal, state, tribal) and a place; it gives a level and an appeal route for some. What it
lacks is filled in here from facts that do not change: the 94 federal district courts (by the
district codes of the Federal Judicial Center's Integrated Database), the circuit each state's
districts appeal to, and the national courts' routes (the Court of International Trade and the
Court of Federal Claims to the Federal Circuit, the circuits to the Supreme Court). This module
reads no database: ``ipcases.courts`` stores the courts the catalogue needs.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from courts_db import courts as _courts_db

FINAL, APPELLATE, FIRST = "final", "appellate", "first_instance"

# The FJC's district codes (IDB column DISTRICT) and the court id of each district.
FJC_DISTRICTS = {
    **{"00": "med", "01": "mad", "02": "nhd", "03": "rid", "04": "prd", "05": "ctd"},
    **{"06": "nynd", "07": "nyed", "08": "nysd", "09": "nywd", "10": "vtd", "11": "ded"},
    **{"12": "njd", "13": "paed", "14": "pamd", "15": "pawd", "16": "mdd", "17": "nced"},
    **{"18": "ncmd", "19": "ncwd", "20": "scd", "22": "vaed", "23": "vawd", "24": "wvnd"},
    **{"25": "wvsd", "26": "alnd", "27": "almd", "28": "alsd", "29": "flnd", "3A": "flmd"},
    **{"3C": "flsd", "3E": "gand", "3G": "gamd", "3J": "gasd", "3L": "laed", "3N": "lamd"},
    **{"36": "lawd", "37": "msnd", "38": "mssd", "39": "txnd", "40": "txed", "41": "txsd"},
    **{"42": "txwd", "43": "kyed", "44": "kywd", "45": "mied", "46": "miwd", "47": "ohnd"},
    **{"48": "ohsd", "49": "tned", "50": "tnmd", "51": "tnwd", "52": "ilnd", "53": "ilcd"},
    **{"54": "ilsd", "55": "innd", "56": "insd", "57": "wied", "58": "wiwd", "60": "ared"},
    **{"61": "arwd", "62": "iand", "63": "iasd", "64": "mnd", "65": "moed", "66": "mowd"},
    **{"67": "ned", "68": "ndd", "69": "sdd", "7-": "akd", "70": "azd", "71": "cand"},
    **{"72": "caed", "73": "cacd", "74": "casd", "75": "hid", "76": "idd", "77": "mtd"},
    **{"78": "nvd", "79": "ord", "80": "waed", "81": "wawd", "82": "cod", "83": "ksd"},
    **{"84": "nmd", "85": "oknd", "86": "oked", "87": "okwd", "88": "utd", "89": "wyd"},
    **{"90": "dcd", "91": "vid", "93": "gud", "94": "nmid"},
}
DISTRICT_COURTS = frozenset(FJC_DISTRICTS.values())

# The circuit that hears appeals from the district courts of each state or territory (by the
# two letters that begin their court ids), outside the Federal Circuit's subject matter.
_CIRCUIT_OF_STATE = {
    "ca1": "me ma nh ri pr",
    "ca2": "ct ny vt",
    "ca3": "de nj pa vi",
    "ca4": "md nc sc va wv",
    "ca5": "la ms tx",
    "ca6": "ky mi oh tn",
    "ca7": "il in wi",
    "ca8": "ar ia mn mo ne nd sd",
    "ca9": "ak az ca hi id mt nv or wa gu",
    "ca10": "co ks nm ok ut wy",
    "ca11": "al fl ga",
    "cadc": "dc",
}
CIRCUIT_OF_STATE = {
    state: circuit for circuit, states in _CIRCUIT_OF_STATE.items() for state in states.split()
}
NATIONAL_ROUTES = {
    **{f"ca{n}": "scotus" for n in range(1, 12)},
    **{"cadc": "scotus", "cafc": "scotus", "ccpa": "scotus"},
    **{"cit": "cafc", "uscfc": "cafc", "nmid": "ca9"},
}
# Courts whose level courts-db does not give, or gives in a way that misleads.
LEVELS = {"scotus": FINAL, "cit": FIRST, "uscfc": FIRST, "jpml": FIRST}
_LEVEL_CODES = {"colr": FINAL, "iac": APPELLATE, "gjc": FIRST, "ljc": FIRST, "trial": FIRST}
_STATE_OF_DISTRICT = re.compile(r"^([a-z]{2})[nsewcm]?d$")


class CourtFacts(NamedTuple):
    """What the catalogue stores about a court (see ipcases.models.Court)."""

    id: str
    name: str
    short_name: str
    country: str
    kind: str
    level: str
    appeals_to: str
    jurisdiction: str


@functools.cache
def _by_id() -> dict[str, dict]:
    return {row["id"]: row for row in _courts_db if row.get("id")}


def knows(court_id: str) -> bool:
    return court_id in _by_id()


def us_court(court_id: str) -> CourtFacts | None:
    """The court of this id as courts-db describes it, completed; None if it has no such id."""
    row = _by_id().get(court_id)
    if row is None:
        return None
    return CourtFacts(
        id=court_id,
        name=" ".join(str(row.get("name") or court_id).split())[:200],
        short_name=" ".join(str(row.get("citation_string") or "").split())[:80],
        country="US",
        kind="court",
        level=level_of(court_id, row),
        appeals_to=appeal_route(court_id, row),
        jurisdiction=_jurisdiction(row),
    )


def level_of(court_id: str, row: dict) -> str:
    if court_id in LEVELS:
        return LEVELS[court_id]
    if court_id in DISTRICT_COURTS:
        return FIRST  # courts-db calls some of them appellate
    code = _LEVEL_CODES.get(str(row.get("level") or "").split(" ")[0])
    if code:
        return code
    if row.get("type") != "appellate":
        return FIRST
    return FINAL if "supreme court" in str(row.get("name", "")).lower() else APPELLATE


def appeal_route(court_id: str, row: dict) -> str:
    """The court appeals go to: courts-db's where it names a court it knows, else ours."""
    given = row.get("appeal_to")
    if isinstance(given, str) and given in _by_id() and given != court_id:
        return given
    if court_id in NATIONAL_ROUTES:
        return NATIONAL_ROUTES[court_id]
    state = _STATE_OF_DISTRICT.match(court_id)
    if court_id in DISTRICT_COURTS and state:
        return CIRCUIT_OF_STATE.get(state.group(1), "")
    return ""


def _jurisdiction(row: dict) -> str:
    system = str(row.get("system") or "")
    if system == "state":
        return str(row.get("location") or "state").strip()[:80]
    return system or "federal"


_DIRECTIONS = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western"}
_DIRECTIONS.update({"M": "Middle", "C": "Central"})


def formal_district_names() -> dict[str, str]:
    """ "united states district court for the eastern district of texas" -> "txed" for each
    district court: the name an appeal's header gives the court below (courts-db's own names
    for them vary: "District Court, E.D. Texas")."""
    names = {}
    for court_id in DISTRICT_COURTS:
        row = _by_id().get(court_id, {})
        place = str(row.get("location") or "").replace("Washignton", "Washington")
        cite = str(row.get("citation_string") or "")
        direction = _DIRECTIONS.get(cite[:1]) if re.match(r"^[NSEWMC]\.D\.", cite) else None
        if not place:
            continue
        district = f"{direction} District of {place}" if direction else f"District of {place}"
        if court_id == "dcd":
            district = "District of Columbia"
        names[f"united states district court for the {district}".lower()] = court_id
    return names
