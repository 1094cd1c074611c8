"""The Federal Circuit opinions feed importer."""

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import call_command

from ipcases.importers import cafc_rss
from ipcases.importers.store import save_records
from tests.helpers import make_court

FEED = Path(__file__).parent / "data" / "cafc" / "feed.xml"


def test_it_reads_each_item_as_a_metadata_ruling():
    opinion, _, judgment = cafc_rss.parse(FEED)

    assert opinion["source"] == "cafc-rss"
    assert opinion["source_id"] == "23-1101:opinion:2024-03-04"
    assert opinion["court"] == "cafc"
    assert opinion["docket_number"] == "23-1101"
    assert opinion["case_name"] == "ACME WIDGETS, INC. v. BOLT TOOLS CO."
    assert opinion["decision_date"] == dt.date(2024, 3, 4)
    assert opinion["kind"] == "opinion"
    assert opinion["precedential_status"] == "precedential"
    assert opinion["source_url"] == (
        "https://cafc.uscourts.gov/opinions-orders/23-1101.OPINION.3-4-2024_2000001.pdf"
    )
    assert "origin PTO" in opinion["summary"]
    assert judgment["kind"] == "judgment"
    assert judgment["precedential_status"] == "non_precedential"


def test_it_falls_back_to_the_item_link_and_publication_date_without_a_pdf():
    *_, judgment = cafc_rss.parse(FEED)

    assert judgment["decision_date"] == dt.date(2024, 3, 6)
    assert judgment["source_url"].startswith("https://cafc.uscourts.gov/03-06-2024-23-1303")


def test_it_marks_patent_appeals_and_leaves_the_others_without_ip_type():
    opinion, employee, judgment = cafc_rss.parse(FEED)

    assert opinion["ip_types"] == ["patent"]
    assert "origin PTO" in opinion["ip_classification"]
    assert employee["ip_types"] == []
    assert "origin MSPB" in employee["ip_classification"]
    assert judgment["ip_types"] == ["patent"]  # district court, two firms
    assert "private parties" in judgment["ip_classification"]


@pytest.mark.parametrize(
    "origin, caption, ip_types",
    [
        ("ITC", "KYOCERA SENCO INDUS. TOOLS INC v. ITC", ["patent"]),
        ("DCT", "ARMSTRONG v. US", []),
        ("DCT", "METZINGER v. DEPARTMENT OF VETERANS AFFAIRS", []),
        ("RIT", "In Re NETFLIX, INC.", ["patent"]),
        ("RIT", "In Re RAGHUBIR", []),
        ("CFC", "HARMONIA HOLDINGS GROUP, LLC v. US", []),
        ("CAVC", "JOHNSON v. MCDONOUGH", []),
        ("DCT", "In re ACME PATENT LITIGATION", ["patent"]),
    ],
)
def test_it_classifies_by_origin_and_caption(origin, caption, ip_types):
    assert cafc_rss.classify(origin, caption)[0] == ip_types


def test_the_source_id_is_stable_across_reads():
    first = [r["source_id"] for r in cafc_rss.parse(FEED)]
    second = [r["source_id"] for r in cafc_rss.parse(FEED)]

    assert (
        first
        == second
        == [
            "23-1101:opinion:2024-03-04",
            "23-2202:opinion:2024-03-05",
            "23-1303:rule-36-judgment:2024-03-06",
        ]
    )


def test_truncated_feed_ends_with_an_error_record():
    data = FEED.read_bytes()
    stream = io.BytesIO(data[: data.index(b"<title>23-2202")])
    stream.name = "feed.xml"

    records = list(cafc_rss.parse(stream))

    assert len(records) == 2
    assert records[0]["source_id"] == "23-1101:opinion:2024-03-04"
    assert records[1]["position"].startswith("feed.xml:line ")
    assert "not well-formed" in records[1]["error"]


def test_an_item_with_an_unexpected_title_is_an_error_record():
    stream = io.BytesIO(
        b"<rss><channel><item><title>Court closed on Monday</title></item></channel></rss>"
    )
    stream.name = "feed.xml"

    assert list(cafc_rss.parse(stream)) == [
        {"position": "feed.xml:item 1", "error": "title not understood: 'Court closed on Monday'"}
    ]


@pytest.mark.django_db
def test_its_records_store():
    make_court("cafc")

    summary = save_records(cafc_rss.parse(FEED))

    assert (summary.created, summary.failed) == (3, 0), summary.errors


@pytest.mark.django_db
def test_the_import_command_keeps_the_ip_appeals():
    out = io.StringIO()

    call_command("import_rulings", str(FEED), "--format", "cafc-rss", "--quiet", stdout=out)

    assert out.getvalue().startswith("created 2, updated 0, unchanged 0, skipped 1")
