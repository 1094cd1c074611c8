"""Westlaw's and Lexis's connectors find the same rulings on SQLite and PostgreSQL, each as
the service means it (where the two differ, as Westlaw does; see /help/search/).

Run plain for SQLite and with DATABASE_URL=postgres://... for PostgreSQL.
"""

import pytest

from ipcases import search
from ipcases.models import Ruling
from ipcases.search import versions
from tests.helpers import found, ids

TEXTS = {
    "same_sentence": (
        "The infringement was willful. The jury found that the copying was deliberate and "
        "that the infringement of the patent was not excused.\n\nDamages were trebled."
    ),
    "same_paragraph": (
        "The jury heard the evidence of copying. It found the conduct willful.\n"
        "Infringement was found on every claim, and the court entered judgment.\n\n"
        "The injunction was denied."
    ),
    "other_paragraphs": (
        "The conduct was willful.\n\nSeparately, the court considered the evidence at length "
        "and in detail. Infringement was not proved."
    ),
    "abbreviations": (
        "See Acme Inc. v. Widget Co., 123 F.3d 456 (Fed. Cir. 2000) (willful infringement of "
        "U.S. Patent No. 7,654,321)."
    ),
    "unrelated": "A trade mark case about a famous mark and its dilution by blurring.",
}


@pytest.fixture
def corpus(index_texts):
    return index_texts(TEXTS)


def test_s_w_s_find_both_terms_in_one_sentence_either_order(corpus):
    expected = ids(corpus, "same_sentence", "abbreviations")
    assert found("willful /s infringement") == expected
    assert found("willful w/s infringement") == expected
    assert found("infringement /s willful") == expected


def test_plus_s_wants_the_first_term_first_within_the_sentence(corpus):
    assert found("willful +s infringement") == ids(corpus, "abbreviations")
    assert found("infringement +s willful") == ids(corpus, "same_sentence")


def test_p_w_p_find_both_terms_in_one_paragraph(corpus):
    expected = ids(corpus, "same_sentence", "same_paragraph", "abbreviations")
    assert found("willful /p infringement") == expected
    assert found("willful w/p infringement") == expected


def test_plus_p_wants_the_first_term_first_within_the_paragraph(corpus):
    expected = ids(corpus, "same_sentence", "same_paragraph", "abbreviations")
    assert found("willful +p infringement") == expected


def test_sentence_and_paragraph_sides_may_be_phrases_prefixes_and_alternatives(corpus):
    assert found('"was willful" /s infring!') == ids(corpus, "same_sentence")
    assert found("(jury OR court) /p willful") == ids(corpus, "same_sentence", "same_paragraph")
    assert found('"the patent" /s infring!') == ids(corpus, "same_sentence")


def test_slash_n_and_plus_n_are_w_n_and_pre_n(corpus):
    assert found("willful /1 infringement") == found("willful w/1 infringement")
    # Words apart count across sentences: "willful.\nInfringement" are next to each other.
    assert found("willful /1 infringement") == ids(corpus, "same_paragraph", "abbreviations")
    assert found("infringement +3 willful") == ids(corpus, "same_sentence")
    assert found("infringement +3 willful") == found("infringement pre/3 willful")


def test_ampersand_and_are_both_terms(corpus):
    assert found("willful & dilution") == set()
    assert found("mark & famous") == ids(corpus, "unrelated")
    assert found("mark AND famous") == ids(corpus, "unrelated")


def test_but_not_and_not_and_percent_exclude_the_rest(corpus):
    expected = ids(corpus, "same_sentence", "same_paragraph", "abbreviations")
    assert found("willful % proved") == expected
    assert found("willful BUT NOT proved") == expected
    assert found("willful AND NOT proved") == expected


def test_root_expander_and_restrictions(corpus):
    assert found("trebl!") == ids(corpus, "same_sentence")
    assert found("dilut! OR trebl!") == ids(corpus, "same_sentence", "unrelated")


def test_an_index_built_before_sentences_were_indexed_says_so(corpus):
    versions.record("units", "0")
    parsed = search.parse("willful /s infringement")
    search.filter(Ruling.objects.all(), parsed)
    assert any("reindex_search" in note for note in parsed.notes)
