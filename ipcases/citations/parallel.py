"""Reading many texts at once: a pool of worker processes, each with the fast tokenizer.

The workers only extract (pure Python, no database); the parent writes. A batch of texts is
sent to the pool and comes back in order, so the parent writes while nothing else waits long.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator

from django.db import connections

from .. import search
from .cases import use_fast_tokenizer
from .extract import extract
from .found import Extraction
from .index import IndexSummary, resolve_all, texts_to_read, write_extractions
from .related import refresh_features

_court_names: dict[str, str] = {}


def _start_worker(names: dict[str, str], fast: bool) -> None:
    global _court_names
    _court_names = names
    if fast:
        use_fast_tokenizer()


def _extract_one(item: tuple[int, str, str, str]) -> tuple[int, str, Extraction]:
    pk, digest, text, case_name = item
    return pk, digest, extract(text, _court_names, case_name)


class Extractor:
    """``Extractor(processes=2)`` as a context manager; ``run(items)`` yields results in order."""

    def __init__(self, court_names: dict[str, str], processes: int = 1, fast: bool = True):
        self.processes = max(1, processes)
        self.names = court_names
        self.fast = fast
        self.pool = None

    def __enter__(self) -> Extractor:
        _start_worker(self.names, self.fast)  # compiles the tokenizer cache before forking
        if self.processes > 1:
            # Forked children never use the database; closing first keeps them from even
            # holding the parent's connections (not possible inside a transaction).
            if not any(c.in_atomic_block for c in connections.all()):
                connections.close_all()
            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(
                self.processes, initializer=_start_worker, initargs=(self.names, self.fast)
            )
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()

    def run(self, items: list[tuple[int, str, str, str]]) -> Iterator[tuple[int, str, Extraction]]:
        if self.pool is None:
            return map(_extract_one, items)
        return self.pool.imap(_extract_one, items, chunksize=2)


def index_all(
    extractor: Extractor,
    ids: list[int],
    force: bool,
    batch_size: int,
    progress: Callable[[int], None] | None = None,
) -> IndexSummary:
    """Read and write the citations of these rulings batch by batch, then link everything the
    catalogue can answer. While the parent writes one batch, the workers read the next.
    ``progress(n)`` is called after each batch with the number of rulings it held."""
    summary = IndexSummary()
    read: list[int] = []
    batches = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    running = extractor.run(texts_to_read(batches[0], force, summary)) if batches else None
    for position in range(len(batches)):
        results = list(running)
        if position + 1 < len(batches):
            running = extractor.run(texts_to_read(batches[position + 1], force, summary))
        write_extractions(results)
        read += [ruling_id for ruling_id, _, _ in results]
        if progress:
            progress(len(batches[position]))
    summary.linked = resolve_all()
    refresh_features(read)
    search.touch()
    search.analyze()
    return summary
