"""The FJC Integrated Database parser: both distributions, the codes read as outcomes, and the
rows it refuses (no database)."""

import bz2
import datetime as dt
import gzip
import threading
import zipfile

import pytest

from ipcases.importers import fjc_codes, fjc_idb
from ipcases.importers.inputs import iter_inputs
from tests.fjc_samples import COURTLISTENER_FILE, FJC_FILE, PENDING, courtlistener_file, fjc_file


def records(path) -> list[dict]:
    return [r for r in fjc_idb.parse(path) if "skip_reason" not in r]


def by_docket(path) -> dict[str, dict]:
    return {r["docket_number"]: r for r in records(path)}


def test_it_reads_courtlistener_bulk_rows_as_terminations():
    first = records(COURTLISTENER_FILE)[0]

    assert first["position"] == f"{COURTLISTENER_FILE}:line 2"
    assert first["source"] == "fjc_idb"
    assert first["source_id"] == "txed/2:15-cv-01455/2015-03-02/1"
    assert first["court"] == "txed"
    assert first["docket_number"] == "2:15-cv-01455"
    assert first["case_name"] == "WIDGETRON LLC v. BOLTCO INC"
    assert (first["date_filed"], first["decision_date"]) == (
        dt.date(2015, 3, 2),
        dt.date(2017, 6, 30),
    )
    assert first["date_terminated"] == dt.date(2017, 6, 30)
    assert (first["kind"], first["nature_of_suit"], first["ip_types"]) == (
        "termination",
        "830",
        ["patent"],
    )
    assert first["rights_holder_outcome"] == "holder_won"
    assert first["retrieved_at"] == dt.datetime(2024, 12, 31, tzinfo=dt.UTC)
    assert first["termination"] == {
        "ending": "judgment_jury",
        "stage": "after_trial",
        "date_filed": dt.date(2015, 3, 2),
        "as_of": None,
        "disposition_code": 7,
        "progress_code": 9,
        "judgment_code": 1,
        "judgment_nature_code": 1,
        "origin_code": 1,
        "cause": "35:271",
        "declaratory": False,
        "amount_reported": 5200,
    }
    assert first["parties"] == [
        {"name": "WIDGETRON LLC", "role": "plaintiff", "is_natural_person": None},
        {"name": "BOLTCO INC", "role": "defendant", "is_natural_person": None},
    ]
    assert first["summary"].startswith(
        "Terminated on 30 June 2017: judgment on a jury verdict (DISP 7), for the plaintiff "
        "(JUDGMENT 1); relief: money only (NOJ 1); reached: after a jury trial (PROCPROG 9)."
    )


def test_the_same_case_reads_the_same_from_either_distribution():
    from_courtlistener = by_docket(COURTLISTENER_FILE)
    from_fjc = by_docket(FJC_FILE)

    for docket in ("2:15-cv-01455", "3:19-cv-04410"):
        ours, theirs = dict(from_courtlistener[docket]), dict(from_fjc[docket])
        assert ours.pop("position") != theirs.pop("position")
        assert ours.pop("retrieved_at") > theirs.pop("retrieved_at")
        assert ours == theirs


def test_it_passes_over_every_row_whose_nature_of_suit_is_not_ip():
    skipped = [r for r in fjc_idb.parse(COURTLISTENER_FILE) if "skip_reason" in r]
    # Civil rights (440), a contract (190) and a criminal row with no nature of suit.
    assert len(skipped) == 3
    assert sum("skip_reason" in r for r in fjc_idb.parse(FJC_FILE)) == 1
    assert {r["nature_of_suit"] for r in records(COURTLISTENER_FILE)} == {
        "820",
        "830",
        "835",
        "840",
        "880",
    }


def test_a_pending_case_is_dated_by_the_file_that_reports_it_pending():
    pending = by_docket(COURTLISTENER_FILE)["2:18-cv-01234"]

    assert pending["decision_date"] == dt.date(2024, 12, 31)
    assert pending["date_terminated"] is None
    assert pending["rights_holder_outcome"] == "pending"
    assert pending["termination"]["ending"] == "pending"
    assert pending["termination"]["as_of"] == dt.date(2024, 12, 31)
    assert (
        pending["summary"]
        == "Pending on 31 December 2024, according to the FJC Integrated Database."
    )
    earlier = by_docket(FJC_FILE)["2:18-cv-01234"]
    assert earlier["source_id"] == pending["source_id"]
    assert earlier["decision_date"] == dt.date(2024, 6, 30)


def test_a_declaratory_judgment_action_reads_the_plaintiff_as_the_accused_infringer():
    action = by_docket(COURTLISTENER_FILE)["1:16-cv-00871"]

    assert action["termination"]["declaratory"] is True
    assert action["termination"]["cause"] == "28:2201"
    # Judgment for the plaintiff, who sought a declaration of non-infringement.
    assert action["rights_holder_outcome"] == "challenger_won"
    assert "the plaintiff is taken as the accused infringer" in action["summary"]


@pytest.mark.parametrize(
    ("judgment", "declaratory", "outcome"),
    [
        (1, False, "holder_won"),
        (2, False, "challenger_won"),
        (1, True, "challenger_won"),
        (2, True, "holder_won"),
        (3, False, "mixed"),
        (4, False, ""),
        (None, False, ""),
    ],
)
def test_a_judgment_is_read_for_the_rights_holder(judgment, declaratory, outcome):
    assert fjc_codes.holder_outcome("judgment_on_motion", judgment, declaratory) == outcome


def test_endings_without_a_judgment_have_their_own_outcome_or_none():
    found = by_docket(COURTLISTENER_FILE)

    assert found["3:19-cv-04410"]["rights_holder_outcome"] == "settled"
    assert found["3:19-cv-04410"]["disposition"] == "dismissed"
    assert found["5:22-cv-03300"]["rights_holder_outcome"] == "dismissed"
    assert found["5:22-cv-03300"]["termination"]["origin_code"] == 5  # transferred in
    transferred = found["1:21-cv-00321"]
    assert transferred["termination"]["ending"] == "transferred"
    assert transferred["rights_holder_outcome"] == ""  # decided, if at all, in another court


def test_a_consent_judgment_is_a_settlement_and_keeps_its_injunction():
    consent = by_docket(COURTLISTENER_FILE)["2:23-cv-00777"]

    assert consent["termination"]["ending"] == "consent_judgment"
    assert consent["rights_holder_outcome"] == "settled"
    assert consent["injunction"] == "granted"


def test_an_injunction_in_a_declaratory_action_is_left_unread():
    assert fjc_codes.injunction("judgment_jury", 3, declaratory=False) == "granted"
    assert fjc_codes.injunction("judgment_jury", 3, declaratory=True) == ""
    assert fjc_codes.injunction("settled", 3, declaratory=False) == ""


def test_the_amount_reported_to_the_fjc_is_never_a_damages_award():
    first = records(COURTLISTENER_FILE)[0]

    assert "damages_amount" not in first and "damages_currency" not in first
    assert first["termination"]["amount_reported"] == 5200


def test_it_reads_names_quoted_split_by_a_tab_or_broken_across_lines():
    found = by_docket(FJC_FILE)

    assert found["1:22-cv-00450"]["case_name"] == 'LE "PETIT" CAFÉ INC v. BISTRO BRANDS LLC'
    assert found["2:21-cv-01010"]["case_name"] == "PHOTO ARCHIVE INC v. NORTHERN LIGHTS MEDIA"
    assert found["2:21-cv-01010"]["position"] == f"{FJC_FILE}:line 8"
    assert by_docket(COURTLISTENER_FILE)["1:21-cv-00321"]["parties"][0]["name"] == (
        'ACME "BEST" TOOLS'
    )


def test_a_file_without_a_date_in_its_name_is_dated_by_its_latest_date(tmp_path):
    path = fjc_file(
        tmp_path,
        "cv88on.txt",
        {"docket": "2000001", "filed": "01/06/2020", **PENDING},
        {"docket": "2000002", "filed": "02/03/2020", "terminated": "03/04/2023"},
    )

    pending, ended = records(path)
    assert pending["decision_date"] == dt.date(2023, 3, 4)
    assert (
        pending["retrieved_at"] == ended["retrieved_at"] == dt.datetime(2023, 3, 4, tzinfo=dt.UTC)
    )


def test_it_reads_compressed_files_and_zip_members(tmp_path):
    expected = [
        {k: v for k, v in r.items() if k != "position"} for r in records(COURTLISTENER_FILE)
    ]
    data = COURTLISTENER_FILE.read_bytes()
    packed = tmp_path / f"{COURTLISTENER_FILE.name}.bz2"
    packed.write_bytes(bz2.compress(data))
    gzipped = tmp_path / "fjc-idb-2024-12-31.csv.gz"
    gzipped.write_bytes(gzip.compress(data))
    archive = tmp_path / "idb.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.writestr(COURTLISTENER_FILE.name, data)

    for path in (packed, gzipped, *iter_inputs([str(archive)], fjc_idb.SUFFIXES)):
        found = [{k: v for k, v in r.items() if k != "position"} for r in records(path)]
        assert found == expected


def test_older_courtlistener_dumps_quoted_with_backticks_are_read(tmp_path):
    text = COURTLISTENER_FILE.read_text(encoding="utf-8").replace('\\"', "'").replace('"', "`")
    path = tmp_path / "fjc-integrated-database-2024-12-31.csv"
    path.write_text(text, encoding="utf-8")

    assert [r["source_id"] for r in records(path)] == [
        r["source_id"] for r in records(COURTLISTENER_FILE)
    ]


@pytest.mark.parametrize(
    ("row", "error"),
    [
        ({"disposition": "42"}, "DISP 42 is not a code of the FJC's codebook"),
        ({"judgment": "x"}, "JUDGMENT 'x' is not a code"),
        ({"filed": "2015-13-45"}, "filing date '2015-13-45' is not a date"),
        ({"docket": "15-1455"}, "docket '15-1455' is not the IDB's year and serial number"),
        ({"district": "99"}, "district '99' is not an FJC district code"),
        ({"filed": "2018-01-01"}, "terminated before it was filed"),
        ({"terminated": "2025-01-01"}, "a date after the file's date 2024-12-31"),
        ({"disposition": None}, "a termination date and a disposition (DISP) go together"),
        ({"amount": "-3"}, "AMTREC -3 is negative"),
    ],
)
def test_a_row_that_cannot_be_read_is_an_error_naming_its_line(tmp_path, row, error):
    path = courtlistener_file(tmp_path, "idb-2024-12-31.csv", {}, row)

    good, bad = list(fjc_idb.parse(path))
    assert "error" not in good
    assert bad == {"position": f"{path}:line 3", "error": error}


def test_a_row_with_too_few_cells_is_an_error(tmp_path):
    path = fjc_file(tmp_path, "cv-2024-12-31.txt", {})
    with path.open("ab") as opened:
        opened.write(b"5\t40\t2\t1501456\r\n")

    assert list(fjc_idb.parse(path))[-1] == {
        "position": f"{path}:line 3",
        "error": "4 cells for 17 columns",
    }


def test_a_file_without_the_idb_columns_is_refused(tmp_path):
    path = tmp_path / "list-2024-12-31.csv"
    path.write_text("source_id,court,case_name\n1,txed,X\n", encoding="utf-8")

    assert list(fjc_idb.parse(path)) == [
        {
            "position": f"{path}:line 1",
            "error": "not an FJC IDB file: no column 'district_id' in the header",
        }
    ]


def test_every_fjc_district_code_names_one_court():
    assert len(fjc_codes.DISTRICTS) == 94
    assert len(set(fjc_codes.DISTRICTS.values())) == 94
    assert fjc_codes.DISTRICTS["40"] == "txed"
    assert fjc_codes.DISTRICTS["3A"] == "flmd"
    assert fjc_codes.DISTRICTS["7-"] == "akd"


def test_a_short_row_does_not_swallow_the_row_after_it(tmp_path):
    path = fjc_file(tmp_path, "cv-2024-12-31.txt", {})
    good = path.read_bytes().split(b"\r\n")[1]
    with path.open("ab") as opened:
        opened.write(b"5\t40\t2\t1501456\r\n" + good.replace(b"1501455", b"1501457") + b"\r\n")

    found = list(fjc_idb.parse(path))
    assert found[1] == {"position": f"{path}:line 3", "error": "4 cells for 17 columns"}
    assert found[2]["docket_number"] == "2:15-cv-01457"
    assert found[2]["position"] == f"{path}:line 4"


def test_a_compressed_file_read_in_part_leaves_no_reader_running(tmp_path):
    packed = tmp_path / "fjc-integrated-database-2024-12-31.csv.bz2"
    packed.write_bytes(bz2.compress(COURTLISTENER_FILE.read_bytes()))
    before = threading.active_count()

    parsed = fjc_idb.parse(packed)
    assert next(parsed)["docket_number"] == "2:15-cv-01455"
    parsed.close()

    assert threading.active_count() == before


def test_a_damaged_compressed_file_is_an_error(tmp_path):
    packed = tmp_path / "fjc-integrated-database-2024-12-31.csv.bz2"
    whole = bz2.compress(COURTLISTENER_FILE.read_bytes())
    packed.write_bytes(whole[:40] + b"\x00" * 64 + whole[104:])

    found = list(fjc_idb.parse(packed))
    assert found[-1]["position"] == str(packed)
    assert found[-1]["error"].startswith("cannot be read (")
