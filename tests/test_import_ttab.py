"""The TTAB importer: daily proceedings XML (plain or zipped) and reading-room decisions."""

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command

from ipcases.importers import ttab
from ipcases.importers.inputs import iter_inputs
from ipcases.importers.store import save_records
from ipcases.importers.ttab_outcomes import decision_outcome, is_decision_entry
from tests.helpers import make_court

DATA = Path(__file__).parent / "data" / "ttab"
XML = DATA / "proceedings.xml"


def _rulings(records):
    return [r for r in records if "error" not in r and "skip_reason" not in r]


def _zip(tmp_path, name="tt240306.zip"):
    archive = tmp_path / name
    with zipfile.ZipFile(archive, "w") as opened:
        opened.write(XML, "tt240306.xml")
    return archive


def test_it_turns_decision_entries_into_board_decisions():
    rulings = _rulings(ttab.parse(XML))

    assert [r["source_id"] for r in rulings] == [
        "91300001:6",
        "92300002:9",
        "92300002:18",
        "97000004:12",
    ]
    sustained = rulings[0]
    assert sustained["court"] == "ttab"
    assert sustained["kind"] == "board_decision"
    assert sustained["decision_date"] == dt.date(2023, 4, 15)
    assert sustained["docket_number"] == "91300001"
    assert sustained["case_name"] == "Maple Foods Inc. v. Birch Snacks LLC"
    assert sustained["disposition"] == "sustained"
    assert sustained["rights_holder_outcome"] == "challenger_won"
    assert sustained["ip_types"] == ["trademark"]
    assert sustained["date_filed"] == dt.date(2023, 1, 10)
    assert sustained["date_terminated"] == dt.date(2023, 6, 1)
    assert "91300001" in sustained["source_url"]


def test_it_maps_roles_by_proceeding_type_and_leaves_out_counsel():
    rulings = _rulings(ttab.parse(XML))

    opposition, cancellation, appeal = rulings[0], rulings[2], rulings[3]
    assert [(p["name"], p["role"]) for p in opposition["parties"]] == [
        ("Maple Foods Inc.", "opposer"),
        ("Birch Snacks LLC", "applicant"),
    ]
    assert [p["role"] for p in cancellation["parties"]] == ["petitioner", "registrant"]
    assert appeal["case_name"] == "In re Willow Audio GmbH"
    assert appeal["parties"][0]["role"] == "appellant"
    names = {p["name"] for r in rulings for p in r["parties"]}
    assert "SOME LAW FIRM LLP" not in names and "COUNSEL FOR OPPOSER" not in names


def test_it_records_marks_as_registrations_or_applications():
    opposition = _rulings(ttab.parse(XML))[0]

    assert opposition["rights"] == [
        {
            "kind": "trademark_registration",
            "office": "US",
            "number": "6000001",
            "title": "MAPLE CRUNCH",
        },
        {
            "kind": "trademark_application",
            "office": "US",
            "number": "97000002",
            "title": "BIRCH CRUNCH",
        },
    ]


def test_it_reports_a_proceeding_without_decision_as_skipped():
    skipped = [r for r in ttab.parse(XML) if "skip_reason" in r]

    assert len(skipped) == 1
    assert skipped[0]["position"].endswith("proceeding 97000005")


def test_it_reads_the_zip_the_uspto_distributes(tmp_path):
    archive = _zip(tmp_path)

    records = list(ttab.parse(archive))

    assert len(_rulings(records)) == 4
    assert records[0]["position"].startswith(f"{archive}:tt240306.xml:proceeding 91300001")


def test_it_reads_zip_members_given_by_the_input_reader(tmp_path):
    (source,) = iter_inputs([str(_zip(tmp_path))])

    assert len(_rulings(ttab.parse(source))) == 4


def test_it_reads_a_stream_that_cannot_seek():
    class Pipe(io.RawIOBase):
        def __init__(self, data):
            self.data = io.BytesIO(data)

        def readinto(self, buffer):
            chunk = self.data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

        def readable(self):
            return True

    assert len(_rulings(ttab.parse(Pipe(XML.read_bytes())))) == 4


def test_truncated_xml_gives_an_error_record_after_the_complete_proceedings():
    cut = XML.read_bytes()[: XML.read_bytes().index(b"<number>97000004")]
    stream = io.BytesIO(cut)
    stream.name = "cut.xml"

    records = list(ttab.parse(stream))

    assert len(_rulings(records)) == 3
    assert "error" in records[-1]
    assert records[-1]["position"].startswith("cut.xml:line ")
    assert "not well-formed" in records[-1]["error"]


def test_a_file_of_another_kind_is_one_error_record():
    stream = io.BytesIO(b"serial,mark\n1,ACME\n")
    stream.name = "marks.csv"

    assert list(ttab.parse(stream)) == [
        {
            "position": "marks.csv",
            "error": "neither TTAB proceedings XML, a zip of it, nor reading-room JSON",
        }
    ]


def test_it_reads_reading_room_decisions():
    first, second = ttab.parse(DATA / "reading-room.json")

    assert first["source_id"] == "91300001:decision-501"
    assert first["decision_date"] == dt.date(2024, 3, 4)
    assert first["judges"] == "Adams, Baker, Chen"
    assert first["precedential_status"] == "precedential"
    assert (first["disposition"], first["rights_holder_outcome"]) == (
        "sustained",
        "challenger_won",
    )
    assert first["source_url"] == (
        "https://ttab-reading-room.uspto.gov/cms/rest/legal-proceeding/91300001/decision/OPP_31.pdf"
    )
    assert [p["role"] for p in first["parties"]] == ["opposer", "applicant"]
    assert "Likelihood of Confusion" in first["summary"]
    assert second["decision_date"] == dt.date(2024, 3, 5)  # from issueDate (milliseconds)
    assert second["precedential_status"] == "non_precedential"
    assert (second["disposition"], second["rights_holder_outcome"]) == ("denied", "holder_won")


def test_broken_reading_room_json_is_an_error_record():
    stream = io.BytesIO(b'{"results": [{"proceedingNumber": 9130')
    stream.name = "page.json"

    (record,) = ttab.parse(stream)

    assert record["position"] == "page.json"
    assert record["error"].startswith("not valid JSON")


def test_a_reading_room_result_without_a_date_is_an_error_record():
    stream = io.BytesIO(b'{"results": [{"proceedingNumber": 91300001, "id": 7}]}')
    stream.name = "page.json"

    (record,) = ttab.parse(stream)

    assert record == {
        "position": "page.json:#1",
        "error": "decision without proceedingNumber, id or issue date",
    }


@pytest.mark.parametrize(
    "kind, text, expected",
    [
        ("OPP", "BD DECISION: OPP SUSTAINED", ("sustained", "challenger_won")),
        ("OPP", "BOARD'S DECISION: SUSTAINED", ("sustained", "challenger_won")),
        ("OPP", "FINAL DECISION: OPP DISMISSED", ("dismissed", "holder_won")),
        ("OPP", "BD DECISION: OPP DISMISSED W/ PREJ", ("dismissed", "holder_won")),
        ("OPP", "BD DECISION: OPP DISMISSED W/O PREJ", ("dismissed", "dismissed")),
        ("OPP", "BD DECISION: DEFAULT JUDGMENT", ("sustained", "challenger_won")),
        (
            "OPP",
            "BD DECISION: OPP SUSTAINED; W/DRAW OF APPLICATION",
            ("sustained", "challenger_won"),
        ),
        ("OPP", "BD DECISION: W/DRAW OF APPLICATION W/ CONSENT", ("sustained", "challenger_won")),
        ("OPP", "BD DECISION: DISMISSED - W/DRAW OF OPPOSITION", ("dismissed", "holder_won")),
        ("OPP", "BD DECISION: OPP DISMISSED PER SETTLEMENT", ("dismissed", "settled")),
        ("CAN", "BD DECISION: CAN GRANTED", ("granted", "challenger_won")),
        ("CAN", "FINAL DECISION: CAN GRANTED IN PART", ("granted_in_part", "mixed")),
        ("CAN", "BD DECISION: CAN DENIED W/PREJ", ("denied", "holder_won")),
        ("CAN", "BD DECISION: CAN DENIED W/O PREJ", ("denied", "dismissed")),
        ("CAN", "FINAL DECISION: CAN DENIED; COUNTERCLAIM  GRANTED", ("denied", "holder_won")),
        ("CAN", "BD DECISION: CAN DISMISSED", ("dismissed", "holder_won")),
        ("CAN", "BD DECISION COUNTERCLAIM DISMISSED W/PREG", ("dismissed", "other")),
        ("EXA", "FINAL DECISION: AFFIRMED", ("affirmed", "challenger_won")),
        ("EXA", "FINAL DECISION: REVERSED", ("reversed", "holder_won")),
        ("EXA", "FINAL DECISION: AFFIRMED IN PART", ("affirmed_in_part", "mixed")),
        ("EXA", "BD DECISION: DISMISSED FOR FAILURE TO FILE BRIEF", ("dismissed", "dismissed")),
        ("EXA", "FINAL DECISION: DISCLAIMER ACCEPTED", ("other", "other")),
        ("OPP", "Final Decision on SJ: Opposition Dismissed", ("dismissed", "holder_won")),
    ],
)
def test_it_maps_decisions_to_the_outcome_for_the_mark_holder(kind, text, expected):
    assert decision_outcome(kind, text) == expected


@pytest.mark.parametrize(
    "text, is_decision",
    [
        ("BD DECISION: OPP SUSTAINED", True),
        ("FINAL DECISION: AFFIRMED", True),
        ("BOARD'S DECISION: SUSTAINED", True),
        ("DEFAULT JUDGMENT ENTERED", True),
        ("SUBMITTED FOR FINAL DECISION", False),
        ("P MOT FOR DEFAULT JUDGMENT", False),
        ("D REQ FOR RECON OF FINAL BD DCSN", False),
        ("EXTENSION OF TIME GRANTED", False),
        ("CT DECISION: AFFIRMED", False),
    ],
)
def test_it_tells_decision_entries_from_other_history(text, is_decision):
    assert is_decision_entry(text) is is_decision


@pytest.mark.django_db
def test_its_records_store_and_a_second_import_changes_nothing():
    make_court("ttab")
    records = _rulings(ttab.parse(XML)) + list(ttab.parse(DATA / "reading-room.json"))

    first = save_records(records)
    second = save_records(_rulings(ttab.parse(XML)) + list(ttab.parse(DATA / "reading-room.json")))

    assert (first.created, first.failed) == (6, 0), first.errors
    assert (second.unchanged, second.created, second.updated) == (6, 0, 0)


@pytest.mark.django_db
def test_the_import_command_reads_the_zip_and_counts_proceedings_without_decision(tmp_path):
    out = io.StringIO()

    call_command("import_rulings", str(_zip(tmp_path)), "--format", "ttab", "--quiet", stdout=out)

    assert out.getvalue().startswith("created 4, updated 0, unchanged 0, skipped 1, failed 0")


def test_it_reads_reading_room_json_with_a_byte_order_mark():
    stream = io.BytesIO(b"\xef\xbb\xbf" + (DATA / "reading-room.json").read_bytes())
    stream.name = "page.json"

    assert len(_rulings(ttab.parse(stream))) == 2
