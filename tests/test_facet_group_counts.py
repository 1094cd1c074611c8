"""Each facet group's number of rulings, kept by the index's write path: a results page whose
only filters are facets (or that has none) adds these numbers up instead of counting every
search row by group, and they are the rows' own counts after any write."""

import importlib

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.models import Court, FacetGroup, Ruling, SearchRuling
from ipcases.pages.listing import Listing
from ipcases.sources.merging import merge_rulings
from tests.analytics_corpus import build_corpus, ruling
from tests.helpers import statements

pytestmark = pytest.mark.django_db


def indexed_corpus() -> None:
    build_corpus()
    ruling("ewhc-pat", ruling_date(), ip_types=("patent", "trademark"), source="synthetic")
    search.update_index(Ruling.objects.values_list("pk", flat=True))


def ruling_date():
    return Ruling.objects.order_by("pk").first().decision_date


def kept() -> dict[int, int]:
    return dict(FacetGroup.objects.filter(rulings__gt=0).values_list("pk", "rulings"))


def counted() -> dict[int, int]:
    rows = SearchRuling.objects.filter(facet_group__isnull=False).values("facet_group")
    return dict(rows.annotate(n=Count("pk")).values_list("facet_group", "n"))


def test_the_groups_count_every_indexed_ruling_once():
    indexed_corpus()
    assert kept() == counted()
    assert sum(kept().values()) == Ruling.objects.count()


def test_the_numbers_stay_true_after_an_import_a_merge_and_a_deletion():
    indexed_corpus()
    call_command("import_rulings", "--format", "csv", "tests/data/csv/rulings.csv", verbosity=0)
    assert kept() == counted()
    first, second, third = Ruling.objects.filter(case__court="txed").order_by("pk")[:3]
    merge_rulings(first, second)
    assert kept() == counted()
    pk = third.pk
    third.delete()
    search.update_index([pk])
    assert kept() == counted()
    assert sum(kept().values()) == Ruling.objects.count()


def test_the_numbers_stay_true_when_a_court_moves_and_after_a_reindex():
    indexed_corpus()
    court = Court.objects.get(pk="ewhc-pat")
    court.level = "appellate"
    court.save()
    assert kept() == counted()
    Ruling.objects.filter(case__court="ded").update(rights_holder_outcome="mixed")
    search.reindex()
    assert kept() == counted()


@pytest.mark.parametrize("query", ["", "court=txed", "ip_type=trademark&outcome=holder_won"])
def test_a_page_of_facets_alone_reads_the_groups_numbers_not_the_search_rows(query):
    indexed_corpus()
    listing = Listing(QueryDict(query))
    with CaptureQueriesContext(connection) as captured:
        counts = listing.facet_counts
    assert not [sql for sql in statements(captured) if "GROUP BY facet_group" in sql]
    assert counts.total == listing.qs.count()
    assert counts.options["court"] == {
        court: listing.filter.filtered_without({"court"}).filter(case__court=court).count()
        for court in counts.options["court"]
    }


def test_a_page_with_other_filters_counts_the_search_rows():
    indexed_corpus()
    listing = Listing(QueryDict("decided_after=2020-01-01&court=txed"))
    with CaptureQueriesContext(connection) as captured:
        assert listing.facet_counts.total == listing.qs.count()
    assert [sql for sql in statements(captured) if "GROUP BY facet_group" in sql]


def test_the_migration_counts_the_rulings_already_indexed_as_the_write_path_does():
    indexed_corpus()
    written = kept()
    FacetGroup.objects.update(rulings=0)
    migration = importlib.import_module("ipcases.migrations.0031_search_facet_group_rulings")
    with connection.cursor() as cursor:
        cursor.execute(migration.FILL)
    assert kept() == written


WHOLE_YEARS = [
    "decided_after=2019-01-01",
    "decided_before=2018-12-31",
    "decided_after=2019-01-01&decided_before=2020-12-31&court=txed",
    "q=patent&decided_after=2020-01-01&ip_type=patent",
]


def facet_statements(captured) -> list[str]:
    return [sql for sql in statements(captured) if "GROUP BY facet_group" in sql]


def assert_counts_are_the_rulings(listing: Listing) -> None:
    counts = listing.facet_counts
    assert counts.total == listing.qs.count()
    others = listing.filter.filtered_without({"court"})
    assert {court: n for court, n in counts.options["court"].items() if n} == {
        court: others.filter(case__court=court).count()
        for court in ("txed", "ded", "cafc", "ewhc-pat")
        if others.filter(case__court=court).exists()
    }


@pytest.mark.parametrize("query", WHOLE_YEARS)
def test_decision_dates_on_whole_years_are_counted_on_the_search_rows_years(query):
    indexed_corpus()
    listing = Listing(QueryDict(query))
    with CaptureQueriesContext(connection) as captured:
        assert_counts_are_the_rulings(listing)
    assert facet_statements(captured)
    assert not [sql for sql in facet_statements(captured) if '"ipcases_ruling"' in sql]


@pytest.mark.parametrize("query", ["decided_after=2019-03-01", "decided_before=2020-06-30"])
def test_other_decision_dates_are_read_from_the_rulings(query):
    indexed_corpus()
    listing = Listing(QueryDict(query))
    with CaptureQueriesContext(connection) as captured:
        assert_counts_are_the_rulings(listing)
    assert [sql for sql in facet_statements(captured) if '"ipcases_ruling"' in sql]


def test_the_facet_group_index_holds_each_search_rows_ruling_id():
    # So that a page's matches, as an id array, are counted by group from the index alone.
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "ipcases_search_ruling")
    assert indexes["ipcases_search_ruling_facet_group"]["columns"] == ["facet_group", "ruling_id"]
