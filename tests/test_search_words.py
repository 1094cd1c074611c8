"""Kept words (ipcases/search/text.py KEPT_FORMS): terms of intellectual-property law that the
English stemmer would merge with a different, common word are searched for themselves."""

import pytest
from django.db import connection

from ipcases import search
from ipcases.search import text
from tests.helpers import found, ids, make_ruling

TEXTS = {
    "will": "The court will decide whether the patent was infringed.",
    "willful": "The jury found willful infringement of the patent.",
    "wilful": "There was wilful infringement of the trade mark.",
    "willfully": "The defendant willfully infringed; its willfulness was plain.",
    "patent": "The patent claims a widget.",
    "patentable": "The claims are not patentable subject matter.",
    "description": "The written description supports the claims.",
    "descriptive": "The mark is merely descriptive of the goods.",
    "reason": "For that reason the royalty was set aside.",
    "reasonable": "A reasonable royalty was awarded.",
}


@pytest.fixture
def corpus(index_texts):
    return index_texts(TEXTS)


def test_willful_is_not_will_and_takes_both_spellings(corpus):
    assert found("willful") == ids(corpus, "willful", "wilful", "willfully")
    assert found("wilfulness") == ids(corpus, "willful", "wilful", "willfully")
    assert found("will") == ids(corpus, "will")


def test_a_kept_word_is_not_the_common_word_it_ends_like(corpus):
    assert found("patentable") == ids(corpus, "patentable")
    assert found("patent") == ids(corpus, "will", "willful", "patent")
    assert found("descriptive") == ids(corpus, "descriptive")
    assert found("description") == ids(corpus, "description")
    assert found("reasonable") == ids(corpus, "reasonable")
    assert found("reason") == ids(corpus, "reason")


def test_kept_words_in_phrases_proximity_and_prefixes(corpus):
    assert found('"willful infringement"') == ids(corpus, "willful", "wilful", "willfully")
    assert found("willful w/3 infringement") == ids(corpus, "willful", "wilful", "willfully")
    assert found("willful pre/1 infring*") == ids(corpus, "willful", "wilful", "willfully")
    assert found("reasonable w/1 royalty") == ids(corpus, "reasonable")
    assert found("patentab*") == ids(corpus, "patentable")


def test_snippets_mark_the_kept_word_and_not_the_common_one():
    parsed = search.parse("willful")
    assert "<mark>willful</mark>" in search.snippet(TEXTS["willful"], parsed)
    assert "<mark>" not in search.snippet(TEXTS["will"], parsed)
    assert "<mark>wilful</mark>" in search.snippet(TEXTS["wilful"], parsed)


@pytest.fixture
def older_index(db, monkeypatch):
    """An index built before words were kept: `willful` indexed as `will`, as it was."""
    with monkeypatch.context() as patched:
        patched.setattr(text, "KEPT", {})
        rulings = {key: make_ruling(text=words) for key, words in TEXTS.items()}
        search.update_index([r.pk for r in rulings.values()])
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ipcases_search_state")
    return rulings


def test_an_older_index_also_finds_the_rulings_written_since(older_index):
    since = make_ruling(text="Wilful copying was admitted.")
    search.update_index([since.pk])
    expected = ids(older_index, "will", "willful", "wilful", "willfully") | {since.pk}
    assert found("willful") == expected
    assert found('"willful copying"') == {since.pk}


def test_an_older_index_finds_what_it_found_until_it_is_rebuilt(older_index):
    assert found("willful") == ids(older_index, "will", "willful", "wilful", "willfully")
    assert found('"willful infringement"') == ids(older_index, "willful", "wilful", "willfully")
    assert found("willful w/3 infringement") == ids(older_index, "willful", "wilful", "willfully")
    assert found("willful pre/1 infringement -trade") == ids(older_index, "willful", "willfully")
    assert found("patentable") == ids(older_index, "patent", "patentable", "will", "willful")
    search.reindex()
    assert found("willful") == ids(older_index, "willful", "wilful", "willfully")
    assert found("patentable") == ids(older_index, "patentable")
