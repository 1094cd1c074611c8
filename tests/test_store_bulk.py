"""The write path's bulk mode: new synthetic rulings in bulk, stored as save_records stores
them one at a time; everything else handed to save_records."""

import pytest

from ipcases import search
from ipcases.courts import ensure_courts
from ipcases.importers import store
from ipcases.importers.bulk import store_many
from ipcases.models import Case, IPRight, Party, Ruling, SourceRecord

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


def synthetic(number: int, **overrides) -> dict:
    return {
        "source": "synthetic",
        "source_id": f"syn-{number:07d}",
        "court": "txed",
        "case_name": f"Acme Widgets {number}, Inc. v. Bolt Tools Co.",
        "case_short_name": f"Acme {number} v. Bolt",
        "docket_number": f"2:19-cv-{number:05d}",
        "date_filed": "2019-01-02",
        "decision_date": "2020-03-04",
        "precedential_status": "unknown",
        "disposition": "affirmed",
        "ip_types": ["patent"],
        "citations": [f"{number} F. Supp. 3d 456"],
        "parties": [
            {"name": "Acme Widgets, Inc.", "role": "plaintiff"},
            {"name": "Jane Doe", "role": "defendant"},
        ],
        "rights": [{"kind": "utility_patent", "office": "US", "number": "7,654,321"}],
        "rights_holder_outcome": "holder_won",
        "damages_amount": "1500000",
        "damages_currency": "USD",
        "text": "The jury found the patent infringed. See 35 U.S.C. § 271.",
        **overrides,
    }


def stored() -> list[tuple]:
    """What the catalogue holds about its rulings, without ids, times and outcome bases."""
    rows = []
    for ruling in Ruling.objects.for_detail().prefetch_related("source_records"):
        case = ruling.case
        rows.append(
            (
                ruling.source_id, ruling.decision_date, ruling.decision_date_precision,
                ruling.kind, ruling.precedential_status, ruling.disposition,
                ruling.rights_holder_outcome, ruling.damages_amount, ruling.damages_currency,
                ruling.text, ruling.content_hash, tuple(ruling.ip_types),
                tuple(c.cite for c in ruling.official_citations.all()),
                case.court_id, case.name, case.short_name, case.docket_number,
                case.docket_number_normalized, case.date_filed,
                tuple(sorted((cp.party.name, cp.party.is_natural_person, cp.role)
                             for cp in case.case_parties.all())),
                tuple(sorted((r.kind, r.office, r.number) for r in case.rights.all())),
                tuple((s.source, s.source_id, s.content_hash, s.has_text, s.text_length,
                       s.text_quality, s.fields) for s in ruling.source_records.all()),
            )
        )  # fmt: skip
    return sorted(rows)


def test_it_stores_new_rulings_as_save_records_stores_them_one_at_a_time():
    records = [synthetic(1), synthetic(2, parties=[{"name": "Jane Doe", "role": "plaintiff"}])]
    store.save_records(records)
    one_at_a_time = stored()
    Case.objects.all().delete()
    Party.objects.all().delete()
    IPRight.objects.all().delete()

    summary = store_many(records)

    assert (summary.created, summary.failed) == (2, 0)
    assert stored() == one_at_a_time


def test_it_shares_parties_and_rights_with_the_catalogue_and_guesses_natural_persons():
    store.save_records([{**synthetic(1), "source": "csv", "source_id": "row-1"}])
    store_many([synthetic(2), synthetic(3)])
    assert Party.objects.count() == 2
    assert Party.objects.get(name="Jane Doe").is_natural_person
    assert IPRight.objects.count() == 1


def test_it_fills_the_title_of_a_right_the_catalogue_holds_without_one():
    store_many([synthetic(1)])
    right = {"kind": "utility_patent", "office": "US", "number": "7654321", "title": "Widget"}
    store_many([synthetic(2, rights=[right])])
    assert IPRight.objects.get().title == "Widget"


def test_it_marks_generated_outcome_values_as_synthetic():
    store_many([synthetic(1, injunction="")])
    ruling = Ruling.objects.get()
    assert (ruling.disposition_basis, ruling.outcome_basis) == ("synthetic", "synthetic")
    assert (ruling.damages_basis, ruling.injunction_basis) == ("synthetic", "")


def test_a_second_run_changes_nothing():
    store_many([synthetic(1), synthetic(2)])
    before = stored()
    summary = store_many([synthetic(1), synthetic(2)])
    assert (summary.created, summary.unchanged) == (0, 2)
    assert stored() == before


def test_it_hands_a_changed_record_and_other_sources_to_save_records():
    store_many([synthetic(1)])
    summary = store_many([synthetic(1, disposition="reversed"), synthetic(9, source="csv")])
    assert (summary.created, summary.updated) == (1, 1)
    assert Ruling.objects.get(source_id="syn-0000001").disposition == "reversed"
    assert SourceRecord.objects.filter(source="csv").count() == 1


def test_a_bad_record_fails_alone():
    summary = store_many([synthetic(1, court="nowhere"), synthetic(2)])
    assert (summary.created, summary.failed) == (1, 1)
    assert "unknown court 'nowhere'" in summary.errors[0]
    assert list(Ruling.objects.values_list("source_id", flat=True)) == ["syn-0000002"]


def test_a_citation_names_one_ruling():
    store_many([synthetic(1), synthetic(2, citations=["1 F. Supp. 3d 456", "7 F.4th 8"])])
    cites = {
        r.source_id: [c.cite for c in r.official_citations.all()] for r in Ruling.objects.all()
    }
    assert cites == {"syn-0000001": ["1 F. Supp. 3d 456"], "syn-0000002": ["7 F.4th 8"]}


def test_it_writes_the_search_index_once_a_batch(monkeypatch):
    batches = []
    monkeypatch.setattr(search, "update_index", lambda ids: batches.append(len(list(ids))))
    progress = []
    store_many([synthetic(n) for n in range(1, 6)], batch=2, progress=progress.append)
    assert batches == [2, 2, 1]
    assert progress == [2, 2, 1]
