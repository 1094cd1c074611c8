"""One IDB row of an IP case -> one ruling record of kind "termination" (see ``fjc_idb``).

The record's key is the row's identity in the IDB: court, docket, filing date and origin, the
same in both distributions, so that a pending case is updated when a later file reports its
end, and the same case read from the other distribution is the same record. Codes the FJC's
codebook does not define are errors, not guesses.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Ruling, Source, Termination
from ..models.terminations import DISPOSITIONS, JUDGMENT_NATURE, PROGRESS
from . import fjc_codes as codes
from .records import RulingRecord

Ending = Termination.Ending
# Missing values: -8, blank, or the FJC's placeholder date.
MISSING = ("", "-8", "01/01/1900", "1900-01-01")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DOCKET = re.compile(r"^\d{1,7}$")


class RowError(ValueError):
    """A row that cannot be read; the message names the column and the value."""


def fjc_record(values: dict, as_of: dt.date) -> RulingRecord:
    """The ruling record of one IP row (``values``: cells by our names, see fjc_idb.COLUMNS).
    Raises RowError."""
    nature = values["nature"].strip()
    court = _court(values["district"])
    docket = _docket(values.get("office", ""), values["docket"])
    filed = parse_date(values["filed"], "filing date")
    if filed is None:
        raise RowError("no filing date")
    terminated = parse_date(values["terminated"], "termination date")
    termination = _termination(values, filed, terminated, as_of)
    parties = _parties(values)
    return {
        "source": Source.FJC_IDB,
        "source_id": f"{court}/{docket}/{filed.isoformat()}/{termination['origin_code'] or ''}",
        "retrieved_at": dt.datetime.combine(as_of, dt.time(), tzinfo=dt.UTC),
        "court": court,
        "case_name": " v. ".join(p["name"] for p in parties) or f"Case {docket}",
        "docket_number": docket,
        "date_filed": filed,
        "date_terminated": terminated,
        "nature_of_suit": nature,
        # A pending case is dated by the file that reports it pending.
        "decision_date": terminated or as_of,
        "kind": Ruling.Kind.TERMINATION,
        "disposition": codes.disposition(termination["ending"]),
        "rights_holder_outcome": termination.pop("outcome"),
        "injunction": termination.pop("injunction"),
        "summary": _summary(termination, terminated),
        "ip_types": [codes.IP_NATURES[nature]],
        "ip_classification": f"FJC IDB nature of suit {nature}",
        "parties": parties,
        "termination": termination,
    }


def parse_date(cell: str, what: str) -> dt.date | None:
    """A date as either distribution writes it (2015-03-02, 03/02/2015, 20150302); None when
    missing. Raises RowError."""
    text = cell.strip()
    if text in MISSING:
        return None
    try:
        us = _US_DATE.match(text)
        if us:
            month, day, year = map(int, us.groups())
            return dt.date(year, month, day)
        if len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise RowError(f"{what} {cell!r} is not a date") from None


def _code(values: dict, key: str, known, label: str) -> int | None:
    text = values.get(key, "").strip()
    if text in MISSING:
        return None
    try:
        code = int(float(text))
    except ValueError:
        raise RowError(f"{label} {text!r} is not a code") from None
    if code not in known:
        raise RowError(f"{label} {code} is not a code of the FJC's codebook")
    return code


def _court(district: str) -> str:
    text = district.strip()
    if text.isalpha():  # CourtListener's file names the court
        return text.lower()
    code = text.upper().zfill(2)
    if code not in codes.DISTRICTS:
        raise RowError(f"district {text!r} is not an FJC district code")
    return codes.DISTRICTS[code]


def _docket(office: str, docket: str) -> str:
    """The docket as a federal court prints it: office 2, docket 1501455 -> 2:15-cv-01455."""
    number = docket.strip()
    if not _DOCKET.match(number):
        raise RowError(f"docket {docket!r} is not the IDB's year and serial number")
    number = number.zfill(7)
    office = office.strip()
    prefix = f"{office}:" if office not in MISSING and office.isalnum() else ""
    return f"{prefix}{number[:2]}-cv-{number[2:]}"


def _termination(values: dict, filed: dt.date, terminated: dt.date | None, as_of) -> dict:
    if filed > as_of or (terminated and terminated > as_of):
        raise RowError(f"a date after the file's date {as_of.isoformat()}")
    if terminated and terminated < filed:
        raise RowError("terminated before it was filed")
    disposition = _code(values, "disposition", codes.ENDINGS, "DISP")
    if (disposition is None) != (terminated is None):
        raise RowError("a termination date and a disposition (DISP) go together")
    ending = Ending.PENDING if disposition is None else codes.ENDINGS[disposition]
    progress = _code(values, "progress", codes.STAGES, "PROCPROG")
    judgment = _code(values, "judgment", codes.JUDGMENT_CODES, "JUDGMENT")
    nature = _code(values, "judgment_nature", codes.NATURE_CODES, "NOJ")
    title, section = values.get("title", "").strip(), values.get("section", "").strip()
    declaratory = codes.is_declaratory(title, section)
    return {
        "ending": ending,
        "stage": codes.STAGES.get(progress, "") if terminated else "",
        "date_filed": filed,
        # Only a pending case depends on the file's date: an ended one reads the same in
        # every later file, and a later file leaves it unchanged.
        "as_of": None if terminated else as_of,
        "disposition_code": disposition,
        "progress_code": progress,
        "judgment_code": judgment,
        "judgment_nature_code": nature,
        "origin_code": _code(values, "origin", codes.ORIGIN_CODES, "ORIGIN"),
        "cause": f"{title}:{section}" if title not in MISSING and section not in MISSING else "",
        "declaratory": declaratory,
        "amount_reported": _amount(values.get("amount", "")),
        "outcome": codes.holder_outcome(ending, judgment, declaratory),
        "injunction": codes.injunction(ending, nature, declaratory),
    }


def _amount(cell: str) -> int | None:
    text = cell.strip()
    if text in MISSING:
        return None
    try:
        amount = int(float(text))
    except ValueError:
        raise RowError(f"AMTREC {text!r} is not a number") from None
    if amount < 0:
        raise RowError(f"AMTREC {amount} is negative")
    return amount


def _parties(values: dict) -> list[dict]:
    parties = []
    for key, role in (("plaintiff", "plaintiff"), ("defendant", "defendant")):
        name = _unquoted(values.get(key, ""))
        if name and name not in MISSING:
            parties.append({"name": name, "role": role, "is_natural_person": None})
    return parties


def _unquoted(cell: str) -> str:
    """A name as the FJC's file may quote it: "ACME ""BEST"" CO" -> ACME "BEST" CO."""
    text = cell.strip()
    if len(text) > 1 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1].replace('""', '"')
    return " ".join(text.split())


def _summary(termination: dict, terminated: dt.date | None) -> str:
    """What the IDB says of the case, in words, with the codes it was read from."""
    if terminated is None:
        as_of = f"{termination['as_of']:%-d %B %Y}"
        return f"Pending on {as_of}, according to the FJC Integrated Database."
    disposition, judgment = termination["disposition_code"], termination["judgment_code"]
    text = f"Terminated on {terminated:%-d %B %Y}: {DISPOSITIONS[disposition]} (DISP {disposition})"
    if judgment in _FOR:
        text += f", for {_FOR[judgment]} (JUDGMENT {judgment})"
    nature, progress = termination["judgment_nature_code"], termination["progress_code"]
    if nature is not None and termination["ending"] in Termination.JUDGMENTS:
        text += f"; relief: {JUDGMENT_NATURE[nature]} (NOJ {nature})"
    if progress is not None:
        text += f"; reached: {PROGRESS[progress]} (PROCPROG {progress})"
    text += "."
    if termination["declaratory"]:
        text += " A declaratory-judgment action: the plaintiff is taken as the accused infringer."
    return f"{text} FJC Integrated Database."


_FOR = {1: "the plaintiff", 2: "the defendant", 3: "both sides"}
