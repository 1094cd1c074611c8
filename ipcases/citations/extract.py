"""Extraction: text in, everything it cites and mentions out, with places. No database."""

from __future__ import annotations

import hashlib

from .cases import (
    find_court_below,
    find_district_rulings_below,
    find_neutral_citations,
    find_reporter_citations,
)
from .found import Extraction
from .rights import find_rights
from .statutes import find_statutes
from .treatment import read_treatments

# Raise when the patterns change, so that unchanged texts are read again once.
EXTRACTOR_VERSION = "7"


def extract(
    text: str, court_names: dict[str, str] | None = None, case_name: str = ""
) -> Extraction:
    """Case citations, the decision under appeal, statutes and rights found in ``text``.

    ``court_names`` (lower-case court name -> court id) lets a Federal Circuit header's
    "Appeal from the United States District Court for ..." name its court; ``case_name``
    (of the ruling the text belongs to) lets an opening paragraph name the decisions below.
    """
    result = Extraction()
    if not text.strip():
        return result
    for finder in (find_reporter_citations, find_neutral_citations):
        authorities, mentions = finder(text)
        result.authorities += authorities
        result.case_mentions += mentions
    below = find_court_below(text, court_names or {})
    if below is not None:
        result.authorities = [a for a in result.authorities if a.group != below.group]
        result.authorities.append(below)
        result.case_mentions = [m for m in result.case_mentions if m.group != below.group]
    else:
        result.authorities += find_district_rulings_below(text, result, case_name)
    result.case_mentions.sort(key=lambda m: m.start)
    _add_treatments(text, result)
    result.statutes = find_statutes(text)
    result.rights = find_rights(text)
    return result


def _add_treatments(text: str, result: Extraction) -> None:
    readings = read_treatments(text, result.case_mentions, result.authorities)
    for authority in result.authorities:
        reading = readings.get(authority.group)
        if reading is not None:
            authority.treatment = reading.treatment
            authority.treatment_rule = reading.rule
            authority.passage = reading.passage
            authority.passage_at = reading.mention_start


def text_hash(text: str) -> str:
    """What decides whether a text must be read again: its content and the extractor version."""
    return hashlib.sha256(f"{EXTRACTOR_VERSION}\n{text}".encode()).hexdigest()
