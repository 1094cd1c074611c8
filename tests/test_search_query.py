"""The query parser: what it understands, what it repairs, and that nothing makes it fail."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipcases.search.query import (
    PARAGRAPH,
    SENTENCE,
    And,
    Field,
    Near,
    Not,
    Or,
    Phrase,
    Prefix,
    Term,
    parse,
)


def test_it_reads_words_as_stemmed_terms_that_must_all_match():
    assert parse("Infringing patents").tree == And((Term("infring"), Term("patent")))


def test_it_reads_phrases_or_exclusions_and_prefixes():
    tree = parse('"fair use" OR parod* -music').tree
    # OR binds first, as in Westlaw, Lexis and web search engines.
    assert tree == And((Or((Phrase(("fair", "use")), Prefix("parod"))), Not(Term("music"))))
    assert parse("NOT music").tree == Not(Term("music"))


def test_it_reads_a_minus_before_a_group_or_phrase_as_an_exclusion():
    assert parse("patent -(music OR film)").tree == And(
        (Term("patent"), Not(Or((Term("music"), Term("film")))))
    )
    assert parse('patent -"fair use"').tree == And((Term("patent"), Not(Phrase(("fair", "use")))))
    assert parse("patent - music").tree == And((Term("patent"), Term("music")))


def test_it_reads_proximity_with_distance_and_order():
    assert parse("a w/5 b").tree == Near(Term("a"), Term("b"), 5, ordered=False)
    assert parse('"prior art" PRE/3 obvious').tree == Near(
        Phrase(("prior", "art")), Term("obvious"), 3, ordered=True
    )


def test_it_splits_a_chain_of_proximity_into_pairs():
    assert parse("a w/5 b pre/2 c").tree == And(
        (Near(Term("a"), Term("b"), 5, False), Near(Term("b"), Term("c"), 2, True))
    )


def test_it_reads_fields():
    assert parse("court:cafc party:apple").tree == And(
        (Field("court", "cafc"), Field("party", "apple"))
    )
    # Every word of a case name, in the name: sources print names with more or fewer words.
    assert parse('case:"acme widgets"').tree == And(
        (Term("acm", column="name"), Term("widget", column="name"))
    )
    assert parse('cite:"547 U.S. 388"').tree == Field("cite", "547 U.S. 388")


def test_it_treats_a_word_with_punctuation_as_a_phrase():
    assert parse("7,654,321").tree == Phrase(("7", "654", "321"))


def test_it_repairs_unbalanced_quotes_and_parentheses_with_a_note():
    parsed = parse('"doctrine of equivalents')
    assert parsed.tree == Phrase(("doctrin", "of", "equival"))
    assert "closed it" in parsed.notes[0]
    parsed = parse("(patent OR trademark")
    assert parsed.tree == Or((Term("patent"), Term("trademark")))
    assert "parenthesis" in parsed.notes[0]
    assert parse("patent)").tree == Term("patent")


def test_it_drops_dangling_operators_with_a_note():
    for query in ("patent OR", "OR patent", "patent AND", "patent NOT", "patent w/5"):
        parsed = parse(query)
        assert parsed.tree == Term("patent"), query
        assert parsed.notes and not parsed.error


def test_it_explains_what_to_fix_when_nothing_is_left():
    assert "court:cafc" in parse("court:").error
    assert parse("OR AND").error
    assert parse("*").error
    assert parse("!!!").error
    assert parse("").error == ""


def test_it_clamps_proximity_distances():
    parsed = parse("a w/500 b")
    assert parsed.tree == Near(Term("a"), Term("b"), 50, False)
    assert "1 to 50" in parsed.notes[0]


def test_it_limits_length_depth_and_terms():
    assert parse("patent " * 500).tree == Term("patent")
    assert parse("(" * 300 + "patent" + ")" * 300).tree == Term("patent")
    assert parse(" ".join(f"w{i}" for i in range(100))).notes


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab "()*-:/w5pre ORANDNOTcourt:é\x00\n'), max_size=80))
def test_it_never_fails_on_query_like_input(query):
    parse(query)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_it_never_fails_on_any_text(query):
    parse(query)


def test_it_reads_a_name_word_in_every_form_lawyers_write_it():
    assert parse("Corp.").tree == Or((Term("corp"), Term("corpor")))
    assert parse("Int'l").tree == Or((Term("intl"), Term("internat"), Phrase(("int", "l"))))
    assert parse("vs.").tree == parse("v.").tree == Or((Term("v"), Term("vs"), Term("versus")))


def test_it_leaves_out_and_ampersand_and_et_al_between_the_words_of_a_name():
    assert parse("Johnson & Johnson").tree == parse("Johnson and Johnson").tree == Term("johnson")
    assert parse("eBay et al. v. MercExchange").tree == parse("eBay v. MercExchange").tree


A, B, C = Term("a"), Term("b"), Term("c")


@pytest.mark.parametrize(
    "query, tree",
    [
        # Westlaw's connectors
        ("a /5 b", Near(A, B, 5, ordered=False)),
        ("a +5 b", Near(A, B, 5, ordered=True)),
        ("a /s b", Near(A, B, 0, False, SENTENCE)),
        ("a +s b", Near(A, B, 0, True, SENTENCE)),
        ("a /p b", Near(A, B, 0, False, PARAGRAPH)),
        ("a +p b", Near(A, B, 0, True, PARAGRAPH)),
        ("a & b", And((A, B))),
        ("a % b", And((A, Not(B)))),
        ("a BUT NOT b", And((A, Not(B)))),
        # Lexis's connectors
        ("a w/5 b", Near(A, B, 5, ordered=False)),
        ("a pre/5 b", Near(A, B, 5, ordered=True)),
        ("a w/s b", Near(A, B, 0, False, SENTENCE)),
        ("a w/p b", Near(A, B, 0, False, PARAGRAPH)),
        ("a AND NOT b", And((A, Not(B)))),
        ("a AND b", And((A, B))),
        ("a OR b", Or((A, B))),
        ("a b", And((A, B))),
        # both: the root expander, quotes, parentheses, restrictions
        ("infring!", Prefix("infring", stem="infr")),
        ("infring*", Prefix("infring", stem="infr")),
        ('"a b"', Phrase(("a", "b"))),
        ("(a OR b) c", And((Or((A, B)), C))),
        ("ti(acme)", Term("acm", column="name")),
        ("name(acme)", Term("acm", column="name")),
        ("co(cafc)", Field("court", "cafc")),
        ("court(cafc)", Field("court", "cafc")),
        ('ci("547 U.S. 388")', Field("cite", "547 U.S. 388")),
    ],
)
def test_it_reads_every_westlaw_and_lexis_connector(query, tree):
    parsed = parse(query)
    assert parsed.tree == tree
    assert parsed.notes == []


def test_it_binds_or_first_then_proximity_then_and_then_but_not_as_westlaw_does():
    assert parse("a OR b w/5 c").tree == Or((Near(A, C, 5, False), Near(B, C, 5, False)))
    assert parse("a /s b c").tree == And((Near(A, B, 0, False, SENTENCE), C))
    # Everything after BUT NOT (or %) is excluded, up to the closing parenthesis.
    assert parse("a % b c").tree == And((A, Not(And((B, C)))))
    assert parse("(a % b) c").tree == And((A, Not(B), C))


def test_it_pairs_each_alternative_of_a_proximity_side():
    tree = parse("(a OR b) /s (c OR d)").tree
    assert len(tree.children) == 4
    assert all(isinstance(pair, Near) and pair.unit == SENTENCE for pair in tree.children)


@pytest.mark.parametrize(
    "query, said",
    [
        ("patent @ infringement", "“@” was ignored"),
        ("patent@ infringement", "“@” was ignored"),
        ("wom*n", "beginning with “wom”"),
        ("wom?n", "beginning with “wom”"),
        ("a w/seg b", "“w/seg” is not a connector"),
        ("a near/5 b", "“near/5” is not a connector"),
        ("sy(willful) patent", "sy( ) restricts to a part"),
        ("(a AND b) /s c", "required both sides"),
    ],
)
def test_it_says_what_it_did_with_what_it_does_not_understand(query, said):
    parsed = parse(query)
    assert any(said in note for note in parsed.notes), parsed.notes
    assert parsed.tree is not None


def test_it_says_that_a_space_is_and_when_a_query_is_written_in_westlaw_connectors():
    note = "A space between words means AND here (in Westlaw it means OR)"
    assert any(note in n for n in parse("willful /5 infringement damages").notes)
    assert parse("willful /5 infringement & damages").notes == []
    assert parse("willful w/5 infringement damages").notes == []
