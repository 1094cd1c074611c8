"""Worker processes for the index's pure Python work during a large write (see search.bulk).

Building a batch's vectors is most of a load's time, and one Python process uses one core:
within `workers.opened()`, `workers.map` hands a large batch to one process per core, started
at the first such batch and stopped when the context ends. Anywhere else, and for a small
batch, the work runs in the calling process, with the same result in the same order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

import django

# A batch of fewer items is worked on in process: starting the workers takes about a second
# (each sets Django up), which a few rulings do not repay.
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
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pool:
                self._pool.shutdown()
                self._pool = None

    def map(self, function: Callable, items: Iterable) -> list:
        """[function(item) for item in items], in worker processes where that pays. The
        function must be a module's top-level function, and the items picklable."""
        items = list(items)
        cores = len(os.sched_getaffinity(0))
        if not self._depth or cores < 2 or len(items) < PARALLEL_FROM:
            return [function(item) for item in items]
        if self._pool is None:
            # Not forked: the loader's threads may hold locks a forked child would inherit.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(cores, mp_context=context, initializer=django.setup)
        size = max(1, len(items) // (cores * TASKS_PER_WORKER))
        return list(self._pool.map(function, items, chunksize=size))


workers = Workers()
