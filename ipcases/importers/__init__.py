"""Importers: one module per public format, each with a pure ``parse(path)``.

Every parser yields ruling records, plain dicts that ``store.save_records`` validates and
upserts. The keys (only the first five are required):

    source, source_id         the import key, unique together (source is a Source value)
    court                     a Court id (see ipcases.courts)
    case_name, decision_date  full case name; a date or an ISO string
    source_url, retrieved_at  provenance (retrieved_at: a datetime or an ISO string, UTC when
                              it names no zone; defaults to now. A record retrieved before the
                              stored capture of it is counted as outdated and changes nothing)
    docket_number, case_short_name, date_filed, date_terminated, nature_of_suit
    kind, precedential_status, disposition, rights_holder_outcome, injunction
    damages_amount, damages_currency, judges, summary, text, language, ip_classification
    ip_types                  list of IPType values
    citations                 list of official citations as printed
    parties                   list of {"name", "role", "is_natural_person" (None: guess)}
    rights                    list of {"kind", "office", "number", "title"}
    position                  where the record was read ("file.xml:#12"), for error messages
    termination               how a district-court case ended, for a ruling of kind
                              "termination" (the fields of models.Termination; fjc_idb)
    decision_date_precision   day (default), month or year; a decision_date of "2014" or
                              "2014-06" says so itself

A parser may also yield ``{"position", "error"}`` (what it could not read),
``{"position", "skip_reason", "skip_detail"}`` (a record set aside, counted by reason) and
``{"position", "note"}`` (what it read, for the summary). A parser that joins several files
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
