"""A ruling's row in a list: what it shows, and that every value from the catalogue is
escaped while the snippet's own HTML is kept."""

import pytest
from django.template import Context, Template
from django.utils.safestring import mark_safe

from ipcases.pages.treatments import RowTreatment
from ipcases.search.passages import Shown, Snippet
from ipcases.templatetags.rows import ruling_row
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db


def test_a_row_links_to_the_ruling_with_the_search_and_shows_its_facts():
    ruling = make_ruling(citations=("1 F.4th 2",), rights_holder_outcome="holder_won")
    html = ruling_row(ruling, "", "q=widget&page=2")
    assert f'<a href="/rulings/{ruling.pk}/?q=widget&amp;page=2">{ruling.case.name}</a>' in html
    assert '<time datetime="2020-01-15">15 Jan 2020</time> · 1 F.4th 2' in html
    assert '<span class="tag">Patent</span>' in html
    assert '<span class="badge holder_won">Rights holder won</span>' in html
    assert f'<a href="/rulings/{ruling.pk}/">' in ruling_row(ruling)


def test_a_row_escapes_what_the_catalogue_holds_and_keeps_the_snippets_marks():
    ruling = make_ruling(case=make_case(name="<script>alert(1)</script> v. Bolt"))
    html = ruling_row(ruling, mark_safe("the <mark>widget</mark>"), 'q="x"')
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; v. Bolt" in html
    assert f'href="/rulings/{ruling.pk}/?q=&quot;x&quot;"' in html
    assert '<p class="snippet">the <mark>widget</mark></p>' in html
    assert '<p class="snippet">&lt;b&gt;</p>' in ruling_row(ruling, "<b>")


def test_a_row_shows_each_passage_with_its_paragraph_and_links_to_the_others():
    ruling = make_ruling()
    snippet = Snippet("first")
    snippet.passages = [
        Shown(mark_safe("first <mark>a</mark>"), "12", 1),
        Shown(mark_safe("second <mark>a</mark>"), "", 2),
    ]
    snippet.more, snippet.more_at, snippet.partial = 4, 3, True
    html = ruling_row(ruling, snippet, "q=a")
    assert '<span class="paragraph" title="Paragraph 12">¶ 12</span> first <mark>a</mark>' in html
    assert '<p class="snippet">second <mark>a</mark></p>' in html
    more = f'<a href="/rulings/{ruling.pk}/?q=a#match-3">4+ more passages</a>'
    assert more in html
    snippet.more, snippet.partial = 1, False
    assert ">1 more passage</a>" in ruling_row(ruling, snippet, "q=a")
    snippet.counted = False
    assert ">More passages</a>" in ruling_row(ruling, snippet, "q=a")


def test_a_row_shows_how_it_treats_what_the_query_cites_with_a_link_to_the_passage():
    ruling = make_ruling()
    ruling.treated = RowTreatment(("distinguished",), ruling.pk, 'It is "unlike" Feist.', 120)
    html = ruling_row(ruling)
    assert '<span class="badge treatment-distinguished">Distinguished</span>' in html
    title = "It is &quot;unlike&quot; Feist."
    assert f'<a href="/rulings/{ruling.pk}/?at=120#match-1" title="{title}">' in html


def test_a_termination_row_says_where_it_came_from():
    ruling = make_ruling(kind="termination", rights_holder_outcome="pending")
    assert " · pending on this date (FJC IDB)" in ruling_row(ruling)


def test_pages_write_rows_through_the_tag():
    ruling = make_ruling()
    template = Template("{% load rows %}{% ruling_row ruling snippet query_string %}")
    assert template.render(Context({"ruling": ruling})) == ruling_row(ruling)
