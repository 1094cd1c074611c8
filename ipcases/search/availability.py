"""Whether the database can answer, and what state the search index is in: for the health
check and the 503 page. Here because only ipcases.search knows which database it runs on."""

from __future__ import annotations

import logging
import sqlite3

from django.db import DatabaseError, InterfaceError, OperationalError, connection

from . import terms, versions

logger = logging.getLogger(__name__)

# PostgreSQL's classes of errors that say "not now" rather than "not this statement": the
# connection failed (08), the server ran out of connections or memory (53), or an operator or
# the statement timeout stopped it (57: shutdown, cancelled).
UNAVAILABLE_CLASSES = ("08", "53", "57")
# SQLite's: another process holds the lock, or the file cannot be opened, read or written.
UNAVAILABLE_CODES = {
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
}


def is_outage(error: BaseException) -> bool:
    """Whether a database error means the database cannot answer now (unreachable, shut down,
    overloaded, timed out, locked), rather than that it refused a statement (a bug)."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False  # DataError, ProgrammingError...: a statement the database refused
    cause = error.__cause__ or error
    code = getattr(cause, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in UNAVAILABLE_CODES
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate:
        return sqlstate[:2] in UNAVAILABLE_CLASSES
    # Raised by the client library itself: no connection, or the server went away.
    return True


def database_state() -> str:
    """Either "ok" or "unavailable" (the reason goes to the log, not to whoever asked)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check: the database cannot be reached: %s", error)
        return "unavailable"
    return "ok"


def index_state() -> str:
    """Either "current", "outdated" (built with older word lists: searches work, and
    reindex_search brings it up to date) or "unreadable"."""
    try:
        held = versions.held()
    except DatabaseError as error:
        logger.warning("Health check: the search index cannot be read: %s", error)
        return "unreadable"
    current = versions.holds_words(held)
    if connection.vendor == "postgresql":
        current = current and held.get("terms") == terms.VERSION
    return "current" if current else "outdated"
