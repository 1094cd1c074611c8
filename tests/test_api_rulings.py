"""/api/v1/rulings/: the parameters of /rulings/, the same rulings and counts, the same
messages as 400s, field selection, cursor pagination, validators and 304s, throttling."""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import override_settings
from django.utils.http import http_date
from rest_framework.authtoken.models import Token

from ipcases import search
from tests.helpers import make_ruling


@pytest.fixture
def rulings(db):
    made = [
        make_ruling(
            text="The widget patent was infringed.",
            decision_date=dt.date(2018 + n % 4, 1 + n, 10),
            damages_amount=Decimal(1000 * (n % 3)) if n % 2 else None,
            damages_currency="USD" if n % 2 else "",
            court="cafc" if n % 3 else "txed",
        )
        for n in range(11)
    ]
    made.append(make_ruling(text="Likelihood of confusion.", ip_types=("trademark",)))
    search.update_index([r.pk for r in made])
    return made


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def walk(client, url: str) -> list[int]:
    """Every id of every page, following `next`."""
    found, page = [], client.get(url)
    while True:
        assert page.status_code == 200
        found += ids(page)
        following = page.json()["next"]
        if not following:
            return found
        page = client.get(following)


def test_it_lists_the_rulings_of_the_list_page_with_their_count(client, rulings):
    answer = client.get("/api/v1/rulings/?q=widget&court=cafc&page_size=100").json()
    page = client.get("/rulings/?q=widget&court=cafc")
    assert answer["count"] == page.context["page"].paginator.count == 8
    assert answer["order"] == "relevance"
    assert {row["court"]["id"] for row in answer["results"]} == {"cafc"}
    # The counts beside the page's filters (what a multiple-choice option counts differs
    # between the engines today; the API gives whatever the page shows).
    assert answer["facets"]["court"]["cafc"] == 8 and "txed" in answer["facets"]["court"]


def test_it_answers_invalid_parameters_with_the_list_pages_messages(client, rulings):
    response = client.get("/api/v1/rulings/?damages_min=lots&currency=dollars&sort=best")
    assert response.status_code == 400
    errors = response.json()
    assert errors["damages_min"] == ["Enter a number."]
    assert "three-letter" in errors["currency"][0]
    assert "sort" in errors
    listing_page = client.get("/rulings/?damages_min=lots")
    assert listing_page.context["listing"].errors["damages_min"] == errors["damages_min"]


def test_it_answers_a_query_it_cannot_read_with_a_400(client, rulings):
    response = client.get("/api/v1/rulings/", {"q": "w/5"})
    if response.status_code == 200:  # repaired, with a note
        assert response.json()["notes"]
    else:
        assert response.status_code == 400 and response.json()["q"]


def test_it_gives_only_the_fields_asked_for(client, rulings):
    answer = client.get("/api/v1/rulings/?fields=id,case_name").json()
    assert set(answer["results"][0]) == {"id", "case_name"}
    response = client.get("/api/v1/rulings/?fields=id,secret")
    assert response.status_code == 400
    assert "secret" in response.json()["fields"][0]


@pytest.mark.parametrize("sort", ["", "newest", "oldest", "damages", "cited"])
def test_its_cursors_walk_every_ruling_once_in_the_chosen_order(client, rulings, sort):
    walked = walk(client, f"/api/v1/rulings/?page_size=3&sort={sort}")
    assert sorted(walked) == sorted(r.pk for r in rulings)
    whole = ids(client.get(f"/api/v1/rulings/?page_size=100&sort={sort}"))
    assert walked == whole


def test_its_cursor_follows_a_relevance_order(client, rulings):
    walked = walk(client, "/api/v1/rulings/?q=widget&page_size=4")
    assert walked == ids(client.get("/api/v1/rulings/?q=widget&page_size=100"))
    assert len(walked) == 12  # case names say "Widgets" too


def test_it_refuses_a_cursor_it_did_not_give_or_of_another_order(client, rulings):
    assert client.get("/api/v1/rulings/?cursor=%%%").status_code == 400
    following = client.get("/api/v1/rulings/?page_size=2&sort=oldest").json()["next"]
    cursor = following.split("cursor=")[1]
    response = client.get(f"/api/v1/rulings/?sort=newest&cursor={cursor}")
    assert response.status_code == 400
    assert "oldest" in response.json()["cursor"][0]
    assert client.get("/api/v1/rulings/?page_size=0").status_code == 400
    assert client.get("/api/v1/rulings/?page_size=101").status_code == 400


def test_it_answers_304_when_the_client_has_the_answer(client, rulings):
    first = client.get("/api/v1/rulings/?court=txed")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert client.get("/api/v1/rulings/?court=txed", HTTP_IF_NONE_MATCH=etag).status_code == 304
    again = client.get("/api/v1/rulings/?court=txed", HTTP_IF_MODIFIED_SINCE=modified)
    assert again.status_code == 304 and again["ETag"] == etag
    other = client.get("/api/v1/rulings/?court=cafc", HTTP_IF_NONE_MATCH=etag)
    assert other.status_code == 200


def test_a_change_to_a_ruling_changes_the_validators(client, rulings):
    first = client.get("/api/v1/rulings/?court=txed")
    ruling = rulings[0]
    ruling.summary = "Changed."
    ruling.save()
    long_ago = http_date(0)
    assert client.get("/api/v1/rulings/", HTTP_IF_MODIFIED_SINCE=long_ago).status_code == 200
    response = client.get("/api/v1/rulings/?court=txed&fields=id", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200


@override_settings(API_ANON_RATE="3/minute", API_TOKEN_RATE="5/minute")
def test_it_throttles_anonymous_clients_and_allows_tokens_more(client, rulings):
    cache.clear()
    answers = [client.get("/api/v1/courts/").status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    token = Token.objects.create(user=User.objects.create_user("reader"))
    auth = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    answers = [client.get("/api/v1/courts/", **auth).status_code for _ in range(6)]
    assert answers == [200] * 5 + [429]
    assert client.get("/api/v1/courts/", HTTP_AUTHORIZATION="Token wrong").status_code == 401
    cache.clear()
