"""The database itself refuses records that break the catalogue's rules."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ipcases.models import Case, IPRight, OfficialCitation, Party, Ruling, RulingIPType
from tests.helpers import make_case, make_court, make_ruling

pytestmark = pytest.mark.django_db


def refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_it_refuses_a_second_ruling_with_the_same_source_and_id():
    make_ruling(source="cap", source_id="12345")
    assert refused(lambda: make_ruling(source="cap", source_id="12345"))
    make_ruling(source="courtlistener", source_id="12345")


def test_it_refuses_negative_damages():
    assert refused(lambda: make_ruling(damages_amount=Decimal("-1"), damages_currency="USD"))


def test_it_refuses_damages_without_a_currency_and_a_currency_without_damages():
    assert refused(lambda: make_ruling(damages_amount=Decimal("10.00")))
    assert refused(lambda: make_ruling(damages_currency="USD"))
    make_ruling(damages_amount=Decimal("10.00"), damages_currency="USD")


def test_it_refuses_a_ruling_without_an_id_at_its_source():
    assert refused(lambda: make_ruling(source_id=""))


def test_it_refuses_a_case_terminated_before_it_was_filed():
    assert refused(
        lambda: make_case(date_filed=dt.date(2020, 5, 1), date_terminated=dt.date(2020, 4, 1))
    )


def test_it_refuses_a_case_that_appeals_from_itself():
    case = make_case()
    case.appeal_from = case
    assert refused(case.save)


def test_it_refuses_to_pseudonymise_an_organisation():
    assert refused(
        lambda: Party.objects.create(
            name="Acme Inc.",
            normalized_name="acme inc",
            is_natural_person=False,
            pseudonymised=True,
        )
    )
    party = Party(name="Acme Inc.", normalized_name="acme inc", pseudonymised=True)
    with pytest.raises(ValidationError):
        party.full_clean()


def test_it_shows_a_pseudonymised_person_by_initials():
    party = Party(name="Jane Q. Public", is_natural_person=True, pseudonymised=True)
    assert party.display_name == "J. Q. P."
    assert str(party) == "J. Q. P."


def test_it_refuses_the_same_ip_type_twice_on_a_ruling():
    ruling = make_ruling(ip_types=("patent",))
    assert refused(lambda: RulingIPType.objects.create(ruling=ruling, ip_type="patent"))


def test_it_refuses_the_same_citation_twice_on_a_ruling_but_not_on_two():
    first = make_ruling(citations=("499 U.S. 340",))
    assert refused(
        lambda: OfficialCitation.objects.create(
            ruling=first, cite="499 U.S. 340", normalized="499 us 340"
        )
    )
    make_ruling(citations=("499 U.S. 340",))


def test_it_refuses_a_duplicate_right_or_one_without_a_number():
    IPRight.objects.create(kind="utility_patent", office="US", number="7654321")
    assert refused(
        lambda: IPRight.objects.create(kind="utility_patent", office="US", number="7654321")
    )
    assert refused(lambda: IPRight.objects.create(kind="utility_patent", office="US", number=""))


def test_it_follows_an_appeal_chain_from_either_end():
    district = make_case(court="txed")
    appeal = make_case(court="cafc", appeal_from=district)
    final = make_case(court="scotus", appeal_from=appeal)
    assert district.appeal_chain() == [district, appeal, final]
    assert final.appeal_chain() == [district, appeal, final]
    assert make_case().appeal_chain() == [Case.objects.last()]


def test_it_knows_where_appeals_go():
    # A district court's route is its circuit's (patent appeals go to the Federal Circuit,
    # which the appeal chain of each case records).
    assert make_court("txed").appeals_to_id == "ca5"
    assert make_court("cafc").appeals_to_id == "scotus"
    assert make_court("ewca-civ").appeals_to_id == "uksc"


def test_it_lists_rulings_newest_first_by_default():
    old = make_ruling(decision_date=dt.date(2001, 1, 1))
    new = make_ruling(decision_date=dt.date(2021, 1, 1))
    assert list(Ruling.objects.all()) == [new, old]


@pytest.mark.parametrize(
    ("ip_types", "citations"),
    [
        (("trademark", "patent", "trade_secret"), ("12 F.4th 345", "2021 WL 1")),
        ((), ()),
        (("design",), ("2021 WL 7", "12 F.4th 9")),
    ],
)
def test_a_listed_ruling_shows_what_its_page_shows_in_one_statement(
    ip_types, citations, django_assert_num_queries
):
    ruling = make_ruling(ip_types=ip_types, citations=citations)
    whole = Ruling.objects.get(pk=ruling.pk)
    with django_assert_num_queries(1):
        listed = Ruling.objects.filter(pk=ruling.pk).for_list().get()
        shown = (listed.ip_types, listed.ip_type_labels, listed.citation)
    assert shown == (whole.ip_types, whole.ip_type_labels, whole.citation)
    assert listed.citation == (citations[0] if citations else "")
