"""/api/v1/rulings/<id>/, courts, rights, analytics and citation look-up."""

import datetime as dt
from decimal import Decimal

import pytest

from ipcases import search
from ipcases.citations import index_citations
from ipcases.models import CaseParty, IPRight, Party
from ipcases.sources.merging import merge_rulings
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db


def full_ruling():
    case = make_case(court="txed", name="Acme Widgets, Inc. v. Roe")
    acme = Party.objects.create(name="Acme Widgets, Inc.", normalized_name="acme widgets inc")
    roe = Party.objects.create(
        name="Jane Roe", normalized_name="jane roe", is_natural_person=True, pseudonymised=True
    )
    CaseParty.objects.create(case=case, party=acme, role="plaintiff")
    CaseParty.objects.create(case=case, party=roe, role="defendant")
    case.rights.add(IPRight.objects.create(kind="utility_patent", office="US", number="7654321"))
    return make_ruling(
        case=case,
        citations=("123 F. Supp. 3d 456",),
        rights_holder_outcome="holder_won",
        damages_amount=Decimal("1500000"),
        damages_currency="USD",
        text="Applying KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007), we hold that the "
        "claim of U.S. Patent No. 7,654,321 is obvious under 35 U.S.C. § 103.",
    )


@pytest.fixture
def network():
    cited = make_ruling(citations=("550 U.S. 398",), decision_date=dt.date(2007, 4, 30))
    ruling = full_ruling()
    search.update_index([cited.pk, ruling.pk])
    index_citations([cited.pk, ruling.pk])
    return ruling, cited


def test_it_gives_everything_the_ruling_page_shows(client, network):
    ruling, cited = network
    data = client.get(f"/api/v1/rulings/{ruling.pk}/").json()
    assert data["official_citations"] == ["123 F. Supp. 3d 456"]
    assert data["rights_holder_outcome"] == "holder_won"
    assert data["damages_amount"] == "1500000.00" and data["damages_currency"] == "USD"
    assert {(p["name"], p["role"]) for p in data["parties"]} == {
        ("Acme Widgets, Inc.", "plaintiff"),
        ("J. R.", "defendant"),
    }
    assert data["rights_in_suit"][0]["number"] == "7654321"
    assert data["cites"][0]["ruling"]["id"] == cited.pk
    assert data["cites"][0]["treatment"]["treatment"] == "followed"
    assert "Applying" in data["cites"][0]["treatment"]["passage"]
    assert data["statutes"][0]["key"].startswith("35 U.S.C. § 103")
    assert data["rights_mentioned"][0]["label"] == "U.S. Patent No. 7,654,321"
    cited_data = client.get(f"/api/v1/rulings/{cited.pk}/").json()
    assert [r["id"] for r in cited_data["cited_by"]] == [ruling.pk]
    assert cited_data["cited_by"][0]["treatment"]["treatment"] == "followed"
    assert cited_data["cited_by_count"] == 1


def test_it_never_gives_the_name_of_a_pseudonymised_person(client, network):
    ruling, _ = network
    assert "Jane" not in client.get(f"/api/v1/rulings/{ruling.pk}/").content.decode()


def test_it_gives_only_the_fields_asked_for_of_a_ruling(client, network):
    ruling, _ = network
    data = client.get(f"/api/v1/rulings/{ruling.pk}/?fields=id,cites").json()
    assert set(data) == {"id", "cites"}
    assert client.get(f"/api/v1/rulings/{ruling.pk}/?fields=nothing").status_code == 400


def test_an_unknown_id_is_a_json_404_and_a_merged_one_redirects(client, network):
    ruling, cited = network
    for path in [
        "/api/v1/rulings/999999/",
        "/api/v1/rulings/abc/",
        "/api/v1/rulings/" + "9" * 30 + "/",
    ]:
        response = client.get(path)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
    other = make_ruling(case=ruling.case, decision_date=ruling.decision_date)
    old = other.pk
    merge_rulings(other, ruling)
    response = client.get(f"/api/v1/rulings/{old}/")
    assert response.status_code == 301 and response["Location"] == f"/api/v1/rulings/{ruling.pk}/"


def test_it_lists_the_courts_with_their_rulings(client, network):
    courts = {court["id"]: court for court in client.get("/api/v1/courts/").json()}
    assert courts["txed"]["rulings"] == 1 and courts["txed"]["appeals_to"] == "ca5"


def test_it_gives_a_right_with_its_rulings_in_any_written_form(client, network):
    ruling, _ = network
    data = client.get("/api/v1/rights/utility_patent/7,654,321/").json()
    assert data["label"] == "U.S. Patent No. 7,654,321"
    assert [r["id"] for r in data["rulings"]] == [ruling.pk]
    assert data["rulings"][0]["mentions"] == 1
    assert client.get("/api/v1/rights/nothing/7654321/").status_code == 404
    assert client.get("/api/v1/rights/utility_patent/7654321/?office=x1").status_code == 400


def test_it_gives_the_figures_with_their_samples_and_links(client, network):
    data = client.get("/api/v1/analytics/?include_synthetic=1").json()
    assert data["total"] == 2
    outcomes = next(t for t in data["tables"] if t["slug"] == "outcomes")
    assert outcomes["n"] >= 1 and outcomes["sample"]
    linked = [row for row in outcomes["rows"] if row["rulings_api_url"]]
    assert linked and linked[0]["rulings_api_url"].startswith("/api/v1/rulings/?")
    count = client.get(linked[0]["rulings_api_url"]).json()["count"]
    assert str(count) in linked[0]["cells"]


def test_it_refuses_figures_grouped_by_a_person(client, network):
    for params in ["group=judge", "group=party", "party=Acme"]:
        response = client.get(f"/api/v1/analytics/?{params}")
        assert response.status_code == 400, params


def test_it_looks_up_the_citations_of_a_text(client, network):
    _, cited = network
    response = client.post(
        "/api/v1/citation-lookup/",
        {"text": "See KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007), and 1 F.4th 1."},
        content_type="application/json",
    )
    found = response.json()["citations"]
    assert [c["cites"] for c in found] == [["550 U.S. 398"], ["1 F.4th 1"]]
    assert found[0]["ruling"]["id"] == cited.pk and found[1]["ruling"] is None
    assert found[0]["mentions"][0]["text"] == "550 U.S. 398"


def test_it_refuses_a_text_too_long_to_look_up(client, db):
    response = client.post(
        "/api/v1/citation-lookup/", {"text": "x" * 64_001}, content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["text"]
    assert (
        client.post("/api/v1/citation-lookup/", "{", content_type="application/json").status_code
        == 400
    )
    assert client.get("/api/v1/citation-lookup/").status_code == 405
