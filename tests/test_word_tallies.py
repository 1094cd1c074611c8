"""On PostgreSQL, a page whose rulings are one common word's matches, or those of one common
word without another, counts its facets from the word's tallies by facet group
(search/postgres/tallies.py): the same counts and results as the statement, tallies that every
write keeps true, and the statement again whenever they may not be. With a facet in use, the
results are read from the groups that pass (PostgresEngine.in_groups)."""

import pytest
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.models import Ruling
from ipcases.pages.listing import Listing
from ipcases.search import versions
from ipcases.search.postgres import tallies
from tests.helpers import make_court, make_ruling, statements

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL engine's"),
]

# Words in half the rulings or more are common here.
SHARE = 0.5
QUERIES = ["q=infringed", "q=infringed&sort=newest", "q=infringed&page=1", "q=mark"]
# A common word without another: its tallies less the groups of the rulings with both.
WITHOUT = ["q=infringed -twice", "q=infringed NOT mark", "q=-defence infringed", "q=was -was"]
# A facet in use: the results are the rulings of the groups that pass, some holding the word
# in each of their rulings ("mark"), some not ("infringed" in one of the two rulings of
# cafc's patent group).
FACETS = [
    "q=infringed&court=txed",
    "q=infringed&ip_type=patent",
    "q=infringed&court=cafc&sort=newest",
    "q=mark&court=ded",
    "q=infringed -twice&ip_type=trademark",
]
# Not one common word's matches alone.
COUNTED_BY_THE_STATEMENT = [
    "q=infringed&decided_after=2020-01-01",
    "q=infringed defence",
    "q=infringed OR twice",
    "q=defence",
    "q=defence -twice",
    'q="was infringed"',
]


@pytest.fixture
def corpus(monkeypatch):
    monkeypatch.setattr(tallies, "SHARE", SHARE)
    rulings = [
        make_ruling(text="The patent was infringed; the defence fails."),
        make_ruling(text="The mark was infringed.", court="txed", ip_types=("trademark",)),
        make_ruling(text="The mark was infringed twice.", ip_types=("trademark", "patent")),
        make_ruling(text="Nothing was infringed here, says the mark's owner.", court="ded"),
        make_ruling(text="Nothing here."),
    ]
    search.update_index([ruling.pk for ruling in rulings])
    search.analyze()
    assert tallies.is_kept()
    return rulings


def page(query: str):
    """The facet counts and results of a page, and whether the tallies could answer them (a
    statement that reads them, which counts with the facet statement where they cannot)."""
    listing = Listing(QueryDict(query))
    with CaptureQueriesContext(connection) as captured:
        counts = listing.facet_counts
        results = set(listing.qs.values_list("pk", flat=True))
        assert set(listing.matches.values_list("pk", flat=True)) == results
    read = any(tallies.TALLIES in sql for sql in statements(captured))
    return (counts.total, counts.options, counts.courts, results), read


def read_from_the_groups(query: str) -> list[str]:
    """The statements that read the page's results from the groups that pass (in_groups),
    which a page whose facet statement listed them does not run."""
    with CaptureQueriesContext(connection) as captured:
        page(query)
    return [sql for sql in statements(captured) if "facet_group = ANY(" in sql]


def by_the_statement(query: str):
    """The same page counted by the facet statement: the tallies out of date."""
    with transaction.atomic():
        tallies.out_of_date()
        versions.touch()  # nothing kept from before is read
        counted, _ = page(query)
        transaction.set_rollback(True)
    return counted


def from_the_tallies(query: str) -> bool:
    """Whether the page's counts come from the tallies: it counts 100 more rulings of each
    group when every tally of the query's word is 100 more."""
    word, _ = tallies._words(Listing(QueryDict(query)).qs)  # noqa: SLF001
    before, _ = page(query)
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {tallies.TALLIES} SET rulings = rulings + 100 WHERE word = %s", [word]
            )
        versions.touch()
        after, _ = page(query)
        transaction.set_rollback(True)
    return after[0] > before[0] + 99


def counted_now() -> dict[tuple[str, int], int]:
    """Every tally as the search rows give it now, and as the table holds it."""
    with connection.cursor() as cursor:
        cursor.execute(f"{tallies.COUNTED} GROUP BY u.word, r.facet_group")
        now = {(word, group): n for word, group, n in cursor.fetchall()}
        cursor.execute(
            f"SELECT word, facet_group, rulings FROM {tallies.TALLIES} WHERE rulings <> 0"
        )
        held = {(word, group): n for word, group, n in cursor.fetchall()}
    assert now == held
    return held


@pytest.mark.parametrize("query", QUERIES)
def test_one_common_word_is_counted_from_its_tallies_as_the_statement_counts(corpus, query):
    counted, read = page(query)
    assert read and from_the_tallies(query)
    assert counted == by_the_statement(query)
    assert counted[0] > 0


@pytest.mark.parametrize("query", WITHOUT)
def test_one_common_word_without_another_is_counted_from_its_tallies_less_both(corpus, query):
    counted, read = page(query)
    assert read
    assert counted == by_the_statement(query)
    if query != "q=was -was":
        assert from_the_tallies(query) and counted[0] > 0


@pytest.mark.parametrize("query", FACETS)
def test_with_a_facet_in_use_the_results_are_read_from_the_groups_that_pass(corpus, query):
    counted, read = page(query)
    assert read and read_from_the_groups(query)
    assert counted == by_the_statement(query)
    assert counted[0] > 0


def test_a_word_in_every_ruling_of_its_groups_is_read_from_them_untested(corpus):
    # "mark" is in 3 of the 5 rulings, each alone in its group.
    query = "q=mark&court=txed"
    read = read_from_the_groups(query)
    assert read and not any("@@" in sql for sql in read)
    counted, _ = page(query)
    assert counted == by_the_statement(query)
    assert counted[0] == 1


@pytest.mark.parametrize("query", COUNTED_BY_THE_STATEMENT)
def test_other_selections_are_counted_by_the_statement(corpus, query):
    counted, read = page(query)
    assert not read or not from_the_tallies(query)
    assert counted == by_the_statement(query)


def test_a_word_that_is_not_common_is_counted_in_the_same_statement(corpus):
    counted, read = page("q=defence")
    assert read and not from_the_tallies("q=defence")
    assert counted[0] == 1


def test_the_common_words_are_those_of_share_or_more_of_the_rulings(corpus):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT word FROM {tallies.COMMON}")
        common = {word for (word,) in cursor.fetchall()}
    assert {"infring", "mark", "was"} <= common
    assert not {"defenc", "twice", "nothing"} & common
    held = counted_now()
    assert held
    assert sum(n for (word, _), n in held.items() if word == "infring") == 4


def test_a_new_or_changed_ruling_changes_the_tallies_in_its_write(corpus):
    later = make_ruling(text="The mark was infringed again.", court="txed")
    Ruling.objects.filter(pk=corpus[0].pk).update(text="Nothing of the kind.")
    search.update_index([later.pk, corpus[0].pk])
    assert tallies.is_kept()
    counted_now()
    counted, _ = page("q=infringed")
    assert from_the_tallies("q=infringed")
    assert counted[0] == 4
    assert counted == by_the_statement("q=infringed")


def test_a_ruling_moved_to_another_court_moves_its_tallies(corpus):
    corpus[1].case.court = make_court("ded")
    corpus[1].case.save()
    search.refresh_facets([corpus[1].pk])
    assert tallies.is_kept()
    counted_now()
    counted, _ = page("q=mark")
    assert counted == by_the_statement("q=mark")
    assert counted[2].keys() >= {"ded"}


def test_a_deleted_ruling_leaves_them_out_of_date_until_the_tables_are_analysed(corpus):
    gone = corpus[2].pk
    Ruling.objects.filter(pk=gone).delete()
    search.update_index([gone])
    assert not tallies.is_kept()
    counted, _ = page("q=mark")
    assert not from_the_tallies("q=mark")
    assert counted[0] == 2
    search.analyze()
    assert tallies.is_kept()
    counted_now()
    assert page("q=mark")[0] == counted
    assert from_the_tallies("q=mark")


def test_a_rebuilt_index_counts_them_at_its_end(corpus):
    search.reindex()
    assert tallies.is_kept()
    counted_now()
    counted, _ = page("q=infringed")
    assert from_the_tallies("q=infringed")
    assert counted == by_the_statement("q=infringed")
