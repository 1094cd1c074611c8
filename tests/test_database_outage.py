"""The database taken away: every page that needs it answers 503 with Retry-After and a styled
page, /healthz says what is wrong, and the site recovers by itself when the database is back.

The site is pointed at a database in trouble by swapping the connection it uses: a file that
cannot be opened (SQLite), a port where nothing listens, a server that never answers, or a proxy
to the real server that is cut and restored (PostgreSQL).
"""

import contextlib
import time
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import DEFAULT_DB_ALIAS, OperationalError, connection, connections
from django.test import RequestFactory

from ipcases import health
from ipcases.search import availability
from tests.network import SilentServer, TcpProxy, closed_port

pytestmark = pytest.mark.django_db

# A database server over the network.
postgres_only = pytest.mark.postgres

DATA_PAGES = [
    "/",
    "/rulings/",
    "/rulings/?q=patent&court=cafc",
    "/rulings/1/",
    "/courts/",
    "/courts/cafc/",
    "/about/",
    "/analytics/",
    "/analytics/coverage/",
    "/analytics/years.csv",
    "/rights/utility_patent/7654321/",
]


@contextlib.contextmanager
def database(**changes):
    """The site's connection replaced by one with these settings, for the duration."""
    original = connections[DEFAULT_DB_ALIAS]
    options = {**original.settings_dict.get("OPTIONS", {}), **changes.pop("OPTIONS", {})}
    settings_dict = {**original.settings_dict, **changes, "OPTIONS": options}
    replacement = original.__class__(settings_dict, DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = replacement
    try:
        yield replacement
    finally:
        with contextlib.suppress(Exception):
            replacement.close()
        connections[DEFAULT_DB_ALIAS] = original


def unreachable() -> dict:
    if connection.vendor == "sqlite":
        return {"NAME": "/nonexistent/folder/db.sqlite3"}
    return {"HOST": "127.0.0.1", "PORT": str(closed_port())}


def _is_the_503_page(response) -> bool:
    html = response.content.decode()
    return (
        response.status_code == 503
        and response["Retry-After"] == "30"
        and "The catalogue is unavailable for a moment" in html
        and "/static/ipcases.css" in html
    )


@pytest.mark.parametrize("url", DATA_PAGES)
def test_every_data_page_answers_503_when_the_database_is_unreachable(client, url):
    with database(**unreachable()):
        assert _is_the_503_page(client.get(url))


def test_an_admin_login_answers_503_when_the_database_is_unreachable(client):
    with database(**unreachable()):
        response = client.post("/admin/login/", {"username": "editor", "password": "x"})
        assert _is_the_503_page(response)


def test_a_page_without_data_still_answers(client):
    with database(**unreachable()):
        assert client.get("/help/search/").status_code == 200


def test_an_error_outside_a_view_answers_503_too():
    request = RequestFactory().get("/rulings/")
    with database(**unreachable()):
        try:
            connection.ensure_connection()
        except OperationalError:
            response = health.server_error(request)
    assert _is_the_503_page(response)


def test_a_statement_the_database_refuses_is_no_outage():
    with pytest.raises(Exception) as raised, connection.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table")
    assert not availability.is_outage(raised.value)


def test_healthz_reports_the_database_and_the_search_index(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search_index": "current", "status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_an_outdated_search_index_and_stays_up(client):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE ipcases_search_state SET value = 'old' WHERE name = 'words'")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["search_index"] == "outdated"


def test_healthz_answers_503_when_the_database_is_unreachable(client):
    with database(**unreachable()):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json() == {
        "database": "unavailable",
        "search_index": "unreadable",
        "status": "unavailable",
    }


@postgres_only
def test_a_server_that_never_answers_gives_503_within_the_connect_timeout(client):
    silent = SilentServer()
    try:
        with database(HOST="127.0.0.1", PORT=str(silent.port), OPTIONS={"connect_timeout": 1}):
            started = time.monotonic()
            response = client.get("/rulings/")
            elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert _is_the_503_page(response)
    assert elapsed < 5


@postgres_only
def test_a_statement_past_the_statement_timeout_is_an_outage_and_answers_503():
    def slow_view(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(5)")

    request = RequestFactory().get("/rulings/")
    middleware = health.DatabaseUnavailableMiddleware(slow_view)
    with database(OPTIONS={"options": "-c statement_timeout=200"}):
        started = time.monotonic()
        try:
            slow_view(request)
        except OperationalError as error:
            response = middleware.process_exception(request, error)
        elapsed = time.monotonic() - started
    assert _is_the_503_page(response)
    assert elapsed < 3


@pytest.fixture
def proxied():
    """The site's connection going through a proxy to the real server, kept between requests
    as in production."""
    real = connections[DEFAULT_DB_ALIAS].settings_dict
    proxy = TcpProxy(real["HOST"] or "127.0.0.1", int(real["PORT"] or 5432))
    try:
        with database(HOST="127.0.0.1", PORT=str(proxy.port), CONN_MAX_AGE=60):
            yield proxy
    finally:
        proxy.cut()


def served(path: str) -> int:
    """The status of a request served as a WSGI server serves it: unlike the test client, with
    the signals that test and close kept connections before and after each request."""
    environ: dict = {}
    setup_testing_defaults(environ)
    environ["PATH_INFO"] = path
    answer: list[str] = []
    response = WSGIHandler()(environ, lambda status, headers: answer.append(status))
    response.close()
    return int(answer[0].split()[0])


@postgres_only
def test_while_the_server_is_stopped_pages_answer_503_and_then_recover_by_themselves(proxied):
    assert served("/rulings/") == 200

    proxied.cut()
    assert served("/rulings/") == 503
    assert served("/healthz") == 503

    proxied.restore()
    assert served("/rulings/") == 200
    assert served("/healthz") == 200


@postgres_only
def test_after_a_restart_the_first_request_does_not_fail_on_the_old_connection(proxied):
    assert served("/rulings/") == 200
    kept = connection.connection
    assert kept is not None  # kept between requests (CONN_MAX_AGE)

    proxied.cut()  # the server restarts between two requests
    proxied.restore()

    assert served("/rulings/") == 200
    assert connection.connection is not kept


@postgres_only
def test_without_health_checks_that_first_request_would_fail(proxied):
    connection.settings_dict["CONN_HEALTH_CHECKS"] = False
    assert served("/rulings/") == 200

    proxied.cut()
    proxied.restore()

    assert served("/rulings/") == 503
