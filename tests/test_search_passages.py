"""The passages a result shows and the words the ruling page marks satisfy the query: for
w/N, pre/N, /s, +s, /p and +p both sides within the distance, order, sentence or paragraph;
a phrase whole; and nothing else is marked."""

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from ipcases import search
from ipcases.models import Ruling
from ipcases.search import listed, match, passages, regions
from ipcases.search.query import PARAGRAPH, SENTENCE, And, Near, Not, Or, Phrase, Prefix, Term
from ipcases.search.text import WORD, token_spans, units
from tests.helpers import make_ruling

WORDS = ["alpha", "beta", "gamma", "delta"]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(
    lambda words: " ".join(words).capitalize() + "."
)
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
texts = st.lists(paragraphs, min_size=1, max_size=4).map("\n\n".join)
terms = st.sampled_from(WORDS).map(Term)
sides = st.one_of(terms, st.tuples(terms, terms).map(lambda p: Phrase((p[0].token, p[1].token))))
nears = st.one_of(
    st.builds(Near, sides, sides, st.integers(1, 4), st.booleans()),
    st.builds(
        Near, sides, sides, st.just(0), st.booleans(), st.sampled_from([SENTENCE, PARAGRAPH])
    ),
)
trees = st.one_of(sides, nears, st.tuples(nears, sides).map(And))


def numbered(text: str) -> dict[int, tuple[int, str]]:
    """{start character: (token number, token)} of every word."""
    return {start: (n, token) for n, (start, _, token) in enumerate(token_spans(text))}


def satisfies(node, marked: list[tuple[int, str]], text: str) -> bool:
    """Whether the marked words of one hit are an occurrence of `node`, read plainly."""
    if isinstance(node, Term):
        return [token for _, token in marked] == [node.token]
    if isinstance(node, Phrase):
        numbers = [n for n, _ in marked]
        consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        return consecutive and tuple(token for _, token in marked) == node.tokens
    for cut in range(1, len(marked)):
        for left, right in ((marked[:cut], marked[cut:]), (marked[cut:], marked[:cut])):
            sides = satisfies(node.left, left, text) and satisfies(node.right, right, text)
            if sides and _apart(node, left, right, text):
                return True
    return False


def _apart(node: Near, left: list, right: list, text: str) -> bool:
    first, last = left[-1][0], right[0][0]
    if node.unit:
        starts = units(text)[1 if node.unit == PARAGRAPH else 0]
        unit = {bisect.bisect_right(starts, n) for n, _ in left + right}
        return len(unit) == 1 and (not node.ordered or left[0][0] < right[0][0])
    if left[0][0] < right[0][0]:
        return 1 <= last - first <= node.distance
    return not node.ordered and 1 <= left[0][0] - right[-1][0] <= node.distance


def part_of(tree, hit: passages.Hit):
    return tree.children[hit.part] if isinstance(tree, And) else tree


@settings(max_examples=300, deadline=None)
@given(texts, trees)
def test_every_marked_passage_satisfies_its_operator(text, tree):
    words = numbered(text)
    for hit in passages.hits(text, tree):
        marked = [words[start] for start, _ in hit.marks]
        assert satisfies(part_of(tree, hit), marked, text), (hit, marked)


@settings(max_examples=300, deadline=None)
@given(texts, trees)
def test_a_text_has_hits_exactly_when_it_matches_and_nothing_else_is_marked(text, tree):
    tokens = [token for _, _, token in token_spans(text)]
    column = {"body": " ".join(tokens)}
    found = passages.hits(text, tree)
    parts = tree.children if isinstance(tree, And) else (tree,)
    for number, part in enumerate(parts):
        expected = match.matches(part, column, {"body": units(text)})
        assert any(hit.part == number for hit in found) == expected
    html, count = search.highlight(text, search.Parsed(tree))
    assert count == len(passages.marks(found))
    assert html.count("<mark") == count


def test_a_result_shows_the_pair_not_every_occurrence():
    text = (
        "Infringement is alleged. " * 3
        + "The infringement was willful, the jury found.\n\n"
        + "Nothing willful here. " * 3
    )
    parsed = search.parse("willful w/5 infringement")
    html, count = search.highlight(text, parsed)
    assert count == 2
    assert '<mark id="match-1">infringement</mark> was <mark id="match-2">willful</mark>' in html
    shown = search.snippet(text, parsed)
    assert shown.count("<mark>") == 2 and "<mark>infringement</mark> was <mark>willful" in shown


def test_an_and_shows_one_passage_per_term_when_no_passage_holds_both():
    text = "Laches bars the claim. " + "Filler words here. " * 60 + "Estoppel applies too."
    shown = search.snippet(text, search.parse("laches estoppel"))
    assert len(shown.passages) == 2
    assert "<mark>Laches</mark>" in shown.passages[0].html
    assert "<mark>Estoppel</mark>" in shown.passages[1].html


def test_a_passage_that_holds_every_term_comes_first_and_the_rest_are_counted():
    text = (
        "Laches alone. "
        + "Filler words here. " * 40
        + "Laches and estoppel together. "
        + "Filler words here. " * 40
        + "Laches again. "
        + "Filler words here. " * 40
        + "Laches once more. "
        + "Filler words here. " * 40
        + "And laches at the end."
    )
    shown = search.snippet(text, search.parse("laches estoppel"))
    assert "<mark>estoppel</mark>" in shown.passages[0].html
    assert len(shown.passages) == 3
    assert shown.more == 2 and shown.more_at > 0


def test_a_passage_says_its_paragraph_number():
    text = "1. The facts.\n\n2. The law.\n\n3. The jury found the infringement willful.\n\n4. End."
    shown = search.snippet(text, search.parse("willful /s infringement"))
    assert [passage.paragraph for passage in shown.passages] == ["3"]


long_texts = st.lists(st.sampled_from([*WORDS, *["filler"] * 12]), min_size=300, max_size=900)
# Sparse enough that phrases and pairs are looked for only around their rarest side.
sparse_texts = st.lists(st.sampled_from([*WORDS, *["filler"] * 40]), min_size=300, max_size=900)
words = st.one_of(terms, st.sampled_from(["al", "b", "gam"]).map(Prefix))
one_part = st.one_of(
    words,
    st.lists(words, min_size=2, max_size=3).map(lambda found: Or(tuple(found))),
    sides,
    st.builds(Near, sides, sides, st.integers(1, 4), st.booleans()),
)
# An AND of parts, each found on its own, with a part left out (NOT) whose words mark nothing.
several_parts = st.one_of(
    st.lists(one_part, min_size=2, max_size=3).map(lambda parts: And(tuple(parts))),
    st.tuples(one_part, one_part).map(lambda pair: And((pair[0], Not(pair[1])))),
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(long_texts, sparse_texts).map(lambda words: " ".join(words) + "."), one_part)
def test_a_listed_text_shows_the_same_passages_when_it_is_read_only_up_to_them(text, tree):
    assert_shows_what_the_whole_text_shows(text, tree)


def assert_shows_what_the_whole_text_shows(text, tree):
    whole = passages.hits(text, tree)
    found = passages.shown_hits(text, tree)
    assert bool(found) == bool(whole)
    if found:
        shown, expected = passages.snippet(text, found), passages.snippet(text, whole)
        assert shown.passages == expected.passages
        assert shown.more_at == expected.more_at
        assert shown.more == 1 if found.cut else shown.more == expected.more
        assert shown.counted != found.cut


@settings(max_examples=150, deadline=None)
@given(st.one_of(long_texts, sparse_texts).map(lambda words: " ".join(words) + "."), several_parts)
def test_an_and_found_part_by_part_shows_what_its_whole_text_shows(text, tree):
    assert_shows_what_the_whole_text_shows(text, tree)


@settings(max_examples=150, deadline=None)
@given(st.lists(paragraphs, min_size=2, max_size=80).map("\n\n".join), one_part, st.floats(0, 1))
def test_a_text_read_from_before_its_first_hit_shows_the_same_passages(text, tree, share):
    whole = passages.shown_hits(text, tree)
    # Anywhere up to the first hit, as the index's first matching passage begins.
    at = int(share * (whole[0].start if whole else len(text)))
    found = listed.located_hits(text, tree, at, back=0)
    assert found == whole and found.cut == whole.cut
    if found:
        assert passages.snippet(text, found).passages == passages.snippet(text, whole).passages


spaced = st.one_of(sides, st.builds(Near, sides, sides, st.integers(1, 4), st.booleans()))


@settings(max_examples=200, deadline=None)
@given(
    sparse_texts.map(lambda words: " ".join(words) + "."),
    st.one_of(spaced, st.tuples(spaced, spaced).map(And)),
)
def test_phrases_and_pairs_looked_for_around_their_rarest_side_mark_what_every_word_would(
    text, tree
):
    spans = list(token_spans(text))
    column = {"body": " ".join(token for _, _, token in spans)}
    expected = {
        spans[number][:2]
        for _, _, marked in match.hits(tree, column)["body"]
        for first, last in marked
        for number in range(first, last + 1)
    }
    assert set(passages.marks(passages.hits(text, tree))) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab É_-.\n1ﬁ日\u0301", max_size=120), st.integers(0, 12), st.data())
def test_a_region_reaches_the_given_number_of_words_either_way(text, count, data):
    spans = [word.span() for word in WORD.finditer(text)]
    place = data.draw(st.sampled_from([0, len(text), *(at for span in spans for at in span)]))
    before = [start for start, end in spans if end <= place]
    after = [end for start, end in spans if start >= place]
    start, end = regions.words_around(text, place, place, count)
    if count == 0:
        assert (start, end) == (place, place)
        return
    assert start == (before[-count] if len(before) >= count else 0)
    assert end == (after[count - 1] if len(after) >= count else len(text))


def test_a_listed_text_of_a_common_word_says_more_passages_without_counting_them_all(db):
    text = ("The patent. " + "Filler words here. " * 20) * 30
    listed = make_ruling(text=text)
    [shown] = search.ruling_snippets(
        [Ruling.objects.for_list().get(pk=listed.pk)], search.parse("patent")
    )
    expected = search.snippet(text, search.parse("patent"))
    assert shown.passages == expected.passages and shown.more_at == expected.more_at
    assert not shown.counted and expected.more > 1
