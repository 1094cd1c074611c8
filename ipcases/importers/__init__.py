"""Importers: one module per public format, each with a pure ``parse(path)``.

Every parser yields the typed records of ``records.py`` (``Parsed``): ruling records, which
``store.save_records`` validates and upserts, and errors, skipped records and notes for the
report. A parser that joins several files
(CourtListener) offers ``parse_all(inputs, state_path=None, progress=None)`` for a whole run.
"""

from importlib import import_module
from types import ModuleType

# Format name (as given to import_rulings --format) -> module with parse(path).
FORMATS = {
    "courtlistener": "courtlistener",
    "courtlistener-bulk": "courtlistener_bulk",
    "cap": "cap",
    "uk-fcl": "uk_fcl",
    "ttab": "ttab",
    "cafc-rss": "cafc_rss",
    "curated": "curated",
    # The curated lists' first name, kept for existing scripts: they are CSV or JSON Lines.
    "csv": "curated",
    "fjc-idb": "fjc_idb",
}


def parser_for(format_name: str) -> ModuleType:
    """The parser module of a format; raises KeyError for an unknown one."""
    return import_module(f"{__name__}.{FORMATS[format_name]}")
