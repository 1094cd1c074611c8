import datetime as dt

import pytest

from tests.helpers import make_court, make_ruling

pytestmark = pytest.mark.django_db


def test_it_lists_the_courts_with_their_ruling_counts(client):
    make_ruling(court="txed")
    make_ruling(court="txed")
    html = client.get("/courts/").content.decode()
    assert "District Court, E.D. Texas" in html  # courts-db's name
    assert "/courts/txed/" in html


def test_it_shows_a_court_its_rulings_per_year_and_where_appeals_go(client):
    make_ruling(court="txed", decision_date=dt.date(2019, 5, 1))
    make_ruling(court="cafc")
    response = client.get("/courts/txed/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rulings per year" in html and "2019" in html
    assert "/courts/ca5/" in html  # where appeals go
    assert "1 ruling" in html


def test_it_lists_courts_in_a_fixed_number_of_queries(client, django_assert_num_queries):
    make_court("txed")
    with django_assert_num_queries(1):
        client.get("/courts/")


def test_it_knows_the_courts_ip_rulings_often_come_from(db):
    from ipcases.courts import ensure_courts
    from ipcases.models import Court

    ensure_courts()
    routes = dict(Court.objects.values_list("pk", "appeals_to"))
    # The Federal Circuit's predecessor, and district courts with many IP cases.
    assert {court: routes[court] for court in ("ccpa", "casd", "txnd", "paed")} == {
        "ccpa": "scotus",
        "casd": "ca9",
        "txnd": "ca5",
        "paed": "ca3",
    }
