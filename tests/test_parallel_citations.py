"""A ruling however it is cited: every citation of a parallel group finds it, links to it and
recognises it when another source brings it."""

import pytest

from ipcases import search
from ipcases.citations import index_citations
from ipcases.courts import ensure_courts
from ipcases.importers.store import save_records
from ipcases.models import Citation, Ruling
from tests.helpers import found, make_ruling

pytestmark = pytest.mark.django_db

ALICE = {
    "source": "landmark",
    "source_id": "alice-2014",
    "court": "scotus",
    "case_name": "Alice Corporation Pty. Ltd. v. CLS Bank International et al.",
    "decision_date": "2014-06-19",
    "citations": ["573 U.S. 208, 134 S. Ct. 2347, 189 L. Ed. 2d 296 (2014)"],
    "ip_types": ["patent"],
}


@pytest.fixture
def alice():
    ensure_courts()
    save_records([ALICE])
    return Ruling.objects.get()


def test_a_parallel_group_is_stored_as_its_citations(alice):
    assert list(alice.official_citations.values_list("cite", flat=True)) == [
        "573 U.S. 208",
        "134 S. Ct. 2347",
        "189 L. Ed. 2d 296",
    ]


@pytest.mark.parametrize(
    "cite", ["573 U.S. 208", "134 S. Ct. 2347", "134 S.Ct. 2347", "189 L.Ed.2d 296"]
)
def test_cite_finds_the_ruling_by_any_parallel_citation(alice, cite):
    assert found(f'cite:"{cite}"') == {alice.pk}


def test_a_text_citing_the_supreme_court_reporter_links_to_the_ruling(alice):
    citing = make_ruling(
        text="The claims fail under Alice Corp. v. CLS Bank Int'l, 134 S.Ct. 2347."
    )
    index_citations([citing.pk])

    link = Citation.objects.get(citing_ruling=citing)
    assert link.cited_ruling_id == alice.pk


def test_another_source_citing_only_a_parallel_reporter_is_the_same_ruling(alice):
    cluster = {
        **ALICE,
        "source": "courtlistener",
        "source_id": "cluster:2678127",
        "case_name": "Alice Corp. v. CLS Bank Int'l",
        "citations": ["134 S. Ct. 2347"],
    }
    summary = save_records([cluster])

    assert (summary.created, summary.attached) == (0, 1)
    assert Ruling.objects.count() == 1


def test_a_curated_row_with_the_name_court_and_date_but_no_citation_is_the_same_ruling(alice):
    row = {
        **ALICE,
        "source": "csv",
        "source_id": "firm-alice",
        "case_name": "Alice Corp. v. CLS Bank Int'l, et al.",
        "citations": [],
    }

    assert save_records([row]).attached == 1
    search.update_index([alice.pk])
    assert found("Alice Corp. v. CLS Bank International") == {alice.pk}
