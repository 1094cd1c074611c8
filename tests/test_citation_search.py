"""The citation network in search: cites:, the statute and right filters, most cited first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.citations import index_citations
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    feist = make_ruling(citations=("499 U.S. 340",), text="", ip_types=("copyright",))
    ksr = make_ruling(citations=("550 U.S. 398",), text="", ip_types=("patent",))
    cites_both = make_ruling(
        text="Under Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340 (1991), and "
        "KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007), the claim fails under "
        "35 U.S.C. § 103(a). The asserted U.S. Patent No. 7,654,321 is invalid."
    )
    cites_ksr = make_ruling(
        text="See KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007); 35 U.S.C. § 271(a)."
    )
    unrelated = make_ruling(text="Nothing is cited here; 15 U.S.C. § 1114 applies.")
    ids = [r.pk for r in (feist, ksr, cites_both, cites_ksr, unrelated)]
    index_citations(ids)
    search.update_index(ids)
    return {"feist": feist, "ksr": ksr, "both": cites_both, "ksr_only": cites_ksr}


def ids(client, **params) -> set[int]:
    response = client.get("/rulings/", params)
    assert response.status_code == 200
    return {ruling.pk for ruling, _ in response.context["rows"]}


def test_cites_finds_the_rulings_that_cite_a_citation(client, network):
    assert ids(client, q='cites:"550 U.S. 398"') == {network["both"].pk, network["ksr_only"].pk}
    assert ids(client, q='cites:"499 U.S. 340"') == {network["both"].pk}


def test_cites_takes_a_ruling_id_too(client, network):
    assert ids(client, q=f"cites:{network['feist'].pk}") == {network["both"].pk}


def test_cites_combines_with_words_and_negation(client, network):
    query = 'cites:"550 U.S. 398" -cites:"499 U.S. 340"'
    assert ids(client, q=query) == {network["ksr_only"].pk}


def test_the_statute_filter_finds_a_provision_and_its_subsections(client, network):
    assert ids(client, statute="35 U.S.C. § 271") == {network["ksr_only"].pk}
    assert ids(client, statute="35 U.S.C. § 103(a)") == {network["both"].pk}
    assert ids(client, statute="35 USC 103") == {network["both"].pk}


def test_the_right_filter_finds_rulings_that_mention_a_number(client, network):
    assert ids(client, right="7,654,321") == {network["both"].pk}


def test_most_cited_first(client, network):
    response = client.get("/rulings/", {"sort": "cited"})
    order = [ruling.pk for ruling, _ in response.context["rows"]]
    assert order[:2] == [network["ksr"].pk, network["feist"].pk]


def test_most_cited_first_sorts_the_ids_alone_then_reads_the_page(client, network):
    # Sorting by a count no index holds must not build every ruling's row (its text start).
    with CaptureQueriesContext(connection) as statements:
        client.get("/rulings/", {"sort": "cited"})
    ordering = [
        s["sql"] for s in statements if "ipcases_citation" in s["sql"] and "LIMIT" in s["sql"]
    ]
    assert ordering and all('"text"' not in sql for sql in ordering)


def test_an_unknown_statute_finds_nothing_and_says_so_plainly(client, network):
    response = client.get("/rulings/", {"statute": "no such act"})
    assert response.status_code == 200
    assert response.context["rows"] == []


@pytest.mark.parametrize("value", ["²", "9" * 40, '"', "0", "[2020] EWCA Civ 871"])
def test_cites_never_fails_on_odd_values(client, value):
    assert client.get("/rulings/", {"q": f"cites:{value}"}).status_code == 200


@pytest.fixture
def treated():
    ksr = make_ruling(citations=("550 U.S. 398",), text="")
    feist = make_ruling(citations=("499 U.S. 340",), text="")
    distinguishing = make_ruling(
        text="KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007), is distinguishable. "
        "See Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340 (1991)."
    )
    applying = make_ruling(
        text="Applying KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007), we affirm. "
        "Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340 (1991), is inapposite."
    )
    rulings = [ksr, feist, distinguishing, applying]
    index_citations([r.pk for r in rulings])
    search.update_index([r.pk for r in rulings])
    return {"distinguishing": distinguishing, "applying": applying, "ksr": ksr}


def test_the_treatment_filter_applies_to_what_cites_names(client, treated):
    distinguishing, applying = treated["distinguishing"].pk, treated["applying"].pk
    query = 'cites:"550 U.S. 398"'
    assert ids(client, q=query, treatment="distinguished") == {distinguishing}
    assert ids(client, q=query, treatment="negative") == {distinguishing}
    assert ids(client, q=query, treatment="followed") == {applying}
    assert ids(client, q=f"cites:{treated['ksr'].pk}", treatment="followed") == {applying}
    # Without cites:, any ruling cited so.
    assert ids(client, treatment="negative") == {distinguishing, applying}


def test_an_unknown_treatment_is_the_forms_error(client, treated):
    response = client.get("/rulings/", {"treatment": "sideways"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
