"""Analytics pages and downloads: filter with the FilterSet of /rulings/, then aggregate."""

import csv

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render

from . import analytics
from .analytics.dimensions import DIMENSIONS
from .analytics.links import rulings_href
from .filters import RulingFilter
from .models import Ruling


def _refused(request: HttpRequest, reason: str) -> HttpResponse:
    return render(request, "analytics_refused.html", {"reason": reason}, status=400)


def _filter(request: HttpRequest) -> RulingFilter:
    return RulingFilter(request.GET, queryset=Ruling.objects.all())


def analytics_page(request: HttpRequest) -> HttpResponse:
    """Like the ruling list, a filter value that does not validate is shown and left out."""
    rulings = _filter(request)
    try:
        figures, tables = analytics.page_tables(rulings.qs, request.GET)
    except analytics.RefusedGrouping as refusal:
        return _refused(request, str(refusal))
    context = {
        "filter": rulings,
        "figures": figures,
        "tables": tables,
        "rulings_href": rulings_href(request.GET),
        "dimensions": DIMENSIONS.values(),
    }
    return render(request, "analytics.html", context)


def analytics_coverage(request: HttpRequest) -> HttpResponse:
    rulings = _filter(request)
    try:
        tables = analytics.coverage_tables(rulings.qs, request.GET)
    except analytics.RefusedGrouping as refusal:
        return _refused(request, str(refusal))
    return render(request, "analytics_coverage.html", {"filter": rulings, "tables": tables})


def analytics_csv(request: HttpRequest, table: str) -> HttpResponse:
    """A download has nowhere to show an error, so a value that does not validate is a 400."""
    rulings = _filter(request)
    if not rulings.is_valid():
        return _refused_download(_errors_text(rulings))
    try:
        found = analytics.table(table, rulings.qs, request.GET)
    except analytics.RefusedGrouping as refusal:
        return _refused_download(str(refusal))
    except KeyError:
        raise Http404(f"No analytics table is called {table!r}.") from None
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{found.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(found.columns)
    writer.writerows(found.rows)
    return response


def _refused_download(reason: str) -> HttpResponse:
    return HttpResponseBadRequest(reason, content_type="text/plain; charset=utf-8")


def _errors_text(rulings: RulingFilter) -> str:
    return " ".join(f"{name}: {' '.join(messages)}" for name, messages in rulings.errors.items())
