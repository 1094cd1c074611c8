"""Curated lists: CSV (or tab-separated) files and JSON Lines that firms keep themselves.

The format is documented with an example in docs/importing.md. In short: a header row names
the record fields (see ``COLUMNS``); ``source_id``, ``court``, ``case_name`` and
``decision_date`` are required; lists go in one cell separated by ";":

    ip_types   patent; trademark
    citations  [2020] EWCA Civ 871; 499 U.S. 340
    parties    plaintiff: Acme Widgets, Inc.; defendant: Jane Doe [person]
    rights     utility_patent US 7,654,321; trademark_registration GB UK00003012345

JSON Lines take the same keys, one ruling per line; there the lists may also be JSON lists
(of strings, or of objects as in ``ipcases.importers``). A row without ``ip_types`` is
classified from its case name, summary and text, like rulings from mixed sources.
Files are read line by line, so their size does not matter, nor that of a cell.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

from .classify import classify
from .inputs import open_source
from .records import Parsed, RulingRecord

SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
REQUIRED = ("source_id", "court", "case_name", "decision_date")
COLUMNS = (
    *REQUIRED,
    "docket_number",
    "case_short_name",
    "date_filed",
    "date_terminated",
    "nature_of_suit",
    "kind",
    "precedential_status",
    "disposition",
    "rights_holder_outcome",
    "injunction",
    "damages_amount",
    "damages_currency",
    "judges",
    "summary",
    "text",
    "language",
    "source_url",
    "ip_types",
    "ip_classification",
    "citations",
    "parties",
    "rights",
)
# As large as csv takes (a C long): a field of any size a file holds is read.
FIELD_LIMIT = 2**31 - 1
_PERSON_MARK = re.compile(r"\s*\[(person|organisation|organization)\]\s*$", re.IGNORECASE)


def parse(source, record_source: str = "csv") -> Iterator[Parsed]:
    """Yield one record per row (CSV, TSV) or line (JSON Lines) of a curated list.

    ``record_source`` is the source the records are stored under: a firm's lists are "csv";
    the demo's landmark list, which we curate ourselves, is "landmark"."""
    with open_source(source) as (name, stream):
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            if name.lower().endswith((".jsonl", ".ndjson")):
                rows = _json_lines(name, text)
            else:
                rows = _csv_rows(name, text, "\t" if name.lower().endswith(".tsv") else ",")
            for record in rows:
                yield record if "error" in record else {**record, "source": record_source}
        except UnicodeDecodeError as error:
            yield {"position": name, "error": f"not UTF-8 text ({error.reason})"}
        finally:
            text.detach()  # the stream belongs to open_source, which closes it


def _csv_rows(name: str, text: io.TextIOBase, delimiter: str) -> Iterator[dict]:
    # A full text may be megabytes long: csv's default limit (128 KiB) would stop the file
    # there. Strict: a stray quotation mark is reported, not guessed at (an unclosed one would
    # otherwise take every later row into one cell).
    csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    header = [column.strip().lower() for column in next(reader, [])]
    problem = _header_problem(header)
    if problem:
        yield {"position": f"{name}:line 1", "error": problem}
        return
    try:
        for row in reader:
            position = f"{name}:line {reader.line_num}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield {"position": position, "error": f"{len(row)} cells for {len(header)} columns"}
                continue
            yield _record_or_error(dict(zip(header, row, strict=True)), position)
    except csv.Error as error:
        message = f"bad CSV ({error}); the rest of the file was not read"
        yield {"position": f"{name}:line {reader.line_num}", "error": message}


def _json_lines(name: str, text: io.TextIOBase) -> Iterator[dict]:
    for number, line in enumerate(text, start=1):
        position = f"{name}:line {number}"
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as error:
            yield {"position": position, "error": f"not valid JSON ({error})"}
            continue
        if not isinstance(row, dict):
            yield {"position": position, "error": "each line must be a JSON object"}
            continue
        problem = _header_problem(list(row))
        if problem and "missing" not in problem:
            yield {"position": position, "error": problem}
            continue
        yield _record_or_error(row, position)


def _header_problem(columns: list[str]) -> str:
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        return f"unknown column {unknown[0]!r} (known: {', '.join(COLUMNS)})"
    missing = [c for c in REQUIRED if c not in columns]
    return f"missing column {missing[0]!r}" if missing else ""


def _record_or_error(row: dict, position: str) -> Parsed:
    try:
        return {**curated_record(row), "position": position}
    except ValueError as error:
        return {"position": position, "error": str(error)}


def curated_record(row: dict) -> RulingRecord:
    """The ruling record of one row; empty cells are left out. Raises ValueError."""
    record = {
        key: value.strip() if isinstance(value, str) else value
        for key, value in row.items()
        if value not in (None, "", [])
    }
    record["source"] = "csv"
    record["source_id"] = str(record.get("source_id", ""))
    record["ip_types"] = [t.lower().replace(" ", "_") for t in _items(record.get("ip_types"))]
    record["citations"] = [str(c) for c in _items(record.get("citations"))]
    record["parties"] = [_party(p) for p in _items(record.get("parties"))]
    record["rights"] = [_right(r) for r in _items(record.get("rights"))]
    if not record["ip_types"]:
        text = "\n".join(str(record.get(k, "")) for k in ("summary", "text"))
        record["ip_types"], reason = classify(text, title=str(record.get("case_name", "")))
        record.setdefault("ip_classification", reason)
    else:
        record.setdefault("ip_classification", "curated list")
    return record


def _items(value) -> list:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [item.strip() for item in str(value).split(";") if item.strip()]


def _party(value) -> dict:
    if isinstance(value, dict):
        return value
    role, sep, name = str(value).partition(":")
    if not sep:
        raise ValueError(f"party {value!r} should read 'role: name'")
    mark = _PERSON_MARK.search(name)
    natural = None if not mark else mark.group(1).lower() == "person"
    name = _PERSON_MARK.sub("", name).strip()
    return {"name": name, "role": role.strip().lower(), "is_natural_person": natural}


def _right(value) -> dict:
    if isinstance(value, dict):
        return value
    parts = str(value).split(None, 2)
    if len(parts) != 3:
        raise ValueError(f"right {value!r} should read 'kind office number'")
    kind, office, number = parts
    return {"kind": kind.lower(), "office": office.upper(), "number": number}
