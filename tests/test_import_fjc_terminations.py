"""Importing the FJC Integrated Database: idempotent by the IDB row's identity, a pending case
updated when it ends, the termination joining the case other sources know, and bad rows."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command

from ipcases.models import Case, DuplicateCandidate, Party, Ruling, Termination
from ipcases.sources.duplicates import plan_merges
from tests.fjc_samples import COURTLISTENER_FILE, FJC_FILE, courtlistener_file

pytestmark = pytest.mark.django_db


def _import(*args) -> str:
    out = io.StringIO()
    call_command("import_rulings", "--format", *map(str, args), stdout=out)
    return out.getvalue()


def _curated(tmp_path, docket: str, decided: str):
    path = tmp_path / "list.csv"
    path.write_text(
        "source_id,court,case_name,decision_date,docket_number,ip_types,summary\n"
        f"wb-1,txed,Widgetron LLC v. Boltco Inc.,{decided},{docket},patent,Verdict.\n",
        encoding="utf-8",
    )
    return path


def test_it_imports_the_fjcs_file_and_reimports_it_unchanged():
    first = _import("fjc-idb", FJC_FILE)
    again = _import("fjc-idb", FJC_FILE)

    assert first.splitlines()[0] == ("created 6, updated 0, unchanged 0, skipped 1, failed 0.")
    assert again.splitlines()[0].startswith("created 0, updated 0, unchanged 6,")
    assert Ruling.objects.filter(kind="termination", source="fjc_idb").count() == 6
    assert Termination.objects.count() == 6


def test_a_pending_case_that_ends_in_a_later_file_is_updated_not_duplicated():
    _import("fjc-idb", FJC_FILE)
    action = Ruling.objects.get(case__docket_number="1:16-cv-00871")
    assert action.rights_holder_outcome == "pending"

    later = _import("fjc-idb", COURTLISTENER_FILE)

    assert later.splitlines()[0] == ("created 4, updated 2, unchanged 2, skipped 3, failed 0.")
    action.refresh_from_db()
    assert Ruling.objects.filter(case__docket_number="1:16-cv-00871").count() == 1
    assert action.rights_holder_outcome == "challenger_won"
    assert action.decision_date == dt.date(2024, 10, 1)
    assert action.case.date_terminated == dt.date(2024, 10, 1)
    assert action.termination.ending == "judgment_on_motion"
    assert action.termination.as_of is None
    still_pending = Termination.objects.get(ruling__case__docket_number="2:18-cv-01234")
    assert still_pending.as_of == dt.date(2024, 12, 31)
    assert still_pending.ruling.decision_date == dt.date(2024, 12, 31)


def test_an_older_file_imported_after_a_newer_one_changes_nothing():
    _import("fjc-idb", COURTLISTENER_FILE)

    older = _import("fjc-idb", FJC_FILE)

    # The two cases pending in June are older captures; the rest read the same.
    assert older.splitlines()[0] == (
        "created 2, updated 0, unchanged 2, skipped 1, failed 0, older than the stored capture 2."
    )
    action = Ruling.objects.get(case__docket_number="1:16-cv-00871")
    assert action.rights_holder_outcome == "challenger_won"


def test_the_termination_joins_the_case_a_curated_list_gave(tmp_path):
    _import("csv", _curated(tmp_path, "2:15-cv-1455-JRG", "2017-06-30"))

    output = _import("fjc-idb", COURTLISTENER_FILE)

    case = Case.objects.get(court="txed", docket_number_normalized="2:15-cv-1455")
    kinds = sorted(case.rulings.values_list("source", "kind"))
    assert kinds == [("csv", "opinion"), ("fjc_idb", "termination")]
    assert "attached" not in output and "ambiguous" not in output
    assert not DuplicateCandidate.objects.exists()
    assert plan_merges().merges == [] and plan_merges().doubts == []
    # The case takes its end from the IDB, its name from the more trusted list.
    assert case.name == "Widgetron LLC v. Boltco Inc."
    assert case.date_terminated == dt.date(2017, 6, 30)


def test_a_case_known_from_the_idb_is_joined_by_a_later_curated_ruling(tmp_path):
    _import("fjc-idb", COURTLISTENER_FILE)

    output = _import("csv", _curated(tmp_path, "2:2015cv01455", "2017-06-30"))

    assert output.splitlines()[0].startswith("created 1,")
    assert "ambiguous" not in output
    case = Case.objects.get(court="txed", docket_number_normalized="2:15-cv-1455")
    assert case.rulings.count() == 2


def test_bad_rows_are_counted_and_reported_with_their_line(tmp_path):
    path = courtlistener_file(
        tmp_path, "idb-2024-12-31.csv", {}, {"docket": "1500001", "disposition": "42"}
    )

    output = _import("fjc-idb", path)

    assert output.splitlines()[0].endswith("failed 1.")
    assert f"failed: {path}:line 3: DISP 42 is not a code of the FJC's codebook" in output
    assert Ruling.objects.count() == 1


def test_strict_rolls_back_everything_at_the_first_bad_row(tmp_path):
    path = courtlistener_file(
        tmp_path, "idb-2024-12-31.csv", {}, {"docket": "1500001", "disposition": "42"}
    )

    with pytest.raises(CommandError, match=r"Stopped, nothing was written: .*line 3: DISP 42"):
        _import("fjc-idb", "--strict", path)

    assert not Ruling.objects.exists() and not Case.objects.exists()
    assert not Termination.objects.exists() and not Party.objects.exists()


def test_a_row_of_any_us_district_court_imports_and_an_unknown_court_fails_naming_it(tmp_path):
    florida = courtlistener_file(tmp_path, "idb-2024-12-31.csv", {"district": "flmd"})
    nowhere = courtlistener_file(tmp_path, "idb-2025-01-31.csv", {"district": "atlantis"})

    assert "failed 0." in _import("fjc-idb", florida).splitlines()[0]  # from courts-db
    with pytest.raises(CommandError):
        _import("fjc-idb", nowhere)  # every record failed


def test_party_names_come_in_and_a_person_can_be_pseudonymised():
    _import("fjc-idb", COURTLISTENER_FILE)

    person = Party.objects.get(name="JANE Q ROE")
    assert person.is_natural_person
    person.pseudonymised = True
    person.save()
    assert person.display_name == "J. Q. R."
    assert not Party.objects.get(name="BOLTCO INC").is_natural_person


def test_the_amount_reported_to_the_fjc_stays_out_of_damages():
    _import("fjc-idb", COURTLISTENER_FILE)

    ruling = Ruling.objects.get(case__docket_number="2:15-cv-01455")
    assert ruling.damages_amount is None and ruling.damages_currency == ""
    assert ruling.termination.amount_reported == 5200
    assert not Ruling.objects.filter(damages_amount__isnull=False).exists()


def test_the_case_carries_the_idb_dates_and_nature_of_suit():
    _import("fjc-idb", COURTLISTENER_FILE)

    case = Case.objects.get(docket_number="2:18-cv-01234")
    assert (case.court_id, case.nature_of_suit) == ("njd", "835")
    assert case.date_filed == dt.date(2018, 4, 3) and case.date_terminated is None
    ruling = case.rulings.get()
    assert ruling.ip_types == ["patent"]
    assert ruling.ip_classification == "FJC IDB nature of suit 835"


def test_the_ruling_page_shows_the_codes_an_outcome_was_read_from(client):
    _import("fjc-idb", COURTLISTENER_FILE)

    action = Ruling.objects.get(case__docket_number="1:16-cv-00871")
    html = client.get(f"/rulings/{action.pk}/").content.decode()
    assert "How the case ended: FJC Integrated Database" in html
    assert "(DISP 6: judgment on a motion before trial)" in html
    assert 'the plaintiff <span class="muted">(JUDGMENT 1)</span>' in html
    assert "the plaintiff is read as the accused infringer" in html
    assert "Challenger won" in html and "<dt>Terminated</dt>" in html

    verdict = Ruling.objects.get(case__docket_number="2:15-cv-01455")
    html = client.get(f"/rulings/{verdict.pk}/").content.decode()
    assert "$5,200 thousand" in html and "not a damages award" in html

    pending = Ruling.objects.get(rights_holder_outcome="pending")
    html = client.get(f"/rulings/{pending.pk}/").content.decode()
    assert "<dt>Pending on</dt>" in html
    assert "the date of the file that reported it" in html
