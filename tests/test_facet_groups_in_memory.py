"""On PostgreSQL, a page whose rulings are one long id array (a phrase's or a w/N's matches,
or its selection made one array) counts them by facet group in the process, from each ruling's
group kept in memory (search/postgres/grouping.py): the same counts and results as the
statement it replaces, and never a count from before a write."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.models import Ruling
from ipcases.pages.listing import Listing
from ipcases.search.postgres import grouping
from tests.helpers import make_ruling, statements

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL engine's"),
]

QUERIES = [
    'q="was infringed"',
    "q=mark w/3 infringed",
    'q="was infringed"&court=txed',
    'q="was infringed"&ip_type=trademark&ip_type=patent',
    'q="was infringed"&sort=newest&page=1',
]
# Rulings that are not one id array alone: a date range beside the matches (tested on the
# search rows' years), or a words query beside a phrase.
COUNTED_BY_THE_STATEMENT = [
    'q="was infringed"&decided_after=2020-01-01',
    'q="was infringed" -defence',
]


@pytest.fixture
def corpus():
    rulings = [
        make_ruling(text="The patent was infringed; the defence fails."),
        make_ruling(text="The mark was infringed.", court="txed", ip_types=("trademark",)),
        make_ruling(text="The mark was infringed twice.", ip_types=("trademark", "patent")),
        make_ruling(text="Nothing was infringed here.", court="ded"),
        make_ruling(text="Nothing here."),
    ]
    search.update_index([ruling.pk for ruling in rulings])
    return rulings


def page(query: str, in_memory: bool, monkeypatch):
    """The facet counts and results of a page, and whether a statement grouped the rulings."""
    monkeypatch.setattr(grouping, "LONG_ARRAY", 0 if in_memory else 10**9)
    listing = Listing(QueryDict(query))
    with CaptureQueriesContext(connection) as captured:
        counts = listing.facet_counts
        results = set(listing.qs.values_list("pk", flat=True))
    grouped = any("GROUP BY facet_group" in sql for sql in statements(captured))
    return (counts.total, counts.options, counts.courts, results), grouped


@pytest.mark.parametrize("query", QUERIES)
def test_counted_in_memory_as_the_statement_counts(corpus, query, monkeypatch):
    counted, grouped = page(query, True, monkeypatch)
    assert not grouped
    assert counted == page(query, False, monkeypatch)[0]
    assert counted[0] > 0


@pytest.mark.parametrize("query", COUNTED_BY_THE_STATEMENT)
def test_other_selections_are_counted_by_the_statement(corpus, query, monkeypatch):
    counted, grouped = page(query, True, monkeypatch)
    assert grouped
    assert counted == page(query, False, monkeypatch)[0]


def test_a_ruling_indexed_later_is_counted_by_the_next_page(corpus, monkeypatch):
    before, _ = page('q="was infringed"', True, monkeypatch)
    later = make_ruling(text="It was infringed again.", court="txed")
    search.update_index([later.pk])
    after, grouped = page('q="was infringed"', True, monkeypatch)
    assert not grouped
    assert after[0] == before[0] + 1
    assert after == page('q="was infringed"', False, monkeypatch)[0]


def test_a_short_array_is_counted_by_the_statement(corpus):
    with CaptureQueriesContext(connection) as captured:
        Listing(QueryDict('q="was infringed"')).facet_counts  # noqa: B018
    assert any("GROUP BY facet_group" in sql for sql in statements(captured))


def test_a_ruling_the_kept_groups_do_not_hold_leaves_the_count_to_the_statement(
    corpus, monkeypatch
):
    monkeypatch.setattr(grouping, "LONG_ARRAY", 0)
    known = Ruling.objects.filter(pk__any_of=f"{{{corpus[0].pk}}}")
    assert grouping.counted(known, list_rulings=False)[0].count == 1
    unknown = Ruling.objects.filter(pk__any_of=f"{{{corpus[-1].pk + 1000}}}")
    assert grouping.counted(unknown, list_rulings=False) is None


@pytest.mark.usefixtures("kept_cache")
def test_counts_made_in_memory_are_kept_for_the_querys_other_pages(corpus, monkeypatch):
    made = []
    count = grouping.counted
    monkeypatch.setattr(grouping, "counted", lambda *args: made.append(1) or count(*args))
    for again in ("", "&sort=newest", "&page=1"):
        page(f'q="was infringed"{again}', True, monkeypatch)
    assert len(made) == 1
