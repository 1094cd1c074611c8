"""The rows of CourtListener's bulk files as ``courtlistener_bulk`` stages them: which are IP,
what is kept of each, and how a staged cluster is put back together in the shape of the REST
API's objects, so that ``courtlistener_map`` reads both sources the same way."""

from __future__ import annotations

import json

from .courtlistener_map import CAUSES, NATURE_OF_SUIT, OPINION_TEXT_FIELDS
from .staging import Staging, pack, unpack

# Courts whose every decision is an IP decision (or close enough to be read and classified).
IP_COURTS = frozenset({"cafc", "ccpa", "ttab", "ptab"})
SCHEMA = """
CREATE TABLE IF NOT EXISTS idb (id INTEGER PRIMARY KEY, nature TEXT);
CREATE TABLE IF NOT EXISTS docket (
    id INTEGER PRIMARY KEY, selected INTEGER, court_id TEXT, docket_number TEXT,
    case_name TEXT, date_filed TEXT, date_terminated TEXT, nature_of_suit TEXT, cause TEXT
);
CREATE TABLE IF NOT EXISTS cluster (
    id INTEGER PRIMARY KEY, docket_id INTEGER, selected INTEGER, body TEXT
);
CREATE TABLE IF NOT EXISTS opinion (id INTEGER PRIMARY KEY, cluster_id INTEGER, body BLOB);
CREATE INDEX IF NOT EXISTS opinion_cluster ON opinion (cluster_id);
CREATE TABLE IF NOT EXISTS citation (
    id INTEGER PRIMARY KEY, cluster_id INTEGER, volume TEXT, reporter TEXT, page TEXT
);
CREATE INDEX IF NOT EXISTS citation_cluster ON citation (cluster_id);
"""
DOCKET_ROW = "INSERT OR REPLACE INTO docket VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
CLUSTER_ROW = "INSERT OR REPLACE INTO cluster VALUES (?, ?, ?, ?)"
CITATION_ROW = "INSERT OR REPLACE INTO citation VALUES (?, ?, ?, ?, ?)"
CLUSTER_COLUMNS = (
    *("id", "docket_id", "case_name", "case_name_short", "case_name_full", "slug"),
    *("date_filed", "date_filed_is_approximate", "precedential_status", "judges"),
    *("disposition", "syllabus", "summary", "nature_of_suit"),
)
HEADMATTER_CHARS = 4000
# The words that name an IP subject, lower case. An opinion that uses them fewer than twice is
# passed over without the classifier (``classify``, 30-odd patterns, costs some 50 ms on a long
# opinion, and most opinions have nothing to do with IP; "patently" alone lets many through).
# The classifier itself wants a strong signal and a score of 12, which an IP opinion does not
# reach without naming its subject: statutes (35 U.S.C. ...) come with "patent", "copyright".
SUBJECT_WORDS = (
    *("patent", "copyright", "trademark", "trade mark", "service mark", "lanham"),
    *("trade dress", "trade secret", "passing off", "passing-off", "registered design"),
    *("design right", "community design", "breach of confidence", "confidential information"),
    *("supplementary protection", "infosoc", "eutm"),
)
MIN_SUBJECT_WORDS = 2


def docket_is_ip(row: dict, idb_code: str) -> str:
    """Why a docket is selected ("nature of suit 830", "IP court cafc", ...), or ""."""
    nature = (row.get("nature_of_suit") or "").strip()[:3]
    if nature in NATURE_OF_SUIT:
        return f"by nature of suit {nature}"
    if idb_code:
        return f"by the FJC's nature of suit {idb_code}"
    cause = row.get("cause") or ""
    if any(pattern.search(cause) for pattern, _ in CAUSES):
        return "by cause"
    if (row.get("court_id") or "") in IP_COURTS:
        return f"in {row['court_id']}"
    return ""


def docket_values(row: dict, idb_code: str, selected: bool) -> tuple:
    nature = (row.get("nature_of_suit") or "").strip() or idb_code
    return (
        int(row["id"]),
        int(selected),
        row.get("court_id") or "",
        row.get("docket_number") or "",
        row.get("case_name") or row.get("case_name_full") or "",
        row.get("date_filed") or "",
        row.get("date_terminated") or "",
        nature,
        row.get("cause") or "",
    )


def cluster_body(row: dict) -> str:
    """What is kept of a cluster: its names, date and status, not its long texts."""
    kept = {column: row.get(column) or "" for column in CLUSTER_COLUMNS}
    kept["headmatter"] = (row.get("headmatter") or "")[:HEADMATTER_CHARS]
    return json.dumps(kept)


def opinion_text(row: dict) -> tuple[str, str]:
    """(field, text): the opinion's best text field, as courtlistener_map would choose it."""
    name = next((n for n in OPINION_TEXT_FIELDS if (row.get(n) or "").strip()), "plain_text")
    return name, row.get(name) or ""


def opinion_blob(row: dict, field: str, text: str) -> bytes:
    """The opinion as staged: its best text only, compressed."""
    kept = {"type": row.get("type") or "", "author_str": row.get("author_str") or "", field: text}
    return pack(json.dumps(kept))


def may_be_ip(text: str) -> bool:
    lowered = text.lower()
    found = 0
    for word in SUBJECT_WORDS:
        found += lowered.count(word)
        if found >= MIN_SUBJECT_WORDS:
            return True
    return False


def cluster_dicts(staging: Staging, cluster_id: int, cluster: dict) -> tuple[dict, list, dict]:
    """The staged cluster, its opinions and its docket, as the REST API gives them."""
    slug = cluster.get("slug") or ""
    cluster = {**cluster, "absolute_url": f"/opinion/{cluster_id}/{slug}/" if slug else ""}
    cluster["citations"] = [
        {"volume": volume, "reporter": reporter, "page": page}
        for volume, reporter, page in staging.read(
            "SELECT volume, reporter, page FROM citation WHERE cluster_id = ? ORDER BY id",
            (cluster_id,),
        )
    ]
    opinions = [
        json.loads(unpack(body))
        for (body,) in staging.read(
            "SELECT body FROM opinion WHERE cluster_id = ? ORDER BY id", (cluster_id,)
        )
    ]
    docket = staging.one(
        "SELECT id, court_id, docket_number, case_name, date_filed, date_terminated, "
        "nature_of_suit, cause FROM docket WHERE id = ?",
        (int(cluster.get("docket_id") or 0),),
    )
    names = ("id", "court_id", "docket_number", "case_name", "date_filed", "date_terminated")
    names += ("nature_of_suit", "cause")
    return cluster, opinions, dict(zip(names, docket, strict=True)) if docket else {}
