"""The research workflow in a real browser, at desktop and phone widths: search, refine with a
facet, open a ruling, step through its matches, follow a citation, open the rulings that cite
it, see the analytics of the same search and download one of its tables."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import csp_violations

pytestmark = pytest.mark.browser


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] < page.viewport_size["height"]


def test_it_searches_refines_reads_and_measures(page, catalogue, shoot, width):
    page.goto("/")
    page.locator("main").get_by_role("searchbox").fill("patent")
    page.keyboard.press("Enter")
    page.wait_for_url("**/rulings/?q=patent*")
    results = page.locator("ul.results > li")
    assert in_viewport(page, results.first), "the first result is on the first screen"
    shoot("1-search")

    if width == "phone":
        page.locator(".filters-panel > summary").click()
    page.get_by_role("navigation", name="Narrow the results").get_by_role(
        "link", name="Fed. Cir."
    ).click()
    assert page.get_by_role("list", name="Active filters").is_visible()
    assert results.count() == 2
    shoot("2-refined")
    refined = page.url

    page.get_by_role("link", name="Hinge Works LLC v. Door Systems Corp.").click()
    # The page's script steps through the matches once it has loaded: a click before then
    # would follow the link's own anchor instead.
    page.wait_for_url("**/rulings/*/?*")
    page.wait_for_load_state("load")
    marks = page.locator("#fulltext mark")
    assert marks.count() >= 3
    nav = page.get_by_role("navigation", name="Matches of your search")
    current = page.locator("#fulltext mark.current")
    nav.get_by_role("link", name="Next →").click()
    expect(current).to_have_attribute("id", "match-1")
    nav.get_by_role("link", name="Next →").click()
    expect(current).to_have_attribute("id", "match-2")
    shoot("3-ruling")

    page.locator("table.cites").get_by_role("link", name="Acme Widgets").click()
    page.wait_for_url("**/rulings/*/")
    assert (
        page.get_by_role("heading", level=1).inner_text() == "Acme Widgets, Inc. v. Bolt Tools Co."
    )
    page.get_by_role("link", name="cited by 1").click()
    cited_by = page.locator("section[aria-labelledby=citedby-h]")
    assert cited_by.get_by_role("link", name="Hinge Works LLC v. Door Systems Corp.").is_visible()
    shoot("4-cited-by")

    page.goto(refined)
    page.get_by_role("link", name="Analytics for these rulings").click()
    page.wait_for_url("**/analytics/?*")
    assert "2 rulings in this selection" in page.locator("main").inner_text()
    shoot("5-analytics")

    csv_link = page.get_by_role("link", name="CSV").first
    with page.expect_download() as download:
        csv_link.click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows and rows[0]
    assert csp_violations(page) == []
