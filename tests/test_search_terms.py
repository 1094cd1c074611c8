"""Terms of art (ipcases/search/terms.py) change how PostgreSQL finds a phrase, never what it
finds: every query here gives the same rulings whether the index holds the terms or not."""

import pytest
from django.db import connection

from ipcases import search
from ipcases.search import terms
from ipcases.search.query import And, Near, Not, Phrase, Term
from tests.helpers import found, ids, make_case, make_ruling

TEXTS = {
    # "confusion" ends the phrase four words before "dilution".
    "after": "The likelihood of confusion was shown by dilution evidence.",
    # "dilution" comes four words before the phrase starts.
    "before": "Dilution was likely, with likelihood of confusion as well.",
    "apart": "Confusion is likely. The likelihood of harm is small.",
    "fair_use": "The parody is a fair use of the song.",
    "unfair": "It is fair to say the use was unfair.",
}


@pytest.fixture(params=["terms", "positions"])
def corpus(request, index_texts):
    rulings = index_texts(TEXTS)
    rulings["named"] = make_ruling(case=make_case(name="Fair Use Ltd v. Parody Inc"), text="")
    search.update_index([rulings["named"].pk])
    if request.param == "positions" and connection.vendor == "postgresql":
        forget_terms()
    return rulings


def forget_terms():
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ipcases_search_state WHERE name = 'terms'")


def test_a_term_of_art_is_found_as_a_phrase(corpus):
    assert found('"likelihood of confusion"') == ids(corpus, "after", "before")
    assert found('"fair use"') == ids(corpus, "fair_use", "named")
    assert found('"fair use" -parody') == set()
    assert found('-"fair use" fair') == ids(corpus, "unfair")
    assert found('"fair use" OR "likelihood of confusion"') == ids(
        corpus, "after", "before", "fair_use", "named"
    )


def test_a_term_of_art_in_a_field_stays_in_that_field(corpus):
    assert found('case:"fair use"') == ids(corpus, "named")


def test_proximity_counts_from_the_end_of_a_term_of_art(corpus):
    assert found('"likelihood of confusion" w/4 dilution') == ids(corpus, "after", "before")
    assert found('"likelihood of confusion" w/3 dilution') == set()
    assert found('"likelihood of confusion" pre/4 dilution') == ids(corpus, "after")
    assert found('dilution pre/4 "likelihood of confusion"') == ids(corpus, "before")
    assert found('dilution pre/3 "likelihood of confusion"') == set()
    assert found('dilution w/4 "likelihood of confusion"') == ids(corpus, "after", "before")


def test_prefixes_find_what_they_found_before(corpus):
    assert found("likelihood*") == ids(corpus, "after", "before", "apart")
    assert found("likelihood* w/2 confus*") == ids(corpus, "after", "before")
    assert found("likelihood* w/1 confus*") == set()


@pytest.mark.postgres
def test_a_new_database_finds_terms_as_words(db):
    phrase = search.parse('"prior art"').tree
    assert search.engine().prepare(phrase) == Term("prior art")


@pytest.mark.postgres
def test_a_rebuild_records_that_the_index_holds_the_terms(db):
    forget_terms()
    phrase = search.parse('"prior art"').tree
    assert search.engine().prepare(phrase) == phrase
    search.reindex()
    assert search.engine().prepare(phrase) == Term("prior art")


def test_terms_are_listed_as_their_tokens():
    assert ("likelihood", "of", "confus") in terms.terms()
    assert terms.occurrences(["the", "prior", "art", "is", "prior"]) == [(1, "prior art")]


def test_only_phrases_that_are_terms_of_art_become_words():
    near = Near(Phrase(("prior", "art")), Term("obvious"), 3, ordered=True)
    tree = And((near, Not(Phrase(("fair", "day")))))
    folded = Near(Term("prior art"), Term("obvious"), 3, ordered=True)
    assert terms.as_terms(tree) == And((folded, Not(Phrase(("fair", "day")))))
