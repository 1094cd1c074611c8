"""The four file formats, each a generator of text: the header's statements, then one entry a
ruling. `ris_entry` and `bibtex_entry` also serve the ruling page (one ruling)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from ..spreadsheet import cell
from .records import COLUMNS, reporter_of

# Text is handed to the response in pieces of about this size, not a line at a time.
PIECE_CHARS = 64 * 1024


def pieces(lines: Iterable[str]) -> Iterator[str]:
    """The lines joined into pieces of about PIECE_CHARS."""
    buffer: list[str] = []
    size = 0
    for line in lines:
        buffer.append(line)
        size += len(line)
        if size >= PIECE_CHARS:
            yield "".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer)


def csv_lines(
    statements: list[str], records: Iterable[dict], columns: list[str] = COLUMNS
) -> Iterator[str]:
    """The statements as rows of one cell each (starting with #), the column names, the
    rulings; every text cell neutralised (ipcases.spreadsheet)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([cell(f"# {statement}")] for statement in statements)
    writer.writerow(columns)
    yield _taken(buffer)
    for record in records:
        writer.writerow([cell(_flat(record[name])) for name in columns])
        yield _taken(buffer)


def _taken(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _flat(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else value


def jsonl_lines(meta: dict, records: Iterable[dict]) -> Iterator[str]:
    """A first line {"export": {...}} with the filters, counts and cap; then a ruling a line."""
    yield json.dumps({"export": meta}, ensure_ascii=False, default=str) + "\n"
    for record in records:
        yield json.dumps(record, ensure_ascii=False, default=str) + "\n"


def ris_lines(statements: list[str], records: Iterable[dict]) -> Iterator[str]:
    """The statements as lines before the first entry (reference managers skip them)."""
    yield "".join(f"{_one_line(statement)}\n" for statement in statements) + "\n"
    for record in records:
        yield ris_entry(record)


def ris_entry(record: dict) -> str:
    """One ruling as a RIS entry of type CASE (court, date decided, docket, reporter)."""
    date = record["decision_date"]
    tags = [
        ("TY", "CASE"),
        ("TI", record["case_name"]),
        ("ST", record["short_name"]),
        ("PB", record["court_name"]),
        ("DA", "/".join([*date.split("-"), ""]) if len(date) == 10 else date[:4]),
        ("PY", date[:4]),
        ("SV", record["docket_number"]),
        *_reporter_tags(record["citations"]),
        *(("N1", f"Citation: {cite}") for cite in record["citations"]),
        *(("KW", ip_type) for ip_type in record["ip_types"]),
        ("LA", record["language"]),
        ("AB", record["summary"]),
        ("UR", record["url"]),
        ("ER", ""),
    ]
    kept = [(tag, value) for tag, value in tags if value or tag == "ER"]
    return (
        "".join(f"{tag}  - {_one_line(str(value))}".rstrip() + "\n" for tag, value in kept) + "\n"
    )


def _reporter_tags(cites: list[str]) -> list[tuple[str, str]]:
    reporter = reporter_of(cites)
    if reporter is None:
        return []
    return [("A2", reporter.reporter), ("VL", reporter.volume), ("SP", reporter.page)]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def bibtex_lines(statements: list[str], records: Iterable[dict]) -> Iterator[str]:
    """The statements as @comment entries, then one @jurisdiction entry a ruling."""
    yield "".join(f"@comment{{{_bibtex_text(statement)}}}\n" for statement in statements) + "\n"
    for record in records:
        yield bibtex_entry(record)


def bibtex_entry(record: dict) -> str:
    """One ruling as a biblatex @jurisdiction entry (styles without it print it as @misc)."""
    reporter = reporter_of(record["citations"])
    fields = [
        ("title", f"{{{_bibtex_text(record['case_name'])}}}"),
        ("shorttitle", _bibtex_text(record["short_name"])),
        ("institution", _bibtex_text(record["court_name"])),
        ("date", record["decision_date"]),
        ("number", _bibtex_text(record["docket_number"])),
        ("journaltitle", _bibtex_text(reporter.reporter) if reporter else ""),
        ("volume", reporter.volume if reporter else ""),
        ("pages", reporter.page if reporter else ""),
        ("note", _bibtex_text("; ".join(record["citations"]))),
        ("keywords", _bibtex_text(", ".join(record["ip_types"]))),
        ("langid", _bibtex_text(record["language"])),
        # biblatex reads a url verbatim: only braces could end the field.
        ("url", record["url"].replace("{", "%7B").replace("}", "%7D")),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@jurisdiction{{ipcases{record['id']},\n{body}\n}}\n\n"


BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}


def _bibtex_text(text: str) -> str:
    """Text that BibTeX reads as text: its special characters escaped, on one line."""
    return "".join(BIBTEX_SPECIAL.get(char, char) for char in _one_line(text))
