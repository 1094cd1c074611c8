"""Whether the site can answer: /healthz for load balancers and monitors, and a 503 page
(with Retry-After) instead of a server error whenever the database cannot answer.

A request that finds the database down gets the 503 page; the next one tries again with a new
connection (see CONN_HEALTH_CHECKS in settings), so the site recovers without a restart.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views import defaults
from django.views.decorators.cache import never_cache

from .search import availability

logger = logging.getLogger(__name__)

RETRY_AFTER = 30


def unavailable(request: HttpRequest) -> HttpResponse:
    """The 503 page: a template that reads nothing from the database."""
    response = render(request, "503.html", {"retry_after": RETRY_AFTER}, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response


class DatabaseUnavailableMiddleware:
    """A view that finds the database down answers with the 503 page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not availability.is_outage(exception):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        return unavailable(request)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the 503 page when the error was the database's (raised outside a view,
    in a middleware), Django's 500 page otherwise."""
    error = sys.exc_info()[1]
    if error is not None and availability.is_outage(error):
        return unavailable(request)
    return defaults.server_error(request)


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers and the search index can be read, 503 otherwise."""
    state = {"database": availability.database_state()}
    state["search_index"] = (
        availability.index_state() if state["database"] == "ok" else "unreadable"
    )
    healthy = state["database"] == "ok" and state["search_index"] != "unreadable"
    state["status"] = "ok" if healthy else "unavailable"
    response = JsonResponse(state, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(RETRY_AFTER)
    return response
