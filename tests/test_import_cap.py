"""The Caselaw Access Project parser: API v1 and static bulk case JSON, no database."""

import io
import json
from pathlib import Path

import pytest

from ipcases.importers import cap
from ipcases.importers.inputs import Input, iter_inputs

DATA = Path(__file__).parent / "data" / "cap"


def _parse_all(path: Path) -> list[dict]:
    return [r for source in iter_inputs([str(path)], cap.SUFFIXES) for r in cap.parse(source)]


def test_it_reads_an_api_v1_case():
    (record,) = cap.parse(str(DATA / "api_v1_case.json"))

    assert record["source"] == "cap"
    assert record["source_id"] == "4100001"
    assert record["court"] == "ca1"
    assert record["case_short_name"] == "Harbour Light Music, Inc. v. Prescott"
    assert record["decision_date"] == "1994-06-14"
    assert record["docket_number"] == "No. 93-1177"
    assert record["citations"] == ["12 F.3d 345", "1994 Copr. L. Dec. 27,301"]  # and parallel
    assert record["source_url"] == "https://cite.case.law/f3d/12/345/"
    assert record["precedential_status"] == "precedential"
    assert record["ip_types"] == ["copyright"]
    assert record["ip_classification"].startswith("copyright: 17 U.S.C. ×2")
    assert record["position"].endswith("api_v1_case.json")


def test_it_maps_party_roles_from_the_caption():
    (record,) = cap.parse(str(DATA / "api_v1_case.json"))

    assert record["parties"] == [
        {"name": "HARBOUR LIGHT MUSIC, INC.", "role": "appellee", "is_natural_person": None},
        {"name": "Daniel PRESCOTT", "role": "appellant", "is_natural_person": None},
    ]


def test_it_joins_the_opinions_and_mends_words_split_across_lines():
    (record,) = cap.parse(str(DATA / "api_v1_case.json"))

    assert record["text"].startswith("[Majority opinion, CYR, Circuit Judge.]\n\nCYR, Circuit")
    assert "plaintiff's copyright in four songs" in record["text"]
    assert "\n\n[Concurrence opinion, BOUDIN, Circuit Judge]\n\nI join" in record["text"]
    assert record["judges"] == "Before BREYER, Chief Judge, and CYR and BOUDIN, Circuit Judges."


def test_it_reads_a_bulk_volume_and_passes_over_its_metadata_file():
    records = _parse_all(DATA / "volume")

    assert [r.get("source_id") for r in records] == ["4200001", "4200002", "4200003"]
    marlow, ellis, california = records
    assert marlow["court"] == "cafc"
    assert marlow["ip_types"] == ["patent"]
    assert [p["role"] for p in marlow["parties"]] == ["appellant", "appellee"]
    assert marlow["parties"][0]["name"] == "MARLOW TOOL WORKS, INC."
    assert ellis["ip_types"] == []
    assert ellis["ip_classification"] == "not IP: patent: 'patent' ×1"
    assert ellis["position"].endswith("0002-01.json:#1")
    assert california["court"] == "cal"  # any US court, through courts-db


def test_it_reports_a_court_that_neither_courts_db_nor_our_table_knows_by_name():
    with pytest.raises(ValueError) as raised:
        cap.court_id({"name": "High Court of Atlantis"})

    assert str(raised.value) == (
        "court 'High Court of Atlantis' is neither in courts-db nor in ipcases.courts"
    )


def test_it_keeps_a_partial_date_as_partial():
    marlow = _parse_all(DATA / "volume")[0]

    assert marlow["decision_date"] == "1998-11"  # stored as November 1998, not 1 November


@pytest.mark.parametrize(
    ("court", "expected"),
    [
        ({"slug": "us", "name": "Supreme Court of the United States"}, "scotus"),
        ({"slug": "fed-cir"}, "cafc"),
        ({"name": "United States District Court for the Eastern District of Texas"}, "txed"),
        ({"name": "Eastern District of Texas"}, "txed"),
    ],
)
def test_it_maps_courts_by_slug_or_name(court, expected):
    assert cap.court_id(court) == expected


def test_it_does_not_take_a_bankruptcy_court_for_the_district_court():
    bankruptcy = {"name": "United States Bankruptcy Court for the Eastern District of Texas"}

    assert cap.court_id(bankruptcy) == "txeb"


def test_it_reports_a_file_that_is_not_json_and_a_case_without_an_id():
    broken = Input("broken.json", lambda: io.BytesIO(b"{not json"))
    no_id = Input("no-id.json", lambda: io.BytesIO(json.dumps({"name": "X v. Y"}).encode()))

    assert next(cap.parse(broken))["error"].startswith("not valid JSON")
    assert next(cap.parse(no_id)) == {"position": "no-id.json", "error": "a case needs an 'id'"}


def test_it_reports_a_casebody_that_was_not_released():
    case = {"id": 1, "court": {"slug": "us"}, "casebody": {"status": "error_auth_required"}}

    (record,) = cap.parse(io.BytesIO(json.dumps(case).encode()))

    assert record["error"] == "casebody not available (status 'error_auth_required')"
