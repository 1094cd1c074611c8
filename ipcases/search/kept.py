"""What a slow statement of a search found, kept between pages: the same query comes back with
other filters, sorts and pages.

- the rulings a text lookup matched (`ids`): a phrase or a w/N pair of common words takes
  100-250 ms to look up at 100,000 rulings; and those of the facet groups that pass a facet
  choice, where they are read from the groups (PostgresEngine.in_groups: 4-18 ms);
- the facet groups a query's rulings fall in, with their numbers (`rows`, see facets.py): for
  a common word 30-40 ms, the same whichever facets are chosen, since those are tested on the
  groups in Python;
- every facet group with its number of rulings (`in_memory`), which a page of filters alone
  reads whole (4,500 groups at 100,000 rulings: 3 ms, and as long again to make its rows),
  every group's values, by which the facet statements name groups by id alone (facets.keys),
  and each ruling's facet group, from which PostgreSQL counts a long id array's groups
  (postgres/grouping.py: about 50 ms to read at 100,000 rulings, 1.6 MB).

The first two are kept in Django's cache (the alias "pages", shared by the workers; see
settings.CACHES) under the statement and the versions the index notes: the data's, which every
write changes in its own transaction (versions.touch), and those of what the index holds. They
are read before the statement runs, so what is kept under them was computed from that data or
newer, and after an import nothing kept before it is served again. Statements quicker than
SLOW are not kept. The last is kept in each process's memory, whatever the cache, under the
same versions: one value a name, the latest read.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache

from . import versions

# Reading the versions and a kept value costs about a millisecond (2 ms for a listing of
# 100,000 ids). Keeping statements from 5 ms on rather than 20 took 7 % off the database's
# time a request in the load's mix (bench/load_urls.py, in process, 20.3 -> 18.8 ms).
SLOW = 0.005  # seconds
TIMEOUT = 24 * 3600
T = TypeVar("T")
# {name: (the versions it was read under, the value)}
LATEST: dict[str, tuple[str, object]] = {}


def ids(lookup: str, compute: Callable[[], str]) -> str:
    """The id array literal `compute` looks up, kept under `lookup` (a text that names the
    statement and its query) and the data version."""
    return _kept("matches", [lookup], compute)


def rows(
    sql: str, params: list, compute: Callable[[], list[tuple]], also: tuple[str, ...] = ()
) -> list[tuple]:
    """The rows `compute` reads with this statement, kept under the statement and its
    parameters and the data version; or those kept for a statement of `also` with the same
    parameters, whose rows answer this one too."""
    shown = repr(params)  # once: it may hold an id array of 100,000 rulings
    return _kept("rows", [f"{statement}:{shown}" for statement in (sql, *also)], compute)


def _kept(kind: str, lookups: list[str], compute: Callable[[], T]) -> T:
    """What is kept under the first of `lookups` found, else what `compute` gives, kept under
    the first when it took SLOW or longer."""
    cache = caches["pages"]
    if isinstance(cache, DummyCache):
        return compute()
    noted = _noted()
    keys = [
        f"{kind}:" + hashlib.sha256(f"{lookup}:{noted}".encode()).hexdigest() for lookup in lookups
    ]
    for key in keys:
        found = cache.get(key)
        if found is not None:
            return found
    started = time.perf_counter()
    found = compute()
    if time.perf_counter() - started >= SLOW:
        cache.set(keys[0], found, TIMEOUT)
    return found


def in_memory(name: str, compute: Callable[[], T], again: bool = False) -> T:
    """What `compute` gives, kept in this process's memory under `name` and the index's
    versions, read before it: after any write it is computed again, and with `again` (what
    is kept is known to be older than what was read since)."""
    noted = _noted()
    found = LATEST.get(name)
    if found is not None and found[0] == noted and not again:
        return found[1]
    value = compute()
    LATEST[name] = (noted, value)
    return value


def _noted() -> str:
    """Every version the index notes, as one text: the data's, and those of what the index
    holds."""
    return repr(sorted(versions.held().items()))
