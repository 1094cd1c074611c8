"""Fixtures and markers shared by the whole suite.

- `@pytest.mark.postgres`: behaviour only PostgreSQL guarantees (its plans, indexes, id
  arrays); skipped on SQLite. `@pytest.mark.sqlite`: the same for SQLite's FTS5.
- `index_texts`: rulings with these texts, indexed for search, by key.
- `kept_cache`: a page cache of the process's own, empty, that keeps every slow statement's
  result however quick (search/kept.py).
- `@pytest.mark.replica`, with the `replica` fixture: a streaming replica of the test
  database's PostgreSQL cluster (tests/standby.py), in the settings as `replica1`.
"""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.db import connection, connections

from ipcases import replicas, search
from ipcases.search import kept
from tests import standby as standbys
from tests.helpers import make_ruling

VENDORS = {"postgres": "postgresql", "sqlite": "sqlite"}


def pytest_runtest_setup(item) -> None:
    for marker, vendor in VENDORS.items():
        if item.get_closest_marker(marker) and connection.vendor != vendor:
            pytest.skip(f"{vendor} only")
    if item.get_closest_marker("replica") and connection.vendor != "postgresql":
        pytest.skip("streaming replicas are PostgreSQL's")


@pytest.fixture
def index_texts(db):
    """Make one ruling per text (each in its own case) and index them: {key: ruling}."""

    def make(texts: dict[str, str]) -> dict:
        rulings = {key: make_ruling(text=text) for key, text in texts.items()}
        search.update_index([r.pk for r in rulings.values()])
        return rulings

    return make


@pytest.fixture(autouse=True)
def forget_kept_in_memory():
    """What the search keeps in the process's memory (search/kept.py) is one test's alone."""
    kept.LATEST.clear()
    yield
    kept.LATEST.clear()


@pytest.fixture
def kept_cache(settings, monkeypatch):
    settings.CACHES = {**settings.CACHES, "pages": LOCAL_CACHE}
    monkeypatch.setattr(kept, "SLOW", 0)  # every statement of a small test is kept
    caches["pages"].clear()
    yield
    caches["pages"].clear()


LOCAL_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
REPLICA = "replica1"


@pytest.fixture(scope="session")
def standby(django_db_setup, django_db_blocker):
    """A hot standby of the cluster that holds the test database, started once per run, and
    known to Django as the database `replica1` (a test that reads it names it in its
    django_db marker; it is never flushed, being a mirror of the primary's)."""
    with django_db_blocker.unblock():
        primary = connections["default"]
        try:
            bin_dir = standbys.server_binaries(primary.pg_version)
        except standbys.BinariesMissing as missing:
            pytest.skip(str(missing))
        with primary.cursor() as cursor:
            cursor.execute(
                "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)",
                [list(standbys.AT_LEAST_THE_PRIMARYS)],
            )
            settings = dict(cursor.fetchall())
        found = standbys.make_standby(primary.settings_dict, settings, bin_dir)
    try:
        standbys.wait_until_serving(found, primary.settings_dict["NAME"])
        entry = {**primary.settings_dict, "PORT": str(found.port), "TEST": {"MIRROR": "default"}}
        connections.settings[REPLICA] = entry
        yield found
    finally:
        if REPLICA in connections.settings:
            connections[REPLICA].close()
            del connections[REPLICA]
            del connections.settings[REPLICA]
        standbys.remove(found)


@pytest.fixture
def replica(standby, transactional_db, settings):
    """The standby as the site's one replica; the test's rows are committed (they must reach
    the standby), and a replica found unreachable is forgotten afterwards."""
    settings.DATABASE_REPLICAS = [REPLICA]
    yield REPLICA
    replicas.forget_unreachable()
