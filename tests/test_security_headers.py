"""Every page is served under a strict Content-Security-Policy, and nothing in a page needs an
exception to it: no inline script, style or event handler."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User

from ipcases import search
from ipcases.models import Ruling
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


class InlineCode(HTMLParser):
    """What a page holds that a policy without 'unsafe-inline' would block."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs:
            self.found.append("an inline <script>")
        if tag == "style":
            self.found.append("a <style> element")
        if "style" in attrs:
            self.found.append(f"a style attribute on <{tag}>")
        self.found += [f"an {name} handler on <{tag}>" for name in attrs if name.startswith("on")]
        for name in ("href", "src", "action"):
            if (attrs.get(name) or "").strip().lower().startswith("javascript:"):
                self.found.append(f"a javascript: {name} on <{tag}>")


@pytest.fixture
def ruling(db):
    found = make_ruling(
        text="The patent claims a widget. The widget infringes the patent.",
        summary="A widget case.",
        rights_holder_outcome="holder_won",
        citations=("550 U.S. 398",),
    )
    search.update_index([found.pk])
    return found


def _pages(ruling: Ruling) -> list[str]:
    return [
        "/",
        "/rulings/",
        "/rulings/?q=widget&court=cafc",
        f"/rulings/{ruling.pk}/",
        f"/rulings/{ruling.pk}/?q=widget",
        "/courts/",
        "/courts/cafc/",
        "/about/",
        "/help/search/",
        "/analytics/",
        "/analytics/?group=court&compare=year&compare_values=2020",
        "/analytics/coverage/",
        "/rights/utility_patent/7654321/",
        "/no-such-page/",
    ]


def test_no_page_holds_inline_code(client, ruling):
    for url in _pages(ruling):
        response = client.get(url)
        parser = InlineCode()
        parser.feed(response.content.decode())
        assert parser.found == [], url


def test_every_page_carries_the_policy(client, ruling):
    for url in [*_pages(ruling), "/analytics/years.csv", "/healthz"]:
        response = client.get(url)
        assert "script-src 'self'" in response["Content-Security-Policy"], url
        assert "camera=()" in response["Permissions-Policy"], url


def test_the_admin_carries_the_policy(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "x"))
    response = client.get("/admin/ipcases/ruling/")
    assert response.status_code == 200
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_match_navigation_script_is_a_static_file(client, ruling):
    html = client.get(f"/rulings/{ruling.pk}/?q=widget").content.decode()
    assert re.search(r'<script src="/static/match_nav\.js" defer></script>', html)
