"""Any search of the ruling list as an Atom feed, newest first."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..exports import citation_forms
from ..models import Ruling
from ..pages.listing import Listing
from ..replicas import reads_from_replicas
from .analytics import refused_download

FEED_ITEMS = 50


class RulingFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        listing = Listing(request.GET)
        if not listing.is_valid():
            return refused_download(listing.errors)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request: HttpRequest) -> Listing:
        return Listing(request.GET)

    def title(self, listing: Listing) -> str:
        query = listing.params.urlencode()
        return f"ipcases: rulings{' · ' + query if query else ''}"

    def subtitle(self, listing: Listing) -> str:
        return f"The newest {FEED_ITEMS} rulings of this search, newest first."

    def link(self, listing: Listing) -> str:
        query = listing.params.urlencode()
        return reverse("ruling_list") + (f"?{query}" if query else "")

    def items(self, listing: Listing) -> list[Ruling]:
        return list(listing.in_order(FEED_ITEMS, order="newest"))

    def item_title(self, ruling: Ruling) -> str:
        court = ruling.case.court
        return f"{ruling.case.name} ({court.short_name or court.name}, {ruling.decided})"

    def item_description(self, ruling: Ruling) -> str:
        cited = citation_forms(ruling)[0][1]
        return f"{cited}. {ruling.summary}" if ruling.summary else cited

    def item_pubdate(self, ruling: Ruling) -> dt.datetime:
        return dt.datetime.combine(ruling.decision_date, dt.time(), tzinfo=dt.UTC)

    def item_updateddate(self, ruling: Ruling) -> dt.datetime:
        return ruling.date_modified

    def item_guid(self, ruling: Ruling) -> str:
        return self.item_link(ruling)

    def item_link(self, ruling: Ruling) -> str:
        return ruling.get_absolute_url()


ruling_feed = reads_from_replicas(RulingFeed())
