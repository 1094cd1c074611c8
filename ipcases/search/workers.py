"""Worker processes for the index's pure Python work during a large write (see search.bulk).

Cutting a batch's texts into passages and building their vectors is most of a load's time,
and one Python process uses one core: within `workers.opened()`, `workers.started` hands a large
batch to one process per core. Anywhere else, and for a small batch, the work runs in the
calling process, with the same result in the same order.

The workers are forked when the context opens, before the bulk write starts threads of its own
(a fork copies only the calling thread, and a lock another thread held stays held in the
child): forking is a few milliseconds and the workers start with everything imported, where a
spawned process would set Django up again and run the main script's module once more. They
never use the database connection they inherit, and leave without closing it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

# A batch of fewer items is worked on in process: sending the work and its results between
# processes costs more than it saves for a few rulings.
PARALLEL_FROM = 200
# Tasks per worker and batch: small enough to even out long and short texts, large enough
# that each task carries several rulings.
TASKS_PER_WORKER = 4


class Workers:
    def __init__(self) -> None:
        self._depth = 0
        self._pool: ProcessPoolExecutor | None = None

    @contextmanager
    def opened(self) -> Iterator[None]:
        """Within this context, large batches are worked on in worker processes."""
        self._depth += 1
        try:
            cores = _cores()
            if self._depth == 1 and cores > 1:
                self._pool = _started(cores)
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pool:
                self._pool.shutdown()
                self._pool = None

    def started(self, function: Callable, items: Iterable) -> Iterator:
        """function(item) for each item, in order, in worker processes where that pays: there
        the work starts now and goes on while the caller does something else, and iterating
        waits for it; in this process, the work is done as the results are iterated. The
        function must be a module's top-level function, and the items picklable."""
        items = list(items)
        if self._pool is None or len(items) < PARALLEL_FROM:
            return (function(item) for item in items)
        size = max(1, len(items) // (_cores() * TASKS_PER_WORKER))
        return self._pool.map(function, items, chunksize=size)


def _started(processes: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"))
    # A forking executor starts all its processes at its first task: now.
    pool.submit(int).result()
    return pool


def _cores() -> int:
    return len(os.sched_getaffinity(0))


workers = Workers()
