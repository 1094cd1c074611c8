"""Every main page, checked by axe-core in the browser at both widths: no serious or critical
violation, and no breach of the Content-Security-Policy. The search, its facets and its results
can be used with the keyboard alone."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import csp_violations

pytestmark = pytest.mark.browser


def main_pages(catalogue: dict) -> dict[str, str]:
    leading = catalogue["leading"].pk
    return {
        "home": "/",
        "search": "/rulings/?q=patent",
        "ruling": f"/rulings/{leading}/?q=patent",
        "ruling-without-text": f"/rulings/{catalogue['no_text'].pk}/",
        "courts": "/courts/",
        "court": "/courts/cafc/",
        "analytics": "/analytics/?q=patent",
        "coverage": "/analytics/coverage/",
        "about": "/about/",
        "search-help": "/help/search/",
        "not-found": "/rulings/999999/",
    }


def test_it_finds_no_serious_violation_on_any_main_page(page, catalogue, axe, shoot):
    found = {}
    for name, url in main_pages(catalogue).items():
        response = page.goto(url)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        shoot(name)
        found[name] = axe() + csp_violations(page)
    assert {name: problems for name, problems in found.items() if problems} == {}


def focused(page) -> str:
    return page.evaluate(
        "(document.activeElement.getAttribute('href') || document.activeElement.id"
        " || document.activeElement.tagName.toLowerCase())"
    )


def tab_to(page, wanted, limit: int = 80) -> str:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if wanted(focused(page)):
            return focused(page)
    raise AssertionError("never reached with Tab")


def test_it_searches_refines_and_opens_a_result_with_the_keyboard_alone(page, catalogue, width):
    page.goto("/")
    tab_to(page, lambda target: target == "home-q")
    page.keyboard.type("patent")
    page.keyboard.press("Enter")
    page.wait_for_url("**/rulings/?q=patent*")
    if width == "phone":
        tab_to(page, lambda target: target == "summary")  # the filters panel
        page.keyboard.press("Enter")
    tab_to(page, lambda target: "court=cafc" in target)
    page.keyboard.press("Enter")
    page.wait_for_url("**court=cafc*")
    tab_to(page, lambda target: re.match(r"/rulings/\d+/\?", target) is not None)
    page.keyboard.press("Enter")
    page.wait_for_url("**/rulings/*/?*")
    assert page.locator("#fulltext mark").count() > 0
