"""The landmark rulings: valid records, spread across courts, and saved once however often."""

import datetime as dt
import re

import pytest

from ipcases.courts import COURTS, ensure_courts
from ipcases.demo.landmarks import landmark_records
from ipcases.importers import store
from ipcases.models import Party, Ruling

LANDMARKS = landmark_records()
COURT_IDS = {court[0] for court in COURTS}
COUNTRY_OF = {court[0]: court[3] for court in COURTS}
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z]|$)")


def test_it_has_at_least_forty_landmarks():
    assert len(LANDMARKS) >= 40


def test_it_gives_every_landmark_a_record_the_store_accepts():
    for record in LANDMARKS:
        cleaned = store.clean_record(record, COURT_IDS)
        assert cleaned["source"] == "landmark"
        assert isinstance(cleaned["decision_date"], dt.date)


def test_it_gives_every_landmark_a_unique_readable_source_id():
    source_ids = [record["source_id"] for record in LANDMARKS]
    assert len(source_ids) == len(set(source_ids))
    for source_id in source_ids:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", source_id), source_id
        assert re.search(r"(19|20)\d\d$", source_id), f"{source_id} should end with its year"


def test_it_uses_only_courts_the_catalogue_knows():
    assert {record["court"] for record in LANDMARKS} <= COURT_IDS


def test_it_spans_united_states_united_kingdom_and_european_union_courts():
    courts = {record["court"] for record in LANDMARKS}
    assert len(courts) >= 4
    assert {COUNTRY_OF[court] for court in courts} >= {"US", "GB", "EU"}


def test_it_gives_every_landmark_citation_ip_type_disposition_and_outcome():
    for record in LANDMARKS:
        where = record["source_id"]
        assert record["citations"] and all(c.strip() for c in record["citations"]), where
        assert record["ip_types"], where
        assert record["disposition"], where
        assert record["rights_holder_outcome"], where
        assert record["precedential_status"] == "precedential", where


def test_it_summarises_every_landmark_in_two_or_three_sentences():
    for record in LANDMARKS:
        sentences = len(SENTENCE_END.findall(record["summary"].strip()))
        assert 2 <= sentences <= 3, f"{record['source_id']}: {sentences} sentences"


def test_it_dates_every_landmark_in_the_past():
    today = dt.date.today()
    for record in LANDMARKS:
        assert dt.date(1950, 1, 1) < dt.date.fromisoformat(record["decision_date"]) < today


def test_it_records_whether_each_party_is_a_natural_person():
    for record in LANDMARKS:
        for party in record["parties"]:
            assert isinstance(party["is_natural_person"], bool), (record["source_id"], party)
    goldsmith = next(r for r in LANDMARKS if r["source_id"] == "warhol-goldsmith-2023")
    by_name = {p["name"]: p["is_natural_person"] for p in goldsmith["parties"]}
    assert by_name["Lynn Goldsmith"] is True
    assert by_name["Andy Warhol Foundation for the Visual Arts, Inc."] is False


def test_it_cites_preliminary_rulings_by_case_number_and_ecli():
    rulings = [record for record in LANDMARKS if record["court"] == "cjeu"]
    assert rulings
    for record in rulings:
        assert record["kind"] == "preliminary_ruling"
        assert re.fullmatch(r"C-\d+/\d\d( to C-\d+/\d\d)?", record["docket_number"])
        assert re.fullmatch(r"ECLI:EU:C:\d{4}:\d+", record["citations"][0])
        assert record["disposition"] == "answered"


def test_it_links_only_to_known_public_sources():
    hosts = ("https://supreme.justia.com/", "https://www.bailii.org/", "https://curia.europa.eu/")
    for record in LANDMARKS:
        if record.get("source_url"):
            assert record["source_url"].startswith(hosts), record["source_id"]


@pytest.mark.django_db
def test_it_saves_every_landmark_once_and_then_reports_them_unchanged():
    ensure_courts()

    first = store.save_records(LANDMARKS, strict=True)
    second = store.save_records(LANDMARKS, strict=True)

    assert (first.created, first.failed, first.errors) == (len(LANDMARKS), 0, [])
    assert (second.created, second.updated, second.unchanged) == (0, 0, len(LANDMARKS))
    assert Ruling.objects.filter(source="landmark").count() == len(LANDMARKS)


@pytest.mark.django_db
def test_it_stores_natural_persons_as_such():
    ensure_courts()
    store.save_records(LANDMARKS, strict=True)

    assert Party.objects.get(name="Lynn Goldsmith").is_natural_person
    assert not Party.objects.get(name="Google LLC").is_natural_person
