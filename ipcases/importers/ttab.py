"""USPTO Trademark Trial and Appeal Board: daily proceedings XML and reading-room decisions.

One format name, two inputs, told apart by their first bytes:

* the daily bulk file (DTD "-//USPTO//DTD TTAB PROCEEDINGS V1.0"), as the XML or as the zip the
  USPTO distributes. Each ``<proceeding-entry>`` is a case (opposition, cancellation, ex parte
  appeal, extension of time to oppose) with its parties and marks; each prosecution-history
  entry that records a Board decision ("BD DECISION: OPP SUSTAINED", "FINAL DECISION: ...")
  becomes a ruling. The file carries no decision text. A proceeding without a decision yields
  one record with ``skip_reason`` so that the import can count it.
* a page of the reading-room search API (JSON with ``results``): final decisions and decisions
  on motions, with the panel, the decision and whether it may be cited as precedent.

The XML is streamed with iterparse and each proceeding is cleared once read, so memory stays
bounded by the largest proceeding, not the file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree import ElementTree as ET

from .inputs import open_source
from .records import Parsed
from .ttab_outcomes import decision_outcome, is_decision_entry

READING_ROOM_PDF = "https://ttab-reading-room.uspto.gov/cms/rest"
TTABVUE = "https://ttabvue.uspto.gov/ttabvue/v?pno={number}&pty={kind}"
PROCEEDING_NAMES = {
    "OPP": "Opposition",
    "CAN": "Cancellation",
    "EXA": "Ex parte appeal",
    "EXT": "Extension of time to oppose",
    "CNU": "Concurrent use",
}
# Role code P is the plaintiff side, D the defendant (the holder of the mark in suit).
ROLES = {
    "OPP": {"P": "opposer", "D": "applicant"},
    "EXT": {"P": "opposer", "D": "applicant"},
    "CAN": {"P": "petitioner", "D": "registrant"},
    "EXA": {"P": "appellant", "D": "other"},
}
TERMINATED = re.compile(r"^\s*TERMINATED\b")


def parse(source) -> Iterator[Parsed]:
    """Records from a TTAB daily XML (or its zip) or a reading-room API JSON page."""
    with open_source(source) as (name, stream):
        head = stream.read(512)
        stream = _rewound(stream, head)
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")  # a byte-order mark, white space
        if head.startswith(b"PK"):
            yield from _parse_zip(name, stream)
        elif start.startswith((b"{", b"[")):
            yield from parse_reading_room(name, stream)
        elif start.startswith(b"<"):
            yield from parse_proceedings(name, stream)
        else:
            yield _error(name, "neither TTAB proceedings XML, a zip of it, nor reading-room JSON")


def _rewound(stream: BinaryIO, head: bytes) -> BinaryIO:
    if stream.seekable():
        stream.seek(0)
        return stream
    return _Prefixed(head, stream)


class _Prefixed:
    """A non-seekable stream with the bytes already read put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def read(self, size: int = -1) -> bytes:
        if not self.head:
            return self.rest.read(size)
        if size is None or size < 0:
            data, self.head = self.head + self.rest.read(), b""
            return data
        data, self.head = self.head[:size], self.head[size:]
        if len(data) < size:
            data += self.rest.read(size - len(data))
        return data

    def seekable(self) -> bool:
        return False


def _parse_zip(name: str, stream: BinaryIO) -> Iterator[dict]:
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError) as error:
        yield _error(name, f"not a readable zip archive ({error})")
        return
    with archive:
        members = [m for m in archive.namelist() if m.lower().endswith((".xml", ".json"))]
        if not members:
            yield _error(name, "the zip holds no .xml or .json file")
        for member in sorted(members):
            with archive.open(member) as inner:
                yield from parse(_Named(inner, f"{name}:{member}"))


class _Named:
    """A stream with a display name, for zip members read here."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream, self.name = stream, name

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)

    def seekable(self) -> bool:
        return self.stream.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.stream.seek(offset, whence)


# The daily proceedings XML


def parse_proceedings(name: str, stream) -> Iterator[dict]:
    """Decision records (and skips) for every proceeding in a daily XML file, streamed."""
    events = ET.iterparse(stream, events=("start", "end"))
    parent = None
    try:
        for event, element in events:
            if event == "start":
                if element.tag == "proceeding-information":
                    parent = element
                continue
            if element.tag != "proceeding-entry":
                continue
            yield from proceeding_records(name, element)
            element.clear()
            if parent is not None:
                parent.clear()  # drop the proceedings already read
    except ET.ParseError as error:
        line, column = error.position
        yield _error(
            f"{name}:line {line}", f"XML is not well-formed ({_reason(error)}, column {column})"
        )


def _reason(error: ET.ParseError) -> str:
    return str(error).split(":")[0]


def proceeding_records(name: str, entry: ET.Element) -> Iterator[dict]:
    """The rulings of one ``<proceeding-entry>``, or one skip record if it has none."""
    number = _text(entry, "number")
    where = f"{name}:proceeding {number or '?'}"
    if not number:
        yield _error(where, "proceeding without a number")
        return
    case = _case(entry, number)
    decisions = [
        e
        for e in entry.iterfind("prosecution-history/prosecution-entry")
        if is_decision_entry(_text(e, "history-text"))
    ]
    if not decisions:
        yield {"position": where, "skip_reason": "no Board decision in the proceeding's history"}
        return
    for decision in decisions:
        yield _decision_record(where, case, decision)


def _case(entry: ET.Element, number: str) -> dict:
    kind = _text(entry, "type-code").upper()
    roles = ROLES.get(kind, {})
    parties, rights = [], []
    for party in entry.iterfind("party-information/party"):
        party_name = _text(party, "name") or _text(party, "orgname")
        if party_name:
            role = roles.get(_text(party, "role-code").upper(), "other")
            parties.append({"name": party_name, "role": role, "is_natural_person": None})
        rights.extend(_marks(party))
    case = {
        "court": "ttab",
        "docket_number": number,
        "case_name": _case_name(kind, parties),
        "date_filed": _date(_text(entry, "filing-date")),
        "parties": parties,
        "rights": _unique(rights),
        "kind_code": kind,
        "source_url": TTABVUE.format(number=number, kind=kind or "OPP"),
    }
    terminated = _terminated(entry)
    if terminated and (not case["date_filed"] or terminated >= case["date_filed"]):
        case["date_terminated"] = terminated
    return case


def _marks(party: ET.Element) -> list[dict]:
    marks = []
    for prop in party.iterfind("property-information/property"):
        text = _text(prop, "mark-text")
        registration = _number(_text(prop, "registration-number"))
        serial = _number(_text(prop, "serial-number"))
        if registration:
            marks.append(_right("trademark_registration", registration, text))
        elif serial:
            marks.append(_right("trademark_application", serial, text))
    return marks


def _right(kind: str, number: str, title: str) -> dict:
    return {"kind": kind, "office": "US", "number": number, "title": title}


def _number(value: str) -> str:
    """A serial or registration number, or "" for the zeros the file uses for none."""
    return value if value.strip("0 ") else ""


def _unique(rights: list[dict]) -> list[dict]:
    seen, unique = set(), []
    for right in rights:
        key = (right["kind"], right["number"])
        if key not in seen:
            seen.add(key)
            unique.append(right)
    return unique


def _case_name(kind: str, parties: list[dict]) -> str:
    plaintiffs = [p["name"] for p in parties if p["role"] in ("opposer", "petitioner")]
    defendants = [p["name"] for p in parties if p["role"] in ("applicant", "registrant")]
    if plaintiffs and defendants:
        return f"{', '.join(plaintiffs)} v. {', '.join(defendants)}"
    names = plaintiffs or defendants or [p["name"] for p in parties]
    return f"In re {', '.join(names)}" if names else ""


def _terminated(entry: ET.Element) -> dt.date | None:
    for history in entry.iterfind("prosecution-history/prosecution-entry"):
        if TERMINATED.match(_text(history, "history-text").upper()):
            return _date(_text(history, "date"))
    return None


def _decision_record(where: str, case: dict, entry: ET.Element) -> dict:
    text = " ".join(_text(entry, "history-text").split())
    identifier = _text(entry, "identifier") or f"{_text(entry, 'code')}-{_text(entry, 'date')}"
    kind = case["kind_code"]
    disposition, outcome = decision_outcome(kind, text)
    label = PROCEEDING_NAMES.get(kind, kind or "Proceeding")
    record = {k: v for k, v in case.items() if k != "kind_code"}
    record.update(
        source="ttab",
        source_id=f"{case['docket_number']}:{identifier}",
        position=f"{where} entry {identifier}",
        decision_date=_date(_text(entry, "date")),
        kind="board_decision",
        disposition=disposition,
        rights_holder_outcome=outcome,
        summary=f"{label} {case['docket_number']}: {text}",
        ip_types=["trademark"],
        ip_classification="TTAB proceeding (trade mark)",
    )
    if not record["decision_date"]:
        return _error(record["position"], f"decision entry without a valid date: {text!r}")
    if not record["case_name"]:
        return _error(record["position"], "proceeding without named parties")
    return record


def _text(element: ET.Element, path: str) -> str:
    return (element.findtext(path) or "").strip()


def _date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), "%Y%m%d").date()
    except ValueError:
        return None


# The reading-room search API


def parse_reading_room(name: str, stream) -> Iterator[dict]:
    """Decision records from one reading-room search response (one API page, read whole)."""
    try:
        page = json.loads(stream.read())
    except (ValueError, UnicodeDecodeError) as error:
        yield _error(name, f"not valid JSON ({error})")
        return
    results = page.get("results") if isinstance(page, dict) else page
    if not isinstance(results, list):
        yield _error(name, "no list of results (expected a reading-room search response)")
        return
    for index, result in enumerate(results, start=1):
        where = f"{name}:#{index}"
        if not isinstance(result, dict):
            yield _error(where, "a result is not an object")
            continue
        yield reading_room_record(where, result)


def reading_room_record(where: str, result: dict) -> dict:
    """One reading-room decision as a ruling record (or an error record)."""
    number = str(result.get("proceedingNumberDisplay") or result.get("proceedingNumber") or "")
    decision_id = result.get("appealDecisionId") or result.get("id")
    decision_date = _reading_room_date(result)
    if not number or not decision_id or not decision_date:
        return _error(where, "decision without proceedingNumber, id or issue date")
    kind = str(result.get("proceedingTypeCd") or "").upper()
    decision = " ".join(str(result.get("decision") or "").split())
    disposition, outcome = decision_outcome(kind, decision)
    parties = _reading_room_parties(kind, str(result.get("partyName") or ""))
    record = {
        "source": "ttab",
        "source_id": f"{number}:decision-{decision_id}",
        "position": where,
        "court": "ttab",
        "docket_number": number,
        "case_name": " ".join(str(result.get("partyName") or "").split()) or f"In re {number}",
        "decision_date": decision_date,
        "kind": "board_decision",
        "precedential_status": _citable(result.get("precedentCitableIndicator")),
        "disposition": disposition,
        "rights_holder_outcome": outcome,
        "judges": _panel(result.get("panelMember")),
        "summary": _reading_room_summary(result, decision),
        "parties": parties,
        "ip_types": ["trademark"],
        "ip_classification": "TTAB proceeding (trade mark)",
    }
    if result.get("documentId"):
        record["source_url"] = READING_ROOM_PDF + "/" + str(result["documentId"]).lstrip("/")
    return record


def _reading_room_date(result: dict) -> dt.date | None:
    text = str(result.get("issueDateStr") or "")
    try:
        return dt.datetime.strptime(text.strip().title(), "%d-%b-%Y").date()
    except ValueError:
        pass
    millis = result.get("issueDate")
    if isinstance(millis, int | float):
        # Midnight in Alexandria, given in UTC milliseconds: shift before taking the day.
        return (dt.datetime.fromtimestamp(millis / 1000, dt.UTC) - dt.timedelta(hours=5)).date()
    return None


def _reading_room_parties(kind: str, party_name: str) -> list[dict]:
    roles = ROLES.get(kind, {})
    name = " ".join(party_name.split())
    if name.lower().startswith("in re "):
        return [{"name": name[6:], "role": roles.get("P", "other"), "is_natural_person": None}]
    sides = re.split(r"\s+v\.?\s+", name, maxsplit=1)
    if len(sides) != 2:
        return []
    return [
        {"name": sides[0], "role": roles.get("P", "other"), "is_natural_person": None},
        {"name": sides[1], "role": roles.get("D", "other"), "is_natural_person": None},
    ]


def _citable(indicator) -> str:
    value = str(indicator or "").strip().upper()
    return {"Y": "precedential", "N": "non_precedential"}.get(value, "unknown")


def _panel(members) -> str:
    names = [m.strip() for m in str(members or "").split(";") if m.strip()]
    return ", ".join(n.title() for n in names)


def _reading_room_summary(result: dict, decision: str) -> str:
    parts = [str(result.get("decisionTypeCategory") or "Decision"), decision]
    issue = " ".join(str(result.get("issue") or "").split())
    if issue:
        parts.append(f"Issue: {issue}")
    grounds = result.get("groundsForRefusalCategory") or []
    if isinstance(grounds, list) and grounds:
        parts.append("Grounds: " + ", ".join(str(g) for g in grounds))
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _error(position: str, message: str) -> dict:
    return {"position": position, "error": message}
