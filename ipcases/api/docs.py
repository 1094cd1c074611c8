"""The API's index and its interactive documentation: Swagger UI from the site's own static
files (drf-spectacular-sidecar, no CDN), started by a static script (static/api_docs.js), so
that the page runs under the site's Content-Security-Policy, which allows no inline code."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.response import Response

ENDPOINTS = ["rulings", "courts", "analytics", "citation_lookup", "schema", "docs"]


@extend_schema(exclude=True)
@api_view(["GET"])
def index(request: Request) -> Response:
    return Response(
        {name: request.build_absolute_uri(reverse(f"api:{name}")) for name in ENDPOINTS}
    )


def swagger(request: HttpRequest) -> HttpResponse:
    return render(request, "api_docs.html")
