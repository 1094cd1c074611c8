import datetime as dt

import pytest

from ipcases.models import Court
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


def test_the_fjc_district_codes_name_the_same_courts():
    from ipcases.us_courts import FJC_DISTRICTS, us_court

    assert len(FJC_DISTRICTS) == 94
    assert {code: FJC_DISTRICTS[code] for code in ("07", "40", "3E", "78", "7-", "90")} == {
        "07": "nyed",
        "40": "txed",
        "3E": "gand",
        "78": "nvd",
        "7-": "akd",
        "90": "dcd",
    }
    assert all(us_court(court) for court in FJC_DISTRICTS.values())


def test_any_us_court_is_described_from_courts_db_with_its_level_and_route():
    from ipcases.us_courts import us_court

    nevada = us_court("nvd")  # courts-db calls it appellate; it is a district court
    assert (nevada.name, nevada.short_name, nevada.level, nevada.appeals_to) == (
        "District Court, D. Nevada",
        "D. Nev.",
        "first_instance",
        "ca9",
    )
    california = us_court("cal")
    assert (california.level, california.jurisdiction) == ("final", "California")
    assert us_court("cit").appeals_to == "cafc"
    assert us_court("atlantis") is None


def test_a_curated_row_from_any_us_district_court_imports_and_an_unknown_court_fails(db):
    from ipcases.importers.store import save_records

    rows = [
        {
            "source": "csv",
            "source_id": f"r{n}",
            "court": court,
            "case_name": "A v. B",
            "decision_date": "2020-01-01",
            "ip_types": ["copyright"],
        }
        for n, court in enumerate(["nyed", "nvd", "gand", "atlantis"])
    ]
    summary = save_records(rows)

    assert (summary.created, summary.failed) == (3, 1)
    assert (
        "unknown court 'atlantis' (neither courts-db nor ipcases.courts knows it)"
        in (summary.errors[0])
    )
    assert Court.objects.get(pk="nvd").appeals_to_id == "ca9"


def test_it_groups_the_courts_with_rulings_by_country_and_level_sorted_by_name(client):
    for court in ("txed", "ded", "cafc", "ca9", "ewhc-pat"):
        make_ruling(court=court)
    response = client.get("/courts/")

    groups = [
        (group["country"], group["level"], [court.pk for court in group["courts"]])
        for group in response.context["groups"]
    ]
    assert groups == [
        ("GB", "First instance", ["ewhc-pat"]),
        ("US", "Appellate", ["cafc", "ca9"]),
        ("US", "First instance", ["txed", "ded"]),  # "District Court, E.D. Texas" first
    ]
    assert "courts known to the catalogue have no rulings yet and are not listed" in (
        response.content.decode()
    )


def test_a_court_page_links_to_its_search_and_analytics(client):
    make_ruling(court="txed")
    html = client.get("/courts/txed/").content.decode()
    assert 'href="/rulings/?court=txed"' in html
    assert 'href="/analytics/?court=txed"' in html
