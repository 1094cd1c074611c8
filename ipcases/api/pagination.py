"""Cursor pagination over a listing in any of its orders.

A cursor is an opaque token. In date order (newest, oldest) and damages order it holds the
last row's sort key, so the next page is a range read from there, however deep (no offset to
skip). Relevance and citation counts are computed per request, not stored, so those orders'
cursors hold a position instead, as the list page's page numbers do.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db.models import Q

from ..models import Ruling
from ..pages.listing import Listing

KEYSET_ORDERS = ("newest", "oldest", "damages")
# A position cursor goes no deeper than this (the list page pages as deep at most by hand).
MAX_POSITION = 10_000


class BadCursor(ValueError):
    pass


@dataclass(frozen=True)
class Cursor:
    order: str
    key: tuple = ()  # the last row's sort key (keyset orders)
    position: int = 0  # rows already given (position orders)

    def encode(self) -> str:
        payload = {"o": self.order, "k": list(self.key)} if self.key else {"o": self.order}
        if self.position:
            payload["p"] = self.position
        raw = json.dumps(payload, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str, order: str) -> Cursor:
    """The cursor a token stands for; BadCursor (with the message a client reads) otherwise."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
        cursor = Cursor(payload["o"], _key(payload.get("k", [])), int(payload.get("p", 0)))
    except (binascii.Error, ValueError, KeyError, TypeError, InvalidOperation):
        raise BadCursor("This cursor is not one this API gave.") from None
    if cursor.order != order:
        raise BadCursor(f"This cursor belongs to the order {cursor.order!r}, not {order!r}.")
    if cursor.order in KEYSET_ORDERS and len(cursor.key) != (3 if order == "damages" else 2):
        raise BadCursor("This cursor is not one this API gave.")
    if not 0 <= cursor.position <= MAX_POSITION:
        raise BadCursor(f"A cursor reaches at most {MAX_POSITION:,} rulings deep in this order.")
    return cursor


def _key(values: list) -> tuple:
    """(decision date, id) or (damages or None, decision date, id), typed."""
    if not isinstance(values, list) or len(values) not in (0, 2, 3):
        raise ValueError("cursor key")
    if not values:
        return ()
    *amount, date, pk = values
    typed = (dt.date.fromisoformat(date), int(pk))
    if amount:
        return (None if amount[0] is None else Decimal(str(amount[0])), *typed)
    return typed


def page(listing: Listing, cursor: Cursor | None, size: int) -> tuple[list[Ruling], Cursor | None]:
    """The rulings of one page and the cursor of the next (None on the last page)."""
    order = listing.order
    results = listing.results()
    if order in KEYSET_ORDERS:
        rulings = results.rulings
        if cursor is not None and cursor.key:
            rulings = rulings.filter(_after(order, cursor.key))
        found = list(rulings[: size + 1])
        more = len(found) > size
        found = found[:size]
        return found, Cursor(order, _key_of(order, found[-1])) if more else None
    start = cursor.position if cursor is not None else 0
    found = list(results[start : start + size + 1])
    more = len(found) > size and start + size < MAX_POSITION
    return found[:size], Cursor(order, position=start + size) if more else None


def _key_of(order: str, ruling: Ruling) -> tuple:
    key = (ruling.decision_date.isoformat(), ruling.pk)
    if order == "damages":
        amount = ruling.damages_amount
        return (None if amount is None else str(amount), *key)
    return key


def _after(order: str, key: tuple) -> Q:
    """The rulings after `key` in the order (ties on the date broken by id, as the order is)."""
    if order == "oldest":
        date, pk = key
        return Q(decision_date__gt=date) | Q(decision_date=date, id__gt=pk)
    *amount, date, pk = key
    later = Q(decision_date__lt=date) | Q(decision_date=date, id__lt=pk)
    if order == "newest":
        return later
    if amount[0] is None:  # nulls come last: only more rulings without damages follow
        return Q(damages_amount__isnull=True) & later
    return (
        Q(damages_amount__lt=amount[0])
        | (Q(damages_amount=amount[0]) & later)
        | Q(damages_amount__isnull=True)
    )
