"""Hostile content, surface by surface: a ruling whose every text is markup, a court and a right
named with markup, and queries that echo it. Each surface shows it as text and links nothing
but the site's own pages and http(s) addresses.

(The CSV downloads are covered by test_spreadsheet.py, the SVG builders by
test_analytics_charts.py; there is no API, export or feed yet. The fuzz run checks a marker on
every page at random.)
"""

import re

import pytest
from django.contrib.auth.models import User

from ipcases import search
from ipcases.citations import index_citations
from ipcases.models import Court, IPRight, Party
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
HOSTILE = f"{SCRIPT}\"><img src=x onerror=alert(2)>' &amp; <b>bold</b>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def rulings(db):
    court = Court.objects.get(pk=make_case(court="txed").court_id)
    court.short_name = f"E.D. {HOSTILE}"
    court.save()
    cited = make_ruling(citations=("550 U.S. 398",), text="The widget was obvious.")
    hostile = make_ruling(
        case=make_case(court="txed", name=f"Acme {HOSTILE} v. Bolt", short_name=HOSTILE),
        text=(
            f"{HOSTILE} The patent claims a widget. {HOSTILE} See KSR Int'l Co. v. Teleflex "
            f"Inc., 550 U.S. 398 (2007){HOSTILE}; 35 U.S.C. § 103{SCRIPT}. U.S. Patent No. "
            f"7,654,321{HOSTILE}."
        ),
        summary=f"A widget {HOSTILE} case.",
        judges=f"Rader, {HOSTILE}",
        rights_holder_outcome="holder_won",
        source_url="javascript:alert(3)",
    )
    party = Party.objects.create(name=HOSTILE, normalized_name="hostile")
    hostile.case.case_parties.create(party=party, role="plaintiff")
    right = IPRight.objects.create(
        kind="utility_patent", office="US", number="7654321", title=HOSTILE
    )
    hostile.case.rights.add(right)
    search.update_index([cited.pk, hostile.pk])
    index_citations([cited.pk, hostile.pk])
    return cited, hostile


def _assert_shown_as_text(html: str, url: str) -> None:
    assert SCRIPT not in html, url
    assert "<img src=x" not in html and "<b>bold</b>" not in html, url
    assert not re.search(r"""href=["']?\s*javascript:""", html, re.IGNORECASE), url


def _pages(cited, hostile) -> list[str]:
    return [
        "/",
        "/rulings/",
        "/rulings/?q=widget",  # snippets
        "/rulings/?q=alert",
        f"/rulings/{hostile.pk}/",  # fields, parties, provenance, linked citations
        f"/rulings/{hostile.pk}/?q=widget",  # highlights, inside the linked citations too
        f"/rulings/{hostile.pk}/?q=script",
        f"/rulings/{cited.pk}/",  # cited by the hostile ruling
        "/courts/",
        "/courts/txed/",
        "/rights/utility_patent/7654321/",
        "/analytics/?group=court",  # the SVG bar chart of courts
        "/analytics/?compare=court&compare_values=txed,cafc",  # SVG and table headings
        "/analytics/coverage/",
    ]


def test_every_page_shows_hostile_content_as_text(client, rulings):
    for url in _pages(*rulings):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_shown_as_text(response.content.decode(), url)


def test_the_ruling_page_shows_the_hostile_text_escaped(client, rulings):
    html = client.get(f"/rulings/{rulings[1].pk}/?q=widget").content.decode()
    assert ESCAPED in html
    assert "<mark" in html  # the highlights still work around it
    assert 'href="/rulings/' in html  # and the citation link


@pytest.mark.parametrize(
    "query",
    [SCRIPT, f'court:"{SCRIPT}"', f"case:{SCRIPT}", f'"{HOSTILE}"', f"{SCRIPT} w/5 widget"],
)
def test_a_hostile_query_is_echoed_as_text(client, rulings, query):
    for url in ["/rulings/", "/analytics/", f"/rulings/{rulings[1].pk}/"]:
        response = client.get(url, {"q": query})
        assert response.status_code == 200, url
        _assert_shown_as_text(response.content.decode(), url)


@pytest.mark.parametrize("params", [{"group": SCRIPT}, {"compare": SCRIPT}])
def test_a_hostile_grouping_is_refused_as_text(client, rulings, params):
    response = client.get("/analytics/", params)
    assert response.status_code == 400
    _assert_shown_as_text(response.content.decode(), str(params))


def test_a_refused_download_is_plain_text_that_no_browser_renders(client, rulings):
    response = client.get("/analytics/years.csv", {"group": SCRIPT})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_admin_shows_a_javascript_address_as_text(client, rulings):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "x"))
    html = client.get(f"/admin/ipcases/ruling/{rulings[1].pk}/change/").content.decode()
    assert "javascript:alert(3)" in html
    _assert_shown_as_text(html, "admin")
