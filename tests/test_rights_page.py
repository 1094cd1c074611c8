"""The page of one right, /rights/<kind>/<number>/: every ruling and case that concerns it."""

import pytest

from ipcases.citations import index_citations
from ipcases.models import IPRight
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


def test_it_lists_rulings_that_mention_the_right_and_cases_with_it_in_suit(client):
    mentioning = make_ruling(text="Infringement of U.S. Patent No. 7,654,321 is found.")
    index_citations([mentioning.pk])
    in_suit = make_ruling()
    right = IPRight.objects.create(
        kind="utility_patent", office="US", number="7654321", title="Self-closing widget"
    )
    in_suit.case.rights.add(right)
    unrelated = make_ruling(text="U.S. Patent No. 7,654,322 is another one.")
    index_citations([unrelated.pk])
    response = client.get("/rights/utility_patent/7654321/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "U.S. Patent No. 7,654,321" in html and "Self-closing widget" in html
    assert f"/rulings/{mentioning.pk}/" in html and f"/rulings/{in_suit.pk}/" in html
    assert f"/rulings/{unrelated.pk}/" not in html
    assert in_suit.case.name in html.split('id="suit-h"')[1]


def test_it_redirects_a_printed_number_to_its_normal_form(client):
    response = client.get("/rights/design_patent/D789,123/")
    assert response.status_code == 301
    assert response["Location"] == "/rights/design_patent/D789123/"


def test_it_answers_404_for_an_unknown_kind(client):
    assert client.get("/rights/spaceship/123/").status_code == 404


@pytest.mark.parametrize("number", ["abc", "D", "%20", "RE-"])
def test_it_answers_404_for_a_number_without_digits(client, number):
    assert client.get(f"/rights/utility_patent/{number}/").status_code == 404


def test_it_shows_an_empty_page_for_a_right_nobody_mentions(client):
    response = client.get("/rights/european_patent/1234567/")
    assert response.status_code == 200
    assert "EP 1 234 567" in response.content.decode()


def test_it_writes_each_kind_of_number_the_usual_way():
    from ipcases.pages.rights import right_label

    assert right_label("utility_patent", "7654321") == "U.S. Patent No. 7,654,321"
    assert right_label("design_patent", "D789123") == "U.S. Patent No. D789,123"
    assert right_label("european_patent", "973804", "EP") == "EP 0 973 804"
    assert right_label("utility_patent", "2490276", "GB") == "GB 2 490 276"
    assert right_label("trademark_registration", "1234567") == "U.S. Trademark Reg. No. 1,234,567"
    assert right_label("copyright_registration", "TX1234567") == "TX 1-234-567"


def test_it_names_a_uk_patent_as_such(client):
    ruling = make_ruling(text="UK Patent No 2 490 276 was revoked.")
    index_citations([ruling.pk])
    assert "GB 2 490 276" in client.get("/rights/utility_patent/2490276/").content.decode()


def test_it_tells_rights_of_the_same_number_in_different_offices_apart(client):
    british = make_ruling(text="UK Patent No 2 490 276 was revoked.")
    american = make_ruling(text="U.S. Patent No. 2,490,276 was infringed.")
    index_citations([british.pk, american.pk])
    html = client.get("/rights/utility_patent/2490276/").content.decode()
    assert f"/rulings/{british.pk}/" in html and f"/rulings/{american.pk}/" in html
    assert 'href="?office=GB"' in html and 'href="?office=US"' in html
    html = client.get("/rights/utility_patent/2490276/?office=gb").content.decode()
    assert "GB 2 490 276" in html.split("</h1>")[0]
    assert f"/rulings/{british.pk}/" in html and f"/rulings/{american.pk}/" not in html
    html = client.get("/rights/utility_patent/2490276/?office=US").content.decode()
    assert f'href="/rulings/{american.pk}/"' in html and f"/rulings/{british.pk}/" not in html
    assert client.get("/rights/utility_patent/2490276/?office=<b>").status_code == 404
