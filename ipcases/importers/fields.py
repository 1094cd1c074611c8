"""What each field of a record may hold, so that both databases store the same thing.

PostgreSQL refuses NUL bytes and values longer than their column, which SQLite keeps; a value
from a file that neither should keep (a four-letter currency, a formula in its place, a list
where text belongs) would otherwise be stored on one and abort the batch on the other.
``checked`` applies the rules below and raises ValueError, naming the field, for a value that
cannot be kept; ``checks.clean_record`` turns that into the record's failure.

- Texts shown to readers (case name, summary, full text, party names...) keep what XML 1.0
  allows, so that they fit any page, feed or file: NUL and other control characters are dropped
  (a form feed becomes a line break) and a lone surrogate becomes U+FFFD.
- Identifiers and codes (source id, docket, address, citations, currency...) are refused with
  any control character, or longer than their column: cut short, they would be wrong.
"""

from __future__ import annotations

import re

from ..currencies import is_currency
from ..normalize import normalize_party_name, normalize_right_number
from .records import PartyRecord, RightRecord, RulingRecord

TEXTS = ("case_name", "case_short_name", "judges", "summary", "text", "ip_classification")
# Identifier -> the length of its column.
IDENTIFIERS = {"source": 20, "source_id": 200, "court": 40, "docket_number": 200}
LIMITS = {"ip_classification": 500, "source_url": 500}
CITATION_LENGTH = 100
PARTY_NAME_LENGTH = 500
OFFICE_LENGTH = 10
RIGHT_NUMBER_LENGTH = 40

_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_BREAKS = re.compile("[\x0b\x0c]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def checked(rec: RulingRecord) -> RulingRecord:
    """The record with its texts made storable and its identifiers checked; ValueError names
    the first value that cannot be kept."""
    for key in TEXTS:
        if key in rec:
            rec[key] = text(key, rec[key], LIMITS.get(key))
    for key, limit in IDENTIFIERS.items():
        if key in rec:
            rec[key] = identifier(key, rec[key], limit)
    if rec.get("source_url"):
        rec["source_url"] = identifier("source_url", rec["source_url"], LIMITS["source_url"])
    if rec.get("damages_currency"):
        rec["damages_currency"] = currency(rec["damages_currency"])
    if "language" in rec:
        rec["language"] = language(rec["language"])
    rec["ip_types"] = texts("ip_types", rec.get("ip_types", []))
    rec["citations"] = [citation(cite) for cite in texts("citations", rec.get("citations", []))]
    rec["parties"] = [party(p) for p in objects("parties", rec.get("parties", []))]
    rec["rights"] = [right(r) for r in objects("rights", rec.get("rights", []))]
    return rec


def text(key: str, value, limit: int | None = None) -> str:
    """A text as both databases and XML can hold it."""
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    value = _SURROGATE.sub("\ufffd", _DROPPED.sub("", _BREAKS.sub("\n", value)))
    if limit is not None and len(value) > limit:
        raise ValueError(f"{key} is longer than {limit} characters")
    return value


def identifier(key: str, value, limit: int) -> str:
    """An id, code or address: text without control characters, within its column."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    value = value.strip()
    if _CONTROL.search(value):
        raise ValueError(f"{key} contains control characters")
    if len(value) > limit:
        raise ValueError(f"{key} is longer than {limit} characters")
    return value


def currency(value) -> str:
    code = identifier("damages_currency", value, 40).upper()
    if not is_currency(code):
        raise ValueError(f"damages_currency {value!r} is not an ISO 4217 code (USD, EUR, GBP)")
    return code


def language(value) -> str:
    code = identifier("language", value, 40)
    if len(code) > 8 or not _LANGUAGE.fullmatch(code):
        raise ValueError(f"language {value!r} is not a language code such as en or en-GB")
    return code


def texts(key: str, values) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"{key} must be a list of text")
    return values


def objects(key: str, values) -> list[dict]:
    if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
        raise ValueError(f"{key} must be a list of objects")
    return values


def citation(value: str) -> str:
    cite = identifier("citation", value, 10 * CITATION_LENGTH)
    if len(cite) > CITATION_LENGTH:
        raise ValueError(f"citation {cite[:40]!r}… is longer than {CITATION_LENGTH} characters")
    return cite


def party(value: dict) -> PartyRecord:
    name = text("party name", value.get("name") or "")
    if len(name) > PARTY_NAME_LENGTH or len(normalize_party_name(name)) > PARTY_NAME_LENGTH:
        raise ValueError(f"party name {name[:40]!r}… is longer than {PARTY_NAME_LENGTH} characters")
    if value.get("is_natural_person") not in (None, True, False):
        raise ValueError(f"party {name[:40]!r}: is_natural_person must be true, false or empty")
    return {**value, "name": name}


def right(value: dict) -> RightRecord:
    office = identifier("right office", value.get("office") or "US", OFFICE_LENGTH).upper()
    number = identifier("right number", value.get("number") or "", 4 * RIGHT_NUMBER_LENGTH)
    if len(normalize_right_number(number)) > RIGHT_NUMBER_LENGTH:
        raise ValueError(f"right number {number[:40]!r} is longer than any right's number")
    title = value.get("title")
    if title is not None:
        value = {**value, "title": text("right title", title)}
    return {**value, "office": office, "number": number}
