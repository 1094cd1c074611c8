"""Facet options and active-filter chips as the list page shows them, each with its link."""

from __future__ import annotations

from .. import search
from ..filters import Checkbox
from .links import QueryString
from .listing import Listing

# What every facet's numbers mean (search/facets.py counts them so), said the same way.
MEANING = "Rulings with each option, within this search and the other filters."
ADDING = "✓ chosen: its rulings among the results; +: the rulings that adding it brings."
# A facet with more options than this gets a box to filter them (static/facet_filter.js).
LONG = 12


def facet_options(listing: Listing, links: QueryString) -> list[dict]:
    """Every facet with its options (value, label, count, whether chosen, whether choosing it
    adds to a choice, and its link), what its numbers mean, and for the courts, the options
    grouped by country and level."""
    counts = listing.facet_counts.options
    found = []
    for facet in search.FACETS:
        options = _options(listing, facet, counts[facet.name], links)
        adding = any(option["adds"] for option in options)
        found.append(
            {
                "name": facet.name,
                "label": listing.form.fields[facet.name].label,
                "options": options,
                "meaning": ADDING if adding else MEANING,
                "groups": (
                    _court_groups(listing, options)
                    if facet.name == "court"
                    else [{"label": "", "options": options}]
                ),
                "long": len(options) > LONG,
                "errors": listing.form.errors.get(facet.name, []),
            }
        )
    return found


def _court_groups(listing: Listing, options: list[dict]) -> list[dict]:
    """The court options by country and level: groups with the most rulings first, and in
    each, the chosen courts, then the courts with the most rulings."""
    places = listing.facet_counts.courts
    countries = dict(listing.choices("country"))
    levels = dict(listing.choices("level"))
    groups: dict[tuple[str, str], list[dict]] = {}
    for option in options:
        groups.setdefault(places.get(option["value"], ("", "")), []).append(option)
    ordered = []
    for (country, level), members in groups.items():
        members.sort(key=lambda o: (not o["chosen"], -o["count"], o["label"]))
        names = (countries.get(country, country), levels.get(level, level))
        label = " · ".join(part for part in names if part)
        ordered.append({"label": label or "Other", "options": members})
    ordered.sort(key=lambda g: (-sum(o["count"] for o in g["options"]), g["label"]))
    return ordered


def _options(listing: Listing, facet, counts: dict[str, int], links: QueryString) -> list[dict]:
    chosen = listing.active.get(facet.name)
    chosen = [str(v) for v in chosen] if isinstance(chosen, list) else [str(chosen)]
    in_use = facet.name in listing.active
    if facet.flag:
        chosen = ["on"] if facet.name in listing.active else []
        choices = [("on", listing.form.fields[facet.name].label)]
    else:
        choices = listing.choices(facet.name)
    options = []
    for value, label in choices:
        is_chosen = value in chosen
        count = counts.get(value, 0)
        if not (count or is_chosen):
            continue
        if facet.multiple:
            url = links.with_value(facet.name, value, toggle=True)
        else:
            url = links.with_value(facet.name, "" if is_chosen else value)
        adds = facet.multiple and in_use and not is_chosen
        options.append(
            {
                "value": value,
                "label": label,
                "count": count,
                "chosen": is_chosen,
                "adds": adds,
                "url": url,
            }
        )
    return options


def active_filters(listing: Listing) -> list[dict]:
    """Every value of the filters in use: name, raw value, the field's label, the value as
    shown, whether the filter takes several values and whether it is a yes/no flag."""
    found = []
    for name, value in listing.active.items():
        field = listing.form.fields[name]
        flag = isinstance(listing.filter.filters[name], Checkbox)
        shown = dict(listing.choices(name)) if hasattr(field, "choices") else {}
        multiple = isinstance(value, list)
        for raw in value if multiple else [value]:
            found.append(
                {
                    "name": name,
                    "raw": raw,
                    "label": field.label,
                    "value": "yes" if flag else shown.get(str(raw), raw),
                    "multiple": multiple,
                    "flag": flag,
                    "choice": bool(shown),
                }
            )
    return found


def chips(listing: Listing, links: QueryString) -> list[dict]:
    """Active filters as removable chips: label, value shown and the URL without it."""
    found = []
    for active in active_filters(listing):
        name = active["name"]
        if active["multiple"]:
            url = links.with_value(name, str(active["raw"]), toggle=True)
        else:
            url = links.with_value(name)
        found.append({"label": active["label"], "value": active["value"], "url": url})
    return found
