"""The facet groups a query's rulings fall in are kept between pages (search/kept.py): counted
once for a query whatever facets are chosen, its sorts and pages, and never stale after a
write or a rebuilt index. Every group's own numbers, which pages of facets alone add up, and
every group's values, by which the statements name groups by id, are read once a write by each
process."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.pages.listing import Listing
from ipcases.search import facets, kept, versions
from tests.helpers import make_ruling, statements

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("kept_cache")]

NONE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
CHOICES = ("", "&sort=newest", "&page=1", "&court=txed", "&ip_type=trademark", "&court=cafc")


def corpus() -> dict:
    rulings = {
        "patent": make_ruling(text="The patent was infringed; the defence fails."),
        "mark": make_ruling(text="The mark was infringed.", court="txed", ip_types=("trademark",)),
        "other": make_ruling(text="Nothing here."),
    }
    search.update_index([ruling.pk for ruling in rulings.values()])
    return rulings


def page(query: str):
    """The facet counts of a results page, its results, and how many times it grouped the
    search rows."""
    listing = Listing(QueryDict(query))
    with CaptureQueriesContext(connection) as captured:
        counts = listing.facet_counts
        results = list(listing.qs.values_list("pk", flat=True))
    grouped = sum("GROUP BY facet_group" in sql for sql in statements(captured))
    return (counts.total, counts.options, counts.courts), set(results), grouped


def test_a_query_is_grouped_once_for_every_facet_choice_sort_and_page():
    corpus()
    # A facet chosen: the statement lists each group's rulings, which every page can use.
    assert page("q=infringed&court=cafc")[2] == 1
    for again in CHOICES:
        assert page(f"q=infringed{again}")[2] == 0, again


def test_kept_groups_give_the_counts_and_results_worked_out_afresh(settings):
    rulings = corpus()
    page("q=infringed")
    kept_pages = {again: page(f"q=infringed{again}") for again in CHOICES}
    settings.CACHES = {**settings.CACHES, "pages": NONE}
    for again, (counts, results, _) in kept_pages.items():
        assert page(f"q=infringed{again}")[:2] == (counts, results)
    assert kept_pages["&court=txed"][1] == {rulings["mark"].pk}


def test_a_write_is_counted_by_the_next_page(index_texts):
    corpus()
    before, _, _ = page("q=infringed")
    index_texts({"later": "Infringed again."})
    after, _, grouped = page("q=infringed")
    assert grouped == 1
    assert after[0] == before[0] + 1


def test_a_rebuilt_index_is_grouped_again():
    corpus()
    page("q=infringed")
    versions.record("units", "rebuilt")
    assert page("q=infringed")[2] == 1


def test_quick_statements_are_not_kept(monkeypatch):
    monkeypatch.setattr(kept, "SLOW", 60)
    corpus()
    page("q=infringed")
    assert page("q=infringed")[2] == 1


def every_group_read(query: str):
    """The facet counts of a page, and how many times it read every group's numbers."""
    with CaptureQueriesContext(connection) as captured:
        counts = Listing(QueryDict(query)).facet_counts
    read = sum("WHERE rulings > 0" in sql for sql in statements(captured))
    return (counts.total, counts.options), read


def test_every_groups_numbers_are_read_once_until_the_next_write(index_texts):
    corpus()
    assert every_group_read("court=cafc")[1] == 1
    assert every_group_read("court=txed")[1] == every_group_read("ip_type=trademark")[1] == 0
    (before, _), _ = every_group_read("court=cafc")
    index_texts({"later": "Infringed again."})
    (after, options), read = every_group_read("court=cafc")
    assert read == 1 and after == before + 1
    kept.LATEST.clear()
    assert every_group_read("court=cafc")[0] == (after, options)


def test_a_group_made_since_the_process_read_the_groups_values_is_read_before_counting():
    corpus()
    expected = page("q=infringed&court=txed")[:2]
    noted, _ = kept.LATEST[facets.KEYS]
    kept.LATEST[facets.KEYS] = (noted, {})  # as if read under these versions before any group
    assert page("q=infringed&court=txed")[:2] == expected
    assert page("q=infringed")[0][0] == 2
