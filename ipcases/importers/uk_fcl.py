"""Find Case Law (The National Archives): judgments in LegalDocML (Akoma Ntoso 3.0).

Licence: Crown copyright, published under the Open Justice Licence, which covers reading and
re-publishing judgments but not computational analysis: importing judgments in bulk,
classifying them and indexing them for search needs The National Archives' separate licence
for computational analysis (free, applied for). See docs/importing.md before bulk imports.

Metadata comes from ``FRBRWork`` (id, date, name) and TNA's proprietary block (``uk:court``,
``uk:cite``). Parties and judges are read from the header *text*: TNA marks up ``<party>`` and
``<role>`` in some files only, and then often for one side only, so the mark-up cannot be
trusted to be complete. Some files have an empty ``<header>``, with the header printed as the
first paragraphs of the body; those paragraphs are treated as the header.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from .classify import classify
from .inputs import open_source
from .uk_header import case_numbers, judges, parties

SUFFIXES = (".xml",)
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
SITE = "https://caselaw.nationalarchives.gov.uk/"
BLOCKS = {"p", "heading"}
# The first segments of a Find Case Law URI -> our court id.
COURT_PATHS = {
    "uksc": "uksc",
    "ukpc": "ukpc",
    "ukhl": "ukhl",
    "ewca/civ": "ewca-civ",
    "ewhc/pat": "ewhc-pat",
    "ewhc/ipec": "ewhc-ipec",
    "ewhc/ch": "ewhc-ch",
}
_HEADER_END = re.compile(
    r"^(?:approved judgment|judgment approved|covid-19 protocol|this judgment was handed down)",
    re.IGNORECASE,
)


_BOILERPLATE = re.compile(
    r"^(?:covid-19 protocol|\(subject to editorial|if this judgment has been emailed|"
    r"you should send any suggested|the date and time for hand-down|"
    r"this judgment was handed down)",
    re.IGNORECASE,
)


@dataclass
class Document:
    """What the parser keeps of one judgment while reading it."""

    meta: dict[str, str] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    docket_numbers: list[str] = field(default_factory=list)


def parse(source) -> Iterator[dict]:
    """Yield the record of the judgment in one LegalDocML file (path, Input or binary stream)."""
    with open_source(source) as (name, stream):
        try:
            document = read_document(stream)
        except ET.ParseError as error:
            yield {"position": name, "error": f"not well-formed XML ({error})"}
            return
        try:
            yield {**judgment_record(document), "position": name}
        except ValueError as error:
            yield {"position": name, "error": str(error)}


def read_document(stream) -> Document:
    """Read metadata, header lines and body paragraphs, freeing each block once read."""
    document = Document()
    stack: list[str] = []
    pending_num = ""
    for event, element in ET.iterparse(stream, events=("start", "end")):
        local = element.tag.rsplit("}", 1)[-1]
        if event == "start":
            stack.append(local)
            continue
        stack.pop()
        part = "header" if "header" in stack else "body" if "judgmentBody" in stack else "meta"
        if part == "meta":
            _read_meta(document, element, local, stack)
        elif local == "num" and not BLOCKS & set(stack):
            pending_num = _text(element)
        elif local == "docketNumber":
            document.docket_numbers.append(_text(element))
        elif local in BLOCKS and not BLOCKS & set(stack):
            line = " ".join(filter(None, [pending_num, _text(element)]))
            pending_num = ""
            if line:
                getattr(document, part).append(line)
            element.clear()
        elif local in ("paragraph", "level", "tr", "blockContainer"):
            element.clear()
    return document


def _read_meta(document: Document, element: ET.Element, local: str, stack: list[str]) -> None:
    meta = document.meta
    if "FRBRWork" in stack and local in ("FRBRthis", "FRBRname") and local not in meta:
        meta[local] = element.get("value", "")
    elif "FRBRWork" in stack and local == "FRBRdate":
        meta.setdefault("date", element.get("date", ""))
    elif not element.tag.startswith(AKN) and local in ("court", "cite"):
        meta.setdefault(local, _text(element))


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def judgment_record(document: Document) -> dict:
    """The ruling record of a read judgment; raises ValueError when a key field is missing."""
    header, body = split_header(document)
    path = _uri_path(document.meta.get("FRBRthis", ""))
    if not path:
        raise ValueError("no FRBRWork/FRBRthis: cannot identify the judgment")
    cite = document.meta.get("cite") or _first_neutral_citation(header)
    text = "\n\n".join(body)
    case_name = document.meta.get("FRBRname", "")
    ip_types, reason = classify("\n".join(header) + "\n" + text, title=case_name)
    return {
        "source": "uk-fcl",
        "source_id": path,
        "court": court_id(path, document.meta.get("court", "")),
        "case_name": case_name,
        "decision_date": document.meta.get("date", ""),
        "docket_number": ", ".join(document.docket_numbers) or case_numbers(header),
        "source_url": SITE + path,
        "kind": "judgment",
        "precedential_status": "precedential" if cite else "unknown",
        "judges": "; ".join(judges(header)),
        "parties": parties(header),
        "citations": [cite] if cite else [],
        "text": text,
        "language": "en",
        "ip_types": ip_types,
        "ip_classification": reason,
    }


def split_header(document: Document) -> tuple[list[str], list[str]]:
    """(header lines, body paragraphs). When the <header> is empty, the body's opening lines up
    to "Approved Judgment" (or the like) are the header."""
    if any(re.search(r"\bBetween\b|\bBefore\b", line) for line in document.header):
        return document.header, document.body
    for index, line in enumerate(document.body[:80]):
        if _HEADER_END.match(line):
            end = index + 1
            while end < len(document.body) and _BOILERPLATE.match(document.body[end]):
                end += 1
            return document.header + document.body[:end], document.body[end:]
    return document.header, document.body


def _uri_path(value: str) -> str:
    path = re.sub(r"^https?://[^/]+/", "", value.strip()).strip("/")
    return re.sub(r"^id/", "", path)


def court_id(path: str, court: str) -> str:
    """Our court id from the judgment's URI path; raises ValueError naming an unknown court."""
    segments = path.split("/")
    for length in (2, 1):
        found = COURT_PATHS.get("/".join(segments[:length]))
        if found:
            return found
    raise ValueError(f"court {court or path!r} ({path}) is not in ipcases.courts")


def _first_neutral_citation(header: list[str]) -> str:
    for line in header:
        match = re.search(r"Neutral Citation(?: Number|No\.?)?\s*:?\s*(\[\d{4}\][^\n]*?\d+)", line)
        if match:
            return match.group(1)
    return ""
