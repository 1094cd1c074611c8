"""Requests a clumsy user or an attacker sends: each gets a page, a note or a 4xx, never a 500.

Each case here was a server error once (issue 23); the fuzz suite (test_fuzz.py) looks for new
ones.
"""

import pytest

from ipcases import search
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db

QUERY_PAGES = ["/rulings/", "/analytics/", "/analytics/coverage/"]


@pytest.fixture
def rulings(db):
    made = [
        make_ruling(court="txed", text="The patent claims a widget."),
        make_ruling(court="cafc", text="The patent claims a gadget."),
    ]
    search.update_index([r.pk for r in made])
    return made


@pytest.mark.parametrize("url", QUERY_PAGES)
@pytest.mark.parametrize("query", ["court:zz", "court:zz patent", "patent -court:zz"])
def test_an_unknown_court_answers_a_page(client, rulings, url, query):
    assert client.get(url, {"q": query}).status_code == 200


def test_an_unknown_court_finds_nothing_and_says_so(client, rulings):
    html = client.get("/rulings/", {"q": "court:zz"}).content.decode()
    assert "<strong>0</strong> rulings" in html
    assert "The catalogue knows no court called “zz”" in html


def test_excluding_an_unknown_court_excludes_nothing(client, rulings):
    html = client.get("/rulings/", {"q": "patent -court:zz"}).content.decode()
    assert "<strong>2</strong> rulings" in html


def test_a_court_is_found_by_its_abbreviation_without_its_last_dot(client, rulings):
    html = client.get("/rulings/", {"q": 'court:"E.D. Tex"'}).content.decode()
    assert "<strong>1</strong> ruling" in html
    assert "knows no court" not in html


@pytest.mark.parametrize("url", [*QUERY_PAGES, "/analytics/years.csv"])
def test_a_query_of_hundreds_of_minus_signs_answers_a_page(client, rulings, url):
    response = client.get(url, {"q": "-" * 500 + "patent"})
    assert response.status_code == 200


def test_a_query_of_hundreds_of_minus_signs_highlights_the_ruling(client, rulings):
    response = client.get(f"/rulings/{rulings[0].pk}/", {"q": "-" * 500 + "widget"})
    assert response.status_code == 200


def test_minus_signs_in_a_row_cancel_out_in_pairs():
    assert search.parse("--patent").tree == search.parse("patent").tree
    assert search.parse("---patent").tree == search.parse("-patent").tree


@pytest.mark.parametrize("number", ["9" * 4400, "1" * 41, "US" + "7" * 200])
def test_an_overlong_right_number_is_not_found(client, number):
    assert client.get(f"/rights/utility_patent/{number}/").status_code == 404


@pytest.mark.parametrize("number", ["٣٤٥", "²³⁴", "7,654,321²"])
def test_a_right_number_in_other_digits_is_not_found_or_read(client, number):
    assert client.get(f"/rights/utility_patent/{number}/").status_code in (200, 301, 404)


@pytest.mark.parametrize("value", ["txed\x00", "\x00", "txed,\x00cafc"])
@pytest.mark.parametrize("url", ["/analytics/", "/analytics/comparison.csv"])
def test_a_nul_byte_in_compared_values_is_refused(client, rulings, url, value):
    response = client.get(url, {"compare": "court", "compare_values": value})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "name, message",
    [
        ("statute", "at most 200 characters"),
        ("party", "at most 500 characters"),
        ("right", "at most 100 characters"),
        ("currency", "three-letter currency code"),
        ("q", "limited to 1000 characters"),
    ],
)
def test_a_very_long_filter_value_is_shown_as_an_error(client, rulings, name, message):
    response = client.get("/rulings/", {name: "%_" * 25_000})
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize("name", ["statute", "right", "currency", "q"])
def test_a_very_long_filter_value_leaves_the_analytics_page_standing(client, rulings, name):
    assert client.get("/analytics/", {name: "%_" * 25_000}).status_code == 200


@pytest.mark.parametrize("name", ["statute", "party", "right"])
def test_a_very_long_filter_value_is_refused_by_a_download(client, rulings, name):
    response = client.get("/analytics/years.csv", {name: "x" * 50_000})
    assert response.status_code == 400


@pytest.mark.parametrize("name", ["statute", "party", "right", "q", "currency"])
def test_a_nul_byte_in_a_filter_value_is_shown_as_an_error(client, rulings, name):
    response = client.get("/rulings/", {name: "pat\x00ent"})
    assert response.status_code == 200


def test_a_party_name_of_punctuation_alone_finds_nothing(client, rulings):
    make_case()
    response = client.get("/rulings/", {"q": 'party:"!!!" patent'})
    assert response.status_code == 200


def test_an_unknown_field_is_searched_as_its_words_with_a_note():
    parsed = search.parse("judge:rader patent")
    assert parsed.tree == search.parse('"judge rader" patent').tree
    assert parsed.notes == [
        "judge: is not a field (the fields are case, party, court, docket, cite, cites, "
        "patent, mark); we searched for its words."
    ]


def test_a_web_address_is_no_unknown_field():
    assert search.parse("https://example.org/x").notes == []
