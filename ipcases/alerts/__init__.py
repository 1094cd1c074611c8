"""Alerts: saved searches that send the rulings new to them, by email or signed webhook.

    summary = send_alerts()          # what `manage.py send_alerts` runs from cron

- selection.py: the rulings a saved search has not been sent yet (the one FilterSet decides
  what matches; a search that does not validate sends nothing);
- webhooks.py: a JSON body POSTed with an HMAC-SHA256 signature and a delivery id, retried
  with backoff;
- mail.py: the email, with its unsubscribe link;
- run.py: which searches are due, and one delivery each, logged (Delivery, DeliveredRuling);
- links.py: the signed unsubscribe link;
- forms.py: a saved search as its owner fills it in.
"""

from .run import RunSummary, send_alerts

__all__ = ["RunSummary", "send_alerts"]
