"""The site's own 404 page in every mode.

With DEBUG on (as `make run` serves the demo) Django answers a missing page with its technical
page, which lists every URL pattern: not what a reader should meet. This middleware puts the
site's 404 page in its place; with DEBUG off Django shows that page already.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views import defaults


class FriendlyNotFoundMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.DEBUG and _technical_not_found(response):
            return defaults.page_not_found(request, Http404())
        return response


def _technical_not_found(response: HttpResponse) -> bool:
    return response.status_code == 404 and response.get("Content-Type", "").startswith("text/html")
