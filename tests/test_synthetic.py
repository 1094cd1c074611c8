"""The synthetic corpus: deterministic, idempotent to load, valid, and shaped like real rulings."""

import functools
import re
import statistics

import pytest

from ipcases import search
from ipcases.demo.synthetic import generate_ruling, generate_rulings, load_synthetic
from ipcases.demo.synthetic.authorities import LANDMARKS
from ipcases.models import (
    Case,
    CaseParty,
    IPRight,
    OfficialCitation,
    Party,
    Ruling,
    RulingIPType,
)

SAMPLE = 2000


@functools.cache
def sample() -> list[dict]:
    """2,000 generated rulings, without the database."""
    return list(generate_rulings(1, SAMPLE + 1))


def share(predicate) -> float:
    return sum(1 for record in sample() if predicate(record)) / SAMPLE


def snapshot() -> list[tuple]:
    """What the catalogue holds about synthetic rulings, without ids and timestamps."""
    rows = []
    rulings = Ruling.objects.filter(source="synthetic").for_detail().order_by("source_id")
    for r in rulings:
        rows.append(
            (
                r.source_id, r.case.court_id, r.case.name, r.case.docket_number,
                r.case.date_filed, r.decision_date, r.kind, r.disposition,
                r.rights_holder_outcome, r.injunction, r.damages_amount, r.damages_currency,
                r.text, r.summary, r.content_hash, tuple(r.ip_types),
                tuple(c.cite for c in r.official_citations.all()),
                tuple(sorted((cp.party.name, cp.role) for cp in r.case.case_parties.all())),
                tuple(sorted(right.number for right in r.case.rights.all())),
            )
        )  # fmt: skip
    return rows


def test_it_generates_the_same_ruling_for_the_same_seed():
    assert generate_ruling(7) == generate_ruling(7)
    assert generate_ruling(7, seed=99) == generate_ruling(7, seed=99)
    assert generate_ruling(7)["text"] != generate_ruling(7, seed=99)["text"]


def test_it_generates_ruling_i_the_same_in_a_short_and_a_long_run():
    assert list(generate_rulings(1, 11)) == list(generate_rulings(1, 51))[:10]


def test_it_marks_every_record_as_synthetic():
    for record in sample()[:200]:
        assert record["source"] == "synthetic"
        assert record["source_url"] == ""
        assert record["ip_classification"] == "synthetic demo record"
        assert re.fullmatch(r"syn-\d{7}", record["source_id"])
        assert len(record["content_hash"]) == 64
    assert generate_ruling(3, seed=5)["source_id"] == "syn-5-0000003"


@pytest.mark.django_db
def test_it_creates_only_missing_rulings_and_a_second_load_changes_nothing():
    assert load_synthetic(25) == 25
    counts = [m.objects.count() for m in (Ruling, Case, Party, IPRight, OfficialCitation)]
    assert load_synthetic(25) == 0
    assert [m.objects.count() for m in (Ruling, Case, Party, IPRight, OfficialCitation)] == counts
    assert load_synthetic(30, batch_size=4) == 5
    assert Ruling.objects.filter(source="synthetic").count() == 30


@pytest.mark.django_db
def test_it_extends_a_smaller_load_to_the_same_rows_as_one_larger_load():
    load_synthetic(30, batch_size=7)
    whole = snapshot()
    Case.objects.all().delete()
    load_synthetic(10)
    load_synthetic(30, batch_size=8)
    assert snapshot() == whole


@pytest.mark.django_db
def test_it_writes_rulings_that_respect_the_catalogue_constraints():
    load_synthetic(120, batch_size=50)
    rulings = Ruling.objects.filter(source="synthetic").select_related("case")
    assert rulings.count() == 120
    for ruling in rulings:
        assert ruling.case.court_id
        assert (ruling.damages_amount is None) == (ruling.damages_currency == "")
        if ruling.case.date_filed:
            assert ruling.case.date_filed <= ruling.decision_date
    tagged = set(RulingIPType.objects.values_list("ruling_id", flat=True))
    assert tagged == set(rulings.values_list("id", flat=True))
    cites = list(OfficialCitation.objects.values_list("normalized", flat=True))
    assert len(cites) == len(set(cites)) > 0


@pytest.mark.django_db
def test_it_shares_parties_and_rights_between_cases():
    load_synthetic(300)
    assert Party.objects.count() < CaseParty.objects.count()
    assert Party.objects.filter(is_natural_person=True).exists()
    links = Case.rights.through.objects.count()
    assert 0 < IPRight.objects.count() <= links


@pytest.mark.django_db
def test_it_hands_each_batch_of_new_rulings_to_the_search_index(monkeypatch):
    batches = []
    monkeypatch.setattr(search, "update_index", lambda ids: batches.append(list(ids)))
    progress = []
    load_synthetic(9, batch_size=4, progress=lambda done, total: progress.append((done, total)))
    assert [len(batch) for batch in batches] == [4, 4, 1]
    assert sorted(sum(batches, [])) == sorted(Ruling.objects.values_list("id", flat=True))
    assert progress == [(4, 9), (8, 9), (9, 9)]


def test_it_rejects_a_negative_count():
    with pytest.raises(ValueError):
        load_synthetic(-1)


def test_its_texts_have_the_length_of_real_opinions():
    lengths = [len(record["text"]) for record in sample()]
    assert 6_000 <= statistics.median(lengths) <= 16_000
    assert 10_000 <= statistics.mean(lengths) <= 25_000
    assert max(lengths) > 5 * statistics.median(lengths)


def test_its_vocabulary_has_realistic_document_frequencies():
    assert 0.35 <= share(lambda r: "patent" in r["text"].lower()) <= 0.60
    assert share(lambda r: "infringement" in r["text"].lower()) > 0.6
    patent = [r for r in sample() if "patent" in r["ip_types"]]
    construed = sum("claim construction" in r["text"].lower() for r in patent) / len(patent)
    assert construed > 0.5
    for ip_type, phrase in (("trademark", "likelihood of confusion"), ("copyright", "fair use")):
        with_type = [r for r in sample() if ip_type in r["ip_types"]]
        without = [r for r in sample() if ip_type not in r["ip_types"]]
        assert sum(phrase in r["text"].lower() for r in with_type) / len(with_type) > 0.5
        assert sum(phrase in r["text"].lower() for r in without) / len(without) < 0.05


def test_its_texts_cite_landmark_rulings_and_statutes():
    landmarks = {cite for cites in LANDMARKS.values() for cite in cites}
    assert share(lambda r: any(cite in r["text"] for cite in landmarks)) == 1.0
    cited = {cite for r in sample() for cite in landmarks if cite in r["text"]}
    assert "KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007)" in cited
    assert "Feist Publications, Inc. v. Rural Telephone Service Co., 499 U.S. 340 (1991)" in cited
    assert "Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48" in cited
    assert share(lambda r: "35 U.S.C. § 271" in r["text"]) > 0.1
    assert share(lambda r: "15 U.S.C. § 1114" in r["text"]) > 0.05


def test_its_texts_name_the_patents_in_suit_by_number():
    for record in sample()[:300]:
        for right in record["rights"]:
            if right["kind"] == "utility_patent" and record["court"] in ("txed", "cafc"):
                number = f"{int(right['number']):,}"
                assert f"U.S. Patent No. {number}" in record["text"]
                assert f"the '{number[-3:]} patent" in record["text"]


def test_its_texts_cite_earlier_synthetic_rulings():
    cites = {c for r in sample()[:500] for c in r["citations"]}
    assert share(lambda r: any(c in r["text"] for c in cites if c not in r["citations"])) > 0.2


DOCKETS = {
    "txed": r"\d:\d{2}-cv-\d{5}",
    "cafc": r"\d{2}-\d{4}",
    "ttab": r"9[12]\d{6}|\d{8}",
    "ewca-civ": r"A3/\d{4}/\d{4}",
    "ewhc-pat": r"HP-\d{4}-\d{6}|HC\d{2}C0\d{4}",
    "eugc": r"T-\d{1,3}/\d{2}",
    "cjeu": r"C-\d{1,3}/\d{2}",
    "ptab": r"(IPR|PGR)\d{4}-\d{5}",
}


def test_its_docket_numbers_follow_each_courts_style():
    for record in sample():
        pattern = DOCKETS.get(record["court"])
        if pattern:
            assert re.fullmatch(pattern, record["docket_number"]), record["docket_number"]


def test_its_outcomes_and_damages_are_distributed_realistically():
    assert share(lambda r: r["rights_holder_outcome"] == "holder_won") < 0.4
    assert share(lambda r: r["damages_amount"] is not None) < 0.15
    assert share(lambda r: r["injunction"] == "") > 0.8
    currencies = {(r["court"], r["damages_currency"]) for r in sample() if r["damages_currency"]}
    assert {currency for court, currency in currencies if court in ("txed", "ded")} == {"USD"}
    assert all(currency == "GBP" for court, currency in currencies if court.startswith("ew"))
    assert share(lambda r: bool(r["citations"])) > 0.2
    assert share(lambda r: r["date_filed"] is None) < 0.15


def test_it_cites_only_precedential_appeals_to_the_federal_reporter():
    for record in sample():
        if record["court"] == "cafc" and record["precedential_status"] != "precedential":
            assert not any(re.search(r" F\.(2d|3d|4th) ", c) for c in record["citations"])


def test_its_appeals_are_won_by_the_side_the_disposition_names():
    checked = 0
    for record in sample():
        roles = {p["role"]: p["name"] for p in record["parties"]}
        outcome, disposition = record["rights_holder_outcome"], record["disposition"]
        if "appellant" not in roles or outcome not in ("holder_won", "challenger_won"):
            continue
        holder = record["parties"][0]["role"]
        if disposition == "affirmed":
            assert (holder == "appellant") == (outcome == "challenger_won"), record["source_id"]
        elif disposition in ("reversed", "reversed_and_remanded"):
            assert (holder == "appellant") == (outcome == "holder_won"), record["source_id"]
        checked += 1
    assert checked > 100


def test_its_summaries_say_what_an_appeal_court_did():
    affirmed = [r for r in sample() if r["disposition"] == "affirmed" and r["court"] == "cafc"]
    assert affirmed
    for record in affirmed:
        assert "affirmed" in record["summary"], record["summary"]
        assert "found for" not in record["summary"]


def test_its_texts_repeat_no_phrase_and_no_two_sides_share_a_name():
    repeated = re.compile(r"\b(\w+(?: \w+){0,3}),? (?:and )?\1\b")
    for record in sample()[:500]:
        assert not repeated.search(record["summary"]), record["summary"]
        names = re.search(r"between (.+?) and (.+?)[ .]", record["summary"])
        assert names and names.group(1) != names.group(2), record["summary"]
    texts = " ".join(record["text"] for record in sample()[:200])
    assert not re.search(r"\bthe (\w+), the \1\b", texts)
