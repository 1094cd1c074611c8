"""Loading synthetic rulings through the importers' write path, in its bulk mode
(``importers.bulk.store_many``): a few bulk inserts per batch instead of one save per ruling,
which is what makes 100,000 rulings a matter of minutes. Each ruling gets its source record and
the write path's party and right rules; parties and rights are shared with whatever the
catalogue already holds.

A citation that another synthetic ruling already carries is left off, so that a citation names
one ruling only; rulings are loaded in order, so which one keeps it does not depend on how many
are loaded."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

from ... import search
from ...courts import ensure_courts
from ...importers.bulk import store_many
from ...models import Ruling
from .generate import DEFAULT_SEED, SOURCE, generate_ruling, source_id

Progress = Callable[[int, int], None]
# From this many rulings the search index is written in bulk (see search.bulk); a few rulings
# keep the index as it is.
BULK_FROM = 10_000


def load_synthetic(
    count: int,
    seed: int = DEFAULT_SEED,
    batch_size: int = 2000,
    progress: Progress | None = None,
) -> int:
    """Ensure the catalogue holds synthetic rulings 1..count for this seed; create only the
    missing ones and return how many were created. ``progress(done, total)`` is called after
    each batch with the rulings written so far and the number missing at the start."""
    if count < 0 or batch_size < 1:
        raise ValueError("count must be zero or more and batch_size at least 1")
    ensure_courts()
    present = set(
        Ruling.objects.filter(source=SOURCE).values_list("source_id", flat=True).iterator()
    )
    missing = [i for i in range(1, count + 1) if source_id(i, seed) not in present]
    done = 0

    def advance(written: int) -> None:
        nonlocal done
        done += written
        if progress:
            progress(done, len(missing))

    indexing = search.bulk() if len(missing) >= BULK_FROM else contextlib.nullcontext()
    with indexing:
        records = _generated(missing, seed, batch_size)
        summary = store_many(records, batch=batch_size, progress=advance)
    if summary.failed:
        raise ValueError(f"synthetic rulings that could not be stored: {summary.errors[:3]}")
    return summary.created


def _generated(numbers: list[int], seed: int, batch_size: int) -> Iterator[dict]:
    """The records of these rulings, in order. The next batch is generated in a thread while
    this one is written: the database works in its own process, so the two overlap."""
    batches = [numbers[start : start + batch_size] for start in range(0, len(numbers), batch_size)]
    with ThreadPoolExecutor(max_workers=1) as pool:
        upcoming = pool.submit(_generate, batches[0], seed) if batches else None
        for index in range(len(batches)):
            records = upcoming.result()
            if index + 1 < len(batches):
                upcoming = pool.submit(_generate, batches[index + 1], seed)
            yield from records


def _generate(numbers: list[int], seed: int) -> list[dict]:
    return [generate_ruling(i, seed) for i in numbers]
