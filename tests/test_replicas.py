"""Which database a read goes to (ipcases/replicas.py), decided without a replica running: the
real one is in test_replicas_streaming.py."""

import pytest
from django.contrib.auth.models import User
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import Http404, HttpResponse, StreamingHttpResponse

from ipcases import replicas
from ipcases.models import Ruling

ROUTER = replicas.ReplicaRouter()


class FakeReplica:
    """`replica1` as the router sees it: whether it answers, and every probe of it."""

    def __init__(self):
        self.up = True
        self.probes = []

    def reachable(self, alias: str) -> bool:
        self.probes.append(alias)
        return self.up


@pytest.fixture
def one_replica(settings, monkeypatch):
    settings.DATABASE_REPLICAS = ["replica1"]
    fake = FakeReplica()
    monkeypatch.setattr(replicas, "reachable", fake.reachable)
    monkeypatch.setattr(replicas, "mark_unreachable", _mark_without_closing)
    yield fake
    replicas.forget_unreachable()


def _mark_without_closing(alias):
    replicas._unreachable_until[alias] = replicas.time.monotonic() + 60


def read_in(request, model=Ruling):
    """Where a page's read of `model` would go."""
    found = []

    @replicas.reads_from_replicas
    def page(request):
        found.append(ROUTER.db_for_read(model))
        return HttpResponse()

    page(request)
    return found[0]


def test_it_reads_a_page_of_the_catalogue_from_a_replica(one_replica, rf):
    assert read_in(rf.get("/rulings/")) == "replica1"
    assert read_in(rf.head("/rulings/")) == "replica1"


def test_it_reads_everything_else_from_the_primary(one_replica, rf):
    assert ROUTER.db_for_read(Ruling) is None  # a command, the admin: no page context
    assert read_in(rf.post("/rulings/")) is None
    assert read_in(rf.get("/rulings/"), model=User) is None  # sessions, users, logins


def test_after_a_write_the_writer_reads_from_the_primary(one_replica, rf):
    request = rf.get("/rulings/")
    request.COOKIES[replicas.PIN_COOKIE] = "1"

    assert read_in(request) is None


def test_inside_a_transaction_it_reads_from_the_primary(one_replica, rf, db):
    # The test runs inside a transaction on the primary.
    assert connections[DEFAULT_DB_ALIAS].in_atomic_block
    assert read_in(rf.get("/rulings/")) is None


def test_without_replicas_nothing_changes(settings, rf):
    settings.DATABASE_REPLICAS = []
    assert read_in(rf.get("/rulings/")) is None


def test_writes_go_to_the_primary_and_replicas_are_never_migrated(one_replica):
    assert ROUTER.db_for_write(Ruling) == DEFAULT_DB_ALIAS
    assert ROUTER.allow_migrate("replica1", "ipcases") is False
    assert ROUTER.allow_migrate(DEFAULT_DB_ALIAS, "ipcases") is None


def test_a_page_chooses_its_replica_once(one_replica, rf):
    @replicas.reads_from_replicas
    def page(request):
        return HttpResponse(" ".join(str(ROUTER.db_for_read(Ruling)) for _ in range(3)))

    assert page(rf.get("/")).content == b"replica1 replica1 replica1"
    assert one_replica.probes == ["replica1"]


def test_an_unreachable_replica_is_skipped_and_remembered(one_replica, rf):
    one_replica.up = False

    assert read_in(rf.get("/")) is None
    assert read_in(rf.get("/")) is None
    assert one_replica.probes == ["replica1"]  # probed once, then remembered

    replicas.forget_unreachable()
    one_replica.up = True
    assert read_in(rf.get("/")) == "replica1"


def test_a_page_not_found_on_the_replica_is_asked_of_the_primary(one_replica, rf):
    asked = []

    @replicas.reads_from_replicas
    def ruling(request):
        asked.append(ROUTER.db_for_read(Ruling))
        if asked[-1] == "replica1":
            raise Http404("not replayed yet")
        return HttpResponse("found")

    assert ruling(rf.get("/rulings/7/")).content == b"found"
    assert asked == ["replica1", None]


def test_an_answer_of_404_on_the_replica_is_asked_of_the_primary(one_replica, rf):
    asked = []

    @replicas.reads_from_replicas
    def api_ruling(request):  # an API answers its own 404 rather than raising
        asked.append(ROUTER.db_for_read(Ruling))
        return HttpResponse(status=404 if asked[-1] == "replica1" else 200)

    assert api_ruling(rf.get("/api/v1/rulings/7/")).status_code == 200
    assert asked == ["replica1", None]


def test_a_streamed_download_reads_from_the_replica_as_it_is_sent(one_replica, rf):
    @replicas.reads_from_replicas
    def export(request):
        rows = (f"{ROUTER.db_for_read(Ruling)}\n".encode() for _ in range(2))
        return StreamingHttpResponse(rows)

    response = export(rf.get("/rulings/export.csv"))

    assert ROUTER.db_for_read(Ruling) is None
    assert b"".join(response.streaming_content) == b"replica1\nreplica1\n"


def test_a_page_not_found_anywhere_is_not_found(one_replica, rf):
    @replicas.reads_from_replicas
    def ruling(request):
        ROUTER.db_for_read(Ruling)
        raise Http404("no such ruling")

    with pytest.raises(Http404):
        ruling(rf.get("/rulings/7/"))


@pytest.mark.parametrize(
    ("method", "replicas_configured", "pinned"),
    [("post", True, True), ("get", True, False), ("post", False, False)],
)
def test_a_write_pins_the_writer_to_the_primary_for_a_while(
    settings, rf, method, replicas_configured, pinned
):
    settings.DATABASE_REPLICAS = ["replica1"] if replicas_configured else []
    middleware = replicas.PrimaryAfterWriteMiddleware(lambda request: HttpResponse())

    response = middleware(getattr(rf, method)("/admin/login/"))

    assert (replicas.PIN_COOKIE in response.cookies) is pinned
    if pinned:
        cookie = response.cookies[replicas.PIN_COOKIE]
        assert cookie["max-age"] == int(settings.REPLICA_PIN_SECONDS)
        assert cookie["httponly"]
