"""The FJC Integrated Database (IDB) of federal civil cases, in either of its distributions:

* CourtListener's bulk file ``fjc-integrated-database-YYYY-MM-DD.csv`` (or ``.csv.bz2``): a
  header row, every value quoted, backslash escapes (dumps before 2025 quote with backticks);
* the FJC's own tab-delimited text file, with a header of codebook names (``DISTRICT``,
  ``DOCKET``, ``NOS``, ``DISP``...), in Windows-1252, missing values written ``-8``.

Files hold millions of rows and are read as a stream, one line at a time, compressed or not:
memory does not grow with the file. A row whose nature of suit is not an IP one (820, 830,
835, 840, 880) is passed over on its first cell read. Every other row becomes one ruling
record of kind "termination" (see ``fjc_record``); a row that cannot be read becomes an error
record naming its line.

The file's date is the date the IDB describes: a pending case was pending on it. It is read
from the file name (``...-2024-12-31.csv``, ``cv-20250630.txt``); a file whose name holds no
date is read twice, and its date is the latest filing or termination date in it.
"""

from __future__ import annotations

import bz2
import csv
import datetime as dt
import gzip
import io
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .fjc_record import RowError, fjc_record, parse_date
from .inputs import Input, open_source
from .readahead import readahead
from .records import Parsed

SUFFIXES = (".csv", ".bz2", ".gz", ".txt", ".tsv")
NOT_IP = {"skip_reason": "not an IP nature of suit"}
IP_NATURES = ("820", "830", "835", "840", "880")

# Our name for a value -> its column in CourtListener's file and in the FJC's own.
COLUMNS = {
    "district": ("district_id", "DISTRICT"),
    "office": ("office", "OFFICE"),
    "docket": ("docket_number", "DOCKET"),
    "origin": ("origin", "ORIGIN"),
    "filed": ("date_filed", "FILEDATE"),
    "terminated": ("date_terminated", "TERMDATE"),
    "nature": ("nature_of_suit", "NOS"),
    "title": ("title", "TITL"),
    "section": ("section", "SECTION"),
    "plaintiff": ("plaintiff", "PLT"),
    "defendant": ("defendant", "DEF"),
    "progress": ("procedural_progress", "PROCPROG"),
    "disposition": ("disposition", "DISP"),
    "judgment_nature": ("nature_of_judgement", "NOJ"),
    "amount": ("amount_received", "AMTREC"),
    "judgment": ("judgment", "JUDGMENT"),
}
REQUIRED = ("district", "office", "docket", "filed", "terminated", "nature", "disposition")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")


def parse(source) -> Iterator[Parsed]:
    """One record per row: a termination record, NOT_IP, or an error naming the line."""
    name = source.name if isinstance(source, Input) else str(getattr(source, "name", source))
    as_of = date_in_name(name)
    if as_of is None:
        as_of = yield from _latest_date(source)
        if as_of is None:
            return
    table = _table(source)
    name, columns = next(table)
    if isinstance(columns, str):
        yield {"position": name, "error": columns}
        return
    nature = columns["nature"]
    for number, cells in table:
        if isinstance(cells, str):
            yield {"position": f"{name}:line {number}" if number else name, "error": cells}
        elif cells[nature].strip() not in IP_NATURES:
            # Most rows stop here, before anything else in them is looked at.
            yield NOT_IP
        else:
            values = {key: cells[index] for key, index in columns.items()}
            yield _record_or_error(values, as_of, f"{name}:line {number}")


def date_in_name(name: str) -> dt.date | None:
    """The date a file name carries (``fjc-integrated-database-2024-12-31.csv.bz2``)."""
    for match in _NAME_DATE.finditer(Path(name.rsplit(":", 1)[-1]).name):
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            continue
    return None


def _record_or_error(values: dict, as_of: dt.date, position: str) -> Parsed:
    try:
        return {**fjc_record(values, as_of), "position": position}
    except RowError as error:
        return {"position": position, "error": str(error)}


def _latest_date(source) -> Iterator[dict]:
    """A first pass for the latest date in a file whose name has none (yields the errors of a
    source that cannot be read twice; returns None then)."""
    if not isinstance(source, (Input, str, Path)):
        yield {"position": str(getattr(source, "name", "<stream>")), "error": _UNDATED}
        return None
    latest = None
    for _, values in rows(source, wanted=("filed", "terminated")):
        for key in ("filed", "terminated"):
            try:
                day = parse_date(values.get(key, ""), key)
            except RowError:
                continue
            if day and (latest is None or day > latest):
                latest = day
    if latest is None:
        yield {"position": str(getattr(source, "name", source)), "error": "no dates in the file"}
    return latest


_UNDATED = (
    "the file's date is not in its name and the file cannot be read twice to find it; "
    "name the file with its date (cv-2025-06-30.txt)"
)


def rows(source, wanted: Iterable[str] | None = None) -> Iterator[tuple[str, dict]]:
    """(position, {our name: cell}) for each row; ``{"error": ...}`` for a row (or a file)
    that cannot be read. Only the ``wanted`` values are taken (default: all)."""
    table = _table(source)
    name, columns = next(table)
    if isinstance(columns, str):
        yield name, {"error": columns}
        return
    picked = {key: columns[key] for key in wanted or columns if key in columns}
    for number, cells in table:
        position = f"{name}:line {number}" if number else name
        if isinstance(cells, str):
            yield position, {"error": cells}
        else:
            yield position, {key: cells[index] for key, index in picked.items()}


def _table(source) -> Iterator[tuple]:
    """First (name, {our name: column index}), or (where, message) when the header cannot
    be used; then (line number, cells) for each row, or (line number, message) for one that
    cannot be read (line None when the file itself fails)."""
    with open_source(source) as (name, raw), _decompressed(raw, name) as stream:
        try:
            header_line = stream.readline().decode("utf-8", errors="replace")
        except (OSError, EOFError) as error:
            yield name, f"cannot be read ({error})"
            return
        columns, dialect = _columns(header_line)
        if isinstance(columns, str):
            yield f"{name}:line 1", columns
            return
        yield name, columns
        try:
            if dialect == "fjc":
                # Lines end with CR LF; a bare CR or LF can sit inside a name.
                text = io.TextIOWrapper(stream, encoding="cp1252", errors="replace", newline="\n")
                yield from _tab_rows(text, _width(header_line, "\t"))
            else:
                text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
                yield from _csv_rows(text, _width(header_line, ","))
            text.detach()  # the stream belongs to open_source, which closes it
        except (OSError, EOFError) as error:
            yield None, f"cannot be read ({error})"


@contextmanager
def _decompressed(raw: BinaryIO, name: str) -> Iterator[BinaryIO]:
    """The file's bytes, unpacked ahead in a thread if it is compressed (see readahead)."""
    head = raw.peek(3)[:3] if hasattr(raw, "peek") else b""
    if head.startswith(b"BZh") or (not head and name.endswith(".bz2")):
        unpacked: BinaryIO = bz2.BZ2File(raw)
    elif head.startswith(b"\x1f\x8b") or (not head and name.endswith(".gz")):
        unpacked = gzip.GzipFile(fileobj=raw)
    else:
        yield raw
        return
    with unpacked, readahead(unpacked) as stream:
        yield stream


def _columns(header_line: str) -> tuple[dict[str, int] | str, str]:
    """{our name: index} and the dialect, or a message saying what the header lacks."""
    dialect = "fjc" if "\t" in header_line else "courtlistener"
    separator = "\t" if dialect == "fjc" else ","
    names = [cell.strip().strip('"`').lstrip("\ufeff") for cell in header_line.split(separator)]
    position = {cell: index for index, cell in enumerate(names)}
    which = 1 if dialect == "fjc" else 0
    columns = {
        key: position[names_of[which]]
        for key, names_of in COLUMNS.items()
        if names_of[which] in position
    }
    missing = [COLUMNS[key][which] for key in REQUIRED if key not in columns]
    if missing:
        return f"not an FJC IDB file: no column {missing[0]!r} in the header", dialect
    return columns, dialect


def _width(header_line: str, separator: str) -> int:
    return header_line.rstrip("\r\n").count(separator) + 1


def _csv_rows(text: io.TextIOBase, width: int) -> Iterator[tuple[int, list[str] | str]]:
    """CourtListener's dialect: quoted values, backslash escapes; backticks in older dumps."""
    first = text.readline()
    quote = "`" if first.startswith("`") else '"'
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(
        itertools.chain([first], text), quotechar=quote, escapechar="\\", doublequote=False
    )
    line = 2  # where the next row starts; the header is line 1
    try:
        for cells in reader:
            number, line = line, reader.line_num + 2
            if len(cells) == width:
                yield number, cells
            elif cells:
                yield number, f"{len(cells)} cells for {width} columns"
    except csv.Error as error:
        yield line, f"bad CSV, the rest is unread ({error})"


def _tab_rows(text: io.TextIOBase, width: int) -> Iterator[tuple[int, list[str] | str]]:
    """The FJC's tab-delimited text: one case a line, quotes only around some names."""
    for number, cells in _logical_lines(text, width):
        if len(cells) > width:
            cells = _merge_quoted(cells)
        if len(cells) == width:
            yield number, cells
        elif any(cell.strip() for cell in cells):
            yield number, f"{len(cells)} cells for {width} columns"


def _logical_lines(text: io.TextIOBase, width: int) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each row. A name with a line break in it continues on
    the next line, which is joined as long as the row does not grow past its columns."""
    lines = enumerate(text, start=2)
    carried = None
    while True:
        number, line = carried or next(lines, (0, None))
        carried = None
        if line is None:
            return
        cells = _cells(line)
        while len(cells) < width:
            following = next(lines, None)
            if following is None:
                break
            joined = _cells(line.rstrip("\r\n") + " " + following[1])
            if len(joined) > width:  # the next line is a row of its own
                carried = following
                break
            line, cells = line.rstrip("\r\n") + " " + following[1], joined
        yield number, cells


def _cells(line: str) -> list[str]:
    if "\x00" in line or "\x1e" in line:
        line = line.replace("\x00", "").replace("\x1e", "")
    return line.rstrip("\r\n").split("\t")


def _merge_quoted(cells: list[str]) -> list[str]:
    """Cells split at a tab inside quotes ("A\tB"), joined again."""
    merged: list[str] = []
    open_quote = False
    for cell in cells:
        if open_quote:
            merged[-1] += "\t" + cell
            open_quote = not cell.endswith('"')
        else:
            merged.append(cell)
            open_quote = cell.startswith('"') and (len(cell) == 1 or not cell.endswith('"'))
    return merged
