"""Which incoming records are attached to a ruling already held, and which are left in doubt."""

import pytest
from django.core.management import call_command

from ipcases.courts import ensure_courts
from ipcases.importers.store import save_records
from ipcases.models import DuplicateCandidate, Ruling
from tests.provenance_samples import record

pytestmark = pytest.mark.django_db

Reason = DuplicateCandidate.Reason


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


def reasons() -> list[str]:
    return sorted(DuplicateCandidate.objects.values_list("reason", flat=True))


def test_it_attaches_a_record_with_the_same_official_citation():
    save_records([record("cap", "1", citations=["12 F.3d 345"])])
    summary = save_records([record("courtlistener", "c:1", citations=["12 F3d 345"])])
    assert (summary.created, summary.attached, summary.ambiguous) == (0, 1, [])
    assert Ruling.objects.count() == 1


def test_it_attaches_a_record_whose_citation_is_spaced_differently():
    save_records([record("cap", "1", citations=["123 F. Supp. 3d 456"])])
    summary = save_records([record("courtlistener", "c:1", citations=["123 F.Supp.3d 456"])])
    assert (summary.created, summary.attached, summary.ambiguous) == (0, 1, [])


def test_it_attaches_a_record_with_the_same_court_docket_and_date():
    save_records([record("cafc-rss", "f1", docket_number="No. 19-01234")])
    assert save_records([record("courtlistener", "c:1", docket_number="19-1234")]).attached == 1
    assert Ruling.objects.get().source_records.count() == 2


def test_the_same_docket_on_another_date_is_left_for_an_editor():
    save_records([record("cafc-rss", "f1", docket_number="19-1234")])
    later = record("courtlistener", "c:1", docket_number="19-1234", decision_date="2020-03-01")
    summary = save_records([later])
    assert (summary.created, summary.attached, len(summary.ambiguous)) == (1, 0, 1)
    assert "another decision date" in summary.ambiguous[0]
    assert reasons() == [Reason.DOCKET_OTHER_DATE]
    assert "ambiguous 1" in str(summary)


def test_rulings_of_one_source_in_one_docket_are_distinct_rulings_without_doubt():
    save_records([record("courtlistener", "c:1", docket_number="19-1234")])
    summary = save_records([record("courtlistener", "c:2", docket_number="19-1234")])
    assert (summary.created, summary.ambiguous) == (1, [])
    assert Ruling.objects.count() == 2


def test_a_citation_two_rulings_share_is_not_merged_silently():
    save_records([record("cap", "1", citations=["5 F.3d 1"], docket_number="93-1")])
    save_records([record("cafc-rss", "f", citations=["5 F.3d 1"], docket_number="93-2")])
    summary = save_records([record("courtlistener", "c:1", citations=["5 F.3d 1"])])
    assert (summary.created, len(summary.ambiguous)) == (1, 2)
    assert Ruling.objects.count() == 3


def test_a_citation_with_another_docket_is_two_rulings_on_one_page():
    save_records([record("cap", "1", citations=["5 F.3d 1"], docket_number="93-1")])
    summary = save_records(
        [record("courtlistener", "c:1", citations=["5 F.3d 1"], docket_number="93-7")]
    )
    assert summary.created == 1
    assert reasons() == [Reason.CITATION_SHARED]


def test_a_citation_from_another_court_is_left_for_an_editor():
    save_records([record("cap", "1", citations=["5 F.3d 1"])])
    summary = save_records([record("courtlistener", "c:1", court="ca2", citations=["5 F.3d 1"])])
    assert summary.created == 1
    assert reasons() == [Reason.CITATION_OTHER_COURT]


def test_a_source_that_gives_the_citation_twice_is_left_for_an_editor():
    save_records([record("cap", "1", citations=["5 F.3d 1"])])
    assert save_records([record("cap", "2", citations=["5 F.3d 1"])]).created == 1
    assert reasons() == [Reason.SAME_SOURCE]


def test_citation_and_docket_pointing_at_different_rulings_is_left_for_an_editor():
    save_records([record("cap", "1", citations=["5 F.3d 1"])])
    other = record("cafc-rss", "f", docket_number="19-9", case_name="Bolt Tools Co. v. Acme")
    save_records([other])
    summary = save_records(
        [record("courtlistener", "c:1", citations=["5 F.3d 1"], docket_number="19-9")]
    )
    assert summary.created == 1
    assert set(reasons()) == {Reason.RULES_DISAGREE}


def test_a_dry_run_reports_the_doubt_and_keeps_nothing():
    save_records([record("cafc-rss", "f1", docket_number="19-1234")])
    later = record("courtlistener", "c:1", docket_number="19-1234", decision_date="2020-03-01")
    summary = save_records([later], dry_run=True)
    assert len(summary.ambiguous) == 1
    assert DuplicateCandidate.objects.count() == 0


def test_the_import_command_lists_ambiguous_records(tmp_path):
    save_records([record("cafc-rss", "f1", docket_number="19-1234", ip_types=["copyright"])])
    path = tmp_path / "later.jsonl"
    path.write_text(
        '{"source_id": "x1", "court": "ca1", "case_name": "Acme v. Bolt", '
        '"decision_date": "2020-03-01", "docket_number": "19-1234", "ip_types": ["copyright"]}\n'
    )
    out = _call("import_rulings", str(path), "--format", "csv", "--quiet")
    assert "ambiguous 1" in out
    assert "  ambiguous: " in out and "another decision date" in out


def _call(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_a_synthetic_ruling_never_absorbs_a_real_one():
    save_records([record("synthetic", "s1", citations=["5 F.3d 1"], docket_number="19-1")])
    summary = save_records([record("cap", "1", citations=["5 F.3d 1"], docket_number="19-1")])
    assert (summary.created, summary.attached, summary.ambiguous) == (1, 0, [])
    assert save_records([record("synthetic", "s2", citations=["5 F.3d 1"])]).created == 1
    assert Ruling.objects.count() == 3


def test_contradicting_dates_from_two_sources_do_not_break_the_import():
    save_records([record("cafc-rss", "f", docket_number="19-1", date_terminated="2020-02-01")])
    later = record("cap", "1", docket_number="19-1", date_filed="2020-03-01")
    assert save_records([later]).attached == 1
    case = Ruling.objects.get().case
    assert (str(case.date_filed), case.date_terminated) == ("2020-03-01", None)


def test_a_ruling_left_in_doubt_in_the_same_case_does_not_overwrite_the_case_name():
    save_records([record("landmark", "l", docket_number="19-1", case_name="Acme v. Bolt")])
    later = record("cafc-rss", "f", docket_number="19-1", decision_date="2020-03-01")
    save_records([later | {"case_name": "ACME WIDGETS v. BOLT"}])
    assert {r.case.name for r in Ruling.objects.all()} == {"Acme v. Bolt"}


def test_a_ruling_that_two_records_of_one_batch_describe_is_indexed_once(monkeypatch):
    from ipcases import search

    indexed: list[int] = []
    monkeypatch.setattr(search, "update_index", lambda ids: indexed.extend(ids))
    summary = save_records(
        [
            record("cafc-rss", "f1", citations=["12 F.3d 345"]),
            record("courtlistener", "c:1", citations=["12 F3d 345"]),
        ]
    )
    assert (summary.created, summary.attached) == (1, 1)
    assert indexed == [Ruling.objects.get().pk]
