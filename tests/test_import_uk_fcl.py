"""The Find Case Law parser: LegalDocML judgments, header read from its printed text."""

import io
from pathlib import Path

import pytest

from ipcases.importers import uk_fcl
from ipcases.importers.uk_header import case_numbers, judges, parties

DATA = Path(__file__).parent / "data" / "uk-fcl"


def _record(name: str) -> dict:
    (record,) = uk_fcl.parse(str(DATA / name))
    return record


def test_it_reads_the_metadata_of_a_judgment():
    record = _record("ewca_civ_2021_990.xml")

    assert record["source"] == "uk-fcl"
    assert record["source_id"] == "ewca/civ/2021/990"
    assert record["source_url"] == "https://caselaw.nationalarchives.gov.uk/ewca/civ/2021/990"
    assert record["court"] == "ewca-civ"
    assert record["case_name"] == "Brightwater Pumps Ltd & Anor v Calder Irrigation Ltd"
    assert record["decision_date"] == "2021-06-30"
    assert record["docket_number"] == "A3/2020/1234"
    assert record["citations"] == ["[2021] EWCA Civ 990"]
    assert record["kind"] == "judgment"
    assert record["precedential_status"] == "precedential"
    assert record["ip_types"] == ["patent"]


def test_it_reads_judges_and_parties_from_the_header_text():
    record = _record("ewca_civ_2021_990.xml")

    assert record["judges"] == "Lord Justice Kemble; Lady Justice Ormerod; Sir John Parfitt"
    assert [(p["name"], p["role"]) for p in record["parties"]] == [
        ("BRIGHTWATER PUMPS LIMITED", "appellant"),
        ("Eleanor Vance", "appellant"),
        ("CALDER IRRIGATION LTD", "respondent"),
    ]


def test_it_gives_the_body_as_numbered_paragraphs_separated_by_blank_lines():
    text = _record("ewca_civ_2021_990.xml")["text"]

    assert text.startswith("Lord Justice Kemble:\n\n1. The claimants own European Patent")
    assert "\n\n4. For these reasons I would allow the appeal.\n\n" in text
    assert "Case No" not in text


def test_it_leaves_the_outcome_to_the_reader_of_texts():
    # ipcases.outcomes reads it from the text, with the sentence (tests/test_outcomes_record.py).
    record = _record("ewca_civ_2021_990.xml")
    assert "disposition" not in record
    assert "rights_holder_outcome" not in record


def test_it_reads_a_header_printed_in_the_body_and_leaves_it_out_of_the_text():
    record = _record("ewca_civ_2021_1005.xml")

    assert record["source_id"] == "ewca/civ/2021/1005"
    assert record["docket_number"] == "B6/2021/0077"
    assert record["judges"] == "Lord Justice Moss"
    assert [(p["name"], p["role"]) for p in record["parties"]] == [
        ("Margaret Hartley", "appellant"),
        ("Thomas Hartley", "respondent"),
    ]
    assert record["text"].startswith("Lord Justice Moss:\n\n1. This is an appeal")


def test_it_classifies_a_family_case_as_not_ip():
    record = _record("ewca_civ_2021_1005.xml")

    assert record["ip_types"] == []
    assert record["ip_classification"].startswith("not IP")


def test_it_reports_a_court_it_does_not_list():
    record = _record("ewhc_kb_2022_12.xml")

    assert record["error"] == "court 'EWHC-KBD' (ewhc/kb/2022/12) is not in ipcases.courts"


def test_it_reports_malformed_xml_with_its_file():
    (record,) = uk_fcl.parse(io.BytesIO(b"<akomaNtoso><judgment>"))

    assert record["position"] == "<stream>"
    assert record["error"].startswith("not well-formed XML")


def test_it_reports_a_judgment_without_an_identifier():
    xml = b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>'

    (record,) = uk_fcl.parse(io.BytesIO(xml))

    assert record["error"] == "no FRBRWork/FRBRthis: cannot identify the judgment"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Case No: A3/2019/1506 IN THE COURT OF APPEAL", "A3/2019/1506"),
        ("Case Nos: A3/2020/0808 A3/2020/0809", "A3/2020/0808, A3/2020/0809"),
        ("Case No: HP-2019-000012", "HP-2019-000012"),
        ("Case No: A3 2020 0524 A3 2020 0527", "A3/2020/0524, A3/2020/0527"),
        ("Claim No: 123", ""),
    ],
)
def test_it_reads_case_numbers(line, expected):
    assert case_numbers([line]) == expected


def test_it_reads_judges_after_before_and_skips_their_titles():
    header = [
        "Date: 06/11/2020 Before:",
        "LORD JUSTICE UNDERHILL",
        "Vice-President of the Court of Appeal (Civil Division)",
        "and",
        "Mr Justice Meade",
        "Between:",
    ]

    assert judges(header) == ["Lord Justice Underhill", "Mr Justice Meade"]


def test_it_reads_parties_printed_on_one_line_with_numbers_and_descriptions():
    header = [
        "Between :",
        "JOANNE PROPERTIES LIMITED Appellant - and - MONEYTHING CAPITAL LIMITED (1) Respondents",
        "MONEYTHING (SECURITY TRUSTEE) LIMITED (2)",
        "- - - - - - - - - -",
    ]
    described = [
        "Between :",
        "NEURIM PHARMACEUTICALS (1991) LIMITED",
        "(a company incorporated under the laws of",
        "Israel) Appellant",
        "and –",
        "GENERICS UK LIMITED Respondent s",
        "Jane Counsel (instructed by X LLP) for the Appellant",
    ]

    assert [(p["name"], p["role"]) for p in parties(header)] == [
        ("JOANNE PROPERTIES LIMITED", "appellant"),
        ("MONEYTHING CAPITAL LIMITED", "respondent"),
        ("MONEYTHING (SECURITY TRUSTEE) LIMITED", "respondent"),
    ]
    assert [(p["name"], p["role"]) for p in parties(described)] == [
        ("NEURIM PHARMACEUTICALS (1991) LIMITED", "appellant"),
        ("GENERICS UK LIMITED", "respondent"),
    ]
