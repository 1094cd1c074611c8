"""/api/schema/ and /api/docs/: a valid OpenAPI 3 document, and Swagger UI served from the
site's own static files, with nothing inline, under the site's Content-Security-Policy."""

import re
from pathlib import Path

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.core.checks import run_checks
from drf_spectacular.validation import validate_schema

from ipcases.security import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.django_db


def test_the_schema_is_generated_without_warnings():
    # drf-spectacular reports enum name collisions only among the deployment checks, which
    # `check --deploy --fail-level WARNING` turns into a failure.
    found = run_checks(include_deployment_checks=True)
    assert [m.msg for m in found if m.id and m.id.startswith("drf_spectacular")] == []


def test_the_schema_is_valid_openapi_3_and_lists_every_endpoint(client):
    schema = yaml.safe_load(client.get("/api/schema/").content)
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) >= {
        "/api/v1/rulings/",
        "/api/v1/rulings/{id}/",
        "/api/v1/courts/",
        "/api/v1/rights/{kind}/{number}/",
        "/api/v1/analytics/",
        "/api/v1/citation-lookup/",
    }


def test_the_lists_parameters_are_those_of_the_filterset(client):
    schema = yaml.safe_load(client.get("/api/schema/").content)
    names = {p["name"] for p in schema["paths"]["/api/v1/rulings/"]["get"]["parameters"]}
    assert {"q", "court", "ip_type", "damages_min", "statute", "sort", "cursor"} <= names


def test_the_docs_load_under_the_content_security_policy(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    html = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"\son\w+=", html)
    assert "//" not in "".join(re.findall(r'(?:src|href)="([^"]*)"', html))  # no other host
    for url in re.findall(r'(?:src|href)="/static/([^"]+)"', html):
        assert finders.find(url), url


def test_the_docs_script_starts_swagger_ui_on_the_schema_the_page_names(client):
    html = client.get("/api/docs/").content.decode()
    assert 'data-schema-url="/api/schema/"' in html
    script = Path(finders.find("api_docs.js")).read_text()
    assert "SwaggerUIBundle" in script and "data-schema-url" in script


def test_the_api_root_lists_the_endpoints(client):
    assert client.get("/api/")["Location"] == "/api/v1/"
    assert client.get("/api/v1/").json()["rulings"].endswith("/api/v1/rulings/")
