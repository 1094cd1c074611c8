"""A bulk write cuts large batches' texts and builds their vectors in worker processes
(search/workers.py), with the same result as the writing process would.

Run plain for SQLite and with DATABASE_URL=postgres://... for PostgreSQL."""

import os

import pytest
from django.db import connection

from ipcases import search
from ipcases.models import Ruling
from ipcases.search import index as index_module
from ipcases.search import workers as workers_module
from ipcases.search.workers import workers
from tests.helpers import found, ids


@pytest.fixture
def corpus(index_texts):
    return index_texts(
        {
            "equivalents": "The doctrine of equivalents applies. Claim 1 was infringed.\n\n"
            "A second paragraph on willful infringement and damages.",
            "literal": "Literal infringement of claim 3; the doctrine was not reached.",
            "mark": "Likelihood of confusion between the marks, a trade mark case.",
        }
    )


def numbered(item: int) -> tuple[int, int]:
    return item * 2, os.getpid()


def test_outside_a_bulk_write_the_work_stays_in_this_process():
    results = list(workers.started(numbered, range(500)))
    assert results == [(i * 2, os.getpid()) for i in range(500)]


def test_a_small_batch_stays_in_this_process_even_in_a_bulk_write():
    with workers.opened():
        results = list(workers.started(numbered, range(workers_module.PARALLEL_FROM - 1)))
    assert {pid for _, pid in results} == {os.getpid()}


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: no workers")
def test_a_large_batch_in_a_bulk_write_is_worked_on_elsewhere_in_order():
    with workers.opened():
        results = list(workers.started(numbered, range(workers_module.PARALLEL_FROM)))
    assert [value for value, _ in results] == [i * 2 for i in range(workers_module.PARALLEL_FROM)]
    assert os.getpid() not in {pid for _, pid in results}


def test_a_rebuild_in_batches_removes_the_rows_of_rulings_no_longer_stored(corpus, monkeypatch):
    monkeypatch.setattr(index_module, "BATCH", 1)
    Ruling.objects.filter(pk=corpus["mark"].pk).delete()
    search.update_index([ruling.pk for ruling in corpus.values()])
    assert found("confusion") == set()
    assert found("infringement") == ids(corpus, "equivalents", "literal")


@pytest.mark.postgres
@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: no workers")
def test_a_rebuild_in_worker_processes_writes_what_the_write_path_writes(corpus, monkeypatch):
    def fetched(sql: str) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()

    def written() -> tuple[list, list]:
        passages = fetched(
            "SELECT p.ruling_id, p.passage, p.boost, p.document::text, p.sentences::text, "
            "p.paragraphs::text, p.sentence_starts, p.paragraph_starts, "
            "p.sentence_order::text, p.paragraph_order::text, r.words::text, s.body_at "
            "FROM ipcases_search_passage p JOIN ipcases_search_ruling r USING (ruling_id) "
            "JOIN ipcases_search_passage_start s USING (ruling_id, passage) ORDER BY 1, 2"
        )
        return passages, fetched("SELECT * FROM ipcases_search_head_word ORDER BY 1, 2")

    before = written()
    monkeypatch.setattr(workers_module, "PARALLEL_FROM", 1)
    # A batch a ruling: each is built in the workers while the one before it is stored.
    monkeypatch.setattr(index_module, "BATCH", 1)
    search.reindex()
    assert written() == before
    assert found('"doctrine of equivalents"') == ids(corpus, "equivalents")
