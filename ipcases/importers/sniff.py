"""What a file looks like, from its first bytes: so that a file given the wrong ``--format``
is refused with a message that names what it is ("this is CourtListener JSON, not Caselaw
Access Project case JSON") instead of failing record by record.

Only marks that one format alone carries are taken; a file that shows none is left to the
parser the user chose.
"""

from __future__ import annotations

import bz2
import re

from . import FORMATS
from .courtlistener_bulk import kind_of
from .inputs import Input, UnreadableInput

HEAD_BYTES = 64 * 1024
DESCRIPTIONS = {
    "cap": "Caselaw Access Project case JSON",
    "courtlistener": "CourtListener JSON (API responses)",
    "courtlistener-bulk": "a CourtListener bulk data file (CSV)",
    "uk-fcl": "Find Case Law judgment XML (LegalDocML)",
    "ttab": "USPTO TTAB data",
    "cafc-rss": "an RSS feed",
    "curated": "a curated list (CSV or JSON Lines)",
    "fjc-idb": "the FJC Integrated Database",
}
# Files that two formats read: CourtListener's dump of the FJC IDB is an FJC file and one of
# its bulk files (courtlistener-bulk reads it for the natures of suit).
SHARED = {frozenset(("fjc-idb", "courtlistener-bulk"))}
_JSON_MARKS = [
    ("courtlistener", re.compile(r'courtlistener\.com/api/rest/v\d|"caseName"\s*:|"sub_opinions"')),
    ("cap", re.compile(r'"name_abbreviation"\s*:|"casebody"\s*:')),
    ("ttab", re.compile(r'"proceedingNumber"\s*:')),
]
_XML_MARKS = [
    ("uk-fcl", re.compile(r"<akomaNtoso\b")),
    ("ttab", re.compile(r"TTAB PROCEEDINGS|<ttab-proceedings\b")),
    ("cafc-rss", re.compile(r"<rss\b")),
]


def looks_like(source: Input) -> str:
    """The format a file is in, where its first bytes say so unmistakably; else ""."""
    try:
        head = _head(source)
    except (UnreadableInput, OSError, EOFError, ValueError):
        return ""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return _first(_JSON_MARKS, text)
    if text.startswith("<"):
        return _first(_XML_MARKS, text)
    return _csv_kind(text)


def wrong_format(source: Input, format_name: str) -> str:
    """A message for a file that is plainly in another format than ``format_name``, or ""."""
    found = looks_like(source)
    # Two names of one format ("csv" is "curated") read the same files.
    if not found or FORMATS.get(found) == FORMATS.get(format_name):
        return ""
    if frozenset((found, format_name)) in SHARED:
        return ""
    expected = DESCRIPTIONS.get(format_name) or DESCRIPTIONS[_canonical(format_name)]
    return f"this is {DESCRIPTIONS[found]}, not {expected}: import it with --format {found}"


def _canonical(format_name: str) -> str:
    return next(name for name in DESCRIPTIONS if FORMATS.get(name) == FORMATS.get(format_name))


def _head(source: Input) -> bytes:
    with source.open() as stream:
        if source.name.lower().endswith(".bz2"):
            with bz2.BZ2File(stream) as decompressed:
                return decompressed.read(HEAD_BYTES)
        return stream.read(HEAD_BYTES)


def _first(marks, text: str) -> str:
    return next((name for name, pattern in marks if pattern.search(text)), "")


def _csv_kind(text: str) -> str:
    header = text.split("\n", 1)[0]
    columns = [c.strip().strip('"').lower() for c in re.split(r"[,\t]", header)]
    if {"source_id", "court", "case_name", "decision_date"} <= set(columns):
        return "curated"
    kind = kind_of("", columns)
    if kind == "fjc-integrated-database":
        return "fjc-idb"
    return "courtlistener-bulk" if kind else ""
