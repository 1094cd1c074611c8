"""A scratch SQLite file for joining what sources spread over many files, in bounded memory.

CourtListener gives a ruling in pieces (a cluster, its opinions, its docket, its citations),
each kind in its own files, the bulk files tens of gigabytes each. Holding one kind in
dictionaries while reading another would take memory in proportion to the data; a staging
table on disk takes a page cache. The file is Python's own ``sqlite3``, not the catalogue's
database: the catalogue's database code stays vendor-neutral (this module is the one outside
``ipcases/search/`` that writes SQL, to its own file; tests/test_layout.py knows it), and the
scratch file can be kept between runs as a checkpoint (``Staging(path)``) or thrown away
(``Staging()``).

    with Staging(schema=SCHEMA) as staging:
        staging.write("INSERT INTO opinion VALUES (?, ?)", rows)
        for row in staging.read("SELECT ... ORDER BY id"):
            ...
        staging.checkpoint("opinions-2024.csv.bz2", {"rows": 120000})
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

CHECKPOINT_SCHEMA = "CREATE TABLE IF NOT EXISTS checkpoint (key TEXT PRIMARY KEY, value TEXT);"
CACHE_KIB = 64 * 1024


class Staging:
    """A scratch database: a temporary file removed on close, or ``path`` kept until
    ``discard()`` (a run that may be resumed)."""

    def __init__(self, path: str | os.PathLike | None = None, schema: str = ""):
        self.temporary = path is None
        if path is None:
            handle, name = tempfile.mkstemp(prefix="ipcases-staging-", suffix=".sqlite3")
            os.close(handle)
            path = name
        self.path = Path(path)
        self.connection = sqlite3.connect(self.path, isolation_level=None)
        for pragma in (
            "journal_mode = WAL" if not self.temporary else "journal_mode = OFF",
            "synchronous = OFF" if self.temporary else "synchronous = NORMAL",
            f"cache_size = -{CACHE_KIB}",
            "temp_store = FILE",
        ):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.executescript(CHECKPOINT_SCHEMA + schema)
        self.connection.execute("BEGIN")

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def write(self, sql: str, rows: Iterable[tuple]) -> None:
        self.connection.executemany(sql, rows)

    def run(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, params)

    def read(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        """Rows of a query, fetched a few hundred at a time."""
        cursor = self.connection.cursor()
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(500):
            yield from batch

    def one(self, sql: str, params: tuple = ()):
        return self.connection.execute(sql, params).fetchone()

    def commit(self) -> None:
        """Make what was written so far durable (the point a resumed run starts from)."""
        self.connection.execute("COMMIT")
        self.connection.execute("BEGIN")

    def checkpoint(self, key: str, value=None):
        """Read (value None) or write a checkpoint entry; writing commits."""
        if value is None:
            row = self.one("SELECT value FROM checkpoint WHERE key = ?", (key,))
            return json.loads(row[0]) if row else None
        self.run("INSERT OR REPLACE INTO checkpoint VALUES (?, ?)", (key, json.dumps(value)))
        self.commit()
        return value

    def close(self) -> None:
        if self.connection is None:
            return
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")
        self.connection.close()
        self.connection = None
        if self.temporary:
            self.path.unlink(missing_ok=True)

    def discard(self) -> None:
        """Close and remove the file: the run it served is finished."""
        self.temporary = True
        self.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def pack(text: str) -> bytes:
    """A staged text, compressed: the texts of IP opinions are gigabytes in a full dump."""
    return zlib.compress(text.encode("utf-8"), 1)


def unpack(blob: bytes | None) -> str:
    return zlib.decompress(blob).decode("utf-8") if blob else ""
