"""CourtListener's bulk CSV files, read as streams in the dialect its dumps are written in.

CourtListener writes each table with PostgreSQL's ``COPY ... WITH (FORMAT csv, HEADER,
ESCAPE '\\', FORCE_QUOTE *)``: an unquoted header row, every value quoted, quotes inside a value
escaped with a backslash (``\\"``, not doubled), raw newlines inside values, NULL as an empty
unquoted field, and texts of megabytes. Dumps before 2025 quoted with backticks; the quote
character is read from the first row. Files are ``.csv.bz2`` (or plain ``.csv``), decompressed
as they are read, in parallel threads where the file can be read from any place (indexed_bzip2),
so that memory stays that of one row whatever the size of the file.

    with open_bulk_csv(source) as table:
        for row in table.rows():          # dicts keyed by the header's column names
            ...
            table.bytes_read()            # compressed bytes consumed, for progress
"""

from __future__ import annotations

import bz2
import csv
import io
import itertools
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from .inputs import Input, UnreadableInput

try:  # parallel bzip2 decompression; the standard library's bz2 reads in one thread
    import indexed_bzip2
except ImportError:  # pragma: no cover - a platform without its wheel
    indexed_bzip2 = None

csv.field_size_limit(2**31 - 1)
READ_BUFFER = 4 * 1024 * 1024
MAX_THREADS = 8


@dataclass
class BulkCsv:
    """One open bulk file: its column names and its rows, read once."""

    name: str
    header: list[str]
    total_bytes: int
    _reader: Iterator[list[str]]
    _position: Callable[[], int]

    def rows(self) -> Iterator[dict[str, str]]:
        """Each row as {column: value}; a row with too few or too many values raises
        BadRow (the file is cut or not in this dialect)."""
        width = len(self.header)
        for number, values in enumerate(self._reader, start=2):
            if len(values) != width:
                raise BadRow(
                    f"{self.name}: row {number} has {len(values)} values for {width} columns"
                )
            yield dict(zip(self.header, values, strict=True))

    def bytes_read(self) -> int:
        """How much of the file (compressed) has been read: for progress."""
        try:
            return self._position()
        except (OSError, ValueError):
            return 0


class BadRow(ValueError):
    """A row that does not fit the header: a cut file or another dialect."""


@contextmanager
def open_bulk_csv(source: Input) -> Iterator[BulkCsv]:
    """The file as a BulkCsv; raises UnreadableInput for a file that cannot be opened or
    decompressed, or that has no header row."""
    with ExitStack() as stack:
        raw = stack.enter_context(source.open())
        binary, position = _decompressed(stack, raw, source)
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="")
        header_line, first_line = _first_lines(text, source.name)
        quote = "`" if first_line.startswith("`") else '"'
        header = next(csv.reader([header_line]))
        reader = csv.reader(
            itertools.chain([first_line] if first_line else [], text),
            delimiter=",",
            quotechar=quote,
            escapechar="\\",
            doublequote=False,
            strict=False,
        )
        yield BulkCsv(source.name, [c.strip() for c in header], _size(raw), reader, position)


def _decompressed(stack: ExitStack, raw: BinaryIO, source: Input):
    """The decompressed stream and a function giving the compressed bytes read so far."""
    if not source.name.lower().endswith(".bz2"):
        return raw, raw.tell
    if indexed_bzip2 is not None and source.path is not None:
        threads = max(1, min(os.cpu_count() or 1, MAX_THREADS))
        # Closed explicitly: its threads must stop before the interpreter does.
        opened = stack.enter_context(indexed_bzip2.open(str(source.path), parallelization=threads))
        return io.BufferedReader(opened, READ_BUFFER), lambda: opened.tell_compressed() // 8
    return stack.enter_context(bz2.BZ2File(raw)), raw.tell


def _first_lines(text: io.TextIOWrapper, name: str) -> tuple[str, str]:
    try:
        header = text.readline()
        first = text.readline()
    except (OSError, EOFError, ValueError) as error:
        raise UnreadableInput(f"{name}: cannot be decompressed ({error})") from error
    if not header.strip():
        raise UnreadableInput(f"{name}: empty, no header row")
    return header, first


def _size(raw: BinaryIO) -> int:
    try:
        return os.fstat(raw.fileno()).st_size
    except (OSError, ValueError, io.UnsupportedOperation, AttributeError):
        return 0
