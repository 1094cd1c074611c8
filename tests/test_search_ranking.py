"""Relevance order, and pages that list every match once, on SQLite and PostgreSQL."""

import pytest

from ipcases import search
from ipcases.models import Ruling
from tests.helpers import make_case, make_ruling


def test_it_orders_by_relevance(db):
    weak = make_ruling(text="A patent case about a widget.")
    strong = make_ruling(
        case=make_case(name="Widget v. Widget"), text="Widget widget widget patent."
    )
    search.update_index([weak.pk, strong.pk])
    parsed = search.parse("widget")
    results = search.Ranked(search.filter(Ruling.objects.all(), parsed), parsed)
    assert results.count() == 2
    assert [r.pk for r in results[0:2]] == [strong.pk, weak.pk]


@pytest.mark.postgres
class TestBroadQueryRanking:
    def test_it_ranks_the_candidates_of_a_broad_query_exactly(self, db, monkeypatch):
        plain = [make_ruling(text=f"A widget case number {i}.") for i in range(6)]
        named = make_ruling(case=make_case(name="Widget v. Widget"), text="About a widget.")
        dense = make_ruling(text="Widget widget widget widget widget.")
        search.update_index([r.pk for r in [*plain, named, dense]])
        parsed = search.parse("widget")
        rulings = search.filter(Ruling.objects.all(), parsed)
        exact = [r.pk for r in search.Ranked(rulings, parsed)[0:8]]
        monkeypatch.setattr(search.engine(), "EXACT_LIMIT", 2)
        monkeypatch.setattr(search.engine(), "CANDIDATES", 4)
        two_stage = search.Ranked(rulings, parsed)
        first_page = [r.pk for r in two_stage[0:3]]
        assert first_page[0] == named.pk == exact[0]
        assert len({r.pk for r in [*two_stage[0:4], *two_stage[4:8]]}) == 8


def test_the_pages_of_a_broad_query_list_every_match_once_best_first(db, monkeypatch):
    plain = [make_ruling(text=f"A widget case number {i}.") for i in range(7)]
    named = make_ruling(case=make_case(name="Widget v. Widget"), text="About a widget.")
    search.update_index([r.pk for r in [*plain, named]])
    # Two matches are "broad" here: only the best passages are ranked, the others follow by id.
    monkeypatch.setattr(search.engine(), "EXACT_LIMIT", 2)
    parsed = search.parse("widget")
    results = search.Ranked(search.filter(Ruling.objects.all(), parsed), parsed)
    listed = [r.pk for start in range(0, 9, 3) for r in results[start : start + 3]]
    assert sorted(listed) == sorted(r.pk for r in [*plain, named])
    assert listed[0] == named.pk
    tail = listed[-4:]
    assert tail == sorted(tail, reverse=True)


def test_pages_list_every_match_once_when_rulings_have_many_matching_passages(db, monkeypatch):
    short = [make_ruling(text=f"A widget case number {i}.") for i in range(4)]
    # Each of several passages, all of which match.
    long = [make_ruling(text="About a widget, number four. " * 1200) for _ in range(4)]
    search.update_index([r.pk for r in [*short, *long]])
    monkeypatch.setattr(search.engine(), "EXACT_LIMIT", 2)
    # SQLite ranks the rulings of its best passages first, the same ones for every page.
    monkeypatch.setattr(search.engine(), "BEST_PASSAGES", 6, raising=False)
    parsed = search.parse("widget")
    results = search.Ranked(search.filter(Ruling.objects.all(), parsed), parsed)
    listed = [r.pk for start in range(0, 9, 3) for r in results[start : start + 3]]
    assert sorted(listed) == sorted(r.pk for r in [*short, *long])


@pytest.mark.parametrize(
    "query", ["widget", "widget gadget", "widget OR gadget", "widg*", "gadget widg*"]
)
def test_pages_past_the_ranked_candidates_list_every_match_once(db, monkeypatch, query):
    plain = [make_ruling(text=f"A widget and a gadget, case {i}.") for i in range(6)]
    named = [
        make_ruling(case=make_case(name=f"Widget{' Gadget' * (i % 2)} v. Co {i}"), text="A widget.")
        for i in range(6)
    ]
    search.update_index([r.pk for r in [*plain, *named]])
    # Few candidates, and a first stage that reads few head words for them.
    for name, value in (("EXACT_LIMIT", 2), ("CANDIDATES", 3), ("HEAD_SCAN", 1)):
        monkeypatch.setattr(search.engine(), name, value, raising=False)
    monkeypatch.setattr(search.engine(), "BEST_PASSAGES", 3, raising=False)
    parsed = search.parse(query)
    matches = search.filter(Ruling.objects.all(), parsed)
    results = search.Ranked(matches, parsed)
    listed = [r.pk for start in range(0, 12, 2) for r in results[start : start + 2]]
    assert len(listed) > 6
    assert sorted(listed) == sorted(matches.values_list("pk", flat=True))


@pytest.mark.parametrize("query", ["widget", '"a widget"', "widget OR about", "widget -number"])
def test_a_query_alone_ranks_as_it_does_beside_another_filter(db, monkeypatch, query):
    plain = [make_ruling(text=f"A widget case number {i}.") for i in range(4)]
    named = make_ruling(case=make_case(name="Widget v. Widget"), text="About a widget.")
    # Rulings of several passages that all match: fewer rulings than a page are ranked, and
    # the others follow, each once.
    long = [make_ruling(text="About a widget, number four. " * 1200) for _ in range(4)]
    search.update_index([r.pk for r in [*plain, named, *long]])
    monkeypatch.setattr(search.engine(), "EXACT_LIMIT", 2)
    monkeypatch.setattr(search.engine(), "BEST_PASSAGES", 6, raising=False)
    parsed = search.parse(query)
    alone = search.filter(Ruling.objects.all(), parsed)
    beside = alone.filter(pk__gt=0)  # the same rulings, with a condition that is not the query
    listed = []
    for rulings in (alone, beside):
        ranked = search.Ranked(rulings, parsed)
        listed.append([r.pk for start in range(0, 12, 3) for r in ranked[start : start + 3]])
    assert listed[0] == listed[1] and listed[0]


def test_a_broad_query_with_filters_ranks_only_the_filtered_rulings(db, monkeypatch):
    from django.http import QueryDict

    from ipcases.pages.listing import Listing

    courts = ["cafc", "txed"] * 3
    plain = [make_ruling(court=c, text=f"A widget case number {i}.") for i, c in enumerate(courts)]
    named = make_ruling(case=make_case(court="txed", name="Widget v. Widget"), text="A widget.")
    search.update_index([r.pk for r in [*plain, named]])
    # Two matches are "broad" here, so the first stage and the exact stage both run.
    monkeypatch.setattr(search.engine(), "EXACT_LIMIT", 2)
    f = Listing(QueryDict("q=widget&court=txed"))
    results = [r.pk for r in f.results()[0:10]]
    assert results[0] == named.pk
    assert sorted(results) == sorted(r.pk for r in [*plain, named] if r.case.court_id == "txed")


@pytest.mark.postgres
@pytest.mark.parametrize("query", ['"a widget"', "widget w/3 gadget", '"a widget" -number'])
def test_a_long_id_array_probed_by_the_first_stage_ranks_as_a_short_one(db, monkeypatch, query):
    from ipcases.search.postgres import matches

    plain = [make_ruling(text=f"A widget and a gadget, case number {i}.") for i in range(6)]
    named = [make_ruling(case=make_case(name="Widget v. Co"), text="A widget, a gadget.")]
    search.update_index([r.pk for r in [*plain, *named]])
    for name, value in (("EXACT_LIMIT", 2), ("CANDIDATES", 3), ("HEAD_SCAN", 1)):
        monkeypatch.setattr(search.engine(), name, value, raising=False)
    listed = []
    for long_array in (matches.LONG_ARRAY, 0):  # 0: every id array is a long one
        monkeypatch.setattr(matches, "LONG_ARRAY", long_array)
        parsed = search.parse(query)
        ranked = search.Ranked(search.filter(Ruling.objects.all(), parsed), parsed)
        listed.append([r.pk for start in range(0, 8, 2) for r in ranked[start : start + 2]])
    assert listed[0] == listed[1] and listed[0]
