"""One run of the alerts (`manage.py send_alerts`, from cron): every saved search that is due
gets the rulings new to it, once, and every delivery is logged.

Email searches are due once a day or once a week (with an hour's slack, so that a daily cron
job is never a minute early); webhook searches at every run. Run it one at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from ..exports.records import record, ruling_url
from ..models import DeliveredRuling, Delivery, Ruling, SavedSearch
from . import webhooks
from .links import absolute, list_url
from .mail import alert_email
from .selection import listing_of, new_rulings

SLACK = dt.timedelta(hours=1)
INTERVALS = {
    SavedSearch.Frequency.DAILY: dt.timedelta(days=1),
    SavedSearch.Frequency.WEEKLY: dt.timedelta(days=7),
}


@dataclass
class RunSummary:
    searches: int = 0
    sent: int = 0
    rulings: int = 0
    failed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def is_due(saved: SavedSearch, now: dt.datetime) -> bool:
    if saved.channel == SavedSearch.Channel.WEBHOOK:
        return True
    return now - saved.checked_until >= INTERVALS[saved.frequency] - SLACK


def send_alerts(now: dt.datetime | None = None, sleep: Callable = time.sleep) -> RunSummary:
    now = now or timezone.now()
    summary = RunSummary()
    for saved in SavedSearch.objects.active().select_related("user"):
        if is_due(saved, now):
            summary.searches += 1
            _run_one(saved, now, summary, sleep)
    return summary


def _run_one(saved: SavedSearch, now: dt.datetime, summary: RunSummary, sleep: Callable) -> None:
    listing = listing_of(saved)
    if not listing.is_valid():
        errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in listing.errors.items())
        Delivery.objects.create(
            saved_search=saved, channel=saved.channel, status=Delivery.Status.REFUSED, detail=errors
        )
        summary.refused.append(f"{saved.name}: {errors}")
        return
    rulings = new_rulings(listing, saved, now)
    if not rulings:
        SavedSearch.objects.filter(pk=saved.pk).update(checked_until=now)
        return
    delivery = Delivery(saved_search=saved, channel=saved.channel)
    if saved.channel == SavedSearch.Channel.WEBHOOK:
        _call_webhook(saved, rulings, delivery, now, sleep)
    else:
        _send_email(saved, rulings, delivery)
    _record(saved, rulings, delivery, now)
    if delivery.status == Delivery.Status.SENT:
        summary.sent += 1
        summary.rulings += len(rulings)
    else:
        summary.failed.append(f"{saved.name}: {delivery.detail}")


def _send_email(saved: SavedSearch, rulings: list[Ruling], delivery: Delivery) -> None:
    delivery.attempts = 1
    try:
        alert_email(saved, rulings).send()
    except OSError as error:  # the mail server refused or could not be reached
        delivery.status, delivery.detail = Delivery.Status.FAILED, str(error)[:500]
    else:
        delivery.status = Delivery.Status.SENT


def webhook_body(saved: SavedSearch, rulings: list[Ruling], delivery_id, now) -> bytes:
    payload = {
        "delivery_id": str(delivery_id),
        "sent_at": now.isoformat(),
        "saved_search": {"id": saved.pk, "name": saved.name, "query": saved.query},
        "list_url": list_url(saved),
        "rulings": [record(ruling, ruling_url(absolute("/"))) for ruling in rulings],
    }
    return json.dumps(payload, ensure_ascii=False, default=str).encode()


def _call_webhook(saved, rulings, delivery: Delivery, now, sleep: Callable) -> None:
    delivery.id = uuid.uuid4()
    body = webhook_body(saved, rulings, delivery.id, now)
    outcome = webhooks.post(saved.webhook_url, body, saved.webhook_secret, str(delivery.id), sleep)
    delivery.attempts, delivery.response_status = outcome.attempts, outcome.status
    delivery.status = Delivery.Status.SENT if outcome.delivered else Delivery.Status.FAILED
    delivery.detail = outcome.error


def _record(saved: SavedSearch, rulings: list[Ruling], delivery: Delivery, now) -> None:
    """The delivery in the log; if it was sent, its rulings (never sent again) and the time
    the search has been checked up to. A failed one is tried again at the next run."""
    delivery.ruling_count = len(rulings)
    with transaction.atomic():
        delivery.save(force_insert=True)
        if delivery.status != Delivery.Status.SENT:
            return
        DeliveredRuling.objects.bulk_create(
            DeliveredRuling(saved_search=saved, ruling=r, delivery=delivery) for r in rulings
        )
        SavedSearch.objects.filter(pk=saved.pk).update(checked_until=now)
