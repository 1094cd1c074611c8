"""Where the search index is read from: the database the catalogue's reads go to now, a
replica while a page reads from replicas (see ipcases/replicas.py), the primary otherwise.
The index's write path always writes to the primary (django.db.connection)."""

from __future__ import annotations

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper

from ..models import Ruling


def database() -> BaseDatabaseWrapper:
    """The connection of the database that reads of rulings go to now."""
    return connections[router.db_for_read(Ruling)]
