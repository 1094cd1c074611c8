"""Read replicas: which database a read goes to.

Pages that only read (the list and search, a ruling, analytics and their CSV tables, courts,
rights, the start page) are wrapped in `reads_from_replicas`: their reads of the catalogue go
to one replica of DATABASE_REPLICA_URLS, the same for the whole request, so that a page's
count, facets and rows agree. Everything else reads from the primary: writes, the admin,
management commands, /healthz, anything inside a transaction, other applications' tables
(sessions, users, login attempts), and, for REPLICA_PIN_SECONDS after a write, the requests of
the browser that wrote (a cookie says so).

A replica that cannot be reached (a new connection within its connect timeout, or the health
check of a kept one) is skipped and not tried again for REPLICA_RETRY_SECONDS; with none left,
the primary answers. A page whose database connection fails on a replica is answered again by
the primary.

Lag: a replica replays the primary's writes a moment later (milliseconds; seconds while a
large import is written). A list may then be that moment behind, which does no harm; a ruling
written a moment ago would be "not found", so a page not found on a replica is answered again
by the primary.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from contextvars import ContextVar
from functools import wraps

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, InterfaceError, OperationalError
from django.db import connections as databases
from django.http import Http404, HttpRequest, HttpResponse

from .search import versions

logger = logging.getLogger(__name__)

CATALOGUE = "ipcases"
# Set on the response to a write: the browser's next pages read from the primary.
PIN_COOKIE = "ipcases_primary"
READ_ONLY_METHODS = ("GET", "HEAD")
_unreachable_until: dict[str, float] = {}


class Reading:
    """One request's reads: the replica they go to, chosen at the first read (None: the
    primary, when no replica can be reached)."""

    def __init__(self) -> None:
        self.chosen = False
        self.alias: str | None = None

    def replica(self) -> str | None:
        if not self.chosen:
            self.alias, self.chosen = available_replica(), True
        return self.alias


_reading: ContextVar[Reading | None] = ContextVar("ipcases_replica_reading", default=None)


def available_replica() -> str | None:
    """A replica that answers, starting from a random one so that requests spread over them."""
    replicas = list(settings.DATABASE_REPLICAS)
    if not replicas:
        return None
    start = random.randrange(len(replicas))
    for alias in replicas[start:] + replicas[:start]:
        if _unreachable_until.get(alias, 0) > time.monotonic():
            continue
        if reachable(alias):
            return alias
        mark_unreachable(alias)
    return None


def reachable(alias: str) -> bool:
    """Whether a replica answers: a kept connection passes Django's health check (once per
    request), or a new one opens within the replica's connect timeout."""
    database = databases[alias]
    try:
        database.close_if_health_check_failed()
        database.ensure_connection()
    except DatabaseError as error:
        logger.warning("Replica %s cannot be reached, reading from the primary: %s", alias, error)
        return False
    return True


def mark_unreachable(alias: str) -> None:
    _unreachable_until[alias] = time.monotonic() + settings.REPLICA_RETRY_SECONDS
    with suppress(DatabaseError):
        databases[alias].close()


def forget_unreachable() -> None:
    """Try every replica again at the next request."""
    _unreachable_until.clear()


def may_read_from_replica(request: HttpRequest) -> bool:
    return request.method in READ_ONLY_METHODS and PIN_COOKIE not in request.COOKIES


def reads_from_replicas(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A view that only reads: its reads of the catalogue go to a replica, those of a streamed
    response's chunks too. Where the replica does not have the page (not found: perhaps
    written a moment ago) or its connection fails before the response is made, the primary
    answers instead. The search index's versions are read once for the response
    (versions.read_once), on whichever database answers first."""

    @wraps(view)
    def on_replica(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in READ_ONLY_METHODS:
            return view(request, *args, **kwargs)
        with versions.read_once():
            return _read(view, request, *args, **kwargs)

    return on_replica


def _read(view: Callable[..., HttpResponse], request: HttpRequest, *args, **kwargs):
    """The view's response, read from a replica where one may answer."""
    if not settings.DATABASE_REPLICAS or not may_read_from_replica(request):
        return view(request, *args, **kwargs)
    reading = Reading()
    token = _reading.set(reading)
    try:
        response = view(request, *args, **kwargs)
    except Http404:
        if reading.alias is None:
            raise
        response = None
    except (OperationalError, InterfaceError) as error:
        if reading.alias is None:
            raise
        _replica_failed(reading.alias, error)
        response = None
    finally:
        _reading.reset(token)
    if response is None or (response.status_code == 404 and reading.alias is not None):
        # Not on the replica (an API answers its own 404), or the replica failed.
        return view(request, *args, **kwargs)
    if response.streaming:
        response.streaming_content = _reading_from(reading, response.streaming_content)
    return response


def _reading_from(reading: Reading, chunks: Iterable) -> Iterator:
    """The chunks of a streamed response, each made with the request's reads on its replica
    (the server asks for them after the view has returned)."""
    chunks = iter(chunks)
    while True:
        token = _reading.set(reading)
        try:
            chunk = next(chunks)
        except StopIteration:
            return
        finally:
            _reading.reset(token)
        yield chunk


def _replica_failed(alias: str, error: Exception) -> None:
    logger.warning("Replica %s failed, reading from the primary: %s", alias, error)
    with suppress(DatabaseError):
        databases[alias].close()
    if not reachable(alias):
        mark_unreachable(alias)


class PrimaryAfterWriteMiddleware:
    """After a request that may have written (any method but GET and HEAD), the browser's
    pages read from the primary for REPLICA_PIN_SECONDS: they show what it just wrote."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.DATABASE_REPLICAS and request.method not in READ_ONLY_METHODS:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


class ReplicaRouter:
    """Django's database router: reads of the catalogue inside `reads_from_replicas` go to its
    replica (none while the primary is in a transaction); every write goes to the primary;
    replicas are never migrated (they copy the primary's tables)."""

    def db_for_read(self, model, **hints) -> str | None:
        reading = _reading.get()
        if reading is None or model._meta.app_label != CATALOGUE:
            return None
        if databases[DEFAULT_DB_ALIAS].in_atomic_block:
            return None
        return reading.replica()

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        # A replica holds the primary's rows: a ruling read from one is the primary's ruling.
        return True

    def allow_migrate(self, db: str, app_label: str, **hints) -> bool | None:
        return False if db in settings.DATABASE_REPLICAS else None
