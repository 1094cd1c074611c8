"""Analytics group only by what a ruling is, never by who took part in it."""

import pytest

from ipcases.analytics.dimensions import DIMENSIONS, RefusedGrouping, dimension
from tests.helpers import make_ruling

ALLOWED = [
    "court",
    "country",
    "level",
    "ip_type",
    "outcome",
    "disposition",
    "remedy",
    "year",
    "source",
]
PERSONAL = ["judge", "judges", "lawyer", "attorney", "counsel", "law_firm", "firm", "party"]


def test_it_allows_exactly_these_dimensions():
    # Adding a dimension here is a decision about people's privacy: a personal one must never be.
    assert list(DIMENSIONS) == ALLOWED


@pytest.mark.parametrize("name", PERSONAL)
def test_it_refuses_a_personal_grouping_and_says_why(name):
    with pytest.raises(RefusedGrouping, match="catalogues rulings, not people"):
        dimension(name)


def test_it_refuses_an_unknown_grouping_and_lists_the_allowed_ones():
    with pytest.raises(RefusedGrouping, match="Group by one of: court, country"):
        dimension("colour")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/analytics/?group=judge",
        "/analytics/?group=lawyer",
        "/analytics/?compare=law_firm&compare_values=a,b",
        "/analytics/?compare=party&compare_values=Smith",
        "/analytics/by_judge.csv",
        "/analytics/by_party.csv",
        "/analytics/years.csv?group=attorney",
    ],
)
def test_it_answers_a_personal_grouping_with_a_400_that_explains(client, url):
    make_ruling(judges="Newman, Lourie, Dyk")
    response = client.get(url)
    assert response.status_code == 400
    assert "not people" in response.content.decode()
    assert "Newman" not in response.content.decode()


@pytest.mark.django_db
def test_it_answers_an_unknown_grouping_with_a_400(client):
    response = client.get("/analytics/?group=colour")
    assert response.status_code == 400
    assert "cannot be grouped by" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "compare=court&compare_values=a,b,c,d,e",
        "compare=court&compare_values=",
        "compare=year&compare_values=2019,last",
    ],
)
def test_it_refuses_an_unusable_comparison_with_a_400(client, query):
    response = client.get(f"/analytics/?{query}")
    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/analytics/?party=Jane+Doe",
        "/analytics/?q=party:doe",
        "/analytics/?q=widget+AND+(party:%22Jane+Doe%22)",
        "/analytics/outcomes.csv?party=Doe",
        "/analytics/coverage/?party=Doe",
    ],
)
def test_it_refuses_analytics_of_the_rulings_of_a_named_party(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "would profile it" in response.content.decode()


@pytest.mark.django_db
def test_it_still_allows_a_search_that_mentions_the_word_party(client):
    assert client.get("/analytics/?q=third+party+liability").status_code == 200
    assert client.get("/analytics/?party=").status_code == 200
