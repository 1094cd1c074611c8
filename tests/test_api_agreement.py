"""The list page and the API agree on the count of every query of the search benchmark
(bench/search.py's QUERIES), on a small synthetic corpus with the landmarks."""

import importlib.util
from pathlib import Path

import pytest
from django.http import QueryDict

from ipcases.citations import index_citations
from ipcases.demo.seed import seed_demo
from ipcases.models import Ruling

BENCH = Path(__file__).resolve().parent.parent / "bench" / "search.py"


def bench_search():
    spec = importlib.util.spec_from_file_location("bench_search", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus(db):
    seed_demo(synthetic=60)
    index_citations(Ruling.objects.values_list("pk", flat=True))


def test_the_list_and_the_api_agree_on_every_bench_query(client, corpus):
    bench = bench_search()
    values = bench._field_values()
    checked, matched = 0, 0
    for _, template in bench.QUERIES:
        query = template.format(**values)
        page = client.get(f"/rulings/?{query}")
        api = client.get(f"/api/v1/rulings/?{query}")
        assert api.status_code == 200, (query, api.content[:300])
        assert api.json()["count"] == page.context["page"].paginator.count, query
        assert len(api.json()["results"]) == len(page.context["page"].object_list), query
        checked += bool(QueryDict(query))
        matched += api.json()["count"] > 0
    assert checked == len(bench.QUERIES) - 1  # all but the query without parameters
    assert matched >= len(bench.QUERIES) // 2
