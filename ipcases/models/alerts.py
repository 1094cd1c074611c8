"""Saved searches and what was delivered for them.

A saved search is the query string of the ruling list (the one FilterSet's parameters), a
name, and a channel: email (daily or weekly) or a webhook. `send_alerts` sends each one the
rulings added to the catalogue since its last run that it matches; every delivery is logged,
and each ruling is delivered to a saved search once (DeliveredRuling is unique).
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .rulings import Ruling


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class SavedSearchQuerySet(models.QuerySet):
    def active(self) -> SavedSearchQuerySet:
        return self.filter(active=True)


class SavedSearch(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        WEBHOOK = "webhook", "Webhook"

    class Frequency(models.TextChoices):
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_searches",
        help_text="Who saved the search and receives its alerts.",
    )
    name = models.CharField(max_length=200, help_text="The name its owner gave it.")
    query = models.TextField(
        blank=True,
        help_text="The ruling list's query string (q=...&court=...): the search, exactly.",
    )
    channel = models.CharField(
        max_length=10, choices=Channel, default=Channel.EMAIL, help_text="How alerts are sent."
    )
    frequency = models.CharField(
        max_length=10,
        choices=Frequency,
        default=Frequency.DAILY,
        help_text="How often an email is sent (webhooks are called at every run).",
    )
    webhook_url = models.URLField(
        max_length=500, blank=True, help_text="Where the webhook is POSTed (webhook channel)."
    )
    webhook_secret = models.CharField(
        max_length=64,
        default=new_secret,
        help_text="Key of the HMAC-SHA256 signature of each webhook body.",
    )
    active = models.BooleanField(default=True, help_text="Off once unsubscribed.")
    checked_until = models.DateTimeField(
        default=timezone.now,
        help_text="Rulings added to the catalogue up to this time have been considered.",
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    objects = SavedSearchQuerySet.as_manager()

    class Meta:
        ordering = ["user", "name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(channel="webhook") | ~Q(webhook_url=""),
                name="saved_search_webhook_has_url",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Delivery(models.Model):
    """One attempt to send a saved search's new rulings, with what came of it."""

    class Status(models.TextChoices):
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        REFUSED = "refused", "Not sent: the search does not validate"

    id = models.UUIDField(
        primary_key=True,
        default=uuid.uuid4,
        help_text="The delivery id a webhook receives (the same on every retry).",
    )
    saved_search = models.ForeignKey(
        SavedSearch, on_delete=models.CASCADE, related_name="deliveries", help_text="For whom."
    )
    channel = models.CharField(max_length=10, choices=SavedSearch.Channel)
    status = models.CharField(max_length=10, choices=Status, help_text="What came of it.")
    ruling_count = models.PositiveIntegerField(default=0, help_text="Rulings it carried.")
    attempts = models.PositiveIntegerField(default=0, help_text="Tries (webhooks retry).")
    response_status = models.PositiveIntegerField(
        null=True, blank=True, help_text="The webhook's last HTTP status."
    )
    detail = models.TextField(blank=True, help_text="The error, or why it was not sent.")
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date_created"]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        when = f"{self.date_created:%Y-%m-%d %H:%M}" if self.date_created else "not saved"
        return f"{self.saved_search} · {self.get_status_display()} · {when}"


class DeliveredRuling(models.Model):
    """A ruling sent for a saved search: never sent to it again."""

    saved_search = models.ForeignKey(
        SavedSearch, on_delete=models.CASCADE, related_name="delivered", help_text="To whom."
    )
    ruling = models.ForeignKey(
        Ruling, on_delete=models.CASCADE, related_name="+", help_text="The ruling sent."
    )
    delivery = models.ForeignKey(
        Delivery, on_delete=models.CASCADE, related_name="rulings", help_text="In which."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "ruling"], name="unique_delivered_ruling"
            )
        ]

    def __str__(self) -> str:
        return f"{self.ruling_id} to {self.saved_search_id}"
