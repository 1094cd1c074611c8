"""The ruling list at /rulings/: search, filters, facets, chips, snippets, and no server errors."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipcases import search
from ipcases.models import CaseParty, Party
from tests.helpers import make_case, make_ruling, statements

HOSTILE = '<script>alert("pwned")</script> The patent <img src=x onerror=alert(1)> is infringed.'


@pytest.fixture
def rulings(db):
    made = [
        make_ruling(
            case=make_case(name="Acme <b>Bold</b> v. Bolt"),
            text=HOSTILE,
            decision_date=dt.date(2021, 1, 1),
            rights_holder_outcome="holder_won",
        ),
        make_ruling(
            court="txed", text="A trade mark case about dilution.", ip_types=("trademark",)
        ),
    ]
    search.update_index([r.pk for r in made])
    return made


def test_it_lists_rulings_newest_first_without_a_query(client, rulings):
    response = client.get("/rulings/")
    assert response.status_code == 200
    assert "<strong>2</strong> rulings, newest first" in response.content.decode()


def test_it_shows_results_with_total_snippet_badge_and_facets(client, rulings):
    html = client.get("/rulings/?q=infringing").content.decode()
    assert "<strong>1</strong> ruling, most relevant first" in html
    assert "<mark>infringed</mark>" in html
    assert "Rights holder won" in html
    assert "Fed. Cir." in html
    assert 'href="/rulings/1/?q=infringing"' in html or "?q=infringing" in html


def test_a_field_beside_words_marks_only_the_words(client, rulings):
    html = client.get("/rulings/?q=court:cafc+infring*").content.decode()
    assert "<strong>1</strong> ruling" in html
    assert "<mark>infringed</mark>" in html


def test_it_never_lets_ruling_text_inject_markup(client, rulings):
    html = client.get("/rulings/?q=patent").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "<b>Bold</b>" not in html


def test_it_shows_active_filters_as_removable_chips(client, rulings):
    html = client.get("/rulings/?q=patent&court=cafc&ip_type=patent").content.decode()
    assert "Court: Fed. Cir." in html
    assert 'href="?q=patent&amp;ip_type=patent"' in html


def test_it_suggests_what_to_loosen_when_nothing_matches(client, rulings):
    html = client.get("/rulings/?q=nonexistentword&court=txed").content.decode()
    assert "No rulings match." in html
    assert "Remove a filter" in html and "fewer words" in html


def test_it_shows_repairs_and_errors_beside_the_search(client, rulings):
    html = client.get('/rulings/?q="unclosed+patent').content.decode()
    assert "we closed it" in html
    response = client.get("/rulings/?q=court:&damages_min=lots&court=nowhere")
    assert response.status_code == 200
    html = response.content.decode()
    assert "needs a value" in html and "Enter a number." in html and "nowhere" in html


def test_it_pins_the_number_of_queries(client, rulings):
    client.get("/rulings/?q=patent")
    # The court and country options (one statement), one facet statement (with the total),
    # the index's versions (read once for the page: each process keeps the facet groups'
    # values under them), the ranked ids, the rulings with their IP types and citations.
    # PostgreSQL lists the ids of these few matches once more for their exact ranking (which
    # keeps its planner on the passages' index).
    with CaptureQueriesContext(connection) as captured:
        client.get("/rulings/?q=patent&sort=relevance")
    assert len(statements(captured)) == 5 + (connection.vendor == "postgresql")
    # Without a query: one facet statement however many facets are in use (every group's own
    # numbers, after the index's versions, read once for the page), the page with its IP
    # types and citations, the options (the courts twice: validating the choice, then listing them
    # with the countries). PostgreSQL lists the few rulings the facets leave from the groups'
    # index.
    with CaptureQueriesContext(connection) as captured:
        client.get("/rulings/?ip_type=patent&court=cafc&outcome=holder_won&sort=damages")
    assert len(statements(captured)) == 5 + (connection.vendor == "postgresql")
    # Every group's numbers and values are read once a write: another choice reads the
    # versions alone.
    with CaptureQueriesContext(connection) as captured:
        client.get("/rulings/?ip_type=patent&court=cafc&outcome=holder_won&sort=newest")
    assert len(statements(captured)) == 4 + (connection.vendor == "postgresql")


def test_a_page_reads_the_index_versions_once_and_the_next_page_again(client, rulings):
    def versions_read(query: str) -> tuple[int, str]:
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/rulings/", {"q": query, "sort": "newest"}).content.decode()
        sent = statements(captured)
        return sum("SELECT name, value FROM ipcases_search_state" in sql for sql in sent), html

    read, _ = versions_read("patent /s infringed")
    assert read == 1
    later = make_ruling(text="The patent is infringed again.", decision_date=dt.date(2030, 1, 1))
    search.update_index([later.pk])
    read, html = versions_read("patent /s infringed")
    assert read == 1 and f"/rulings/{later.pk}/" in html


def test_filters_alone_are_not_listed_but_read_in_the_pages_order(client, rulings):
    # No query and no facet in use: the facet statement counts without listing the ids,
    # and the page's rows are the filter's first rulings in its order.
    newer, older = rulings
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/rulings/?decided_after=2000-01-01&sort=oldest").content.decode()
    sent = statements(captured)
    assert not any("string_agg(ruling_id" in sql or "array_agg(" in sql for sql in sent)
    assert "<strong>2</strong> rulings" in html
    assert html.index(f"/rulings/{older.pk}/") < html.index(f"/rulings/{newer.pk}/")
    html = client.get("/rulings/?decided_after=2020-06-01").content.decode()
    assert "<strong>1</strong> ruling" in html and f"/rulings/{older.pk}/" not in html


def test_a_facet_without_a_query_shows_exactly_its_rulings_beside_other_filters(client, db):
    cafc = [make_ruling(decision_date=dt.date(2010 + n, 1, 1)) for n in range(4)]
    others = [make_ruling(court="txed", decision_date=dt.date(2015, 1, 1)) for _ in range(3)]
    search.update_index([r.pk for r in cafc + others])
    html = client.get("/rulings/?court=cafc&decided_after=2012-01-01&sort=oldest").content.decode()
    assert "<strong>2</strong> rulings" in html
    shown = [r for r in cafc + others if f"/rulings/{r.pk}/" in html]
    assert shown == cafc[2:]
    assert html.index(f"/rulings/{cafc[2].pk}/") < html.index(f"/rulings/{cafc[3].pk}/")


def test_a_later_page_reads_the_texts_of_its_own_rulings_only(client, db):
    made = [
        make_ruling(decision_date=dt.date(2000, 1, 1) + dt.timedelta(days=n)) for n in range(23)
    ]
    search.update_index([r.pk for r in made])
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/rulings/?sort=oldest&page=2").content.decode()
    shown = [r for r in made if f'href="/rulings/{r.pk}/?sort=oldest"' in html]
    assert shown == made[20:]
    texts = [sql for sql in statements(captured) if "text_start" in sql]
    assert texts and not any("OFFSET" in sql.upper() for sql in texts)


def test_a_query_of_fields_only_takes_as_many_queries_for_more_results(client, db):
    def count_for(results: int) -> int:
        made = [make_ruling(case=make_case(name=f"Nova v. Rival {i}")) for i in range(results)]
        search.update_index([r.pk for r in made])
        with CaptureQueriesContext(connection) as captured:
            client.get("/rulings/?q=court:cafc")
        return len(statements(captured))

    assert count_for(1) == count_for(5)


@pytest.mark.postgres
def test_a_field_beside_the_words_is_looked_up_once_a_page(client, db):
    """The facet statement lists the results, which the ranking and the rows then share,
    rather than select them again (a party's names are read once, not twice)."""
    nova = Party.objects.create(name="Nova Ltd", normalized_name="nova ltd")
    made = [make_ruling(case=make_case(name=f"Case {i}"), text="A patent.") for i in range(4)]
    for ruling in made[:3]:
        CaseParty.objects.create(case=ruling.case, party=nova, role="plaintiff")
    search.update_index([r.pk for r in made])
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/rulings/?q=patent+party:nova")
    assert response.context["page"].paginator.count == 3
    assert len([sql for sql in statements(captured) if "ipcases_party" in sql]) == 1


def test_it_highlights_matches_on_the_detail_page(client, rulings):
    html = client.get(f"/rulings/{rulings[0].pk}/?q=infringement").content.decode()
    assert '<mark id="match-1">infringed</mark>' in html
    assert "1</strong> match" in html
    assert "<script>alert" not in html


def test_it_explains_the_query_language(client, db):
    html = client.get("/help/search/").content.decode()
    for example in (
        "w/5",
        "pre/5",
        "case:",
        "party:",
        "court:",
        "docket:",
        "cite:",
        "patent:",
        "mark:",
    ):
        assert example in html


PARAMS = st.sampled_from(
    [
        "q",
        "court",
        "country",
        "level",
        "ip_type",
        "outcome",
        "disposition",
        "injunction",
        "damages_min",
        "damages_max",
        "decided_after",
        "decided_before",
        "precedential",
        "has_text",
        "source",
        "real_only",
        "party",
        "right",
        "sort",
        "page",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.lists(st.tuples(PARAMS, st.text(max_size=40)), max_size=4))
def test_it_never_fails_whatever_the_parameters(rulings, params):
    response = Client().get("/rulings/", params)
    assert response.status_code == 200


def test_it_says_how_many_of_the_results_are_synthetic_and_how_to_leave_them_out(client, db):
    made = [make_ruling(source="synthetic", court="txed"), make_ruling(court="txed")]
    search.update_index([r.pk for r in made])
    html = client.get("/rulings/?court=txed").content.decode()
    assert "<strong>1 synthetic ruling</strong> is among these" in html
    assert 'href="?court=txed&amp;real_only=on"' in html
    assert "synthetic-banner" not in client.get("/rulings/?real_only=on").content.decode()
