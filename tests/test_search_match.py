"""The Python evaluation of the query language (SQLite's check of pre/N word order) agrees with
the plainest reading of each operator, on any passage."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ipcases.search import match
from ipcases.search.query import And, Near, Not, Or, Phrase, Prefix, Term

WORDS = ["a", "ab", "abc", "b", "ba", "c"]
words = st.sampled_from(WORDS)
columns = st.sampled_from(["", "", "", "name"])
leaves = st.one_of(
    st.builds(Term, words, columns),
    st.builds(Prefix, st.sampled_from(["a", "ab", "b"]), columns, st.sampled_from(["", "c"])),
    st.builds(Phrase, st.lists(words, min_size=2, max_size=3).map(tuple), columns),
)
trees = st.recursive(
    st.one_of(leaves, st.builds(Near, leaves, leaves, st.integers(1, 4), st.booleans())),
    lambda children: st.one_of(
        st.builds(And, st.tuples(children, children)),
        st.builds(Or, st.tuples(children, children)),
        st.builds(Not, children),
    ),
    max_leaves=4,
)
passages = st.fixed_dictionaries(
    {"name": st.lists(words, max_size=6), "body": st.lists(words, max_size=14)}
)


def spans(leaf, tokens: list[str]) -> list[tuple[int, int]]:
    if isinstance(leaf, Term):
        return [(i, i) for i, token in enumerate(tokens) if token == leaf.token]
    if isinstance(leaf, Prefix):
        found = enumerate(tokens)
        return [(i, i) for i, t in found if t.startswith(leaf.token) or t == leaf.stem]
    size = len(leaf.tokens)
    return [
        (i, i + size - 1) for i in range(len(tokens)) if tuple(tokens[i : i + size]) == leaf.tokens
    ]


def plainly(node, passage: dict[str, list[str]]) -> bool:
    if isinstance(node, And):
        return all(plainly(child, passage) for child in node.children)
    if isinstance(node, Or):
        return any(plainly(child, passage) for child in node.children)
    if isinstance(node, Not):
        return not plainly(node.child, passage)
    leaf = node.left if isinstance(node, Near) else node
    searched = [passage[leaf.column]] if leaf.column else list(passage.values())
    if not isinstance(node, Near):
        return any(spans(node, tokens) for tokens in searched)
    for tokens in searched:
        for _, end in spans(node.left, tokens):
            for start, _ in spans(node.right, tokens):
                if 1 <= start - end <= node.distance:
                    return True
        if not node.ordered:
            for _, end in spans(node.right, tokens):
                for start, _ in spans(node.left, tokens):
                    if 1 <= start - end <= node.distance:
                        return True
    return False


@settings(max_examples=500, deadline=None)
@given(trees, passages)
def test_the_python_evaluation_reads_every_operator_plainly(tree, passage):
    joined = {name: " ".join(tokens) for name, tokens in passage.items()}
    assert match.matches(tree, joined) == plainly(tree, passage)
