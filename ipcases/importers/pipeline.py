"""One import run: expand the paths, parse them with a format's parser, keep the IP rulings
and hand them to the one write path. The ``import_rulings`` command is a thin shell over
``run_import`` (files) and ``run_fetch`` (the live CourtListener search), so tests call either.

Rulings that a parser classified as not IP (empty ``ip_types``) are skipped and counted,
unless ``include_all``; records a parser set aside (``skip_reason``: a TTAB proceeding with
no decision, an opinion without its cluster) are always skipped and counted. With ``strict``
or ``dry_run`` the whole run is one transaction that is rolled back on the first bad record
(strict) or at the end (dry run), courts included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from types import ModuleType

from django.db import transaction

from ..courts import ensure_courts
from . import FORMATS, parser_for
from .courtlistener_fetch import fetch
from .sources import Input, UnreadableInput, iter_inputs
from .store import Summary, save_records


class UnknownFormat(ValueError):
    """A --format that no parser reads."""


def run_import(
    format_name: str,
    paths: list[str],
    *,
    include_all: bool = False,
    strict: bool = False,
    dry_run: bool = False,
    on_record: Callable[[], None] | None = None,
) -> Summary:
    """Import every ruling under ``paths``; raises UnknownFormat, UnreadableInput, and under
    strict store.InvalidRecord (after rolling everything back)."""
    parser = _parser(format_name)
    # Expanding every path first means a missing file stops the run before anything is written.
    inputs = list(iter_inputs(paths, getattr(parser, "SUFFIXES", ())))
    return save_selected(
        parsed(parser, inputs),
        include_all=include_all,
        strict=strict,
        dry_run=dry_run,
        on_record=on_record,
    )


def run_fetch(query: dict, token: str | None, state_path: str, **options) -> Summary:
    """Import live from the CourtListener search API (see courtlistener_fetch.fetch); takes
    the options of run_import and raises courtlistener_fetch.FetchError."""
    return save_selected(fetch(query, token, state_path), **options)


def save_selected(
    records: Iterable[dict],
    *,
    include_all: bool = False,
    strict: bool = False,
    dry_run: bool = False,
    on_record: Callable[[], None] | None = None,
) -> Summary:
    """Keep the records worth storing, hand them to the write path and count the rest."""
    skipped = [0]

    def selected() -> Iterator[dict]:
        for record in records:
            if on_record:
                on_record()
            if record.get("skip_reason"):
                skipped[0] += 1
                continue
            if not include_all and not record.get("error") and not record.get("ip_types"):
                skipped[0] += 1
                continue
            yield record

    with transaction.atomic() if strict or dry_run else nullcontext():
        ensure_courts()
        summary = save_records(selected(), strict=strict, dry_run=dry_run)
        if dry_run:
            transaction.set_rollback(True)
    summary.skipped = skipped[0]
    return summary


def parsed(parser: ModuleType, inputs: Iterable[Input]) -> Iterator[dict]:
    """Every record of every input; an input that cannot be opened becomes a failed record."""
    for source in inputs:
        try:
            yield from parser.parse(source)
        except UnreadableInput as error:
            yield {"position": source.name, "error": str(error)}


def _parser(format_name: str) -> ModuleType:
    try:
        return parser_for(format_name)
    except (KeyError, ModuleNotFoundError) as error:
        known = ", ".join(sorted(FORMATS))
        raise UnknownFormat(f"unknown format {format_name!r} (known: {known})") from error
