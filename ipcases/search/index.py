"""The index's write path: what the importers' write path, the admin and `reindex_search` call
to bring the search rows of rulings up to date (words, passages, facet groups, analytics
groups), which also changes the catalogue's data version (versions.touch: cached pages are
keyed by it)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction

from ..models import CaseParty, Ruling
from . import facets, groups, statistics, versions
from .engine import IndexedRuling
from .engines import engine
from .text import UNITS_VERSION, passages
from .workers import workers

BATCH = 500


def update_index(ruling_ids: Iterable[int], progress: Callable[[int], None] | None = None) -> None:
    """Bring the search index up to date for these rulings (called by the write path);
    ``progress(n)`` is called with the number of rulings indexed after each batch.

    In a bulk write the worker processes build the next batch while this one is stored: the
    database and the workers then work at once, where they would otherwise take turns."""
    ids = list(ruling_ids)
    batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    upcoming = _building(batches[0]) if batches else iter(())
    for number, batch in enumerate(batches):
        built = list(upcoming)
        if number + 1 < len(batches):
            upcoming = _building(batches[number + 1])
        _store(batch, built)
        if progress:
            progress(min((number + 1) * BATCH, len(ids)))


def refresh_facets(ruling_ids: Iterable[int]) -> None:
    """Bring only the facet and analytics groups of these rulings up to date (their court
    changed)."""
    ids = list(ruling_ids)
    with transaction.atomic(), engine().regrouping(ids):
        facets.refresh(ids)
        groups.refresh(ids)
        versions.touch()


@contextmanager
def bulk() -> Iterator[None]:
    """A context for writing many rulings at once (see Engine.bulk). Within it, large batches'
    texts are cut into passages, and the engine's pure work done, in worker processes (see
    workers.py), forked before the engine or the caller start threads of their own."""
    with workers.opened(), engine().bulk():
        yield


def reindex(progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the whole index and analyse the tables; returns the number of rulings indexed."""
    engine().clear()
    facets.clear()
    groups.clear()
    versions.touch()
    ids = list(Ruling.objects.order_by("pk").values_list("pk", flat=True))
    with bulk():
        update_index(ids, (lambda done: progress(done, len(ids))) if progress else None)
    versions.record()
    versions.record("units", UNITS_VERSION)
    engine().record_versions()
    statistics.analyze()
    return len(ids)


def _building(ids: list[int]) -> Iterator:
    """What the engine stores for these rulings, built as it is iterated, or in worker
    processes from now on (see workers.started). A ruling no longer stored gets no passages,
    which removes its rows."""
    texts = _texts(ids)
    gone = set(ids) - {ruling_id for ruling_id, *_ in texts}
    removed = (engine().build(IndexedRuling(pk, 1.0, [])) for pk in sorted(gone))
    return itertools.chain(workers.started(built, texts), removed)


def _store(ids: list[int], built: list) -> None:
    # One transaction: a ruling's words, facet values and analytics group share a row, and
    # appear together.
    with transaction.atomic(), engine().regrouping(ids):
        engine().store(built)
        facets.refresh(ids)
        groups.refresh(ids)
        versions.touch()


def indexed(ids: list[int]) -> list[IndexedRuling]:
    """The passages of these rulings (those that exist), as the index holds them."""
    return [cut(text) for text in _texts(ids)]


def _texts(ids: list[int]) -> list[tuple[int, float, dict[str, str], str]]:
    """(id, boost, head's columns, text) of these rulings (those that exist)."""
    rulings = Ruling.objects.filter(pk__in=ids).select_related("case__court")
    rulings = rulings.prefetch_related("official_citations")
    parties: dict[int, list[str]] = {}
    links = CaseParty.objects.filter(case__rulings__in=ids).select_related("party").distinct()
    for link in links:
        parties.setdefault(link.case_id, []).append(link.party.display_name)
    texts = []
    for ruling in rulings:
        head = {
            "name": f"{ruling.case.name} {ruling.case.short_name}",
            "cites": " ".join(c.cite for c in ruling.official_citations.all()),
            "parties": " ".join(parties.get(ruling.case_id, [])),
            "summary": ruling.summary,
        }
        texts.append((ruling.pk, boost(ruling), head, ruling.text))
    return texts


def built(text: tuple[int, float, dict[str, str], str]) -> object:
    """What the engine stores for one ruling, from (its id, its boost, its head's columns, its
    text): cutting the text into passages (3.5 ms of Python a ruling of median length) and the
    engine's build (PostgreSQL's vectors, most of a load's time) need no database, so a bulk
    write runs them in worker processes."""
    return engine().build(cut(text))


def cut(text: tuple[int, float, dict[str, str], str]) -> IndexedRuling:
    """A ruling's passages, from (its id, its boost, its head's columns, its text)."""
    ruling_id, weight, head, body = text
    return IndexedRuling(ruling_id, weight, passages(head, body))


def boost(ruling: Ruling) -> float:
    """A mild preference for precedential and appellate rulings in relevance order."""
    value = 1.0
    if ruling.precedential_status == "precedential":
        value *= 1.25
    if ruling.case.court.level in ("appellate", "final"):
        value *= 1.1
    return value
