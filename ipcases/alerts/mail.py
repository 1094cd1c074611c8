"""The alert email: the new rulings of one saved search, each with its citation and address,
and the unsubscribe link (in the text and as List-Unsubscribe)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse

from ..exports.styles import citation_forms
from ..models import Ruling, SavedSearch
from .links import absolute, list_url, unsubscribe_url


def alert_email(saved: SavedSearch, rulings: list[Ruling]) -> EmailMessage:
    count = len(rulings)
    plural = "" if count == 1 else "s"
    lines = [f"{count} new ruling{plural} for your saved search “{saved.name}”:", ""]
    for ruling in rulings:
        lines += [f"- {citation_forms(ruling)[0][1]}", f"  {absolute(ruling.get_absolute_url())}"]
    unsubscribe = unsubscribe_url(saved)
    lines += [
        "",
        f"The search: {list_url(saved)}",
        f"Your saved searches: {absolute(reverse('saved_searches'))}",
        f"Stop these emails: {unsubscribe}",
    ]
    return EmailMessage(
        subject=f"ipcases: {count} new ruling{plural} for “{saved.name}”",
        body="\n".join(lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[saved.user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
