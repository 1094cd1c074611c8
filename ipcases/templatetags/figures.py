"""The lines of an analytics table (analytics/tables.py), written out in Python as a ruling's
row is (rows.py): a page's tables hold a few hundred cells, and the template engine's loop,
conditions and lookups for each cost about as much as computing the figures.

    {% load figures %}
    {% table_lines table %}
"""

from __future__ import annotations

from html import escape

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def table_lines(table) -> SafeString:
    """Each line of the table: its first cell names it (a link to its rulings, where it has
    one), the others are figures; a table without lines says so."""
    if not table.shown_rows:
        return mark_safe(
            f'\n          <tr><td colspan="{len(table.columns)}" class="muted">'
            "No rulings with this figure in the selection.</td></tr>\n        "
        )
    return mark_safe("".join(_line(cells, link) for cells, link in table.shown_lines))


def _line(cells: list, link: str | None) -> str:
    name = conditional_escape(cells[0])
    if link:
        name = f'<a href="{escape(link)}">{name}</a>'
    figures = "".join(f'<td class="num">{conditional_escape(cell)}</td>' for cell in cells[1:])
    return f'\n          <tr><th scope="row">{name}</th>{figures}</tr>\n        '
