"""Pages kept in Django's cache (the alias "pages" of settings.CACHES): an expensive page is
rendered once for a query and served again until the catalogue changes.

A page is keyed by its name, its query normalised (parameters sorted, each value as given) and
the catalogue's data version, which every write changes in its own transaction
(search.touch). The version is read before the page's data, so a page kept under a version
was computed from that version's data or newer; a write makes every kept page unreachable, and
the cache's timeout removes them. The code's own fingerprint is part of the key too, so an
upgrade never serves pages an older version rendered. Only complete answers (200) are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

from .. import search

TIMEOUT = 24 * 3600


def _fingerprint() -> str:
    """The code and templates as deployed: names, sizes and modification times."""
    root = Path(settings.BASE_DIR)
    files = sorted([*root.glob("ipcases/**/*.py"), *root.glob("templates/**/*.html")])
    stats = [
        (str(path.relative_to(root)), path.stat().st_size, path.stat().st_mtime_ns)
        for path in files
    ]
    return hashlib.sha256(repr(stats).encode()).hexdigest()[:16]


RELEASE = _fingerprint()


def page_key(name: str, request: HttpRequest, version: str) -> str:
    query = sorted((key, value) for key, values in request.GET.lists() for value in values)
    digest = hashlib.sha256(repr(query).encode()).hexdigest()
    return f"page:{name}:{RELEASE}:{version}:{digest}"


def cached_page(
    request: HttpRequest, name: str, render: Callable[[], HttpResponse]
) -> HttpResponse:
    """The page `render` answers for this request, from the cache when it was kept since the
    catalogue last changed."""
    key = page_key(name, request, search.data_version())
    content = caches["pages"].get(key)
    if content is not None:
        return HttpResponse(content)
    response = render()
    if response.status_code == 200 and not response.streaming:
        caches["pages"].set(key, response.content, TIMEOUT)
    return response
