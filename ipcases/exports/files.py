"""An export of a listing: its header (the filters, the counts, the cap, the date) and its
lines in one of four formats, read a chunk of rulings at a time."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import slugify

from ..pages.listing import EXPORT_CHUNK, Listing
from . import formats
from .records import COLUMNS, TREATMENT_COLUMNS, record, ruling_url, treatment_record


@dataclass(frozen=True)
class Format:
    extension: str
    content_type: str
    label: str


FORMATS = {
    "csv": Format("csv", "text/csv; charset=utf-8", "CSV"),
    "jsonl": Format("jsonl", "application/x-ndjson; charset=utf-8", "JSON Lines"),
    "ris": Format("ris", "application/x-research-info-systems; charset=utf-8", "RIS"),
    "bib": Format("bib", "application/x-bibtex; charset=utf-8", "BibTeX"),
}
ORDER_LABELS = {
    "relevance": "most relevant first",
    "newest": "newest first",
    "oldest": "oldest first",
    "damages": "largest damages first",
    "cited": "most cited first",
}


@dataclass
class ExportHeader:
    """What a file says of itself, and what a page or an analytics table says of its
    selection: where it came from, the filters in use, how many rulings and the cap."""

    list_url: str
    filters: dict[str, object]
    total: int
    cap: int
    order: str = "newest"
    generated: dt.datetime = field(default_factory=timezone.now)

    @property
    def rows(self) -> int:
        return min(self.total, self.cap)

    def filter_text(self) -> str:
        if not self.filters:
            return "Filters: none (every ruling)"
        shown = (f"{name}={_text(value)}" for name, value in self.filters.items())
        return "Filters: " + "; ".join(shown)

    def statements(self) -> list[str]:
        return [
            f"ipcases rulings, {self.generated:%Y-%m-%d %H:%M} UTC, from {self.list_url}",
            self.filter_text(),
            self.count_text(),
        ]

    def count_text(self) -> str:
        order = ORDER_LABELS.get(self.order, self.order)
        if self.total <= self.cap:
            return (
                f"Rulings: {self.total:,}, all that match ({order}); "
                f"a file holds at most {self.cap:,}"
            )
        return (
            f"Rulings: {self.total:,} match; this file holds the first {self.cap:,} ({order}), "
            "the most a file holds: narrow the filters for the others"
        )

    def meta(self) -> dict:
        return {
            "generated": self.generated.isoformat(),
            "list_url": self.list_url,
            "filters": {name: _json(value) for name, value in self.filters.items()},
            "order": self.order,
            "total": self.total,
            "rows": self.rows,
            "cap": self.cap,
            "truncated": self.total > self.cap,
        }


def _text(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _json(value: object) -> object:
    if isinstance(value, list):
        return [str(v) for v in value]
    return value if isinstance(value, bool | int) else str(value)


def active_filters(listing: Listing) -> dict[str, object]:
    """The filters in use, by parameter name, as the request gave them."""
    params = listing.params
    return {
        name: params.getlist(name) if isinstance(value, list) else params.get(name)
        for name, value in listing.active.items()
    }


def table_statements(listing: Listing, url: str, title: str) -> list[str]:
    """What an analytics table says of itself: what it is, from where, and its filters."""
    header = ExportHeader(list_url=url, filters=active_filters(listing), total=0, cap=0)
    return [
        f"ipcases {title}, {header.generated:%Y-%m-%d %H:%M} UTC, from {url}",
        header.filter_text(),
    ]


def header_of(listing: Listing, list_url: str, cap: int) -> ExportHeader:
    """The header of a valid listing's export (counts its rulings: one statement)."""
    query = listing.params.urlencode()
    return ExportHeader(
        list_url=f"{list_url}?{query}" if query else list_url,
        filters=active_filters(listing),
        total=listing.qs.count(),
        cap=cap,
        order=listing.order,
    )


class Export:
    """One listing's rulings as a file: `lines()` streams it, `file_name` names it."""

    def __init__(self, listing: Listing, extension: str, list_url: str, site_url: str, cap: int):
        self.listing = listing
        self.format = FORMATS[extension]
        self.url = ruling_url(site_url)
        self.header = header_of(listing, list_url, cap)

    @property
    def content_type(self) -> str:
        return self.format.content_type

    @property
    def file_name(self) -> str:
        query = slugify(self.listing.form.cleaned_data.get("q") or "")[:40].strip("-")
        date = self.header.generated.date().isoformat()
        return f"ipcases-rulings-{query or 'all'}-{date}.{self.format.extension}"

    @property
    def treated(self) -> bool:
        """Whether each row says how it treats what the query's `cites:` names (the tables:
        CSV and JSON Lines; a reference manager's entry has no place for it)."""
        return self.listing.cited is not None and self.format.extension in ("csv", "jsonl")

    def records(self) -> Iterator[dict]:
        rulings = self.listing.in_order(self.header.cap)
        if not self.treated:
            yield from (record(ruling, self.url) for ruling in rulings)
            return
        while chunk := list(itertools.islice(rulings, EXPORT_CHUNK)):
            for ruling in self.listing.treated(chunk):  # one statement a chunk
                yield record(ruling, self.url) | treatment_record(ruling.treated, self.url)

    def lines(self) -> Iterator[str]:
        statements = self.header.statements()
        columns = COLUMNS + TREATMENT_COLUMNS if self.treated else COLUMNS
        writers = {
            "csv": lambda: formats.csv_lines(statements, self.records(), columns),
            "jsonl": lambda: formats.jsonl_lines(self.header.meta(), self.records()),
            "ris": lambda: formats.ris_lines(statements, self.records()),
            "bib": lambda: formats.bibtex_lines(statements, self.records()),
        }
        return formats.pieces(writers[self.format.extension]())
