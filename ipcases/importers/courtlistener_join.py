"""Joining CourtListener API objects that arrive in separate responses into ruling records.

``Joiner.add(name, document)`` stages every object of a decoded response (search results,
clusters, opinions, dockets) in a scratch SQLite file; ``Joiner.records()`` then gives a
record for each cluster with the opinions and docket staged for it from any response, for
each search result whose cluster was not fetched whole, for each docket that no cluster uses,
and a skip for each opinion whose cluster never came. An object staged twice is kept in its
latest version (``date_modified``; else the later response).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator

from .courtlistener_map import MappingError, cluster_record, docket_record, search_result_record
from .staging import Staging, pack, unpack

IGNORED_KINDS = ("courts", "people", "positions", "judges", "statistics")
SCHEMA = """
CREATE TABLE IF NOT EXISTS object (
    kind TEXT, id TEXT, cluster_id TEXT, docket_id TEXT, position TEXT, version TEXT,
    retrieved TEXT, used INTEGER DEFAULT 0, seq INTEGER, body BLOB, PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS object_cluster ON object (kind, cluster_id);
"""
ORPHAN = "an opinion whose cluster is in none of the files (no court, date or case name)"


class Joiner:
    def __init__(self):
        self.staging = Staging(schema=SCHEMA)
        self.seq = 0

    def __enter__(self) -> Joiner:
        return self

    def __exit__(self, *exc) -> None:
        self.staging.close()

    def add(self, name: str, document) -> list[dict]:
        """Stage the objects of one decoded response; error records for what is not one."""
        retrieved = _fetch_date(document.get("fetch_date")) if isinstance(document, dict) else None
        errors: list[dict] = []
        staged = 0
        for where, obj in _objects(name, document):
            kind = _kind(obj)
            if kind is None:
                errors.append(
                    {
                        "position": where,
                        "error": "not a CourtListener search result, cluster, opinion or docket",
                    }
                )
            elif kind != "ignored":
                staged += self._stage(kind, where, obj, retrieved)
        if errors and not staged:
            return [
                {
                    "position": name,
                    "error": "not a CourtListener API response (no search result, cluster, "
                    "opinion or docket in it)",
                }
            ]
        return errors

    def _stage(self, kind: str, where: str, obj: dict, retrieved) -> int:
        staged = 1
        if kind == "cluster":
            for index, opinion in enumerate(obj.get("sub_opinions") or []):
                if isinstance(opinion, dict):
                    opinion.setdefault("cluster_id", obj.get("id"))
                    staged += self._stage(
                        "opinion", f"{where}.sub_opinions[{index}]", opinion, retrieved
                    )
            if isinstance(obj.get("docket"), dict):
                staged += self._stage("docket", f"{where}.docket", obj["docket"], retrieved)
        key = _key(kind, obj)
        version = str(obj.get("date_modified") or "")
        known = self.staging.one(
            "SELECT version FROM object WHERE kind = ? AND id = ?", (kind, key)
        )
        if known is not None and (kind == "search" or _newer(known[0], version)):
            return staged  # v3 search repeats a cluster per opinion, the first the fullest
        self.seq += 1
        cluster_id = str(obj.get("cluster_id") or _id_in_url(obj.get("cluster")))
        docket_id = str(obj.get("docket_id") or _id_in_url(obj.get("docket")))
        self.staging.run(
            "INSERT OR REPLACE INTO object (kind, id, cluster_id, docket_id, position, version, "
            "retrieved, seq, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                key,
                cluster_id,
                docket_id,
                where,
                version,
                retrieved,
                self.seq,
                pack(json.dumps(obj)),
            ),
        )
        return staged

    def records(self) -> Iterator[dict]:
        seen: set[str] = set()
        for where, result, retrieved in self._objects("search"):
            cluster = str(result.get("cluster_id") or "")
            if cluster and self.staging.one(
                "SELECT 1 FROM object WHERE kind = 'cluster' AND id = ?", (cluster,)
            ):
                continue  # the cluster itself was fetched: it says more
            yield from _guarded(where, seen, retrieved, lambda r=result: search_result_record(r))
        for where, cluster, retrieved in self._objects("cluster"):
            yield from _guarded(where, seen, retrieved, lambda c=cluster: self._cluster_record(c))
        for where, docket, retrieved in self._objects("docket", unused=True):
            yield from _guarded(where, seen, retrieved, lambda d=docket: docket_record(d))
        for where, opinion in self._orphans():
            detail = f"opinion {opinion.get('id')}, cluster {_cluster_of(opinion) or '(none)'}"
            yield {"position": where, "skip_reason": ORPHAN, "skip_detail": detail}

    def _cluster_record(self, cluster: dict) -> dict:
        cluster_id = str(cluster.get("id"))
        opinions = [
            json.loads(unpack(body))
            for (body,) in self.staging.read(
                "SELECT body FROM object WHERE kind = 'opinion' AND cluster_id = ? ORDER BY seq",
                (cluster_id,),
            )
        ]
        docket_id = str(cluster.get("docket_id") or _id_in_url(cluster.get("docket")))
        row = self.staging.one(
            "SELECT body FROM object WHERE kind = 'docket' AND id = ?", (docket_id,)
        )
        self.staging.run(
            "UPDATE object SET used = 1 WHERE kind = 'docket' AND id = ?", (docket_id,)
        )
        return cluster_record(cluster, opinions, json.loads(unpack(row[0])) if row else None)

    def _objects(self, kind: str, unused: bool = False) -> Iterator[tuple[str, dict, str]]:
        condition = " AND used = 0" if unused else ""
        rows = self.staging.read(
            f"SELECT position, body, retrieved FROM object WHERE kind = ?{condition} ORDER BY seq",
            (kind,),
        )
        for where, body, retrieved in list(rows) if unused else rows:
            yield where, json.loads(unpack(body)), retrieved

    def _orphans(self) -> Iterator[tuple[str, dict]]:
        rows = self.staging.read(
            "SELECT o.position, o.body FROM object o WHERE o.kind = 'opinion' AND NOT EXISTS "
            "(SELECT 1 FROM object c WHERE c.kind = 'cluster' AND c.id = o.cluster_id) "
            "ORDER BY o.seq"
        )
        for where, body in rows:
            yield where, json.loads(unpack(body))


def _guarded(where: str, seen: set[str], retrieved, build: Callable[[], dict]) -> Iterator[dict]:
    """The record ``build()`` makes, or an error record; each source id only once."""
    try:
        record = build()
    except MappingError as error:
        yield {"position": where, "error": str(error)}
        return
    if record["source_id"] in seen:
        return  # v3 search has one row per opinion of the same cluster
    seen.add(record["source_id"])
    if retrieved:
        record["retrieved_at"] = retrieved
    yield {**record, "position": where}


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


def _key(kind: str, obj: dict) -> str:
    if kind != "search":
        return str(obj.get("id"))
    if obj.get("cluster_id"):
        return f"cluster:{obj['cluster_id']}"
    return f"opinion:{obj['id']}" if obj.get("id") else f"docket:{obj.get('docket_id')}"


def _newer(known: str, incoming: str) -> bool:
    """Whether the staged version is newer than the incoming one (both ISO date-times)."""
    try:
        return dt.datetime.fromisoformat(known) > dt.datetime.fromisoformat(incoming)
    except (TypeError, ValueError):
        return False


def _cluster_of(opinion: dict) -> str:
    return str(opinion.get("cluster_id") or _id_in_url(opinion.get("cluster")))


def _fetch_date(value) -> str | None:
    """When an envelope says its responses were fetched (UTC unless it says otherwise)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).isoformat()


def _id_in_url(url) -> str:
    found = re.search(r"/(\d+)/?$", str(url or ""))
    return found.group(1) if found else ""
