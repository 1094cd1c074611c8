"""A webhook: the JSON body POSTed with its HMAC-SHA256 signature and its delivery id, retried
with exponential backoff when the receiver cannot be reached or answers 429 or 5xx.

Headers: `X-Ipcases-Delivery` (the same on every retry of one delivery, for idempotency) and
`X-Ipcases-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body under the saved search's
secret. A receiver computes the same and compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


@dataclass
class Outcome:
    delivered: bool
    attempts: int
    status: int | None = None
    error: str = ""


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post(
    url: str, body: bytes, secret: str, delivery_id: str, sleep: Callable = time.sleep
) -> Outcome:
    """POST until a 2xx, a status not worth retrying, or ALERT_WEBHOOK_ATTEMPTS tries."""
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "ipcases-alerts",
        "X-Ipcases-Delivery": delivery_id,
        "X-Ipcases-Signature": signature(body, secret),
    }
    outcome = Outcome(delivered=False, attempts=0)
    for attempt in range(settings.ALERT_WEBHOOK_ATTEMPTS):
        if attempt:
            sleep(settings.ALERT_WEBHOOK_BACKOFF * 2 ** (attempt - 1))
        outcome.attempts += 1
        outcome.status, outcome.error = _send(url, body, headers)
        if outcome.status is not None and 200 <= outcome.status < 300:
            outcome.delivered = True
            return outcome
        if outcome.status is not None and outcome.status not in RETRY_STATUSES:
            return outcome
    return outcome


def _send(url: str, body: bytes, headers: dict) -> tuple[int | None, str]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=settings.ALERT_WEBHOOK_TIMEOUT) as answer:
            return answer.status, ""
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return None, str(getattr(error, "reason", error))[:500]
