"""CourtListener's bulk data (``--format courtlistener-bulk``): the CSV dumps of its tables,
tens of gigabytes each, joined into ruling records.

A file is known by its name as CourtListener publishes it (``dockets-2024-12-31.csv.bz2``) or,
renamed, by its header. Each file is read once, in the order that lets every choice be made
when its row is read (``PASSES``):

1. ``fjc-integrated-database``: the FJC's civil cases with an IP nature of suit;
2. ``dockets``: every docket, selected when its nature of suit (or its FJC row's) is 820, 830,
   835, 840 or 880, its cause an IP statute, or its court an IP court (``IP_COURTS``);
3. ``opinion-clusters``: every cluster, selected with its docket;
4. ``opinions``: the text of every opinion of a selected cluster, and of any opinion the
   classifier finds IP, whose cluster it selects (an opinion that names an IP subject fewer
   than twice is passed over without the classifier: see courtlistener_bulk_rows);
5. ``citations``: the citations of the selected clusters.

Other tables (``citation-map``: the catalogue reads citations from the texts; ``courts``:
courts come from courts-db; people, parentheticals...) are passed over with a note. What
is read is staged in a scratch SQLite file (``staging.Staging``), never held in memory, and
each selected cluster then becomes a record through ``courtlistener_map.cluster_record``,
dated by the dump. The staging file is the checkpoint: an interrupted run over the same files
resumes where it stopped (see ``bulk_run``).
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .classify import classify
from .courtlistener_bulk_rows import (
    CITATION_ROW,
    CLUSTER_ROW,
    DOCKET_ROW,
    IP_COURTS,
    SCHEMA,
    cluster_body,
    cluster_dicts,
    docket_is_ip,
    docket_values,
    may_be_ip,
    opinion_blob,
    opinion_text,
)
from .courtlistener_csv import BadRow, open_bulk_csv
from .courtlistener_map import MappingError, cluster_record
from .inputs import Input, UnreadableInput
from .staging import Staging

SUFFIXES = (".bz2", ".csv")
COMMIT_ROWS = 20_000
PROGRESS_ROWS = 500
EMITTED_BACK = 1000
# File kinds in the order they are read, with the columns that tell a renamed file's kind.
PASSES = {
    "fjc-integrated-database": {"nature_of_suit", "district_id", "plaintiff"},
    "dockets": {"docket_number", "court_id", "nature_of_suit", "idb_data_id"},
    "opinion-clusters": {"docket_id", "precedential_status", "case_name"},
    "opinions": {"cluster_id", "plain_text", "html_with_citations"},
    "citations": {"volume", "reporter", "page", "cluster_id"},
}
PASSED_OVER = {
    "citation-map": "the catalogue reads each ruling's citations from its text",
    "courts": "courts come from courts-db",
    "parentheticals": "not used",
    "originating-court-information": "not used",
    "search_": "not used",
    "people": "the catalogue holds no profiles of people",
    "courthouses": "not used",
    "court-appeals-to": "appeal routes come from courts-db",
}
_DUMP_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


class Progress:
    """What a run reports while it reads: one file (or the records) at a time. The command
    shows it with tqdm; tests and benchmarks may ignore it."""

    def start(self, name: str, total: int, unit: str) -> None: ...

    def update(self, done: int, rows: int) -> None: ...

    def finish(self) -> None: ...


@dataclass
class Counts:
    """Rows read and selected per file, for the notes of the summary."""

    rows: int = 0
    selected: int = 0
    detail: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.detail[key] = self.detail.get(key, 0) + n


def kind_of(name: str, header: Iterable[str] = ()) -> str:
    """The table a file dumps, from its name or else its header; "" when neither tells."""
    base = Path(name.rsplit(":", 1)[-1]).name.lower()
    for kind in sorted([*PASSES, *PASSED_OVER], key=len, reverse=True):
        if base.startswith(kind):
            return kind
    columns = set(header)
    return next((kind for kind, needed in PASSES.items() if needed <= columns), "")


def parse_all(
    inputs: Iterable[Input],
    state_path: str | None = None,
    progress: Progress | None = None,
) -> Iterator[dict]:
    """Ruling records (and notes, skips and errors) from one run over bulk files; with
    ``state_path`` the staging file is kept there until the run ends, so that an interrupted
    run resumes."""
    run = BulkRun(list(inputs), state_path, progress or Progress())
    yield from run.records()


class BulkRun:
    def __init__(self, inputs: list[Input], state_path: str | None, progress: Progress):
        self.inputs = inputs
        self.progress = progress
        self.staging = Staging(state_path, SCHEMA)
        self.fingerprint = _fingerprint(inputs)
        if self.staging.checkpoint("run") not in (None, self.fingerprint):
            self.staging.discard()  # a checkpoint of other files: start afresh
            self.staging = Staging(state_path, SCHEMA)
        self.staging.checkpoint("run", self.fingerprint)
        self.dump_date = ""
        self.clusters_file = "opinion-clusters"

    def records(self) -> Iterator[dict]:
        finished = False
        try:
            by_kind, errors = self._sorted_inputs()
            yield from errors
            for kind in PASSES:
                for source in by_kind.get(kind, []):
                    yield from self._read_file(kind, source)
            yield from self._dockets_without_opinions()
            yield from self._emit()
            finished = True
        finally:
            # An interrupted run keeps its staging file, to resume from; a finished one not.
            if finished or self.staging.temporary:
                self.staging.discard()
            else:
                self.staging.close()

    def _sorted_inputs(self) -> tuple[dict[str, list[Input]], list[dict]]:
        by_kind: dict[str, list[Input]] = {}
        errors = []
        for source in self.inputs:
            kind = kind_of(source.name) or self._kind_from_header(source)
            if kind in PASSES:
                by_kind.setdefault(kind, []).append(source)
                self.dump_date = self.dump_date or _dump_date(source.name)
            elif kind:
                reason = next(v for k, v in PASSED_OVER.items() if kind.startswith(k))
                errors.append({"position": source.name, "note": f"passed over ({reason})"})
            else:
                errors.append({"position": source.name, "error": _not_bulk(source.name)})
        return by_kind, errors

    def _kind_from_header(self, source: Input) -> str:
        try:
            with open_bulk_csv(source) as table:
                return kind_of("", table.header)
        except (UnreadableInput, OSError, EOFError, ValueError):
            return ""

    def _read_file(self, kind: str, source: Input) -> Iterator[dict]:
        key = f"file:{source.name}"
        done = self.staging.checkpoint(key) or {"rows": 0, "done": False}
        if done["done"]:
            return
        if kind == "opinion-clusters":
            self.clusters_file = source.name
        counts = Counts()
        try:
            with open_bulk_csv(source) as table:
                self.progress.start(Path(source.name).name, table.total_bytes, "B")
                yield from self._rows(kind, table, done["rows"], counts, key)
        except UnreadableInput as error:
            yield {"position": source.name, "error": str(error)}
            return
        except BadRow as error:
            yield {"position": source.name, "error": f"stopped reading: {error}"}
        finally:
            self.progress.finish()
        self.staging.checkpoint(key, {"rows": counts.rows, "done": True})
        yield {"position": source.name, "note": _describe(kind, counts)}

    def _rows(self, kind: str, table, resume_at: int, counts: Counts, key: str) -> Iterator[dict]:
        read = READERS[kind]
        for number, row in enumerate(table.rows(), start=1):
            counts.rows = number
            if number > resume_at:
                error = read(self, row, counts)
                if error:
                    yield {"position": f"{table.name}:row {number + 1}", "error": error}
            if number % PROGRESS_ROWS == 0:
                self.progress.update(table.bytes_read(), number)
            if number % COMMIT_ROWS == 0 and number > resume_at:
                self.staging.checkpoint(key, {"rows": number, "done": False})
        self.progress.update(table.bytes_read(), counts.rows)

    # One function per table: stage what the row adds, return an error message or "".

    def _idb(self, row: dict, counts: Counts) -> str:
        code = (row.get("nature_of_suit") or "").strip()
        if code in ("820", "830", "835", "840", "880"):
            self.staging.run("INSERT OR REPLACE INTO idb VALUES (?, ?)", (_id(row), code))
            counts.selected += 1
        return ""

    def _docket(self, row: dict, counts: Counts) -> str:
        if not _id(row):
            return "a docket without an id"
        idb_code = ""
        if (row.get("idb_data_id") or "").isdigit():
            found = self.staging.one(
                "SELECT nature FROM idb WHERE id = ?", (int(row["idb_data_id"]),)
            )
            idb_code = found[0] if found else ""
        selected = docket_is_ip(row, idb_code)
        counts.selected += bool(selected)
        if selected:
            counts.add(selected)
        self.staging.run(DOCKET_ROW, docket_values(row, idb_code, bool(selected)))
        return ""

    def _cluster(self, row: dict, counts: Counts) -> str:
        cluster_id, docket_id = _id(row), _id(row, "docket_id")
        if not cluster_id:
            return "a cluster without an id"
        docket = self.staging.one("SELECT selected FROM docket WHERE id = ?", (docket_id,))
        if docket is None:
            counts.add("without their docket in the dump")
        selected = bool(docket and docket[0])
        counts.selected += selected
        self.staging.run(CLUSTER_ROW, (cluster_id, docket_id, int(selected), cluster_body(row)))
        return ""

    def _opinion(self, row: dict, counts: Counts) -> str:
        cluster_id = _id(row, "cluster_id")
        cluster = self.staging.one("SELECT selected FROM cluster WHERE id = ?", (cluster_id,))
        if cluster is None:
            counts.add("without their cluster in the dump")
            return ""
        field, text = opinion_text(row)
        if not cluster[0]:
            if not may_be_ip(text) or not classify(text)[0]:
                return ""
            counts.add("IP by their text")
            self.staging.run("UPDATE cluster SET selected = 1 WHERE id = ?", (cluster_id,))
        counts.selected += 1
        blob = opinion_blob(row, field, text)
        self.staging.run(
            "INSERT OR REPLACE INTO opinion VALUES (?, ?, ?)", (_id(row), cluster_id, blob)
        )
        return ""

    def _citation(self, row: dict, counts: Counts) -> str:
        cluster_id = _id(row, "cluster_id")
        cluster = self.staging.one("SELECT selected FROM cluster WHERE id = ?", (cluster_id,))
        if cluster and cluster[0]:
            counts.selected += 1
            values = (_id(row), cluster_id, row.get("volume"), row.get("reporter"), row.get("page"))
            self.staging.run(CITATION_ROW, values)
        return ""

    def _dockets_without_opinions(self) -> Iterator[dict]:
        self.staging.run("CREATE INDEX IF NOT EXISTS cluster_docket ON cluster (docket_id)")
        (count,) = self.staging.one(
            "SELECT count(*) FROM docket d WHERE selected = 1 AND NOT EXISTS "
            "(SELECT 1 FROM cluster c WHERE c.docket_id = d.id)"
        )
        if count:
            yield {
                "position": "dockets",
                "note": f"{count:,} IP dockets have no opinion in the dump: a docket is not a "
                "ruling, they are not imported",
            }

    def _emit(self) -> Iterator[dict]:
        """A record for each selected cluster, in id order, from where a resumed run left."""
        start = self.staging.checkpoint("emitted") or 0
        query = "FROM cluster WHERE selected = 1 AND id > ?"
        total = self.staging.one(f"SELECT count(*) {query}", (start,))[0]
        self.progress.start("records", total, " records")
        # The write path stores records in batches of 200: the id of a record this far back
        # is stored for certain, and a resumed run starts after it.
        emitted: deque[int] = deque(maxlen=EMITTED_BACK)
        try:
            rows = self.staging.read(f"SELECT id, body {query} ORDER BY id", (start,))
            for number, (cluster_id, body) in enumerate(rows, start=1):
                yield self._record(cluster_id, json.loads(body))
                emitted.append(cluster_id)
                if number % PROGRESS_ROWS == 0:
                    self.progress.update(number, number)
                    if len(emitted) == EMITTED_BACK:
                        self.staging.checkpoint("emitted", emitted[0])
        finally:
            self.progress.finish()

    def _record(self, cluster_id: int, cluster_row: dict) -> dict:
        where = f"{self.clusters_file}:cluster {cluster_id}"
        cluster, opinions, docket = cluster_dicts(self.staging, cluster_id, cluster_row)
        try:
            record = cluster_record(cluster, opinions, docket)
        except MappingError as error:
            return {"position": where, "error": str(error)}
        if self.dump_date:
            record["retrieved_at"] = f"{self.dump_date}T00:00:00+00:00"
        return {**record, "position": where}


READERS: dict[str, Callable] = {
    "fjc-integrated-database": BulkRun._idb,
    "dockets": BulkRun._docket,
    "opinion-clusters": BulkRun._cluster,
    "opinions": BulkRun._opinion,
    "citations": BulkRun._citation,
}


def _id(row: dict, column: str = "id") -> int:
    value = (row.get(column) or "").strip()
    return int(value) if value.isdigit() else 0


def _dump_date(name: str) -> str:
    found = _DUMP_DATE.search(Path(name).name)
    return found.group(1) if found else ""


def _fingerprint(inputs: list[Input]) -> list[list]:
    prints = []
    for source in inputs:
        stat = source.path.stat() if source.path else None
        prints.append([source.name, stat.st_size if stat else 0, stat.st_mtime if stat else 0])
    return prints


def _not_bulk(name: str) -> str:
    kinds = ", ".join(f"{kind}-*.csv.bz2" for kind in PASSES)
    return f"not a CourtListener bulk file (its name and header match none of {kinds})"


def _describe(kind: str, counts: Counts) -> str:
    what = {
        "fjc-integrated-database": "FJC cases with an IP nature of suit",
        "dockets": "IP dockets",
        "opinion-clusters": "clusters of IP dockets",
        "opinions": "opinions of IP clusters",
        "citations": "citations of IP clusters",
    }[kind]
    detail = "".join(f"; {n:,} {label}" for label, n in sorted(counts.detail.items()))
    courts = f" (IP courts: {', '.join(sorted(IP_COURTS))})" if kind == "dockets" else ""
    return f"{counts.rows:,} rows read, {counts.selected:,} {what}{courts}{detail}"
