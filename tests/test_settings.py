"""Production settings: what the site does with DEBUG off. Each test reads the settings in a
process of its own, from the environment a server would have."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

# Nothing here reads the test database: once, in the SQLite run of the suite, is enough.
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="does not depend on the database"
)

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {"SECRET_KEY": "a-long-random-production-key-" + "x" * 30}
# Requests a production process answers, printed as JSON: status and headers.
REQUESTS = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="ipcases.example.org")
answers = {}
for path, secure in [("/help/search/", True), ("/help/search/", False), ("/admin/login/", True)]:
    response = client.get(path, secure=secure)
    answers[f"{path} {'https' if secure else 'http'}"] = {
        "status": response.status_code,
        "headers": dict(response.headers),
        "secure_cookies": {name: bool(c["secure"]) for name, c in response.cookies.items()},
    }
print(json.dumps(answers))
"""


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    kept = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DEBUG", "SECRET_KEY", "SECURE_HSTS_PRELOAD")
        and not key.startswith("DATABASE_")
    }
    environment = {
        **kept,
        "DJANGO_SETTINGS_MODULE": "ipcases.settings",
        "ALLOWED_HOSTS": "ipcases.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _answers(**env: str) -> dict:
    run = _python(REQUESTS, **env)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.splitlines()[-1])


def test_debug_is_off_unless_asked():
    run = _python(
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        **PRODUCTION,
    )
    assert run.stdout.strip() == "False"


def test_it_refuses_to_start_with_debug_off_and_the_demo_key():
    run = _python("import django; django.setup()")
    assert run.returncode != 0
    assert "SECRET_KEY is not set" in run.stderr


def test_the_demo_starts_with_debug_on_and_the_demo_key():
    run = _python("import django; django.setup(); print('started')", DEBUG="1")
    assert run.stdout.strip() == "started", run.stderr


def test_the_server_entry_point_refuses_the_demo_key_too():
    run = _python("import ipcases.wsgi")
    assert run.returncode != 0 and "SECRET_KEY is not set" in run.stderr


@pytest.fixture(scope="module")
def production():
    return _answers(**PRODUCTION)


def test_pages_carry_a_strict_content_security_policy(production):
    policy = production["/help/search/ https"]["headers"]["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "style-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_pages_carry_the_other_protective_headers(production):
    headers = production["/help/search/ https"]["headers"]
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_https_is_enforced_without_asking_for_the_preload_list(production):
    assert production["/help/search/ https"]["headers"]["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains"
    )
    plain = production["/help/search/ http"]
    assert plain["status"] == 301
    assert plain["headers"]["Location"] == "https://ipcases.example.org/help/search/"


def test_the_preload_list_is_asked_for_by_choice():
    answers = _answers(SECURE_HSTS_PRELOAD="1", **PRODUCTION)
    hsts = answers["/help/search/ https"]["headers"]["Strict-Transport-Security"]
    assert hsts == "max-age=31536000; includeSubDomains; preload"


def test_cookies_are_sent_over_https_only(production):
    login = production["/admin/login/ https"]
    assert login["status"] == 200
    assert login["secure_cookies"] == {"csrftoken": True}


def test_the_health_check_answers_plain_http_for_load_balancers():
    code = REQUESTS.replace(
        '[("/help/search/", True), ("/help/search/", False), ("/admin/login/", True)]',
        '[("/healthz", False)]',
    )
    run = _python(code, **PRODUCTION)
    answer = json.loads(run.stdout.splitlines()[-1])["/healthz http"]
    assert answer["status"] in (200, 503)


def test_requests_have_a_statement_timeout_and_commands_none():
    show = (
        "import django, os; {load}; from django.conf import settings; "
        "print(settings.DATABASES['default']['OPTIONS'].get('options', 'none'))"
    )
    postgres = {"DATABASE_URL": "postgres://u@127.0.0.1:1/x", **PRODUCTION}
    server = _python(show.format(load="import ipcases.wsgi"), **postgres)
    command = _python(show.format(load="django.setup()"), **postgres)
    assert server.stdout.strip() == "-c statement_timeout=30000", server.stderr
    assert command.stdout.strip() == "none", command.stderr


def test_the_timeouts_are_set_from_the_environment():
    run = _python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['OPTIONS'])",
        DATABASE_URL="postgres://u@127.0.0.1:1/x",
        DATABASE_CONNECT_TIMEOUT="2",
        DATABASE_STATEMENT_TIMEOUT="1.5",
        **PRODUCTION,
    )
    assert run.stdout.strip() == (
        "{'connect_timeout': 2, 'options': '-c statement_timeout=1500'}"
    ), run.stderr
