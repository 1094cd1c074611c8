"""Hostile and random input to every endpoint, the query language and the write path: nothing
answers a server error, nothing hostile comes back as markup, no record breaks its batch.

A small, fixed run (the same examples every time, so that CI does not turn red by chance);
bench/fuzz.py runs ten thousand and more at random and reports them in docs/benchmarks.md.
FUZZ_EXAMPLES sets the number of requests here.
"""

import os

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipcases import search
from ipcases.courts import ensure_courts
from ipcases.importers import store
from ipcases.models import Ruling
from tests.fuzzing import MARKER, QUERY, TEXT, build_corpus, read, requests

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FIXED = settings(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.fixture
def corpus(db):
    return build_corpus()


@pytest.fixture
def courts(db):
    ensure_courts()


@settings(FIXED, max_examples=EXAMPLES)
@given(url=requests())
def test_no_request_answers_a_server_error_or_returns_markup(corpus, url):
    response = Client().get(url)
    content = read(response)
    assert response.status_code < 500, url
    if response.get("Content-Type", "").startswith("text/html"):
        assert MARKER not in content.decode(errors="replace"), url


def _depth(node) -> int:
    children = getattr(node, "children", None) or [getattr(node, "child", None)]
    return 1 + max((_depth(child) for child in children if child is not None), default=0)


@settings(FIXED, max_examples=500)
@given(query=QUERY)
def test_the_parser_reads_anything_into_a_shallow_tree(query):
    parsed = search.parse(query)
    assert parsed.tree is None or _depth(parsed.tree) <= 2 * search.query.MAX_DEPTH + 4
    assert all(isinstance(note, str) for note in parsed.notes)


VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    TEXT,
    st.lists(TEXT, max_size=3),
    st.lists(st.dictionaries(TEXT, TEXT, max_size=3), max_size=2),
    st.dictionaries(TEXT, TEXT, max_size=2),
)
KEYS = [
    "source_id",
    "court",
    "case_name",
    "decision_date",
    "docket_number",
    "case_short_name",
    "date_filed",
    "nature_of_suit",
    "disposition",
    "rights_holder_outcome",
    "damages_amount",
    "damages_currency",
    "judges",
    "summary",
    "text",
    "language",
    "source_url",
    "retrieved_at",
    "ip_types",
    "citations",
    "parties",
    "rights",
]
VALID = {
    "source": "csv",
    "source_id": "fuzz",
    "court": "cafc",
    "case_name": "A v. B",
    "decision_date": "2020-01-01",
    "ip_types": ["patent"],
}
RECORD = st.builds(
    lambda changes, n: {**VALID, "source_id": f"fuzz-{n}", **changes},
    st.dictionaries(st.sampled_from(KEYS), VALUE, max_size=4),
    st.integers(min_value=0, max_value=10**6),
)


@settings(FIXED, max_examples=EXAMPLES // 4)
@given(records=st.lists(RECORD, min_size=1, max_size=3))
def test_any_record_is_stored_or_fails_alone(courts, records):
    before = Ruling.objects.count()
    summary = store.save_records([*records, {**VALID, "source_id": "fuzz-valid"}])
    counted = summary.created + summary.updated + summary.unchanged + summary.failed
    assert counted == len(records) + 1
    assert Ruling.objects.filter(source_id="fuzz-valid").exists()
    assert Ruling.objects.count() == before + summary.created
    Ruling.objects.all().delete()
