"""Absolute addresses in alerts, and the unsubscribe link: signed, so that it needs no login
and cannot be guessed for someone else's search."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

from ..models import SavedSearch

SALT = "ipcases.alerts.unsubscribe"


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def list_url(saved: SavedSearch) -> str:
    return absolute(reverse("ruling_list") + (f"?{saved.query}" if saved.query else ""))


def unsubscribe_url(saved: SavedSearch) -> str:
    token = signing.dumps(saved.pk, salt=SALT)
    return absolute(reverse("alert_unsubscribe", args=[token]))


def saved_search_of(token: str) -> SavedSearch | None:
    """The saved search an unsubscribe token names, or None for a token we did not sign."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return SavedSearch.objects.filter(pk=pk).first() if isinstance(pk, int) else None
