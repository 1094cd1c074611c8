"""The rulings a saved search has not been sent yet.

New means added to the catalogue since the search last ran (with a lookback, so that a ruling
whose citations or statutes are read after the run it was imported in is still sent when it
comes to match) and never sent to this search before (DeliveredRuling). What matches is the
ruling list's decision: the same FilterSet, through Listing.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.http import QueryDict

from ..models import DeliveredRuling, Ruling, SavedSearch
from ..pages.listing import Listing


def listing_of(saved: SavedSearch) -> Listing:
    return Listing(QueryDict(saved.query))


def new_rulings(listing: Listing, saved: SavedSearch, until: dt.datetime) -> list[Ruling]:
    """The rulings of a valid listing that are new to the saved search, newest first (at most
    ALERT_MAX_RULINGS; the others wait for the next run)."""
    since = max(saved.checked_until - settings.ALERT_LOOKBACK, saved.date_created)
    sent = DeliveredRuling.objects.filter(saved_search=saved).values("ruling")
    rulings = (
        listing.qs.filter(date_created__gt=since, date_created__lte=until)
        .exclude(pk__in=sent)
        .for_export()
        .newest_first()
    )
    return list(rulings[: settings.ALERT_MAX_RULINGS])
