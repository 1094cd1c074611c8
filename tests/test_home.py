import pytest

from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


def test_it_shows_a_search_box_the_holdings_and_the_latest_rulings(client):
    make_ruling(ip_types=("patent",), court="txed")
    make_ruling(ip_types=("trademark",), court="ewca-civ")
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="q"' in html
    assert "/rulings/?ip_type=patent" in html
    assert "/rulings/?country=GB" in html
    assert "Acme Widgets" in html


def test_it_works_on_an_empty_catalogue(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "No rulings yet" in response.content.decode()


def test_it_takes_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for _ in range(10):
        make_ruling(citations=("1 F.4th 1",))
    with django_assert_max_num_queries(6):
        client.get("/")


def test_it_says_up_front_how_many_rulings_are_synthetic(client):
    make_ruling(source="synthetic")
    make_ruling(source="synthetic")
    make_ruling()
    html = client.get("/").content.decode()
    assert "<strong>2 synthetic rulings</strong> are in the catalogue" in html
    assert 'href="/rulings/?real_only=on"' in html


def test_it_shows_no_synthetic_banner_without_synthetic_rulings(client):
    make_ruling()
    assert "synthetic-banner" not in client.get("/").content.decode()
