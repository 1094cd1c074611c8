"""CourtListener REST API responses (v4 and v3), as saved from the API.

A file holds one JSON document, read whole (an API page or object is bounded in size):

* a search page (``{"results": [...]}``, type ``o``: v4 with nested opinions, v3 flat);
* a cluster, an opinion or a docket, alone or in a list or a list page;
* a citation-lookup response (``[{"citation", "clusters": [...]}]``);
* an envelope of lists (``{"fetch_date", "dockets": [...], "opinions": [...], ...}``), as
  saved by scripts that call the API; ``fetch_date`` is taken as the retrieval time.

Objects in one file are joined: a cluster takes its opinions (by ``cluster_id``) and its
docket (by ``docket_id``), and a docket that no cluster uses becomes a record of its own. An
opinion whose cluster is not in the file cannot be placed (no court, date or case name) and is
reported as skipped. The mapping itself is in ``courtlistener_map``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .courtlistener_map import (
    MappingError,
    cluster_record,
    docket_record,
    search_result_record,
)
from .sources import open_source

IGNORED_KINDS = ("courts", "people", "positions", "judges", "statistics")


def parse(source) -> Iterator[dict]:
    """Ruling records (and error or skip records) from one saved API response."""
    with open_source(source) as (name, stream):
        try:
            document = json.loads(stream.read())
        except (ValueError, UnicodeDecodeError) as error:
            yield {"position": name, "error": f"not valid JSON ({error})"}
            return
    yield from records_from_document(name, document)


def records_from_document(name: str, document) -> Iterator[dict]:
    """Records from a decoded API response; ``name`` prefixes every position."""
    found = Found()
    retrieved_at = _fetch_date(document.get("fetch_date")) if isinstance(document, dict) else None
    for where, obj in _objects(name, document):
        found.add(where, obj)
    for record in found.records():
        if retrieved_at and "error" not in record and "skip_reason" not in record:
            record["retrieved_at"] = retrieved_at
        yield record


def _objects(name: str, document) -> Iterator[tuple[str, object]]:
    """Every API object in the document, with where it was found."""
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield from _unwrap(f"{name}:[{index}]", item)
    elif isinstance(document, dict) and _kind(document) is None:
        lists = {k: v for k, v in document.items() if isinstance(v, list)}
        if not lists:
            yield f"{name}", document
        for key, items in lists.items():
            if key in IGNORED_KINDS:
                continue
            for index, item in enumerate(items):
                yield from _unwrap(f"{name}:{key}[{index}]", item)
    else:
        yield name, document


def _unwrap(where: str, item) -> Iterator[tuple[str, object]]:
    if isinstance(item, dict) and isinstance(item.get("clusters"), list) and "citation" in item:
        # A citation-lookup result: the clusters it found.
        for index, cluster in enumerate(item["clusters"]):
            yield f"{where}.clusters[{index}]", cluster
    else:
        yield where, item


def _kind(obj) -> str | None:
    """search | cluster | opinion | docket | ignored, or None for an unknown object."""
    if not isinstance(obj, dict):
        return None
    endpoint = re.search(r"/api/rest/v\d+/([a-z-]+)/", str(obj.get("resource_uri") or ""))
    if endpoint:
        return {"clusters": "cluster", "opinions": "opinion", "dockets": "docket"}.get(
            endpoint.group(1), "ignored"
        )
    if "caseName" in obj or "caseNameFull" in obj:
        return "search"
    if "sub_opinions" in obj or ("case_name" in obj and "precedential_status" in obj):
        return "cluster"
    if "cluster_id" in obj and "type" in obj:
        return "opinion"
    if "docket_number" in obj and "court_id" in obj:
        return "docket"
    return None


@dataclass
class Found:
    """The objects of one file, by kind, ready to be joined."""

    results: list[tuple[str, dict]] = field(default_factory=list)
    clusters: list[tuple[str, dict]] = field(default_factory=list)
    opinions: list[tuple[str, dict]] = field(default_factory=list)
    dockets: dict[str, tuple[str, dict]] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def add(self, where: str, obj) -> None:
        kind = _kind(obj)
        if kind == "search":
            self.results.append((where, obj))
        elif kind == "cluster":
            self.clusters.append((where, obj))
            self.opinions.extend(
                (f"{where}.sub_opinions", o)
                for o in obj.get("sub_opinions") or []
                if isinstance(o, dict)
            )
            if isinstance(obj.get("docket"), dict):
                self.add(f"{where}.docket", obj["docket"])
        elif kind == "opinion":
            self.opinions.append((where, obj))
        elif kind == "docket":
            self.dockets[str(obj.get("id"))] = (where, obj)
        elif kind is None:
            self.errors.append(
                {
                    "position": where,
                    "error": "not a CourtListener search result, cluster, opinion or docket",
                }
            )

    def records(self) -> Iterator[dict]:
        if self.errors and not (self.results or self.clusters or self.opinions or self.dockets):
            where = self.errors[0]["position"].split(":[")[0]
            yield {
                "position": where,
                "error": "not a CourtListener API response (no search "
                "result, cluster, opinion or docket in it)",
            }
            return
        yield from self.errors
        seen: set[str] = set()
        for where, result in self.results:
            yield from _guarded(where, seen, lambda r=result: search_result_record(r))
        by_cluster = self._opinions_by_cluster()
        used_dockets: set[str] = set()
        for where, cluster in self.clusters:
            docket_id = str(cluster.get("docket_id") or _id_in_url(cluster.get("docket")))
            used_dockets.add(docket_id)
            docket = self.dockets.get(docket_id, (None, None))[1]
            opinions = [o for _, o in by_cluster.pop(str(cluster.get("id")), [])]
            yield from _guarded(
                where, seen, lambda c=cluster, o=opinions, d=docket: cluster_record(c, o, d)
            )
        for docket_id, (where, docket) in self.dockets.items():
            if docket_id not in used_dockets:
                yield from _guarded(where, seen, lambda d=docket: docket_record(d))
        for opinions in by_cluster.values():
            for where, opinion in opinions:
                yield {
                    "position": where,
                    "skip_reason": f"opinion {opinion.get('id')}: its cluster "
                    f"{opinion.get('cluster_id')} is not in the file (no court, date or name)",
                }

    def _opinions_by_cluster(self) -> dict[str, list]:
        grouped: dict[str, list] = {}
        for where, opinion in self.opinions:
            cluster_id = str(opinion.get("cluster_id") or _id_in_url(opinion.get("cluster")))
            grouped.setdefault(cluster_id, []).append((where, opinion))
        return grouped


def _guarded(where: str, seen: set[str], build) -> Iterator[dict]:
    """The record ``build()`` makes, or an error record; each source id only once per file."""
    try:
        record = build()
    except MappingError as error:
        yield {"position": where, "error": str(error)}
        return
    if record["source_id"] in seen:
        return  # v3 search has one row per opinion of the same cluster
    seen.add(record["source_id"])
    yield {**record, "position": where}


def _fetch_date(value) -> dt.datetime | None:
    """When an envelope says its responses were fetched (UTC unless it says otherwise)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _id_in_url(url) -> str:
    found = re.search(r"/(\d+)/?$", str(url or ""))
    return found.group(1) if found else ""
