"""Analytics pages and downloads: filter with the FilterSet of /rulings/, then aggregate.
Synthetic rulings are left out unless the request asks for them (include_synthetic=1)."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import render

from .. import analytics
from ..analytics.dimensions import DIMENSIONS
from ..analytics.links import figure_params, rulings_href, synthetic_choice
from ..exports import table_statements
from ..models import Basis
from ..pages.analytics import AnalyticsForm
from ..pages.cache import cached_page
from ..pages.listing import Listing
from ..pages.selection import selection_sentence
from ..replicas import reads_from_replicas
from ..spreadsheet import write_csv


def _refused(request: HttpRequest, reason: str) -> HttpResponse:
    return render(request, "analytics_refused.html", {"reason": reason}, status=400)


def _selection(request: HttpRequest) -> tuple[Listing, AnalyticsForm, QueryDict]:
    """The listing and analytics form of a request, with the parameters figures use."""
    params = figure_params(request.GET)
    return Listing(params), AnalyticsForm(params), params


@reads_from_replicas
def analytics_page(request: HttpRequest) -> HttpResponse:
    """Like the ruling list, a filter value that does not validate is shown and left out.
    Kept in the cache until the catalogue changes."""
    return cached_page(request, "analytics", lambda: _analytics_page(request))


def _analytics_page(request: HttpRequest) -> HttpResponse:
    listing, form, params = _selection(request)
    if not form.is_valid():
        return _refused(request, form.refusal)
    figures, tables = analytics.page_tables(listing.qs, form.choice, listing.active)
    context = {
        "listing": listing,
        "figures": figures,
        "selection": selection_sentence(listing, figures.total),
        "tables": tables,
        "rulings_href": rulings_href(params),
        "dimensions": DIMENSIONS.values(),
        "bases": Basis.choices,
        "synthetic": synthetic_choice("analytics", request.GET),
    }
    return render(request, "analytics.html", context)


@reads_from_replicas
def analytics_coverage(request: HttpRequest) -> HttpResponse:
    listing, form, _ = _selection(request)
    if not form.is_valid():
        return _refused(request, form.refusal)
    context = {
        "listing": listing,
        "selection": selection_sentence(listing, listing.qs.count()),
        "tables": analytics.coverage_tables(listing.qs, form.choice),
        "synthetic": synthetic_choice("analytics_coverage", request.GET),
    }
    return render(request, "analytics_coverage.html", context)


@reads_from_replicas
def analytics_csv(request: HttpRequest, table: str) -> HttpResponse:
    """A download has nowhere to show an error, so a value that does not validate is a 400."""
    listing, form, _ = _selection(request)
    if not listing.is_valid():
        return refused_download(listing.errors)
    if not form.is_valid():
        return _refused_download(form.refusal)
    try:
        found = analytics.table(table, listing.qs, form.choice, listing.active)
    except analytics.RefusedGrouping as refusal:
        return _refused_download(str(refusal))
    except KeyError:
        raise Http404(f"No analytics table is called {table!r}.") from None
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{found.slug}.csv"'
    statements = [
        *table_statements(listing, request.build_absolute_uri(), f"analytics table {table}"),
        selection_sentence(listing, listing.qs.count()),
    ]
    write_csv(response, found.columns, found.rows, statements)
    return response


def _refused_download(reason: str) -> HttpResponse:
    return HttpResponseBadRequest(reason, content_type="text/plain; charset=utf-8")


def refused_download(errors: dict) -> HttpResponse:
    """400 with every parameter's messages, as plain text."""
    return _refused_download(" ".join(f"{name}: {' '.join(m)}" for name, m in errors.items()))
