"""CSV for spreadsheets: every cell is read as data, never run as a formula.

A spreadsheet runs a cell that begins with = + - or @ as a formula, and some do after a tab,
a carriage return or spaces: an imported value or a URL parameter such as
=HYPERLINK("http://...") would run on the reader's machine. Such a text cell is written with a
leading apostrophe, which spreadsheets read as "this is text". Numbers are written as they
are (a negative number is a number, not a formula).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def cell(value: object) -> object:
    """The value as a CSV cell that no spreadsheet runs."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    stream: IO[str], columns: Iterable, rows: Iterable[Iterable], statements: Iterable[str] = ()
) -> None:
    """Statements about the table (rows of one cell starting with #), a header row and the
    rows, every text cell neutralised."""
    writer = csv.writer(stream)
    writer.writerows([cell(f"# {statement}")] for statement in statements)
    writer.writerow([cell(value) for value in columns])
    writer.writerows([cell(value) for value in row] for row in rows)
