"""Fetch rulings live from the CourtListener v4 search API (type ``o``), page by page.

    for record in fetch({"court": "cafc", "since": "2024-01-01"}, token, "cl-state.json"):
        ...

A search result carries no text. With ``full_text``, each result's cluster, opinions and
docket are fetched too (``/clusters/<id>/``, ``/opinions/?cluster=<id>``, ``/dockets/<id>/``)
and joined with it as files of one import are (``courtlistener_join``): one record per
ruling, with its text.

The search is paged with cursors: after every page whose records were all consumed, the
``next`` cursor is written to the state file, so an interrupted run resumes where it stopped
(the page being read is fetched again; the upsert makes that harmless). A run that reached the
last page, or a different query, starts from the beginning. Requests are spaced by ``delay``
seconds, and a 429 answer is retried after its Retry-After. The token travels only to
CourtListener: a ``next`` URL on any other host is refused.

The HTTP call is injectable (``opener``, with urllib's ``urlopen`` signature) for tests.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode

from .courtlistener import records_from_documents

API_URL = "https://www.courtlistener.com/api/rest/v4/"
SEARCH_URL = f"{API_URL}search/"
IP_NATURES_OF_SUIT = ("820", "830", "835", "840")
USER_AGENT = "ipcases importer"
MAX_RETRIES = 5


class FetchError(RuntimeError):
    """The API refused or failed; the message says what to do."""


def search_url(query: dict) -> str:
    """The first search URL for a query of court, since, until, q (all optional).

    Without a court or q, the search is narrowed to the IP natures of suit. Raises FetchError
    for a date that is not YYYY-MM-DD.
    """
    params = {"type": "o", "order_by": "dateFiled asc"}
    q = query.get("q") or ""
    if not q and not query.get("court"):
        q = "suitNature:(" + " OR ".join(f"{code}*" for code in IP_NATURES_OF_SUIT) + ")"
    if q:
        params["q"] = q
    if query.get("court"):
        params["court"] = " ".join(str(query["court"]).replace(",", " ").split())
    for key, param in (("since", "filed_after"), ("until", "filed_before")):
        if query.get(key):
            params[param] = _iso_date(key, query[key])
    return f"{SEARCH_URL}?{urlencode(params)}"


def _iso_date(key: str, value) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as error:
        raise FetchError(f"--{key} {value!r} is not a date (YYYY-MM-DD)") from error


def fetch(
    query: dict,
    token: str | None,
    state_path: str,
    opener: Callable | None = None,
    sleep: Callable[[float], None] = time.sleep,
    delay: float = 1.0,
    full_text: bool = False,
) -> Iterator[dict]:
    """Records from every page of the search, resuming from the state file when it matches."""
    token = token or os.environ.get("COURTLISTENER_TOKEN", "")
    if not token:
        raise FetchError("a CourtListener API token is needed: --token or COURTLISTENER_TOKEN")
    opener = opener or urllib.request.urlopen
    first = search_url(query)
    url = _resume_from(state_path, first)
    page_number = 0
    while url:
        if page_number:
            sleep(delay)
        page_number += 1
        page = _get_page(url, token, opener, sleep)
        documents = [(f"courtlistener search page {page_number}", page)]
        if full_text:
            get = _Getter(token, opener, sleep, delay)
            documents += [doc for result in page["results"] for doc in _details(result, get)]
        yield from records_from_documents(documents)
        url = _checked_next(page.get("next"))
        _save_state(state_path, first, url)


def _resume_from(state_path: str, first: str) -> str:
    try:
        state = json.loads(Path(state_path).read_text())
    except (OSError, ValueError):
        return first
    if isinstance(state, dict) and state.get("query_url") == first and state.get("next"):
        return _checked_next(state["next"]) or first
    return first


def _save_state(state_path: str, first: str, next_url: str | None) -> None:
    path = Path(state_path)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"query_url": first, "next": next_url}, indent=1))
    os.replace(temporary, path)  # a crash mid-write never leaves a half-written state


def _checked_next(url) -> str | None:
    if not url:
        return None
    if not str(url).startswith(SEARCH_URL):
        raise FetchError(f"refusing to follow a next page outside the search API: {url}")
    return str(url)


class _Getter:
    """GETs of the API's objects, spaced like the pages."""

    def __init__(self, token: str, opener: Callable, sleep: Callable[[float], None], delay: float):
        self.token, self.opener, self.sleep, self.delay = token, opener, sleep, delay

    def __call__(self, path: str):
        """The object at ``path``, or None where CourtListener no longer has it (a cluster
        merged away answers 404 or 410): the search result stands in for it."""
        self.sleep(self.delay)
        try:
            return _get_json(f"{API_URL}{path}", self.token, self.opener, self.sleep)
        except FetchError as error:
            if getattr(error.__cause__, "code", None) in (404, 410):
                return None
            raise


def _details(result: dict, get: _Getter) -> Iterator[tuple[str, object]]:
    """The cluster, opinions and docket of one search result, as saved responses would be."""
    cluster_id, docket_id = result.get("cluster_id"), result.get("docket_id")
    if not str(cluster_id or "").isdigit():
        return
    found = [(f"cluster {cluster_id}", get(f"clusters/{cluster_id}/"))]
    path = f"opinions/?cluster={cluster_id}"
    while path:
        opinions = get(path)
        found.append((f"opinions of cluster {cluster_id}", opinions))
        following = str((opinions or {}).get("next") or "")
        path = following[len(API_URL) :] if following.startswith(API_URL) else ""
    if str(docket_id or "").isdigit():
        found.append((f"docket {docket_id}", get(f"dockets/{docket_id}/")))
    yield from ((name, document) for name, document in found if document is not None)


def _get_page(url: str, token: str, opener: Callable, sleep: Callable[[float], None]) -> dict:
    page = _get_json(url, token, opener, sleep)
    if not isinstance(page, dict) or not isinstance(page.get("results"), list):
        raise FetchError(f"{url}: the answer is not a search page")
    return page


def _get_json(url: str, token: str, opener: Callable, sleep: Callable[[float], None]):
    request = urllib.request.Request(
        url,
        headers={
            "Authorization": f"Token {token}",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        },
    )
    for _attempt in range(MAX_RETRIES):
        try:
            with opener(request, timeout=60) as response:
                return _decoded(url, response.read())
        except urllib.error.HTTPError as error:
            if error.code != 429:
                raise FetchError(_http_message(error)) from error
            sleep(_retry_after(error.headers.get("Retry-After") if error.headers else None))
        except urllib.error.URLError as error:
            raise FetchError(f"CourtListener cannot be reached: {error.reason}") from error
    raise FetchError(f"still rate limited after {MAX_RETRIES} tries; try again later")


def _decoded(url: str, body: bytes):
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise FetchError(f"{url}: the answer is not JSON ({error})") from error


def _retry_after(value) -> float:
    try:
        return max(1.0, float(value))
    except (TypeError, ValueError):
        return 60.0  # an HTTP date or nothing: wait a minute


def _http_message(error: urllib.error.HTTPError) -> str:
    if error.code in (401, 403):
        return f"CourtListener refused the token (HTTP {error.code}): check --token"
    if error.code == 404:
        return "CourtListener does not know this page (HTTP 404); delete the state file to restart"
    return f"CourtListener answered HTTP {error.code} {error.reason}"
