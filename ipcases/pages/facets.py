"""Facet options and active-filter chips as the list page shows them, each with its link."""

from __future__ import annotations

from .. import search
from ..filters import Checkbox
from .links import QueryString
from .listing import Listing


def facet_options(listing: Listing, links: QueryString) -> list[dict]:
    """Every facet with its options: value, label, count, whether chosen, and its link."""
    counts = listing.facet_counts.options
    return [
        {
            "name": facet.name,
            "label": listing.form.fields[facet.name].label,
            "options": _options(listing, facet, counts[facet.name], links),
            "errors": listing.form.errors.get(facet.name, []),
        }
        for facet in search.FACETS
    ]


def _options(listing: Listing, facet, counts: dict[str, int], links: QueryString) -> list[dict]:
    chosen = listing.active.get(facet.name)
    chosen = [str(v) for v in chosen] if isinstance(chosen, list) else [str(chosen)]
    if facet.flag:
        chosen = ["on"] if facet.name in listing.active else []
        choices = [("on", listing.form.fields[facet.name].label)]
    else:
        choices = listing.choices(facet.name)
    options = []
    for value, label in choices:
        is_chosen = value in chosen
        if facet.multiple:
            url = links.with_value(facet.name, value, toggle=True)
        else:
            url = links.with_value(facet.name, "" if is_chosen else value)
        count = counts.get(value, 0)
        if count or is_chosen:
            options.append(
                {"value": value, "label": label, "count": count, "chosen": is_chosen, "url": url}
            )
    return options


def chips(listing: Listing, links: QueryString) -> list[dict]:
    """Active filters as removable chips: label, value shown and the URL without it."""
    found = []
    for name, value in listing.active.items():
        field = listing.form.fields[name]
        flag = isinstance(listing.filter.filters[name], Checkbox)
        shown = dict(listing.choices(name)) if hasattr(field, "choices") else {}
        multiple = isinstance(value, list)
        for raw in value if multiple else [value]:
            if multiple:
                url = links.with_value(name, str(raw), toggle=True)
            else:
                url = links.with_value(name)
            label = "yes" if flag else shown.get(str(raw), raw)
            found.append({"label": field.label, "value": label, "url": url})
    return found
