"""Exports: any result set of the ruling list as a file (CSV, JSON Lines, RIS, BibTeX), and one
ruling as a citation in the form its jurisdiction's lawyers write it.

    export = Export(listing, "csv", list_url, cap=50_000)
    export.file_name          # the query and the date: ipcases-rulings-ksr-2026-12-03.csv
    export.lines()            # streamed: a header that states the filters and the cap, then rows

Files are read a chunk of rulings at a time (memory stays flat whatever the cap); every CSV
cell goes through ipcases.spreadsheet, so that no spreadsheet runs one as a formula.
"""

from .files import FORMATS, Export, ExportHeader, table_statements
from .styles import citation_forms

__all__ = ["FORMATS", "Export", "ExportHeader", "citation_forms", "table_statements"]
