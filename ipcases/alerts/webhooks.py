"""A webhook: the JSON body POSTed with its HMAC-SHA256 signature and its delivery id, retried
with exponential backoff when the receiver cannot be reached or answers 429 or 5xx.

Headers: `X-Ipcases-Delivery` (the same on every retry of one delivery, for idempotency) and
`X-Ipcases-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body under the saved search's
secret. A receiver computes the same and compares in constant time.

Addresses that are not public (loopback, private networks, link-local: the server's own
neighbours) are refused unless ALERT_WEBHOOK_PRIVATE is on, so that a saved search cannot make
the server POST into the network it runs in.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

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


def refusal(url: str) -> str:
    """Why the server will not POST to this address, or "" when it will."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "A webhook address starts with https:// (or http://) and names a host."
    if settings.ALERT_WEBHOOK_PRIVATE:
        return ""
    try:
        found = socket.getaddrinfo(parts.hostname, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return f"The host {parts.hostname} cannot be found."
    if any(not ipaddress.ip_address(info[4][0].split("%")[0]).is_global for info in found):
        return f"The host {parts.hostname} is not a public address."
    return ""


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
    outcome = Outcome(delivered=False, attempts=0, error=refusal(url))
    if outcome.error:
        return outcome
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
