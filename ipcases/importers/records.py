"""What a parser yields: typed records, plain dicts at run time.

Every parser's ``parse(path)`` yields ``Parsed`` items: ruling records, which
``store.save_records`` validates (``fields.checked``) and upserts, and the three kinds of
message a run reports (an error, a record set aside, a note). Only the first five keys of a
ruling record are required.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, NotRequired, TypedDict


class PartyRecord(TypedDict):
    name: str
    role: str
    # None: guessed from the name.
    is_natural_person: NotRequired[bool | None]


class RightRecord(TypedDict):
    kind: str
    office: NotRequired[str]
    number: str
    title: NotRequired[str]


class RulingRecord(TypedDict):
    # The import key, unique together (source is a Source value).
    source: str
    source_id: str
    # A Court id (see ipcases.courts and ipcases.us_courts).
    court: str
    case_name: str
    # A date, or an ISO string; "2014" or "2014-06" also sets decision_date_precision.
    decision_date: dt.date | str
    decision_date_precision: NotRequired[str]
    # Provenance. retrieved_at: a datetime or an ISO string, UTC when it names no zone;
    # defaults to now. A record retrieved before the stored capture of it changes nothing.
    source_url: NotRequired[str]
    retrieved_at: NotRequired[dt.datetime | str | None]
    docket_number: NotRequired[str]
    case_short_name: NotRequired[str]
    date_filed: NotRequired[dt.date | str | None]
    date_terminated: NotRequired[dt.date | str | None]
    nature_of_suit: NotRequired[str]
    kind: NotRequired[str]
    precedential_status: NotRequired[str]
    disposition: NotRequired[str]
    rights_holder_outcome: NotRequired[str]
    injunction: NotRequired[str]
    damages_amount: NotRequired[Decimal | str | None]
    damages_currency: NotRequired[str]
    judges: NotRequired[str]
    summary: NotRequired[str]
    text: NotRequired[str]
    language: NotRequired[str]
    ip_classification: NotRequired[str]
    # IPType values.
    ip_types: NotRequired[list[str]]
    # Official citations as printed; a group of parallel citations may share one string.
    citations: NotRequired[list[str]]
    parties: NotRequired[list[PartyRecord]]
    rights: NotRequired[list[RightRecord]]
    # Where the record was read ("file.xml:#12"), for messages.
    position: NotRequired[str]
    # How a district-court case ended, for a ruling of kind "termination": the fields of
    # models.Termination (fjc_idb).
    termination: NotRequired[dict[str, Any]]


class ErrorRecord(TypedDict):
    """What a parser could not read."""

    position: str
    error: str


class SkipRecord(TypedDict):
    """A record set aside, counted by reason in the summary."""

    position: str
    skip_reason: str
    skip_detail: NotRequired[str]


class NoteRecord(TypedDict):
    """What a parser read, for the summary."""

    position: str
    note: str


Parsed = RulingRecord | ErrorRecord | SkipRecord | NoteRecord
