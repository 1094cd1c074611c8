"""The one FilterSet: each filter, the sort orders, and facet counts that tell the truth."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.api.schema import filter_parameters
from ipcases.filters import RulingFilter
from ipcases.models import CaseParty, Court, IPRight, Party, Ruling
from ipcases.pages.facets import chips, facet_options
from ipcases.pages.links import QueryString
from ipcases.pages.listing import Listing
from tests.helpers import make_ruling, statements


@pytest.fixture
def catalogue(db):
    rulings = [
        make_ruling(
            court="cafc",
            text="Patent claims are obvious.",
            precedential_status="precedential",
            rights_holder_outcome="challenger_won",
            disposition="affirmed",
            decision_date=dt.date(2019, 5, 1),
        ),
        make_ruling(
            court="cafc",
            text="Patent damages award.",
            rights_holder_outcome="holder_won",
            damages_amount=Decimal("5000000"),
            damages_currency="USD",
            decision_date=dt.date(2021, 3, 1),
            ip_types=("patent", "trademark"),
        ),
        make_ruling(
            court="txed",
            text="Patent infringement found; injunction granted.",
            rights_holder_outcome="holder_won",
            injunction="granted",
            damages_amount=Decimal("20000000"),
            damages_currency="USD",
            decision_date=dt.date(2022, 1, 1),
        ),
        make_ruling(
            court="ewhc-pat",
            text="Trade mark dilution.",
            ip_types=("trademark",),
            rights_holder_outcome="challenger_won",
            decision_date=dt.date(2018, 1, 1),
            source="synthetic",
        ),
        make_ruling(
            court="cafc", text="", ip_types=("copyright",), decision_date=dt.date(2017, 1, 1)
        ),
    ]
    search.update_index([r.pk for r in rulings])
    return rulings


def results(query: str) -> list[int]:
    f = Listing(QueryDict(query))
    return [r.pk for r in f.results()[0:100]]


def pks(catalogue, *positions) -> list[int]:
    return [catalogue[i].pk for i in positions]


def test_it_filters_by_each_field(catalogue):
    assert sorted(results("court=cafc&court=txed")) == sorted(pks(catalogue, 0, 1, 2, 4))
    assert sorted(results("country=GB")) == pks(catalogue, 3)
    assert sorted(results("level=first_instance")) == sorted(pks(catalogue, 2, 3))
    assert sorted(results("ip_type=trademark")) == sorted(pks(catalogue, 1, 3))
    assert sorted(results("ip_type=trademark&ip_type=copyright")) == sorted(pks(catalogue, 1, 3, 4))
    assert results("outcome=holder_won&sort=oldest") == pks(catalogue, 1, 2)
    assert results("disposition=affirmed") == pks(catalogue, 0)
    assert results("injunction=granted") == pks(catalogue, 2)
    assert results("damages_min=6000000") == pks(catalogue, 2)
    assert results("damages_max=6000000") == pks(catalogue, 1)
    assert results("damages_max=0") == []
    assert results("decided_after=2021-01-01&decided_before=2021-12-31") == pks(catalogue, 1)
    assert results("precedential=on") == pks(catalogue, 0)
    assert sorted(results("has_text=on")) == sorted(pks(catalogue, 0, 1, 2, 3))
    assert results("source=synthetic") == pks(catalogue, 3)
    assert catalogue[3].pk not in results("real_only=on")


def test_a_court_added_after_a_page_was_shown_can_be_chosen(catalogue):
    assert results("court=cafc")
    Court.objects.create(id="xxct", name="Court of Nowhere", country="XX", kind="court")
    assert Listing(QueryDict("court=xxct")).filter.is_valid()


def test_it_filters_by_party_and_right_number(catalogue):
    party = Party.objects.create(name="Nimbus Widgets Ltd", normalized_name="nimbus widgets ltd")
    CaseParty.objects.create(case=catalogue[1].case, party=party, role="defendant")
    right = IPRight.objects.create(kind="utility_patent", office="US", number="7654321")
    catalogue[2].case.rights.add(right)
    assert results("party=Nimbus") == pks(catalogue, 1)
    assert results("party=nimbus+widgets") == pks(catalogue, 1)
    assert results("right=7,654,321") == pks(catalogue, 2)


def test_it_filters_damages_by_currency_so_that_amounts_are_not_mixed(catalogue):
    pounds = make_ruling(
        court="ewhc-pat", damages_amount=Decimal("8000000"), damages_currency="GBP"
    )
    search.update_index([pounds.pk])
    assert results("damages_min=6000000&sort=damages") == [catalogue[2].pk, pounds.pk]
    assert results("damages_min=6000000&currency=usd") == pks(catalogue, 2)
    assert results("currency=GBP") == [pounds.pk]
    f = Listing(QueryDict("currency=dollars&damages_min=6000000"))
    assert "three-letter" in f.errors["currency"][0]
    assert sorted(r.pk for r in f.results()[0:10]) == sorted([catalogue[2].pk, pounds.pk])
    f = Listing(QueryDict("currency=usd"))
    assert [(c["label"], c["value"]) for c in chips(f, QueryString(f.params))] == [
        ("Currency", "USD")
    ]


def test_it_sorts_by_relevance_date_and_damages(catalogue):
    assert results("sort=newest") == pks(catalogue, 2, 1, 0, 3, 4)
    assert results("sort=oldest") == pks(catalogue, 4, 3, 0, 1, 2)
    assert results("sort=damages") == pks(catalogue, 2, 1, 0, 3, 4)
    assert results("q=patent")[:3] != [] and set(results("q=patent")) == set(
        pks(catalogue, 0, 1, 2)
    )


def test_it_combines_the_query_with_filters(catalogue):
    assert results("q=patent&court=txed") == pks(catalogue, 2)
    assert results("q=patent+-damages&precedential=on") == pks(catalogue, 0)


def test_it_reports_invalid_values_and_applies_the_rest(catalogue):
    f = Listing(QueryDict("court=nowhere&damages_min=lots&decided_after=2021-02-30&q=patent"))
    assert set(f.errors) == {"court", "damages_min", "decided_after"}
    assert sorted(r.pk for r in f.results()[0:10]) == sorted(pks(catalogue, 0, 1, 2))


def test_it_reports_a_query_with_nothing_to_search(catalogue):
    f = Listing(QueryDict("q=court:"))
    assert "court:cafc" in f.errors["q"][0]
    assert len(f.results()[0:10]) == 5


def facet_counts(query: str) -> dict[str, dict[str, int]]:
    f = Listing(QueryDict(query))
    return {
        facet["name"]: {o["value"]: o["count"] for o in facet["options"]}
        for facet in facet_options(f, QueryString(f.params))
    }


def test_it_counts_each_option_with_the_other_filters(catalogue):
    counts = facet_counts("q=patent")
    assert counts["court"] == {"cafc": 2, "txed": 1}
    assert counts["ip_type"] == {"patent": 3, "trademark": 1}
    assert counts["outcome"] == {"holder_won": 2, "challenger_won": 1}
    assert counts["precedential"] == {"on": 1}


def test_a_rebuilt_index_gives_the_same_counts(catalogue):
    before = facet_counts("q=patent&court=cafc")
    call_command("reindex_search")
    assert facet_counts("q=patent&court=cafc") == before


def test_an_edited_court_moves_its_rulings_to_the_new_country(catalogue, admin_client):
    assert "DE" not in facet_counts("")["country"]
    court = Court.objects.get(pk="txed")
    response = admin_client.post(
        f"/admin/ipcases/court/{court.pk}/change/",
        {
            "id": court.pk,
            "name": court.name,
            "short_name": court.short_name,
            "country": "DE",
            "kind": court.kind,
            "level": court.level,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert facet_counts("")["country"]["DE"] == Ruling.objects.filter(case__court=court).count()


def test_it_ignores_a_facets_own_selection(catalogue):
    counts = facet_counts("outcome=holder_won")
    assert counts["outcome"] == {"holder_won": 2, "challenger_won": 2}
    assert counts["court"] == {"cafc": 1, "txed": 1}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=patent",
        "court=cafc",
        "court=cafc&ip_type=trademark",
        "ip_type=patent&outcome=holder_won",
        "q=patent&precedential=on",
        "real_only=on&has_text=on&country=US",
        "level=appellate&injunction=granted",
        "q=patent&decided_after=2015-01-01",
        "q=patent+-obvious&damages_min=1",
    ],
)
def test_every_count_is_the_rulings_with_its_option_and_what_choosing_it_gives(catalogue, query):
    f = Listing(QueryDict(query))
    total = f.qs.count()
    for facet in facet_options(f, QueryString(f.params)):
        for option in facet["options"]:
            chosen = Listing(QueryDict(option["url"]))
            if option["adds"]:
                # Added to a choice: exactly that many more results.
                assert chosen.qs.count() == total + option["count"], (query, option)
            elif option["chosen"]:
                # Chosen: its own rulings among the results.
                multiple = facet["name"] in ("court", "ip_type")
                mine = _only(f, facet["name"], option["value"]) if multiple else f
                assert mine.qs.count() == option["count"], (query, facet["name"], option)
            else:
                assert chosen.qs.count() == option["count"], (query, facet["name"], option)


def _only(listing: Listing, name: str, value: str) -> Listing:
    """The listing with one option alone chosen in a multiple choice."""
    params = listing.params.copy()
    params.setlist(name, [value])
    return Listing(params)


@pytest.mark.parametrize(
    "query",
    [
        "court=cafc&ip_type=trademark",
        "q=patent&court=cafc",
        "q=patent&ip_type=patent&outcome=holder_won&decided_after=2000-01-01",
        "q=%22patent+claims%22&precedential=on",
        "q=infringement&real_only=on&sort=damages",
        # No facet in use: the words matches and the other filters are selected together.
        "q=patent&decided_after=2015-01-01",
        "q=patent+-obvious&damages_min=1&sort=newest",
    ],
)
def test_its_results_are_the_filtered_rulings(catalogue, query):
    f = Listing(QueryDict(query))
    results = f.results()
    listed = {ruling.pk for ruling in results[0 : results.count()]}
    assert listed == set(f.qs.values_list("pk", flat=True))
    assert results.count() == len(listed) > 0


def test_each_facet_says_what_its_numbers_mean_and_groups_the_courts(catalogue):
    f = Listing(QueryDict("court=cafc"))
    facets = {facet["name"]: facet for facet in facet_options(f, QueryString(f.params))}
    assert "adding it brings" in facets["court"]["meaning"]
    assert facets["outcome"]["meaning"].startswith("Rulings with each option")
    groups = facets["court"]["groups"]
    totals = [sum(option["count"] for option in group["options"]) for group in groups]
    assert totals == sorted(totals, reverse=True)
    assert all(" · " in group["label"] for group in groups)
    assert facets["outcome"]["groups"] == [{"label": "", "options": facets["outcome"]["options"]}]
    assert sorted(o["value"] for g in groups for o in g["options"]) == sorted(
        o["value"] for o in facets["court"]["options"]
    )


def test_it_counts_facets_in_a_handful_of_queries(catalogue):
    query = QueryDict("q=patent&court=cafc&ip_type=patent")
    f = Listing(query)
    facet_options(f, QueryString(f.params))
    with CaptureQueriesContext(connection) as captured:
        facet_options(f, QueryString(f.params))
    assert statements(captured) == []
    f = Listing(query)
    with CaptureQueriesContext(connection) as captured:
        facet_options(f, QueryString(f.params))
    # The court options as the chosen court is checked, the facet counts, the index's
    # versions (under which each process keeps the facet groups' values), and the court and
    # country options as the facets list them, in one statement.
    assert len(statements(captured)) == 4


def test_fixed_choices_are_shared_between_pages_and_listed_by_the_api_schema():
    first, second = RulingFilter(QueryDict()), RulingFilter(QueryDict())
    assert first.filters["outcome"] is not second.filters["outcome"]
    assert first.filters["outcome"].extra["choices"] is second.filters["outcome"].extra["choices"]
    assert [value for value, _ in first.form.fields["outcome"].choices][1:] == list(
        Ruling.Outcome.values
    )
    outcome = next(p for p in filter_parameters() if p.name == "outcome")
    assert outcome.enum == list(Ruling.Outcome.values)


def test_pages_validate_and_filter_on_their_own_copies_of_the_filters_and_fields(catalogue):
    good = RulingFilter(QueryDict("outcome=holder_won&damages_min=5"), Ruling.objects.all())
    bad = RulingFilter(QueryDict("outcome=nonsense&damages_min=x"), Ruling.objects.all())

    assert bad.errors.keys() == {"outcome", "damages_min"}
    assert not good.errors
    assert good.filters["outcome"].parent is good and bad.filters["outcome"].parent is bad
    assert good.filters["court"].extra is not bad.filters["court"].extra
    assert good.form.fields["outcome"] is not bad.form.fields["outcome"]
    assert good.form["outcome"].value() == "holder_won"
    assert bad.form["outcome"].value() == "nonsense"
