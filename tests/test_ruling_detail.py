import datetime as dt
from decimal import Decimal

import pytest

from ipcases.citations.index import index_citations
from ipcases.models import CaseParty, IPRight, Party
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db


def full_ruling():
    case = make_case(court="txed", name="Acme Widgets, Inc. v. Jane Roe")
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
        disposition="granted",
        rights_holder_outcome="holder_won",
        injunction="granted",
        damages_amount=Decimal("1500000"),
        damages_currency="USD",
        summary="The court granted a permanent injunction.",
        source_url="https://example.org/opinion/1",
    )


def test_it_shows_everything_about_a_ruling(client):
    ruling = full_ruling()
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    for expected in [
        "Acme Widgets, Inc. v. Jane Roe",
        "District Court, E.D. Texas",
        "123 F. Supp. 3d 456",
        "Rights holder won",
        "USD 1,500,000.00",
        "7654321",
        "Plaintiff",
        "The court granted a permanent injunction.",
        "The patent claims a widget.",
        "https://example.org/opinion/1",
        ruling.source_id,
    ]:
        assert expected in html, expected


def test_it_shows_a_pseudonymised_party_by_initials_only(client):
    ruling = full_ruling()
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    assert "J. R." in html
    parties_section = html.split('id="parties-h"')[1].split("</section>")[0]
    assert "Jane Roe" not in parties_section


def test_it_marks_a_synthetic_ruling_as_such(client):
    ruling = make_ruling(source="synthetic")
    assert "Synthetic record" in client.get(f"/rulings/{ruling.pk}/").content.decode()


def test_it_lists_the_other_rulings_of_the_case_and_the_appeal_chain(client):
    district = make_case(court="txed")
    first = make_ruling(case=district, decision_date=dt.date(2018, 1, 1))
    second = make_ruling(case=district, decision_date=dt.date(2018, 6, 1))
    appeal = make_ruling(court="cafc", decision_date=dt.date(2019, 9, 1))
    appeal.case.appeal_from = district
    appeal.case.save()
    html = client.get(f"/rulings/{appeal.pk}/").content.decode()
    assert "Appeal chain" in html
    assert f"/rulings/{first.pk}/" in html and f"/rulings/{second.pk}/" in html
    html = client.get(f"/rulings/{first.pk}/").content.decode()
    assert "Other rulings in this case" in html
    assert f"/rulings/{appeal.pk}/" in html


def test_the_other_rulings_of_the_case_come_newest_first_without_the_appeals(client):
    district = make_case(court="txed")
    older = make_ruling(case=district, decision_date=dt.date(2017, 1, 1))
    shown = make_ruling(case=district, decision_date=dt.date(2018, 1, 1))
    newer = make_ruling(case=district, decision_date=dt.date(2019, 1, 1))
    appeal = make_ruling(court="cafc", decision_date=dt.date(2020, 1, 1))
    appeal.case.appeal_from = district
    appeal.case.save()
    html = client.get(f"/rulings/{shown.pk}/").content.decode()
    others = html.split('id="same-h"')[1].split("</section>")[0]
    assert others.index(f"/rulings/{newer.pk}/") < others.index(f"/rulings/{older.pk}/")
    assert f"/rulings/{shown.pk}/" not in others and f"/rulings/{appeal.pk}/" not in others


def test_it_escapes_markup_in_the_text(client):
    ruling = make_ruling(text="<script>alert(1)</script> patent")
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_it_takes_a_fixed_number_of_queries(client, django_assert_num_queries):
    ruling = full_ruling()
    with django_assert_num_queries(18):
        client.get(f"/rulings/{ruling.pk}/")


def test_a_ruling_without_text_says_once_that_nothing_is_read_from_it(client):
    ruling = make_ruling(text="")
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    assert "holds no full text of this ruling, so no citations, statutes or rights" in html
    assert "Below the full text" not in html
    assert "cites 0" not in html
    assert "found in the text" not in html


def test_a_ruling_lists_only_what_lies_below_its_text(client):
    ruling = make_ruling(text="The patent claims a widget under 35 U.S.C. § 271.")
    index_citations([ruling.pk])
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    below = html.split("Below the full text:")[1].split("</p>")[0]
    assert '<a href="#statutes-h">statutes 1</a>' in below
    assert "cites" not in below and "cited by" not in below
