"""Case names as lawyers write them: abbreviated or spelt out, with or without et al."""

import pytest

from ipcases import search
from ipcases.models import Ruling
from tests.helpers import found, make_case, make_ruling

pytestmark = pytest.mark.django_db

CITING = (
    "The claims are drawn to an abstract idea. See Alice Corp. Pty. Ltd. v. CLS Bank Int'l, "
    "573 U.S. 208, 217 (2014). Under Alice, we ask whether the claims add an inventive concept."
)


@pytest.fixture
def alice():
    case = make_case(
        court="scotus", name="Alice Corporation Pty. Ltd. v. CLS Bank International et al."
    )
    alice = make_ruling(case=case, text="", summary="Claims to a computerised escrow.")
    citing = [make_ruling(text=CITING * n) for n in (1, 3, 6)]
    search.update_index([alice.pk, *(r.pk for r in citing)])
    return alice


def ranked(query: str) -> list[int]:
    parsed = search.parse(query)
    return [r.pk for r in search.Ranked(search.filter(Ruling.objects.all(), parsed), parsed)[0:10]]


@pytest.mark.parametrize(
    "query",
    [
        "Alice Corp. v. CLS Bank International",
        "Alice Corporation v. CLS Bank Int'l",
        "Alice Corp vs CLS Bank Intl",
        "alice corp. v. cls bank international et al.",
    ],
)
def test_the_name_as_lawyers_write_it_finds_the_ruling_first(alice, query):
    assert ranked(query)[0] == alice.pk


def test_case_finds_the_name_by_its_words_however_abbreviated(alice):
    assert found('case:"Alice Corp. v. CLS Bank Int\'l"') == {alice.pk}
    assert found("case:alice*") == {alice.pk}


def test_ampersand_and_and_are_one(db):
    ruling = make_ruling(case=make_case(name="Johnson & Johnson v. Acme Corp."))
    search.update_index([ruling.pk])

    assert found("Johnson and Johnson v. Acme Corporation") == {ruling.pk}
