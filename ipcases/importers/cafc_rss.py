"""The Federal Circuit's RSS feed of opinions and orders: metadata rulings of the court "cafc".

Each item says, in its title and description, the appeal number, the case name, the kind of
document ([OPINION], [ORDER], [RULE 36 JUDGMENT], [ERRATA]), where the appeal came from
("Origin: PTO") and whether it is precedential; the PDF is linked from the item's content.
There is no text, no judges and no outcome.

The feed does not say what the case is about. The Federal Circuit hears patent appeals from
the USPTO (PTAB), the ITC and the district courts, but also trade-mark appeals from the TTAB
(origin PTO too), Little Tucker Act claims from district courts, and government-employee,
veterans', contract and trade cases (MSPB, CAVC, CFC, CIT, BCA...). So an item is marked
patent when its origin is PTO or ITC, or when it is a district-court appeal or a petition
(origin RIT) between private parties, or its title names a patent; other items get no IP type
and are skipped by the import unless it is asked for everything.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

from .inputs import open_source
from .records import Parsed, RulingRecord

COURT_SITE = "https://cafc.uscourts.gov/"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ORIGINS = {
    "PTO": "United States Patent and Trademark Office (PTAB or TTAB)",
    "ITC": "International Trade Commission",
    "DCT": "a district court",
    "RIT": "a petition (writ) to the Federal Circuit",
    "CFC": "the Court of Federal Claims",
    "CIT": "the Court of International Trade",
    "MSPB": "the Merit Systems Protection Board",
    "CAVC": "the Court of Appeals for Veterans Claims",
    "DVA": "the Department of Veterans Affairs",
    "BCA": "a Board of Contract Appeals",
}
KINDS = {
    "OPINION": "opinion",
    "ORDER": "order",
    "RULE 36 JUDGMENT": "judgment",
    "JUDGMENT": "judgment",
    "ERRATA": "other",
}
TITLE = re.compile(
    r"^\s*(?P<docket>[\d-]+)\s*:\s*(?P<name>.+?)\s*\[(?P<kind>[^\]]+)\]\s*,?\s*(?P<status>\w*)"
)
ORIGIN = re.compile(r"Origin:\s*([A-Z]+)")
APPEAL_NUMBER = re.compile(r"Appeal Number:\s*([\d-]+)")
PDF_LINK = re.compile(r'href="([^"]+\.pdf)"', re.IGNORECASE)
PDF_DATE = re.compile(r"\.(\d{1,2})-(\d{1,2})-(\d{4})_")
# Parties that make an appeal a case against the government (not a patent dispute).
GOVERNMENT = re.compile(
    r"\b(US|USA|UNITED STATES|SECRETARY|DEPARTMENT|DEPT|MSPB|OPM|MCDONOUGH|ARMY|NAVY|"
    r"AIR FORCE|VETERANS|POSTAL SERVICE|GOVERNMENT|COMMISSIONER)\b"
)
ORGANISATION = re.compile(
    r"\b(INC|LLC|L\.L\.C|LTD|LIMITED|CORP|CORPORATION|CO|COMPANY|LP|L\.P|LLP|PLC|AG|GMBH|"
    r"S\.A|SA|N\.V|B\.V|AB|KK|TECHNOLOGIES|PHARMACEUTICALS|PARTNERS|GROUP|HOLDINGS|SYSTEMS)\b\.?"
)
PATENT_WORDS = re.compile(r"\bPATENT", re.IGNORECASE)


def parse(source) -> Iterator[Parsed]:
    """One record per feed item; malformed XML ends with an error record at its line."""
    with open_source(source) as (name, stream):
        index = 0
        try:
            for _, element in ET.iterparse(stream, events=("end",)):
                if element.tag != "item":
                    continue
                index += 1
                yield item_record(f"{name}:item {index}", element)
                element.clear()
        except ET.ParseError as error:
            line, column = error.position
            message = str(error).split(":")[0]
            yield {
                "position": f"{name}:line {line}",
                "error": f"XML is not well-formed ({message}, column {column})",
            }


def item_record(where: str, item: ET.Element) -> RulingRecord:
    """The ruling record of one ``<item>`` (or an error record)."""
    title = " ".join((item.findtext("title") or "").split())
    description = " ".join((item.findtext("description") or "").split())
    content = item.findtext(CONTENT) or ""
    match = TITLE.match(title)
    if not match:
        return {"position": where, "error": f"title not understood: {title!r}"}
    docket = _first(APPEAL_NUMBER, description) or match["docket"]
    document = " ".join(match["kind"].upper().split())
    pdf = _first(PDF_LINK, content)
    decision_date = _pdf_date(pdf) or _pub_date(item.findtext("pubDate") or "")
    if decision_date is None:
        return {"position": where, "error": "item without a date"}
    origin = _first(ORIGIN, description) or _first(ORIGIN, content)
    name = match["name"]
    ip_types, reason = classify(origin, name)
    return {
        "source": "cafc-rss",
        "source_id": f"{docket}:{document.lower().replace(' ', '-')}:{decision_date}",
        "position": where,
        "court": "cafc",
        "docket_number": docket,
        "case_name": name,
        "decision_date": decision_date,
        "kind": KINDS.get(document, "other"),
        "precedential_status": _status(match["status"] or description),
        "source_url": urljoin(COURT_SITE, pdf) if pdf else (item.findtext("link") or "").strip(),
        "summary": _summary(document, origin, match["status"]),
        "parties": _parties(name),
        "ip_types": ip_types,
        "ip_classification": reason,
    }


def classify(origin: str, case_name: str) -> tuple[list[str], str]:
    """``(ip_types, reason)`` for an appeal from ``origin`` with that caption."""
    origin_text = f"origin {origin}" if origin else "origin not given"
    if PATENT_WORDS.search(case_name):
        return ["patent"], f"{origin_text}; the caption names a patent"
    if origin in ("PTO", "ITC"):
        return ["patent"], f"{origin_text} ({ORIGINS[origin]}): patent unless a TTAB appeal"
    if origin in ("DCT", "RIT") and _private_parties(case_name):
        return ["patent"], (
            f"{origin_text} ({ORIGINS[origin]}) between private parties: "
            "the Federal Circuit hears those only in patent cases"
        )
    return [], f"{origin_text} ({ORIGINS.get(origin, 'unknown origin')}): not an IP appeal"


def _private_parties(case_name: str) -> bool:
    """No government party, and at least one organisation (patent suits are between firms)."""
    upper = case_name.upper()
    return not GOVERNMENT.search(upper) and bool(ORGANISATION.search(upper))


def _parties(case_name: str) -> list[dict]:
    if case_name.upper().startswith("IN RE "):
        return [{"name": case_name[6:].strip(), "role": "petitioner", "is_natural_person": None}]
    sides = re.split(r"\s+v\.?\s+", case_name, maxsplit=1)
    if len(sides) != 2:
        return []
    # Federal Circuit captions keep the lower tribunal's order, not appellant first.
    return [{"name": side, "role": "other", "is_natural_person": None} for side in sides]


def _status(text: str) -> str:
    lowered = text.lower()
    if "nonprecedential" in lowered or "non-precedential" in lowered:
        return "non_precedential"
    return "precedential" if "precedential" in lowered else "unknown"


def _summary(document: str, origin: str, status: str) -> str:
    status_text = f" ({status.lower()})" if status else ""
    if not origin:
        return f"Federal Circuit {document.lower()}{status_text}."
    where_from = ORIGINS.get(origin, "an origin the feed does not explain")
    return f"Federal Circuit {document.lower()}{status_text}; origin {origin}: {where_from}."


def _first(pattern: re.Pattern, text: str) -> str:
    found = pattern.search(text or "")
    return found.group(1) if found else ""


def _pdf_date(link: str) -> dt.date | None:
    found = PDF_DATE.search(link or "")
    if not found:
        return None
    month, day, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pub_date(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None
