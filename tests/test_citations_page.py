"""The citation sections of the ruling page: Cites, Cited by, Statutes, Rights mentioned, and
the full text with its citations linked."""

import datetime as dt

import pytest

from ipcases.citations import index_citations
from ipcases.models import Ruling
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db

CITING_TEXT = (
    "<script>alert(1)</script> Following Feist Publications, Inc. v. Rural Tel. Serv. Co., "
    "499 U.S. 340, 345 (1991), and Feist, 499 U.S. at 349, we hold the '321 patent, U.S. "
    "Patent No. 7,654,321, invalid under 35 U.S.C. § 101. Compare Baker v. Selden, 101 U.S. 99 "
    "(1880)."
)


def network():
    feist = make_ruling(
        court="scotus", citations=("499 U.S. 340",), decision_date=dt.date(1991, 3, 27)
    )
    citing = make_ruling(court="ca1", text=CITING_TEXT, decision_date=dt.date(1995, 3, 9))
    later = make_ruling(
        court="cafc", text="As 499 U.S. 340 (1991) held.", decision_date=dt.date(2001, 1, 1)
    )
    index_citations([citing.pk, later.pk])
    return feist, citing, later


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def full_text(html):
    return html.split('id="fulltext">')[1].split("</div>")[0]


def test_it_lists_linked_and_unlinked_citations_with_depth(client):
    feist, citing, _ = network()
    html = client.get(f"/rulings/{citing.pk}/").content.decode()
    cites = section(html, "cites-h")
    assert "(2, 1 in the catalogue)" in cites
    assert f'href="/rulings/{feist.pk}/"' in cites
    assert "<td>2</td>" in cites  # Feist cited twice
    assert "Baker v. Selden" in cites and "not in the catalogue" in cites


def test_it_gives_the_counts_near_the_top_of_the_page(client):
    feist, citing, _ = network()
    html = client.get(f"/rulings/{citing.pk}/").content.decode()
    top = html.split('id="text-h"')[0]
    assert '<a href="#cites-h">cites 2</a>' in top
    assert "cited by 0" not in top  # a count of nothing is left out
    html = client.get(f"/rulings/{feist.pk}/").content.decode()
    assert '<a href="#citedby-h">cited by 2</a>' in html.split('id="text-h"')[0]


def test_it_shows_cited_by_with_its_count_and_filters(client):
    feist, citing, later = network()
    html = client.get(f"/rulings/{feist.pk}/").content.decode()
    cited_by = section(html, "citedby-h")
    assert "(cited by 2)" in cited_by
    assert f"/rulings/{citing.pk}/" in cited_by and f"/rulings/{later.pk}/" in cited_by
    html = client.get(f"/rulings/{feist.pk}/?cited_by_court=cafc").content.decode()
    cited_by = section(html, "citedby-h")
    assert f"/rulings/{later.pk}/" in cited_by and f"/rulings/{citing.pk}/" not in cited_by
    html = client.get(f"/rulings/{feist.pk}/?cited_by_to=1999-12-31").content.decode()
    cited_by = section(html, "citedby-h")
    assert f"/rulings/{citing.pk}/" in cited_by and f"/rulings/{later.pk}/" not in cited_by


def test_it_shows_form_errors_for_bad_filters_instead_of_failing(client):
    feist, citing, later = network()
    response = client.get(f"/rulings/{feist.pk}/?cited_by_from=yesterday&cited_by_court=nowhere")
    assert response.status_code == 200
    cited_by = section(response.content.decode(), "citedby-h")
    assert "Enter a valid date" in cited_by
    assert f"/rulings/{citing.pk}/" in cited_by and f"/rulings/{later.pk}/" in cited_by


def test_it_lists_statutes_and_rights_mentioned(client):
    _, citing, _ = network()
    html = client.get(f"/rulings/{citing.pk}/").content.decode()
    assert "35 U.S.C. § 101" in section(html, "statutes-h")
    rights = section(html, "mentioned-h")
    assert 'href="/rights/utility_patent/7654321/"' in rights and "×2" in rights


def test_it_links_citations_in_the_full_text_and_escapes_the_rest(client):
    feist, citing, _ = network()
    html = client.get(f"/rulings/{citing.pk}/").content.decode()
    text = full_text(html)
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert f'<a class="cite" href="/rulings/{feist.pk}/">499 U.S. 340</a>' in text
    assert f'<a class="cite" href="/rulings/{feist.pk}/">499 U.S. at 349</a>' in text
    assert 'href="/rights/utility_patent/7654321/">&#x27;321</a>' in text
    assert "101 U.S. 99" in text and ">101 U.S. 99</a>" not in text  # not in the catalogue


def test_opened_from_a_search_the_text_keeps_its_links_and_marks_matches_inside_them(client):
    feist, citing, _ = network()
    html = client.get(f"/rulings/{citing.pk}/?q=patent OR feist OR 349").content.decode()
    text = full_text(html)
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert f'<a class="cite" href="/rulings/{feist.pk}/">499 U.S. 340</a>' in text
    assert 'href="/rights/utility_patent/7654321/">&#x27;321</a>' in text
    # A match inside a link is marked inside it; matches are numbered in reading order.
    assert '<mark id="match-1">Feist</mark> Publications' in text
    link = (
        f'<a class="cite" href="/rulings/{feist.pk}/">499 U.S. at <mark id="match-3">349</mark></a>'
    )
    assert link in text
    assert '</a> <mark id="match-4">patent</mark>, U.S.' in text
    assert "5</strong> matches" in html


def test_it_links_nothing_in_a_text_changed_since_it_was_read(client):
    feist, citing, _ = network()
    Ruling.objects.filter(pk=citing.pk).update(text="New text. " + CITING_TEXT)
    html = client.get(f"/rulings/{citing.pk}/").content.decode()
    text = full_text(html)
    assert "<a " not in text and "New text. &lt;script&gt;" in text


def test_it_shows_the_appeal_chain_on_both_ends(client):
    below = make_ruling(court="ewhc-pat", citations=("[2019] EWHC 991 (Pat)",))
    appeal = make_ruling(
        court="ewca-civ",
        text="ON APPEAL FROM THE HIGH COURT OF JUSTICE, PATENTS COURT [2019] EWHC 991 (Pat)",
    )
    index_citations([appeal.pk])
    html = client.get(f"/rulings/{appeal.pk}/").content.decode()
    assert f"/rulings/{below.pk}/" in section(html, "below-h")
    assert f"/rulings/{below.pk}/" in section(html, "chain-h")
    html = client.get(f"/rulings/{below.pk}/").content.decode()
    assert f"/rulings/{appeal.pk}/" in section(html, "chain-h")


def test_it_takes_a_fixed_number_of_queries_however_many_rulings_cite(
    client, django_assert_num_queries
):
    feist, _, _ = network()
    # The citing references: the treatments of a page in one statement (pages/treatments.py,
    # the appeals known from the history), and an unfiltered list counted once.
    with django_assert_num_queries(22):
        client.get(f"/rulings/{feist.pk}/")
    for _ in range(3):
        index_citations([make_ruling(text="See 499 U.S. 340.").pk])
    with django_assert_num_queries(22):
        client.get(f"/rulings/{feist.pk}/")
