"""Pages kept in the cache (ipcases/pages/cache.py): served again for the same query until the
catalogue changes, and never stale after a write."""

from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.importers.pipeline import run_import
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
LOCAL = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHES = {**settings.CACHES, "pages": LOCAL}
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def fresh(client, url: str) -> bytes:
    """The page as rendered now, without the cache."""
    caches["pages"].clear()
    return client.get(url).content


def test_the_same_query_is_served_from_the_cache(client):
    make_ruling()
    first = client.get("/analytics/?ip_type=patent")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/analytics/?ip_type=patent")
    assert again.status_code == 200 and again.content == first.content
    assert len(queries) == 1  # the data version


def test_the_order_of_the_parameters_does_not_matter(client):
    make_ruling()
    client.get("/analytics/?ip_type=patent&decided_after=2000-01-01")
    with CaptureQueriesContext(connection) as queries:
        client.get("/analytics/?decided_after=2000-01-01&ip_type=patent")
    assert len(queries) == 1


def test_an_import_makes_the_next_page_current(client):
    make_ruling()
    before = client.get("/analytics/").content
    summary = run_import("csv", [str(DATA / "csv" / "rulings.csv")])
    assert summary.created
    after = client.get("/analytics/").content
    assert after != before
    assert after == fresh(client, "/analytics/")


def test_every_write_of_the_index_changes_the_data_version():
    ruling = make_ruling()
    version = search.data_version()
    search.update_index([ruling.pk])
    assert search.data_version() != version
    version = search.data_version()
    search.refresh_facets([ruling.pk])
    assert search.data_version() != version


def test_a_refused_request_is_not_kept(client):
    response = client.get("/analytics/?group=judge")
    assert response.status_code == 400
    assert client.get("/analytics/?group=judge").status_code == 400
