"""A ruling's row in a list (results, a court's rulings, the latest rulings), written out in
Python as the search form's widgets are (ipcases/widgets.py).

As a template included for each row, a results page spent about 0.13 ms of CPU a row on the
template engine's variable lookups (each attribute of a model tried first as a dictionary
key, failing with an exception), and format_html spends most of its time checking its
arguments for lazy strings; these f-strings escape every value that is not already HTML.

    {% load rows %}
    {% ruling_row ruling snippet query_string %}
"""

from __future__ import annotations

from html import escape

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def ruling_row(ruling, snippet="", query_string="") -> SafeString:
    """The row of a ruling: its name linking to its page (with the search's query string,
    which marks its matches there), court, date, citation, IP types and outcome, how it
    treats what the query's `cites:` names, and its snippet's passages."""
    url = ruling.get_absolute_url()
    link = f"{url}?{query_string}" if query_string else url
    return mark_safe(
        f'<li>\n  <div class="title"><a href="{escape(link)}">{escape(ruling.case.name)}</a></div>'
        f'\n  <div class="meta">{_meta(ruling)}</div>\n'
        f"{_treatment(ruling.treated)}{_snippet(snippet, url, query_string)}</li>"
    )


def _meta(ruling) -> str:
    court, decided = escape(str(ruling.case.court)), escape(ruling.decided)
    parts = [f'{court} · <time datetime="{escape(ruling.decided_iso)}">{decided}</time>']
    citation = ruling.citation
    if citation:
        parts.append(f" · {escape(citation)}")
    if ruling.kind == "termination":
        pending = ruling.rights_holder_outcome == "pending"
        parts.append(f" · {'pending on this date' if pending else 'case ended'} (FJC IDB)")
    parts += [f' <span class="tag">{escape(label)}</span>' for label in ruling.ip_type_labels]
    outcome = ruling.rights_holder_outcome
    if outcome:
        label = escape(ruling.get_rights_holder_outcome_display())
        parts.append(f' <span class="badge {escape(outcome)}">{label}</span>')
    if ruling.is_synthetic:
        parts.append(' <span class="badge synthetic">synthetic</span>')
    return "".join(parts)


def _treatment(treated) -> str:
    """How the ruling treats what the query's `cites:` names, or nothing."""
    if not treated:
        return ""
    badges = "".join(
        f'<span class="badge treatment-{escape(css)}">{escape(label)}</span> '
        for css, label in treated.badges
    )
    passage = treated.passage_url
    if passage:
        title = escape(treated.passage)
        badges += f'<a href="{escape(passage)}" title="{title}">the citing passage →</a>'
    return f'  <p class="treatment">{badges}</p>\n'


def _snippet(snippet, url: str, query_string: str) -> str:
    """A snippet's passages, each with its paragraph's number where the text numbers them,
    and a link to the others on the ruling's page; or a plain snippet; or nothing. A snippet
    is HTML already (search.passages); anything else is escaped."""
    passages = getattr(snippet, "passages", ())
    if not passages:
        return f'  <p class="snippet">{conditional_escape(snippet)}</p>\n' if snippet else ""
    shown = "".join(
        f'  <p class="snippet">{_paragraph(passage.paragraph)}{passage.html}</p>\n'
        for passage in passages
    )
    return shown + _more(snippet, url, query_string)


def _paragraph(number: str) -> str:
    if not number:
        return ""
    number = escape(number)
    return f'<span class="paragraph" title="Paragraph {number}">¶ {number}</span> '


def _more(snippet, url: str, query_string: str) -> str:
    """The link to the passages a result does not show, at the first of them."""
    if not snippet.more:
        return ""
    if snippet.counted:
        plus = "+" if snippet.partial else ""
        label = f"{snippet.more}{plus} more passage{'' if snippet.more == 1 else 's'}"
    else:
        label = "More passages"
    address = escape(f"{url}?{query_string}#match-{snippet.more_at}")
    return f'  <p class="more-passages"><a href="{address}">{label}</a></p>\n'
