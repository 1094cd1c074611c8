"""The snippets of listed rulings: a list brings only the start of each text
(Ruling.objects.for_list), so a ruling whose first hit is past it is read further, from the
first passage whose body the index matches (Engine.first_passages). The snippets are the
same as of the whole texts (passages.py makes them).
"""

from __future__ import annotations

from django.db.models import Case, Value, When
from django.db.models.functions import Left

from ..models.rulings import LIST_START_CHARS, Ruling
from . import regions
from .passages import SCAN_CHARS, Found, Hit, Snippet, ruling_snippet, shown_hits, snippet_tree
from .query import Near, Parsed
from .snippets import SNIPPET_CHARS, window

# More than a word: a word cut where a listed ruling's start ends is not taken for a whole one.
MARGIN = 100


def ruling_snippets(rulings: list, parsed: Parsed | None, first_passages=None) -> list[Snippet]:
    """The snippets of listed rulings (Ruling.objects.for_list), the same as of their whole
    texts. The rulings whose first passage would not end well inside the start they bring are
    read further: from the first of their passages in the index whose body may hold a hit
    (`first_passages(ids, nodes)`, the engine's: {ruling id: where that passage begins, or
    None where no passage's body holds one}), in one query; those whose passages do not say
    where they begin (an index written before) up to each of READS in turn, one query each."""
    texts = {ruling.pk: ruling.text_start or "" for ruling in rulings}
    cut = {pk for pk, text in texts.items() if len(text) == LIST_START_CHARS}
    tree = snippet_tree(parsed)
    if tree is None:
        return [ruling_snippet(r, parsed, texts[r.pk], [], r.pk in cut) for r in rulings]
    found = {pk: shown_hits(text, tree) for pk, text in texts.items()}
    # Only words of the body can have hits further on (not those of case:, say).
    nodes = _body_nodes(tree)
    further = [pk for pk in texts if nodes and pk in cut and not _inside(texts[pk], found[pk])]
    located = first_passages(further, nodes) if further and first_passages else {}
    _read_located(located, tree, texts, found, cut)
    further = [pk for pk in further if pk not in located]
    for size in READS:
        further = [pk for pk in further if pk in cut and not _inside(texts[pk], found[pk])]
        if not further:
            break
        starts = Ruling.objects.filter(pk__in=further).annotate(start=Left("text", size))
        texts.update(starts.values_list("pk", "start"))
        cut.difference_update(pk for pk in further if len(texts[pk]) < size)
        found.update({pk: shown_hits(texts[pk], tree) for pk in further})
    return [ruling_snippet(r, parsed, texts[r.pk], found[r.pk], r.pk in cut) for r in rulings]


# How far a listed ruling's text is read, in turn, to find its first passage, where the index
# does not say where that passage begins.
READS = (20_000, SCAN_CHARS)
# How far past the start of the first passage that may hold a hit a text is read, in turn: the
# first read holds most passages whole (PASSAGE_WORDS words: 9,700 characters at the median of
# the synthetic corpus, 17,200 at most; about 18,000 in English prose), the second any passage,
# for the few texts in which the first finds no hit.
LOCATED_READS = (20_000, 60_000)
# How far before that start hits are looked for: the start may be counted a few words late
# (text.body_starts), and a paragraph's number is read where the paragraph begins.
BACK = 2_000


def _body_nodes(tree) -> list:
    """The nodes whose hits may be in a text's body (not those of a field, such as case:)."""
    nodes = regions.hit_nodes(tree)
    return [node for node in nodes if not (node.left if isinstance(node, Near) else node).column]


def _read_located(located: dict[int, int | None], tree, texts: dict, found: dict, cut: set):
    """Read the texts of rulings whose first passage that may hold a hit the index located
    from there, up to each of LOCATED_READS in turn while it finds no hit in them; their
    texts, hits and whether they are cut, updated."""
    for size in LOCATED_READS:
        for pk, text in _read_from(located, size).items():
            texts[pk], found[pk] = text, located_hits(text, tree, located[pk])
            if len(text) < located[pk] + size:
                cut.discard(pk)
        located = {pk: at for pk, at in located.items() if pk in cut and not found[pk]}
        if not located:
            return


def _read_from(located: dict[int, int | None], size: int) -> dict[int, str]:
    """The texts of these rulings up to `size` characters past the place given, in one query
    (none where no place is given)."""
    ends = {pk: at + size for pk, at in located.items() if at is not None}
    if not ends:
        return {}
    length = Case(*(When(pk=pk, then=Value(end)) for pk, end in ends.items()))
    read = Ruling.objects.filter(pk__in=ends).annotate(start=Left("text", length))
    return dict(read.values_list("pk", "start"))


def located_hits(text: str, tree, at: int, back: int = BACK) -> Found:
    """shown_hits of a text read from the paragraph that holds the character `back` before `at`
    (no hit is found before the passage it begins), at their places in the whole text."""
    return shown_hits(text, tree, text.rfind("\n", 0, max(0, at - back)) + 1)


def _inside(start: str, found: list[Hit]) -> bool:
    """Whether the passages of a text that begins with `start` (a part of it) can be found in
    it: its first hit's passage ends a word or more before the start does."""
    return bool(found) and window(start, found[0].start, SNIPPET_CHARS)[1] < len(start) - MARGIN
