"""Recognising a ruling however a source writes its docket number, date and name."""

import pytest

from ipcases.courts import ensure_courts
from ipcases.importers.store import save_records
from ipcases.models import DuplicateCandidate, Ruling
from tests.provenance_samples import record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


@pytest.mark.parametrize(
    ("court", "first", "second"),
    [
        ("ca2", "13-4829-cv", "13-4829"),
        ("ca2", "No. 13-4829-cv(L)", "13-4829"),
        ("cafc", "2015-1455", "15-1455"),
        ("txed", "2:15-cv-01455-JRG", "2:15-cv-1455"),
        ("txed", "2:15-cv-01455-JRG-RSP", "15-cv-01455"),  # one source leaves out the office
    ],
)
def test_a_docket_with_a_suffix_matches_its_core(court, first, second):
    save_records([record("cafc-rss", "f", court=court, docket_number=first)])
    summary = save_records([record("courtlistener", "c", court=court, docket_number=second)])

    assert (summary.created, summary.attached) == (0, 1)


def test_dockets_of_two_offices_of_one_district_stay_apart():
    save_records([record("cafc-rss", "f", court="txed", docket_number="2:15-cv-01455")])
    summary = save_records(
        [record("courtlistener", "c", court="txed", docket_number="6:15-cv-01455")]
    )

    assert (summary.created, summary.attached) == (1, 0)


def test_a_date_known_only_to_the_year_is_kept_and_shown_as_the_year(client):
    save_records([record("csv", "firm-1", decision_date="2014")])
    ruling = Ruling.objects.get()

    assert (ruling.decision_date.isoformat(), ruling.decision_date_precision) == (
        "2014-01-01",
        "year",
    )
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    assert '<time datetime="2014">2014</time>' in html
    assert "1 January 2014" not in html


def test_a_month_is_shown_as_the_month(client):
    save_records([record("csv", "firm-1", decision_date="2014-06")])

    html = client.get("/rulings/").content.decode()
    assert '<time datetime="2014-06">Jun 2014</time>' in html


def test_a_curated_year_in_the_same_docket_is_left_for_an_editor_not_merged():
    save_records([record("cafc-rss", "f", docket_number="19-1234", decision_date="2019-05-02")])
    summary = save_records([record("csv", "firm-1", docket_number="19-1234", decision_date="2019")])

    assert (summary.created, summary.attached) == (1, 0)
    (candidate,) = DuplicateCandidate.objects.all()
    assert candidate.reason == DuplicateCandidate.Reason.DATE_IMPRECISE


def test_a_precise_date_from_another_source_completes_a_year():
    save_records([record("csv", "firm-1", citations=["5 F.4th 1"], decision_date="2019")])
    save_records([record("cafc-rss", "f", citations=["5 F.4th 1"], decision_date="2019-05-02")])
    ruling = Ruling.objects.get()

    assert (str(ruling.decision_date), ruling.decision_date_precision) == ("2019-05-02", "day")


def test_a_malformed_date_fails_the_record_with_its_value():
    summary = save_records([record("csv", "firm-1", decision_date="2019-13")])

    assert summary.failed == 1
    assert "decision_date '2019-13' is not a date" in summary.errors[0]


def test_a_party_two_sources_list_appears_once_with_its_proper_role():
    alpha = {"name": "Alpha Widgets Corporation", "role": "other", "is_natural_person": False}
    save_records([record("courtlistener", "c", docket_number="19-7", parties=[alpha])])
    cap = {"name": "ALPHA WIDGETS CORP.", "role": "appellant", "is_natural_person": False}
    save_records([record("cap", "7", docket_number="19-7", parties=[cap])])

    ruling = Ruling.objects.get()
    listed = [(p.party.name, p.role) for p in ruling.case.case_parties.all()]
    assert listed == [("Alpha Widgets Corporation", "appellant")]
