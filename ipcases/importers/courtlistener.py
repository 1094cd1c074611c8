"""CourtListener REST API responses (v4 and v3), as saved from the API.

A file holds one JSON document, read whole (an API page or object is bounded in size):

* a search page (``{"results": [...]}``, type ``o``: v4 with nested opinions, v3 flat);
* a cluster, an opinion or a docket, alone or in a list or a list page;
* a citation-lookup response (``[{"citation", "clusters": [...]}]``);
* an envelope of lists (``{"fetch_date", "dockets": [...], "opinions": [...], ...}``), as
  saved by scripts that call the API; ``fetch_date`` is taken as the retrieval time.

The objects of every file of one import run are joined, as ``/clusters/<id>/``,
``/opinions/<id>/`` and ``/dockets/<id>/`` give them in separate responses: a cluster takes
its opinions (by ``cluster_id``) and its docket (by ``docket_id``) wherever they were saved; a
docket that no cluster uses becomes a record of its own, and a search result gives way to the
cluster it summarises. An object saved twice counts once, in its latest version. An opinion
whose cluster is in none of the files cannot be placed (no court, date or case name) and is
reported as skipped. The objects wait in a scratch SQLite file (``staging``), not in memory.
The mapping itself is in ``courtlistener_map``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .courtlistener_join import Joiner
from .inputs import Input, UnreadableInput, open_source
from .records import Parsed


def parse(source) -> Iterator[Parsed]:
    """Ruling records (and error or skip records) from one saved API response."""
    yield from parse_all([source])


def parse_all(inputs: Iterable, **_options) -> Iterator[Parsed]:
    """Records from every file of one run, the objects of all of them joined."""
    with Joiner() as joiner:
        for source in inputs:
            try:
                name, document = _decoded(source)
            except UnreadableInput as error:
                yield {"position": getattr(source, "name", str(source)), "error": str(error)}
                continue
            if isinstance(document, str):
                yield {"position": name, "error": document}
                continue
            yield from joiner.add(name, document)
        yield from joiner.records()


def records_from_document(name: str, document) -> Iterator[dict]:
    """Records from one decoded API response; ``name`` prefixes every position."""
    yield from records_from_documents([(name, document)])


def records_from_documents(documents: Iterable[tuple[str, object]]) -> Iterator[dict]:
    """Records from decoded API responses that belong together (a search page and the
    clusters, opinions and dockets fetched for it)."""
    with Joiner() as joiner:
        for name, document in documents:
            yield from joiner.add(name, document)
        yield from joiner.records()


def _decoded(source: Input | str) -> tuple[str, object]:
    """(name, document), or (name, error message) for a file that is not JSON."""
    with open_source(source) as (name, stream):
        try:
            return name, json.loads(stream.read())
        except (ValueError, UnicodeDecodeError) as error:
            return name, f"not valid JSON ({error})"
