"""The rulings a slow phrase or pair lookup matched are kept between pages (search/kept.py):
looked up once for a query whatever its filters, sorts and pages, and never stale after a
write or a rebuilt index."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ipcases.search import kept, versions
from ipcases.search.postgres.matches import PASSAGE_IDS
from tests.helpers import found, statements

pytestmark = [pytest.mark.postgres, pytest.mark.django_db, pytest.mark.usefixtures("kept_cache")]


def lookups(block, *args) -> int:
    """How many times a call looked the passages up."""
    with CaptureQueriesContext(connection) as captured:
        block(*args)
    lookup = PASSAGE_IDS.split(" WHERE ")[0]
    return sum(lookup in sql for sql in statements(captured))


def test_a_phrase_is_looked_up_once_for_every_page_of_its_query(index_texts, client):
    index_texts({"fair": "The fair use defence fails.", "other": "It fails as a defence."})
    assert lookups(client.get, "/rulings/?q=%22defence+fails%22") == 1
    for again in ("&sort=newest", "&page=1", "&ip_type=copyright", ""):
        assert lookups(client.get, f"/rulings/?q=%22defence+fails%22{again}") == 0


def test_a_write_is_seen_by_the_next_search(index_texts):
    first = index_texts({"fair": "The fair use defence fails."})
    assert found('"defence fails"') == {first["fair"].pk}
    later = index_texts({"fair": "The defence fails again."})
    assert found('"defence fails"') == {first["fair"].pk, later["fair"].pk}


def test_a_rebuilt_index_is_looked_up_again(index_texts):
    index_texts({"fair": "The fair use defence fails."})
    found('"defence fails"')
    versions.record("units", "rebuilt")
    assert lookups(found, '"defence fails"') == 1


def test_quick_lookups_are_not_kept(index_texts, monkeypatch):
    monkeypatch.setattr(kept, "SLOW", 60)
    index_texts({"fair": "The fair use defence fails."})
    found('"defence fails"')
    assert lookups(found, '"defence fails"') == 1
