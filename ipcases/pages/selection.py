"""The filters behind a figure, as one sentence: "216 rulings in this selection: patent,
Fed. Cir., decided from 1 January 2015". Every analytics page shows it above its figures and
every analytics CSV file in its first line, so that a figure carried elsewhere still says what
it counts."""

from __future__ import annotations

import datetime as dt

from django.contrib.humanize.templatetags.humanize import intcomma

from .. import search
from .facets import active_filters
from .listing import Listing

FACET_NAMES = {facet.name for facet in search.FACETS}


def selection_sentence(listing: Listing, total: int) -> str:
    noun = "ruling" if total == 1 else "rulings"
    parts = [_phrase(active) for active in active_filters(listing)]
    if not parts:
        return f"{intcomma(total)} {noun} in this selection: the whole catalogue, no filter."
    return f"{intcomma(total)} {noun} in this selection: {', '.join(parts)}."


def _phrase(active: dict) -> str:
    """A facet's option is its own name ("Patent", "Fed. Cir."); a flag is its label; a search
    is quoted; any other value comes after its label ("Decided from: 1 January 2015")."""
    value = active["value"]
    if active["name"] == "q":
        return f"matching “{value}”"
    if active["flag"]:
        return str(active["label"])
    if active["name"] in FACET_NAMES and active["choice"]:
        return str(value)
    if isinstance(value, dt.date):
        value = f"{value.day} {value:%B %Y}"
    return f"{active['label']}: {value}"
