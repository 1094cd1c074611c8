"""Text with links: escaped around and inside every link."""

import re
from html import unescape

from hypothesis import given
from hypothesis import strategies as st

from ipcases.citations import link_spans
from ipcases.citations.render import link_and_mark


def test_it_links_each_span_and_escapes_the_text_around_it():
    text = "<b>See</b> 499 U.S. 340 & more"
    html = link_spans(text, [(11, 23, "/rulings/1/")])
    assert html == (
        '&lt;b&gt;See&lt;/b&gt; <a class="cite" href="/rulings/1/">499 U.S. 340</a> &amp; more'
    )


def test_it_escapes_the_linked_text_and_the_url():
    html = link_spans('a <i>"x"</i> b', [(2, 12, '/r/?q="1"&x=<y>')])
    assert "<i>" not in html
    assert 'href="/r/?q=&quot;1&quot;&amp;x=&lt;y&gt;"' in html
    assert "&lt;i&gt;&quot;x&quot;&lt;/i&gt;" in html


def test_it_keeps_the_first_of_overlapping_spans_and_ignores_bad_ones():
    text = "0123456789"
    html = link_spans(text, [(5, 8, "/b/"), (2, 6, "/a/"), (9, 20, "/c/"), (4, 4, "/d/")])
    assert html == '01<a class="cite" href="/a/">2345</a>6789'


def test_it_marks_search_matches_given_without_a_url():
    html = link_spans("a <b> c 1 U.S. 1", [(6, 7, None), (8, 16, "/rulings/2/")])
    assert html == 'a &lt;b&gt; <mark>c</mark> <a class="cite" href="/rulings/2/">1 U.S. 1</a>'


def test_it_returns_the_escaped_text_without_spans():
    assert link_spans("a < b", []) == "a &lt; b"


@given(
    text=st.text(max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_it_never_loses_or_unescapes_a_character(text, spans):
    html = link_spans(text, [(start, end, "/r/") for start, end in spans])
    assert "<" not in re.sub(r'<a class="cite" href="/r/">|</a>', "", html)
    assert unescape(re.sub(r"<[^>]*>", "", html)) == text


def test_matches_are_marked_inside_links_and_left_out_across_their_edges():
    text = "see 499 U.S. 340 here"
    # "see"; "U.S." inside the link; "40 h" across its end.
    html, count = link_and_mark(text, [(4, 16, "/r/")], [(0, 3), (8, 12), (14, 18)])
    assert html == (
        '<mark id="match-1">see</mark> <a class="cite" href="/r/">499 '
        '<mark id="match-2">U.S.</mark> 340</a> here'
    )
    assert count == 2


@given(
    text=st.text(max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
    cuts=st.lists(st.integers(0, 60), max_size=12),
)
def test_links_with_matches_never_lose_or_unescape_a_character(text, spans, cuts):
    points = sorted({c for c in cuts if c <= len(text)})
    marks = [(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if a < b]
    html, count = link_and_mark(text, [(start, end, "/r/") for start, end in spans], marks)
    tags = r'<a class="cite" href="/r/">|</a>|<mark id="match-\d+">|</mark>'
    assert "<" not in re.sub(tags, "", html)
    assert unescape(re.sub(r"<[^>]*>", "", html)) == text
    assert re.findall(r'id="match-(\d+)"', html) == [str(n) for n in range(1, count + 1)]
