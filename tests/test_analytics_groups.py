"""Analytics from the groups: a page whose filters are all group columns adds up the rulings
counted per group (kept by the index's write path) instead of reading the rulings, and every
table it shows is the table computed from the rulings, after any write."""

import datetime as dt
import importlib
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict

from ipcases import analytics, search
from ipcases.analytics.links import figure_params
from ipcases.models import AnalyticsGroup, Basis, Ruling, SearchRuling
from ipcases.pages.analytics import AnalyticsForm
from ipcases.pages.listing import Listing
from ipcases.sources.merging import merge_rulings
from tests.analytics_corpus import build_corpus, ruling
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db

D = dt.date


def build_varied_corpus() -> None:
    """The analytics corpus, and rulings that vary every value a group holds: courts of
    other countries and levels, no IP type, bases, kinds, dispositions, sources, texts, a
    case with two rulings, and synthetic rulings."""
    build_corpus()
    ruling(
        "ewhc-pat",
        D(2019, 5, 5),
        D(2017, 5, 5),
        ip_types=("patent", "trademark"),
        rights_holder_outcome="challenger_won",
        outcome_basis=Basis.TEXT,
        injunction="refused",
        injunction_basis=Basis.EDITOR,
        disposition="dismissed",
        kind="judgment",
        precedential_status="precedential",
        **{"damages_amount": Decimal("1200"), "damages_currency": "GBP"},
    )
    ruling("cafc", D(2020, 3, 3), D(2019, 3, 3), ip_types=(), text="", kind="order")
    ruling(
        "cafc",
        D(2021, 12, 31),
        D(2021, 1, 1),
        rights_holder_outcome="holder_won",
        outcome_basis=Basis.METADATA,
        disposition="affirmed",
        precedential_status="precedential",
    )
    case = make_case(court="txed", date_filed=D(2016, 1, 1))
    make_ruling(case=case, decision_date=D(2018, 1, 1), rights_holder_outcome="pending")
    make_ruling(case=case, decision_date=D(2019, 1, 1), rights_holder_outcome="holder_won")
    for day in (1, 2, 3):
        ruling(
            "ded",
            D(2020, 2, day),
            D(2019, 2, 1),
            source="synthetic",
            rights_holder_outcome="mixed",
            outcome_basis=Basis.SYNTHETIC,
        )
    index_all()


def index_all() -> None:
    search.update_index(Ruling.objects.values_list("pk", flat=True))


def both_ways(query: str):
    """The page's tables computed from the groups and from the rulings, and whether the
    groups were used."""
    params = figure_params(QueryDict(query))
    listing, form = Listing(params), AnalyticsForm(params)
    assert listing.is_valid() and form.is_valid(), (listing.errors, form.errors)
    _, from_rulings = analytics.page_tables(listing.qs, form.choice)
    figures, from_groups = analytics.page_tables(listing.qs, form.choice, listing.active)
    return from_groups, from_rulings, figures.groups is not None


def assert_same_tables(query: str) -> None:
    from_groups, from_rulings, grouped = both_ways(query)
    assert grouped, query
    assert [t.slug for t in from_groups] == [t.slug for t in from_rulings]
    for mine, theirs in zip(from_groups, from_rulings, strict=True):
        assert mine == theirs, (query, mine.slug)


ANSWERED_FROM_GROUPS = [
    "",
    "include_synthetic=1",
    "court=txed",
    "court=txed&court=ded&include_synthetic=1",
    "country=GB",
    "level=appellate",
    "ip_type=patent",
    "ip_type=trademark&ip_type=design",
    "decided_after=2019-01-01",
    "decided_after=2019-01-01&decided_before=2020-12-31",
    "outcome=holder_won",
    "outcome=pending",
    "disposition=dismissed",
    "injunction=granted",
    "source=cap",
    "source=synthetic&include_synthetic=1",
    "precedential=on",
    "has_text=on",
    "outcome_basis=text",
    "injunction_basis=editor",
    "kind=order",
    "ip_type=patent&court=txed&decided_after=2018-01-01",
    "compare=court&compare_values=txed,ded",
    "ip_type=patent&decided_after=2015-01-01&compare=court&compare_values=txed,ded",
    "compare=ip_type&compare_values=patent,trademark",
    "compare=year&compare_values=2019,2020",
    "compare=outcome&compare_values=holder_won,pending",
    *(f"group={name}" for name in analytics.DIMENSIONS),
    "court=txed&group=ip_type&compare=country&compare_values=US,GB",
]


@pytest.mark.parametrize("query", ANSWERED_FROM_GROUPS)
def test_the_tables_from_the_groups_are_those_from_the_rulings(query):
    build_varied_corpus()
    assert_same_tables(query)


@pytest.mark.parametrize(
    "query",
    [
        "q=widget",
        "decided_after=2019-03-01",
        "decided_before=2020-06-30",
        "damages_min=1000",
        "currency=USD",
        "damages_basis=text",
        "statute=35 U.S.C. § 271",
    ],
)
def test_other_filters_are_answered_from_the_rulings(query):
    build_varied_corpus()
    from_groups, from_rulings, grouped = both_ways(query)
    assert not grouped
    assert from_groups == from_rulings


def test_the_groups_count_every_indexed_ruling_once():
    build_varied_corpus()
    groups = AnalyticsGroup.objects.all()
    assert sum(group.rulings for group in groups) == Ruling.objects.count()
    patent_and_mark = groups.get(court_id="ewhc-pat")
    assert (patent_and_mark.year, patent_and_mark.ip_types) == (2019, ",patent,trademark,")


def test_the_groups_stay_true_after_an_import(tmp_path):
    build_varied_corpus()
    call_command("import_rulings", "--format", "csv", "tests/data/csv/rulings.csv", verbosity=0)
    assert_same_tables("")
    assert_same_tables("ip_type=design&compare=court&compare_values=txed,ewhc-ipec")


def test_the_groups_stay_true_after_a_merge_and_a_deletion():
    build_varied_corpus()
    first, second, third = Ruling.objects.filter(case__court="ded").order_by("pk")[:3]
    merge_rulings(first, second)
    assert_same_tables("court=ded")
    pk = third.pk
    third.delete()
    search.update_index([pk])
    assert_same_tables("")
    assert sum(AnalyticsGroup.objects.values_list("rulings", flat=True)) == Ruling.objects.count()


def test_a_changed_filing_date_changes_the_durations_of_every_ruling_of_its_case():
    build_varied_corpus()
    pending, won = Ruling.objects.filter(case__date_filed=D(2016, 1, 1)).order_by("pk")
    case = won.case
    case.date_filed = D(2017, 6, 1)
    case.save()
    search.update_index([won.pk])  # the write path indexes the ruling a source described
    assert_same_tables("court=txed")


def test_the_groups_stay_true_after_a_reindex():
    build_varied_corpus()
    Ruling.objects.filter(case__court="cafc").update(rights_holder_outcome="mixed")
    search.reindex()
    assert_same_tables("")
    assert_same_tables("compare=court&compare_values=cafc,ded")


def test_a_court_moved_to_another_level_moves_its_groups_with_it():
    build_varied_corpus()
    court = Ruling.objects.get(case__court="ewhc-pat").case.court
    court.level = "appellate"
    court.save()
    assert_same_tables("level=appellate")
    assert_same_tables("group=level")


def test_the_migration_counts_the_rulings_already_indexed_as_the_write_path_does():
    build_varied_corpus()
    written = {key: n for key, n in AnalyticsGroup.objects.values_list("key", "rulings") if n}
    members = set(SearchRuling.objects.values_list("ruling_id", "analytics_group__key", "days"))
    SearchRuling.objects.update(analytics_group=None, days=None)
    AnalyticsGroup.objects.all().delete()
    migration = importlib.import_module("ipcases.migrations.0028_search_analytics_group")
    with connection.cursor() as cursor:
        migration.fill(cursor.execute, connection.vendor)
    assert dict(AnalyticsGroup.objects.values_list("key", "rulings")) == written
    assert (
        set(SearchRuling.objects.values_list("ruling_id", "analytics_group__key", "days"))
        == members
    )
