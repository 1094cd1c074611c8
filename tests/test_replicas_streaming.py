"""Against a real hot standby of the test database's cluster (see tests/standby.py): pages read
from it, writes go to the primary, a stopped replica is skipped and lag breaks no page."""

import time

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connections
from django.http import HttpResponse

from ipcases import replicas, search
from ipcases.models import Ruling
from tests.helpers import make_ruling

# The rows must be committed to reach the replica. Naming every application lets the flush
# after each test cascade to the search tables (which refer to rulings).
pytestmark = [
    pytest.mark.replica,
    pytest.mark.django_db(
        transaction=True,
        databases=["default", "replica1"],
        available_apps=settings.INSTALLED_APPS,
    ),
]


def replayed(replica: str, seconds: float = 10) -> None:
    """Wait until the replica has replayed every write the primary has made so far."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()")
        written = cursor.fetchone()[0]
    deadline = time.monotonic() + seconds
    with connections[replica].cursor() as cursor:
        while True:
            cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [written])
            if cursor.fetchone()[0]:
                return
            assert time.monotonic() < deadline, "the replica did not catch up"
            time.sleep(0.02)


def in_recovery(alias: str) -> bool:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        return cursor.fetchone()[0]


def served(client, url: str, replica: str, **headers):
    """The response, and how many statements each database ran for it (counted as they run,
    without connecting to a database that is down)."""
    counts = {"default": 0, replica: 0}

    def counter(alias):
        def count(execute, sql, params, many, context):
            counts[alias] += 1
            return execute(sql, params, many, context)

        return count

    with (
        connections["default"].execute_wrapper(counter("default")),
        connections[replica].execute_wrapper(counter(replica)),
    ):
        response = client.get(url, **headers)
        if response.streaming:  # a download is made as the server sends it
            response.streamed = b"".join(response.streaming_content)
    return response, counts["default"], counts[replica]


def indexed_ruling(**fields) -> Ruling:
    ruling = make_ruling(**fields)
    search.update_index([ruling.pk])
    return ruling


def paused(replica: str, pause: bool) -> None:
    with connections[replica].cursor() as cursor:
        cursor.execute(f"SELECT pg_wal_replay_{'pause' if pause else 'resume'}()")


def test_it_is_a_standby_that_streams_from_the_primary(replica):
    ruling = make_ruling()
    replayed(replica)

    assert in_recovery(replica) and not in_recovery("default")
    assert Ruling.objects.using(replica).filter(pk=ruling.pk).exists()


@pytest.mark.parametrize(
    "url",
    ["/rulings/?q=widget", "/rulings/?q=%22claims+a+widget%22&court=cafc", "/analytics/"],
)
def test_it_serves_search_and_analytics_pages_from_the_replica(client, replica, url):
    indexed_ruling(text="The patent claims a widget.")
    replayed(replica)

    response, on_primary, on_replica = served(client, url, replica)

    assert response.status_code == 200
    assert on_primary == 0 and on_replica > 0


def test_it_serves_a_ruling_its_downloads_and_the_api_from_the_replica(client, replica):
    ruling = indexed_ruling()
    replayed(replica)

    urls = [
        f"/rulings/{ruling.pk}/",
        f"/rulings/{ruling.pk}/cite.ris",
        "/analytics/years.csv",
        "/rulings/export.csv?q=widget",
        "/rulings/feed.atom",
        "/api/v1/rulings/?q=widget",
        f"/api/v1/rulings/{ruling.pk}/",
        "/api/v1/analytics/",
    ]
    for url in urls:
        response, on_primary, on_replica = served(client, url, replica)
        assert response.status_code == 200, url
        assert (on_primary, on_replica > 0) == (0, True), url


def test_a_ruling_read_from_the_replica_is_saved_on_the_primary(replica, rf):
    ruling = make_ruling(summary="Before.")
    replayed(replica)

    @replicas.reads_from_replicas
    def edit(request):
        found = Ruling.objects.get(pk=ruling.pk)
        assert found._state.db == replica
        found.summary = "After."
        found.save(update_fields=["summary"])
        return HttpResponse()

    edit(rf.get("/"))

    assert Ruling.objects.using("default").get(pk=ruling.pk).summary == "After."


def test_commands_and_the_admin_read_from_the_primary(admin_client, replica):
    ruling = make_ruling()
    replayed(replica)

    response, _, on_replica = served(
        admin_client, f"/admin/ipcases/ruling/{ruling.pk}/change/", replica
    )

    assert response.status_code == 200
    assert on_replica == 0
    assert Ruling.objects.filter(pk=ruling.pk).db == "default"


def test_a_stopped_replica_is_skipped_and_tried_again_later(client, replica, standby, settings):
    indexed_ruling()
    replayed(replica)
    assert served(client, "/rulings/", replica)[2] > 0  # a kept connection to the replica

    standby.stop()
    try:
        started = time.monotonic()
        response, on_primary, on_replica = served(client, "/rulings/?q=widget", replica)
        first = time.monotonic() - started
        again = served(client, "/rulings/", replica)
    finally:
        standby.start()

    # The first request finds it down (its kept connection fails, or a new one is refused)
    # and the primary answers; the next ones do not try it again for a few seconds.
    assert response.status_code == 200 and on_primary > 0 and on_replica <= 1
    assert first < 3
    assert again[0].status_code == 200 and again[1] > 0 and again[2] == 0
    replicas.forget_unreachable()
    assert served(client, "/rulings/", replica)[2] > 0


def test_a_ruling_not_yet_on_the_replica_is_read_from_the_primary(client, replica):
    make_ruling()
    replayed(replica)
    paused(replica, True)
    try:
        ruling = indexed_ruling(text="Written a moment ago.")
        response, on_primary, _ = served(client, f"/rulings/{ruling.pk}/", replica)
        listed = client.get("/rulings/")
        api = client.get(f"/api/v1/rulings/{ruling.pk}/")
    finally:
        paused(replica, False)

    assert response.status_code == 200 and on_primary > 0
    assert ruling.case.name in response.content.decode()
    assert listed.status_code == 200  # a moment behind, whole
    assert api.status_code == 200 and api.json()["id"] == ruling.pk


def test_after_a_write_the_writer_reads_from_the_primary(client, replica):
    User.objects.create_user("editor", password="a long password")
    make_ruling()
    replayed(replica)
    paused(replica, True)
    try:
        client.post("/admin/login/", {"username": "editor", "password": "a long password"})
        ruling = make_ruling()
        response, on_primary, on_replica = served(client, f"/rulings/{ruling.pk}/", replica)
    finally:
        paused(replica, False)

    assert replicas.PIN_COOKIE in client.cookies
    assert response.status_code == 200 and on_primary > 0 and on_replica == 0
