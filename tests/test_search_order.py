"""+s and +p: the first side before the second within one sentence or paragraph, on both
engines; on PostgreSQL answered by the order vectors alone (postgres/index.py order_vector),
which a property test holds to the plain reading of the connector.

Run plain for SQLite and with DATABASE_URL=postgres://... for PostgreSQL.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st

from ipcases.search import match, versions
from ipcases.search.postgres.index import ORDER_BASE, laid_out, order_vector, unit_vector
from ipcases.search.query import PARAGRAPH, SENTENCE, Near, Prefix, Term
from ipcases.search.text import passages
from tests.helpers import found, ids, statements

# Two of the words of a long sentence apart: more places than two digits of ORDER_BASE hold.
FILLER = " ".join(["and the court considered the record"] * 14)
TEXTS = {
    "before": "The copying was willful and the infringement was plain.\n\nDamages followed.",
    "after": "The infringement was plain and the copying willful.\n\nDamages followed.",
    "other_sentences": "The copying was willful. The infringement was plain.\n\nDamages followed.",
    "other_paragraphs": "The copying was willful.\n\nThe infringement was plain.\n\nDamages.",
    "long_before": f"The copying was willful {FILLER} and the infringement plain.",
    "long_after": f"The infringement was plain {FILLER} and the copying willful.",
    "both_ways": "Infringement, then willful copying, then infringement again.",
    "unrelated": "A trade mark case about a famous mark and its dilution by blurring.",
}


@pytest.fixture
def corpus(index_texts):
    return index_texts(TEXTS)


def test_plus_s_finds_the_first_term_before_the_second_in_one_sentence(corpus):
    assert found("willful +s infringement") == ids(corpus, "before", "long_before", "both_ways")
    assert found("infringement +s willful") == ids(corpus, "after", "long_after", "both_ways")


def test_plus_p_finds_the_first_term_before_the_second_in_one_paragraph(corpus):
    expected = ids(corpus, "before", "other_sentences", "long_before", "both_ways")
    assert found("willful +p infringement") == expected


def test_plus_s_sides_may_be_prefixes_and_one_word_twice(corpus):
    assert found("willful +s infring*") == ids(corpus, "before", "long_before", "both_ways")
    assert found("infringement +s infringement") == ids(corpus, "both_ways")
    assert found("copying +s copying") == set()


def test_a_word_in_too_many_sentences_for_the_order_vector_is_checked_on_its_places(
    index_texts,
):
    # 300 sentences of "willful": more positions than a word's 256.
    many = "Willful act. " * 300
    corpus = index_texts({"yes": many + "Willful infringement.", "no": many + "Infringement."})
    assert found("willful +s infringement") == ids(corpus, "yes")


def test_a_passage_of_too_many_sentences_for_the_order_vector_is_checked(index_texts):
    many = "Yes. " * 1500
    corpus = index_texts({"yes": many + "Willful infringement.", "no": many + "Infringement."})
    assert found("willful +s infringement") == ids(corpus, "yes")


@pytest.mark.postgres
def test_plus_s_between_words_reads_words_only_where_the_order_vector_lacks_them(corpus):
    with CaptureQueriesContext(connection) as captured:
        found("willful +s infringement")
    reading = [sql for sql in statements(captured) if "unnest(" in sql]
    assert reading and all("sentence_order @@" in sql for sql in reading)


WORDS = ["alpha", "beta", "gamma", "delta"]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=70).map(
    lambda words: " ".join(words).capitalize() + "."
)
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
texts = st.lists(paragraphs, min_size=1, max_size=3).map("\n\n".join)
sides = st.one_of(st.sampled_from(WORDS).map(Term), st.sampled_from(["al", "b"]).map(Prefix))


@settings(max_examples=150, deadline=None)
@given(texts, sides, sides, st.sampled_from([SENTENCE, PARAGRAPH]))
def test_the_order_vector_holds_a_before_b_exactly_where_a_unit_does(text, left, right, unit):
    node = Near(left, right, 0, True, unit)
    passage = passages({}, text)[0]
    starts = passage.starts()[1 if unit == PARAGRAPH else 0]
    expected = match.matches(
        node,
        {"body": " ".join(passage.columns["body"])},
        {"body": (passage.sentences, passage.paragraphs)},
    )
    assert _before(order_vector(laid_out(passage), starts), left, right) == expected


@settings(max_examples=100, deadline=None)
@given(texts, st.sampled_from([SENTENCE, PARAGRAPH]))
def test_the_unit_vector_holds_each_word_at_the_units_it_is_in(text, unit):
    passage = passages({"name": "Alpha v. Beta"}, text)[0]
    starts = passage.starts()[1 if unit == PARAGRAPH else 0]
    expected: dict[str, set[int]] = {}
    for at, token in laid_out(passage):
        number = max(n for n, start in enumerate(starts, start=1) if start <= at)
        expected.setdefault(token, set()).add(number)
    assert _units_of(unit_vector(laid_out(passage), starts)) == expected


def _units_of(vector: str) -> dict[str, set[int]]:
    found = re.findall(r"'([^']+)':([\d,]+)", vector)
    return {lexeme: {int(n) for n in units.split(",")} for lexeme, units in found}


def _before(vector: str, left, right) -> bool:
    """`left <d> right` for some d from 1 to ORDER_BASE - 1, on a tsvector literal."""
    positions = {
        lexeme: [int(p) for p in places.split(",")]
        for lexeme, places in re.findall(r"'([^']+)':([\d,]+)", vector)
    }

    def of(side) -> set[int]:
        if isinstance(side, Term):
            return set(positions.get(side.token, ()))
        return {p for lexeme, at in positions.items() if lexeme.startswith(side.token) for p in at}

    rights = of(right)
    return any(p + d in rights for p in of(left) for d in range(1, ORDER_BASE))


def test_an_index_built_before_the_order_vectors_finds_the_same(corpus):
    versions.record("order", "0")
    assert found("willful +s infringement") == ids(corpus, "before", "long_before", "both_ways")
