"""/api/docs/ in a real browser under the site's Content-Security-Policy: Swagger UI starts
from the site's own static files, reads the schema and lists every operation, and the page
meets no policy violation."""

from __future__ import annotations

import pytest

from tests.browser.conftest import csp_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", ["desktop"], indirect=True)
def test_the_api_docs_run_under_the_content_security_policy(page, transactional_db, shoot):
    response = page.goto("/api/docs/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    operations = page.locator(".opblock-summary-path")
    operations.first.wait_for()
    paths = set(operations.all_inner_texts())
    assert {"/api/v1/rulings/", "/api/v1/citation-lookup/"} <= {p.strip() for p in paths}
    shoot("docs")
    assert csp_violations(page) == []
