"""The ruling list and the ruling page."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.urls import reverse

from .. import search
from ..citations.render import link_and_mark
from ..models import Ruling, Source
from .citations import passage_marks, passage_span, ruling_citation_context
from .facets import chips, facet_options
from .links import QueryString
from .listing import Listing
from .outcomes import outcome_lines

PAGE_SIZE = 20
# Filters without a facet that a new search keeps (the links of the district-court figures).
KEPT = {"kind", "ending", "stage"}
# The download formats of ipcases/exports, as the list page links them.
DOWNLOADS = [("csv", "CSV"), ("jsonl", "JSON Lines"), ("ris", "RIS"), ("bib", "BibTeX")]
# A query longer than this is cut before the ruling page highlights it.
HIGHLIGHT_QUERY_CHARS = 4000


def page_of(items, number: str | None, per_page: int = PAGE_SIZE) -> Page:
    """The requested page, or the nearest valid one for malformed or out-of-range numbers."""
    return Paginator(items, per_page).get_page(number)


def list_context(listing: Listing, page: Page) -> dict:
    """Everything templates/ruling_list.html shows of a listing's page of results."""
    links = QueryString(listing.params)
    return {
        "listing": listing,
        "page": page,
        "rows": listing.rows(page),
        "facets": facet_options(listing, links),
        "chips": chips(listing, links),
        "synthetic_shown": listing.facet_counts.options["source"].get(Source.SYNTHETIC, 0),
        "real_only_href": "?" + links.with_value("real_only", "on"),
        "facet_params": links.pairs({facet.name for facet in search.FACETS} | KEPT),
        "query_string": links.with_value("page"),
        "downloads": downloads(links.with_value("page")),
        "export_cap": settings.EXPORT_MAX_ROWS,
        "save_url": reverse("saved_searches")
        + "?"
        + urlencode({"query": links.with_value("page")}),
        "feed_url": reverse("ruling_feed")
        + (f"?{query}" if (query := links.with_value("page")) else ""),
    }


def downloads(query: str) -> list[tuple[str, str]]:
    """(label, URL) of the list's results in each export format."""
    suffix = f"?{query}" if query else ""
    return [(label, reverse("ruling_export", args=[ext]) + suffix) for ext, label in DOWNLOADS]


def same_case(ruling: Ruling, chain: list[Ruling]) -> list[Ruling]:
    """The other rulings of the ruling's case, newest first, from its appeal chain's (which
    holds every ruling of its case)."""
    others = [r for r in chain if r.case_id == ruling.case_id and r.pk != ruling.pk]
    return sorted(others, key=lambda r: (r.decision_date, r.pk), reverse=True)


def ruling_context(ruling: Ruling, params: QueryDict) -> dict:
    """Everything templates/ruling_detail.html shows: the ruling with its parties, its outcome
    values with their bases and evidence, the other rulings of its case and of its appeal
    chain, its citations both ways, and, opened from a search (`q`), its text with the query's
    matches marked."""
    chain = list(Ruling.objects.in_cases(ruling.case.appeal_chain()).for_list())
    context = {
        "ruling": ruling,
        "parties": ruling.case.case_parties.all(),
        "same_case": same_case(ruling, chain),
        "chain": chain,
        "query": params.get("q", "")[:HIGHLIGHT_QUERY_CHARS],
        "outcome_lines": outcome_lines(ruling),
        **ruling_citation_context(ruling, params),
    }
    if context["query"] and ruling.text:
        parsed = search.parse(context["query"])
        found = search.highlight(ruling.text, parsed, context["text_links"])
        context["highlighted"], context["match_count"] = found
    elif (passage := passage_span(ruling, params)) is not None:
        # Opened from a citing reference: its passage marked, from match-1 on.
        marks = passage_marks(passage, context["text_links"])
        found = link_and_mark(ruling.text, context["text_links"], marks)
        context["highlighted"], context["match_count"] = found
    return context
