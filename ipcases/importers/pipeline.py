"""One import run: expand the paths, parse them with a format's parser, keep the IP rulings
and hand them to the one write path. The ``import_rulings`` command is a thin shell over
``run_import`` (files) and ``run_fetch`` (the live CourtListener search), so tests call either.

A file plainly in another format than the one asked for is refused with a message naming
what it is (``sniff``). A parser that joins what several files give (``parse_all``:
CourtListener's API responses and bulk files) reads all the files of the run at once; the
others read file by file. Rulings that a parser classified as not IP (empty ``ip_types``)
are skipped, unless ``include_all``; records a parser set aside (``skip_reason``: a TTAB
proceeding with no decision, an opinion without its cluster) are always skipped; both are
counted by reason in the summary, and notes on what was read (``note``) are kept in it. With
``strict`` or ``dry_run`` the whole run is one transaction that is rolled back on the first
bad record (strict) or at the end (dry run), courts included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from types import ModuleType

from django.db import transaction

from ..courts import ensure_courts
from . import FORMATS, parser_for
from .courtlistener_fetch import fetch
from .inputs import Input, UnreadableInput, iter_inputs
from .records import Parsed
from .sniff import wrong_format
from .store import save_records
from .summary import Summary

NOT_IP = "classified as not IP"


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
    on_problem: Callable[[str, str, str], None] | None = None,
    state_path: str | None = None,
    progress=None,
) -> Summary:
    """Import every ruling under ``paths``; raises UnknownFormat, UnreadableInput, and under
    strict checks.InvalidRecord (after rolling everything back). ``state_path`` keeps a bulk
    run's staging file there so that an interrupted run resumes (not in a dry run)."""
    parser = _parser(format_name)
    # Expanding every path first means a missing file stops the run before anything is written.
    inputs = list(iter_inputs(paths, getattr(parser, "SUFFIXES", ())))
    options = {"state_path": None if dry_run else state_path, "progress": progress}
    return save_selected(
        parsed(parser, format_name, inputs, **options),
        include_all=include_all,
        strict=strict,
        dry_run=dry_run,
        on_record=on_record,
        on_problem=on_problem,
    )


def run_fetch(query: dict, token: str | None, state_path: str, **options) -> Summary:
    """Import live from the CourtListener search API (see courtlistener_fetch.fetch); takes
    the options of run_import and raises courtlistener_fetch.FetchError."""
    full_text = options.pop("full_text", False)
    return save_selected(fetch(query, token, state_path, full_text=full_text), **options)


def save_selected(
    records: Iterable[Parsed],
    *,
    include_all: bool = False,
    strict: bool = False,
    dry_run: bool = False,
    on_record: Callable[[], None] | None = None,
    on_problem: Callable[[str, str, str], None] | None = None,
) -> Summary:
    """Keep the records worth storing, hand them to the write path and count the rest."""
    summary = Summary(on_problem=on_problem)

    def selected() -> Iterator[dict]:
        for record in records:
            where = str(record.get("position") or record.get("source_id") or "")
            if on_record and "note" not in record:
                on_record()
            if "note" in record:
                summary.notes.append(f"{where}: {record['note']}")
            elif record.get("skip_reason"):
                summary.skip(where, record["skip_reason"], record.get("skip_detail", ""))
            elif not include_all and not record.get("error") and not record.get("ip_types"):
                summary.skip(where, NOT_IP, record.get("ip_classification", ""))
            else:
                yield record

    with transaction.atomic() if strict or dry_run else nullcontext():
        ensure_courts()
        save_records(selected(), strict=strict, dry_run=dry_run, summary=summary)
        if dry_run:
            transaction.set_rollback(True)
    return summary


def parsed(
    parser: ModuleType, format_name: str, inputs: list[Input], **options
) -> Iterator[Parsed]:
    """Every record of every input; an input that cannot be opened, or that is in another
    format, becomes a failed record."""
    readable = []
    for source in inputs:
        problem = wrong_format(source, format_name)
        if problem:
            yield {"position": source.name, "error": problem}
        else:
            readable.append(source)
    if hasattr(parser, "parse_all"):
        yield from parser.parse_all(readable, **options)
        return
    for source in readable:
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
