"""The CourtListener importer: saved v4 and v3 API responses."""

import io
from pathlib import Path

import pytest

from ipcases.importers import courtlistener
from ipcases.importers.store import save_records
from tests.helpers import make_court

DATA = Path(__file__).parent / "data" / "courtlistener"


def _parse(name):
    return list(courtlistener.parse(DATA / name))


def _by_id(records):
    return {r["source_id"]: r for r in records if "source_id" in r}


def test_it_maps_a_v4_search_page():
    records = _by_id(_parse("v4-search-page.json"))

    appeal = records["cluster:9000001"]
    assert appeal["court"] == "cafc"
    assert appeal["case_name"] == "Acme Widgets, Inc. v. Bolt Tools Co."
    assert appeal["decision_date"] == "2024-03-04"
    assert appeal["docket_number"] == "23-1101"
    assert appeal["judges"] == "Lourie, Dyk, Stoll"
    assert appeal["precedential_status"] == "precedential"
    assert appeal["citations"] == ["99 F.4th 1001", "2024 U.S.P.Q.2d 100"]
    assert appeal["source_url"] == (
        "https://www.courtlistener.com/opinion/9000001/acme-widgets-inc-v-bolt-tools-co/"
    )
    assert appeal["ip_types"] == ["patent"]  # no nature of suit: from the words used
    trial = records["cluster:9000002"]
    assert trial["nature_of_suit"] == "830"
    assert trial["ip_types"] == ["patent"]
    assert trial["ip_classification"] == "nature of suit 830 Patent"
    assert trial["precedential_status"] == "non_precedential"
    assert [(p["name"], p["role"]) for p in trial["parties"]] == [
        ("Gearbox Labs LLC", "plaintiff"),
        ("Spindle Systems Corp.", "defendant"),
    ]


def test_a_ruling_of_any_us_court_is_read_by_its_courtlistener_id():
    hawaii = _by_id(_parse("v4-search-page.json"))["cluster:9000003"]

    assert hawaii["court"] == "hawapp"  # Hawaii Intermediate Court of Appeals, from courts-db


def test_a_court_that_neither_courts_db_nor_our_table_knows_is_a_failed_record_naming_it():
    page = {"results": [{**_parse_result(), "court_id": "atlantis", "court": "Atlantis Court"}]}
    (error,) = courtlistener.records_from_document("page.json", page)

    assert error["error"] == (
        "court 'atlantis' (Atlantis Court) is neither in courts-db nor in ipcases.courts"
    )
    assert error["position"] == "page.json:results[0]"


def _parse_result() -> dict:
    return {"caseName": "Doe v. Roe", "cluster_id": 1, "dateFiled": "2003-01-10"}


def test_it_reads_v3_search_rows_once_per_cluster():
    (record,) = _parse("v3-search-page.json")

    assert record["source_id"] == "cluster:9000010"
    assert record["decision_date"] == "2021-05-03"
    assert record["case_short_name"] == "Melody Records"
    assert record["ip_types"] == ["copyright"]
    assert record["nature_of_suit"] == "820"


def test_it_joins_a_cluster_with_its_opinions_and_docket():
    (record,) = _parse("v4-cluster-bundle.json")

    assert record["source_id"] == "cluster:9000020"
    assert record["court"] == "cafc"  # from the docket
    assert record["docket_number"] == "23-2020"
    assert record["date_filed"] == "2023-08-01"
    assert record["citations"] == ["101 F.4th 200", "2024 U.S.P.Q.2d 300"]
    assert record["disposition"] == "affirmed_in_part"
    assert record["text"].startswith("Spruce appeals the judgment that it infringes the \u2019123")
    assert record["text"].endswith("I would hold the asserted claims of the patent invalid.")
    assert record["ip_types"] == ["patent"]
    assert [(p["name"], p["role"]) for p in record["parties"]] == [
        ("PINECONE MEDICAL, INC.", "appellee"),
        ("SPRUCE DEVICES LLC", "appellant"),
    ]


def test_a_cluster_without_its_docket_takes_the_court_from_the_headmatter():
    bundle = (DATA / "v4-cluster-bundle.json").read_text()
    cluster = __import__("json").loads(bundle)[0]
    cluster["headmatter"] = (
        "<docketnumber>No. 93-2214.</docketnumber><court>United States Court of Appeals, "
        "First Circuit.</court>"
    )
    (record,) = courtlistener.records_from_document("cluster.json", cluster)

    assert (record["court"], record["docket_number"]) == ("ca1", "93-2214")


def test_a_cluster_with_no_court_anywhere_is_a_failed_record():
    cluster = {
        "resource_uri": "https://www.courtlistener.com/api/rest/v4/clusters/5/",
        "id": 5,
        "docket_id": 6,
        "case_name": "A v. B",
        "date_filed": "2020-01-01",
    }

    (record,) = courtlistener.records_from_document("cluster.json", cluster)

    assert "no court" in record["error"] and "docket 6" in record["error"]


def test_it_reads_a_v3_envelope_and_skips_opinions_without_their_cluster():
    records = _parse("v3-envelope-day2.json")

    dockets = _by_id(records)
    assert set(dockets) == {"docket:8000031", "docket:8000032"}
    patent = dockets["docket:8000031"]
    assert patent["kind"] == "other"
    assert patent["rights_holder_outcome"] == "pending"
    assert patent["ip_types"] == ["patent"]
    assert patent["retrieved_at"] == "2025-07-17T04:40:16.608513+00:00"
    assert "35:271 Patent Infringement" in patent["summary"]
    (skip,) = [r for r in records if "skip_reason" in r]
    assert skip["skip_reason"].startswith("an opinion whose cluster is in none of the files")
    assert skip["skip_detail"].endswith("cluster 9000030")


def test_a_docket_without_an_ip_nature_of_suit_has_no_ip_type():
    records = _by_id(_parse("v3-envelope-day1.json"))

    assert records["docket:8000031"]["ip_types"] == []
    assert records["docket:8000032"]["ip_types"] == ["trademark"]
    assert records["docket:8000033"]["ip_types"] == []


@pytest.mark.parametrize(
    "content, message",
    [
        (
            b'{"count": 1, "results": [{"caseName": "Acme v. Bolt", "cluster_id": 1',
            "not valid JSON",
        ),
        (b'{"detail": "Invalid token."}', "not a CourtListener API response"),
        (b"\xff\xfe\x00", "not valid JSON"),
    ],
)
def test_malformed_input_is_one_error_record(content, message):
    stream = io.BytesIO(content)
    stream.name = "page.json"

    (record,) = courtlistener.parse(stream)

    assert record["position"] == "page.json"
    assert record["error"].startswith(message)


def test_a_truncated_file_on_disk_is_an_error_record():
    (record,) = _parse("truncated.json")

    assert "not valid JSON" in record["error"]


@pytest.mark.django_db
def test_a_docket_that_gains_its_nature_of_suit_a_day_later_is_updated():
    make_court("txed")

    first = save_records(_parse("v3-envelope-day1.json"))
    second = save_records(r for r in _parse("v3-envelope-day2.json") if "skip_reason" not in r)

    assert (first.created, first.failed) == (3, 0), first.errors
    assert (second.updated, second.unchanged, second.created) == (1, 1, 0), second.errors


@pytest.mark.django_db
def test_search_results_and_clusters_store():
    make_court("cafc")
    records = [
        r
        for name in ("v4-search-page.json", "v3-search-page.json", "v4-cluster-bundle.json")
        for r in _parse(name)
        if "error" not in r
    ]

    summary = save_records(records)

    assert (summary.created, summary.failed) == (5, 0), summary.errors


def test_a_docket_search_result_becomes_a_docket_record():
    page = {
        "results": [
            {
                "caseName": "River Coffee Co. v. Brook Beans LLC",
                "cause": "15:1114 Trademark Infringement",
                "court_id": "txed",
                "dateFiled": "2025-07-15",
                "dateTerminated": "2025-11-01",
                "docketNumber": "4:25-cv-00701",
                "docket_absolute_url": "/docket/8000032/river-coffee-co-v-brook-beans-llc/",
                "docket_id": 8000032,
                "suitNature": "",
                "recap_documents": [],
            }
        ]
    }

    (record,) = courtlistener.records_from_document("type-r.json", page)

    assert record["source_id"] == "docket:8000032"
    assert record["decision_date"] == "2025-11-01"
    assert record["ip_types"] == ["trademark"]
    assert record["ip_classification"] == "cause 15:1114 Trademark Infringement"
    assert "rights_holder_outcome" not in record  # terminated, outcome unknown
