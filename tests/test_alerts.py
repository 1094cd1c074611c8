"""Saved searches and `send_alerts`: each new ruling that matches is delivered once, by email
(django.core.mail.outbox) or by a signed webhook (a receiver on loopback); a search that does
not validate sends nothing; every delivery is logged."""

import datetime as dt
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone

from ipcases.alerts import send_alerts
from ipcases.alerts.links import saved_search_of, unsubscribe_url
from ipcases.citations import index_citations
from ipcases.models import DeliveredRuling, Delivery, SavedSearch
from tests.helpers import make_ruling

LATER = dt.timedelta(days=1, minutes=1)


class Receiver(BaseHTTPRequestHandler):
    """Records each POST; answers with the next status of `statuses` (200 when none)."""

    def do_POST(self):  # noqa: N802 - the name http.server calls
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((dict(self.headers), body))
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver(settings):
    settings.ALERT_WEBHOOK_PRIVATE = True  # the receiver listens on loopback
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    server.received, server.statuses = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def user(db):
    return User.objects.create_user("lawyer", "lawyer@example.org", "pw")


def saved(user, query: str, **fields) -> SavedSearch:
    search = SavedSearch.objects.create(user=user, name="Widgets", query=query, **fields)
    SavedSearch.objects.filter(pk=search.pk).update(
        date_created=timezone.now() - dt.timedelta(days=30),
        checked_until=timezone.now() - dt.timedelta(days=2),
    )
    return SavedSearch.objects.get(pk=search.pk)


def run(**kwargs):
    return send_alerts(now=timezone.now() + LATER, sleep=lambda seconds: None, **kwargs)


def test_an_email_alert_sends_each_new_matching_ruling_once(user):
    search = saved(user, "court=txed")
    new = make_ruling(court="txed", case=None)
    make_ruling(court="cafc")  # does not match

    first = run()
    again = run()

    assert (first.sent, first.rulings, again.sent) == (1, 1, 0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lawyer@example.org"]
    assert f"/rulings/{new.pk}/" in message.body
    # The link is signed with the time it was made, so it is read back, not made again.
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert f"Stop these emails: {link}" in message.body
    assert link.startswith("http://127.0.0.1:8000/alerts/unsubscribe/")
    assert saved_search_of(link.rstrip("/").rsplit("/", 1)[-1]) == search
    assert DeliveredRuling.objects.filter(saved_search=search).count() == 1


def test_rulings_added_before_the_search_was_saved_are_not_new(user):
    make_ruling(court="txed")
    search = SavedSearch.objects.create(user=user, name="Now", query="court=txed")

    send_alerts(now=timezone.now() + LATER)

    assert mail.outbox == []
    assert not Delivery.objects.filter(saved_search=search).exists()


def test_a_weekly_search_waits_a_week(user):
    saved(user, "court=txed", frequency="weekly")
    make_ruling(court="txed")

    assert run().searches == 0
    assert send_alerts(now=timezone.now() + dt.timedelta(days=6)).sent == 1


def test_a_webhook_is_posted_signed_with_a_delivery_id(user, receiver):
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    search = saved(user, "court=txed", channel="webhook", webhook_url=url)
    new = make_ruling(court="txed")

    run()
    run()

    assert len(receiver.received) == 1
    headers, body = receiver.received[0]
    expected = hmac.new(search.webhook_secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Ipcases-Signature"] == f"sha256={expected}"
    payload = json.loads(body)
    assert headers["X-Ipcases-Delivery"] == payload["delivery_id"]
    assert [r["id"] for r in payload["rulings"]] == [new.pk]
    delivery = Delivery.objects.get(saved_search=search)
    assert (str(delivery.id), delivery.status, delivery.attempts) == (
        payload["delivery_id"],
        "sent",
        1,
    )


def test_a_webhook_is_retried_with_backoff_and_the_same_delivery_id(user, receiver):
    receiver.statuses = [503, 500]
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    saved(user, "", channel="webhook", webhook_url=url)
    make_ruling()
    waits = []

    send_alerts(now=timezone.now() + LATER, sleep=waits.append)

    assert len(receiver.received) == 3
    assert len({headers["X-Ipcases-Delivery"] for headers, _ in receiver.received}) == 1
    assert waits == [2, 4]
    assert Delivery.objects.get().attempts == 3


@override_settings(ALERT_WEBHOOK_ATTEMPTS=2)
def test_a_failed_webhook_is_logged_and_its_rulings_are_tried_at_the_next_run(user, receiver):
    receiver.statuses = [500, 500]
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    search = saved(user, "", channel="webhook", webhook_url=url)
    new = make_ruling()

    failed = run()
    retried = run()

    assert failed.failed and retried.sent == 1
    assert [d.status for d in Delivery.objects.order_by("date_created")] == ["failed", "sent"]
    assert json.loads(receiver.received[-1][1])["rulings"][0]["id"] == new.pk
    assert DeliveredRuling.objects.get(saved_search=search).ruling == new


def test_an_unreachable_webhook_fails_without_a_server_error(user, settings):
    settings.ALERT_WEBHOOK_PRIVATE = True
    saved(user, "", channel="webhook", webhook_url="http://127.0.0.1:9/nothing-listens")
    make_ruling()

    with pytest.raises(CommandError):
        call_command("send_alerts")

    assert Delivery.objects.get().status == "failed"


def test_a_search_that_does_not_validate_sends_nothing(user):
    search = saved(user, "decided_after=yesterday")
    make_ruling()

    summary = run()

    assert mail.outbox == [] and summary.refused
    delivery = Delivery.objects.get(saved_search=search)
    assert delivery.status == "refused"
    assert "decided_after: Enter a valid date." in delivery.detail


def test_an_alert_on_a_citation_is_a_saved_search(user):
    saved(user, 'q=cites:"499 U.S. 340"')
    cited = make_ruling(citations=("499 U.S. 340",))
    citing = make_ruling(text="As held in Feist, 499 U.S. 340 (1991), facts are free.")
    make_ruling(text="Nothing cited here.")
    index_citations([cited.pk, citing.pk])

    run()

    assert len(mail.outbox) == 1
    assert f"/rulings/{citing.pk}/" in mail.outbox[0].body
    assert f"/rulings/{cited.pk}/" not in mail.outbox[0].body


def test_the_unsubscribe_link_asks_then_stops_the_alerts(client, user):
    search = saved(user, "")
    path = unsubscribe_url(search).removeprefix("http://127.0.0.1:8000")

    assert client.get(path).status_code == 200
    assert SavedSearch.objects.get().active
    client.post(path)
    make_ruling()
    run()

    assert not SavedSearch.objects.get().active
    assert mail.outbox == []
    assert client.get("/alerts/unsubscribe/forged:token/").status_code == 404


def test_a_signed_in_user_saves_a_search_from_a_list_address(client, user):
    client.force_login(user)
    response = client.post(
        "/alerts/",
        {
            "name": "Statute 271",
            "query": "/rulings/?statute=35+U.S.C.+%C2%A7+271&page=3",
            "channel": "email",
            "frequency": "weekly",
        },
    )

    assert response.status_code == 302
    search = SavedSearch.objects.get()
    assert (search.user, search.query) == (user, "statute=35+U.S.C.+%C2%A7+271")


def test_a_search_that_does_not_validate_cannot_be_saved(client, user):
    client.force_login(user)
    response = client.post(
        "/alerts/", {"name": "x", "query": "decided_after=soon", "channel": "webhook"}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "decided_after: Enter a valid date." in html
    assert "A webhook needs the address to POST to." in html
    assert not SavedSearch.objects.exists()


def test_saved_searches_need_a_signed_in_user(client, db):
    response = client.get("/alerts/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_webhook_to_the_servers_own_network_is_refused(user, receiver, settings, client):
    settings.ALERT_WEBHOOK_PRIVATE = False
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    saved(user, "", channel="webhook", webhook_url=url)
    make_ruling()

    run()

    assert receiver.received == []
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 0)
    assert delivery.detail == "The host 127.0.0.1 is not a public address."
    client.force_login(user)
    response = client.post(
        "/alerts/", {"name": "x", "query": "", "channel": "webhook", "webhook_url": url}
    )
    assert "The host 127.0.0.1 is not a public address." in response.content.decode()
