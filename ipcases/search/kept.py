"""The rulings a slow text lookup matched, kept between pages: a phrase or a w/N pair of common
words takes 100-250 ms to look up at 100,000 rulings, and the same query comes back with other
filters, sorts and pages. The ids are kept in Django's cache (the alias "pages", shared by the
workers; see settings.CACHES) under the lookup and the versions the index notes: the data's,
which every write changes in its own transaction (versions.touch), and those of what the
index holds. They are read before the ids are looked up, so ids kept under them were computed
from that data or newer, and after an import nothing kept before it is served again. Lookups
quicker than SLOW are not kept: reading the versions and the cache costs about a millisecond.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache

from . import versions

SLOW = 0.02  # seconds
TIMEOUT = 24 * 3600


def ids(lookup: str, compute: Callable[[], str]) -> str:
    """The id array literal `compute` looks up, kept under `lookup` (a text that names the
    statement and its query) and the data version."""
    cache = caches["pages"]
    if isinstance(cache, DummyCache):
        return compute()
    # Every version the index notes: the data's, and those of what the index holds.
    noted = sorted(versions.held().items())
    key = "matches:" + hashlib.sha256(f"{lookup}:{noted}".encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        started = time.perf_counter()
        found = compute()
        if time.perf_counter() - started >= SLOW:
            cache.set(key, found, TIMEOUT)
    return found
