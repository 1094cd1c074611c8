"""The facets of a results page (pages/facets.py lists them), written out in Python as a
ruling's row is (rows.py): the court facet alone can hold a hundred options, and the template
engine's lookups for each (its URL, label, count, whether chosen and whether it adds) cost
about 1.5 ms a page.

    {% load facets %}
    {% facet_list facets %}
"""

from __future__ import annotations

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def facet_list(facets: list[dict]) -> SafeString:
    """Each facet that has options or errors: its label, what its numbers mean, its errors,
    a box to filter a long list of options, and its options (in groups, for the courts),
    each a link that chooses or drops it, with its count."""
    shown = "".join(_facet(facet) for facet in facets if facet["options"] or facet["errors"])
    return mark_safe(f'<nav class="facets" aria-label="Narrow the results">\n{shown}</nav>')


def _facet(facet: dict) -> str:
    name, label = escape(facet["name"]), escape(str(facet["label"]))
    errors = "".join(f"<li>{escape(str(error))}</li>" for error in facet["errors"])
    parts = [
        f'  <section class="facet" id="facet-{name}">\n    <h3>{label}</h3>\n',
        f'    <p class="facet-meaning">{escape(facet["meaning"])}</p>\n',
        f'    <ul class="errorlist">{errors}</ul>\n' if errors else "",
        _filter_box(name, label.lower()) if facet["long"] else "",
    ]
    for group in facet["groups"]:
        if group["label"]:
            parts.append(f'    <h4 class="facet-group">{escape(group["label"])}</h4>\n')
        options = "".join(_option(option) for option in group["options"])
        parts.append(f"    <ul>\n{options}    </ul>\n")
    parts.append("  </section>\n")
    return "".join(parts)


def _filter_box(name: str, label: str) -> str:
    return (
        f'    <input type="search" class="facet-filter" data-filters="facet-{name}" '
        f'placeholder="Filter {label}" aria-label="Filter the options of {label}" hidden>\n'
    )


def _option(option: dict) -> str:
    chosen = option["chosen"]
    item, current, tick = CHOSEN if chosen else ("", "", "")
    count = f"{'+' if option['adds'] else ''}{option['count']:,}"
    label = escape(str(option["label"]))
    return (
        f'      <li{item}><a href="?{escape(option["url"])}"{current}>{tick}{label}</a> '
        f'<span class="count">{count}</span></li>\n'
    )


# What a chosen option adds to its item, its link and its label.
CHOSEN = (' class="chosen"', ' aria-current="true"', "✓ ")
