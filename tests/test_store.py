"""The one write path: idempotent upserts by (source, source_id), and nothing half-written."""

import datetime as dt

import pytest

from ipcases.courts import ensure_courts
from ipcases.importers import store
from ipcases.importers import summary as summary_module
from ipcases.models import Case, CaseParty, IPRight, Party, Ruling

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


def record(**overrides) -> dict:
    return {
        "source": "csv",
        "source_id": "row-1",
        "court": "txed",
        "case_name": "Acme Widgets, Inc. v. Bolt Tools Co.",
        "docket_number": "2:19-cv-00123-JRG",
        "decision_date": "2020-03-04",
        "ip_types": ["patent"],
        "citations": ["123 F. Supp. 3d 456"],
        "parties": [
            {"name": "Acme Widgets, Inc.", "role": "plaintiff"},
            {"name": "Jane Doe", "role": "defendant"},
        ],
        "rights": [{"kind": "utility_patent", "office": "US", "number": "7,654,321"}],
        "rights_holder_outcome": "holder_won",
        "damages_amount": "1500000",
        "damages_currency": "USD",
        "text": "The jury found the patent infringed.",
        **overrides,
    }


def test_it_creates_a_ruling_with_its_case_parties_and_rights():
    summary = store.save_records([record()])
    assert (summary.created, summary.failed) == (1, 0)
    ruling = Ruling.objects.get()
    assert ruling.decision_date == dt.date(2020, 3, 4)
    assert ruling.case.docket_number_normalized == "2:19-cv-123"
    assert ruling.ip_types == ["patent"]
    assert ruling.citation == "123 F. Supp. 3d 456"
    assert IPRight.objects.get().number == "7654321"
    people = {cp.party.name: cp.party.is_natural_person for cp in CaseParty.objects.all()}
    assert people == {"Acme Widgets, Inc.": False, "Jane Doe": True}


def test_it_creates_nothing_and_writes_nothing_on_a_second_run():
    store.save_records([record()])
    modified = Ruling.objects.get().date_modified
    summary = store.save_records([record()])
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
    assert Ruling.objects.get().date_modified == modified
    assert (Case.objects.count(), Party.objects.count(), IPRight.objects.count()) == (1, 2, 1)


def test_it_updates_a_changed_record_and_counts_it_as_updated():
    store.save_records([record()])
    summary = store.save_records(
        [record(disposition="affirmed", ip_types=["patent", "trademark"], citations=[])]
    )
    assert (summary.created, summary.updated) == (0, 1)
    ruling = Ruling.objects.get()
    assert ruling.disposition == "affirmed"
    assert ruling.ip_types == ["patent", "trademark"]
    assert ruling.citation == ""


def test_an_older_capture_of_a_record_never_replaces_a_newer_one():
    newer = dt.datetime(2025, 7, 17, 4, 40, tzinfo=dt.UTC)
    store.save_records([record(retrieved_at=newer, disposition="affirmed")])
    older = newer - dt.timedelta(days=30)
    summary = store.save_records([record(retrieved_at=older, disposition="reversed")])
    assert (summary.updated, summary.unchanged, summary.outdated) == (0, 0, 1)
    assert "older than the stored capture 1" in str(summary)
    ruling = Ruling.objects.get()
    assert (ruling.disposition, ruling.retrieved_at) == ("affirmed", newer)
    summary = store.save_records(
        [record(retrieved_at="2025-08-01T00:00:00Z", disposition="reversed")]
    )
    assert summary.updated == 1
    assert Ruling.objects.get().disposition == "reversed"


def test_it_fails_a_record_whose_retrieval_time_is_not_a_time():
    summary = store.save_records([record(retrieved_at="last Tuesday")])
    assert summary.failed == 1
    assert "retrieved_at 'last Tuesday' is not a date and time" in summary.errors[0]


def test_it_files_two_rulings_with_the_same_docket_under_one_case():
    store.save_records([record(), record(source_id="row-2", decision_date="2021-01-01")])
    assert Case.objects.count() == 1
    assert Ruling.objects.count() == 2


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ({"court": "nowhere"}, "unknown court 'nowhere'"),
        ({"decision_date": "2020-13-45"}, "decision_date '2020-13-45' is not a date"),
        ({"case_name": ""}, "missing case_name"),
        ({"disposition": "won"}, "disposition 'won' is not one of"),
        ({"ip_types": ["plant"]}, "unknown IP type 'plant'"),
        ({"damages_amount": "lots"}, "damages_amount 'lots' is not a number"),
        ({"damages_amount": "-5"}, "must be zero or more"),
        ({"damages_currency": ""}, "damages_amount and damages_currency go together"),
        ({"parties": [{"name": "X", "role": "judge"}]}, "needs a name and a known role"),
    ],
)
def test_it_reports_a_malformed_record_with_its_position_and_goes_on(broken, message):
    bad = record(source_id="bad", position="list.csv:3", **broken)
    summary = store.save_records([bad, record()])
    assert (summary.created, summary.failed) == (1, 1)
    assert summary.errors[0].startswith("list.csv:3: ")
    assert message in summary.errors[0]


def test_it_leaves_the_database_as_it_was_when_strict_meets_a_bad_record():
    store.save_records([record(source_id="existing")])
    records = [record(source_id="new-1"), record(source_id="new-2", court="nowhere")]
    with pytest.raises(store.InvalidRecord, match="unknown court"):
        store.save_records(records, strict=True, batch_size=1)
    assert list(Ruling.objects.values_list("source_id", flat=True)) == ["existing"]


def test_it_reports_but_writes_nothing_in_a_dry_run():
    summary = store.save_records([record()], dry_run=True)
    assert summary.created == 1
    assert not Ruling.objects.exists()
    assert not Case.objects.exists()


def test_it_never_files_a_real_ruling_under_a_synthetic_case():
    from tests.helpers import make_case, make_ruling

    synthetic_case = make_case(court="txed", docket_number="2:19-cv-00123")
    make_ruling(case=synthetic_case, source="synthetic")
    store.save_records([record()])
    real = Ruling.objects.get(source="csv")
    assert real.case != synthetic_case


def test_it_counts_every_failure_but_keeps_only_the_first_messages(monkeypatch):
    monkeypatch.setattr(summary_module, "KEPT_ERRORS", 2)
    broken = [record(source_id=f"bad-{n}", court="nowhere") for n in range(3)]

    summary = store.save_records([*broken, record()])

    assert (summary.failed, summary.created) == (3, 1)
    assert summary.errors == [
        "csv:bad-0: unknown court 'nowhere' (neither courts-db nor ipcases.courts knows it)",
        "csv:bad-1: unknown court 'nowhere' (neither courts-db nor ipcases.courts knows it)",
    ]


def test_a_termination_is_stored_beside_its_ruling_and_its_ending_checked():
    termination = {"ending": "settled", "disposition_code": 13, "as_of": None}
    summary = store.save_records(
        [
            record(kind="termination", termination=termination),
            record(source_id="row-2", kind="termination", termination={"ending": "won"}),
        ]
    )

    assert (summary.created, summary.failed) == (1, 1)
    assert "termination ending 'won' is not one of the known endings" in summary.errors[0]
    assert Ruling.objects.get().termination.disposition_code == 13
