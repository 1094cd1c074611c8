"""Small builders for tests: each makes a valid object and takes overrides."""

import csv
import datetime as dt
import io
import itertools

from django.utils import timezone

from ipcases.courts import ensure_courts
from ipcases.models import Case, Court, OfficialCitation, Ruling, RulingIPType, Source
from ipcases.normalize import normalize_citation, normalize_docket

_serial = itertools.count(1)


def make_court(court_id: str = "cafc") -> Court:
    if not Court.objects.filter(pk=court_id).exists():
        ensure_courts()
    return Court.objects.get(pk=court_id)


def make_case(court: str = "cafc", **overrides) -> Case:
    n = next(_serial)
    docket = overrides.pop("docket_number", f"20-{1000 + n}")
    fields = {
        "court": make_court(court),
        "name": f"Acme Widgets, Inc. v. Bolt Tools Co. {n}",
        "short_name": f"Acme v. Bolt {n}",
        "docket_number": docket,
        "docket_number_normalized": normalize_docket(docket),
        **overrides,
    }
    return Case.objects.create(**fields)


def make_ruling(
    case: Case | None = None,
    ip_types: tuple[str, ...] = ("patent",),
    citations: tuple[str, ...] = (),
    **overrides,
) -> Ruling:
    """A ruling in its own case unless one is given; `court=` picks the court of a new case."""
    case = case or make_case(court=overrides.pop("court", "cafc"))
    fields = {
        "case": case,
        "decision_date": dt.date(2020, 1, 15),
        "source": Source.CSV,
        "source_id": f"test-{next(_serial)}",
        "retrieved_at": timezone.now(),
        "text": "The patent claims a widget.",
        **overrides,
    }
    ruling = Ruling.objects.create(**fields)
    RulingIPType.objects.bulk_create(RulingIPType(ruling=ruling, ip_type=t) for t in ip_types)
    OfficialCitation.objects.bulk_create(
        OfficialCitation(ruling=ruling, cite=c, normalized=normalize_citation(c)) for c in citations
    )
    return ruling


def found(query: str, rulings=None) -> set[int]:
    """The ids of the rulings a search finds (among `rulings`, or all)."""
    from ipcases import search

    parsed = search.parse(query)
    return set(search.filter(rulings or Ruling.objects.all(), parsed).values_list("pk", flat=True))


def ids(corpus: dict, *keys: str) -> set[int]:
    """The ids of some rulings of a corpus fixture, by key."""
    return {corpus[key].pk for key in keys}


def statements(captured) -> list[str]:
    """The statements a block ran: without the savepoints of the test's transaction, and
    without the settings an engine gives its heavy statements (PostgreSQL's work_mem and
    planner settings, sent alone or before the statement), which are not queries of their
    own."""
    sent = [q["sql"] for q in captured.captured_queries]
    return [
        sql.split("; ", 1)[1] if sql.startswith("SELECT set_config(") else sql
        for sql in sent
        if not sql.startswith(("SAVEPOINT", "RELEASE"))
        and not (sql.startswith("SELECT set_config(") and "; " not in sql)
    ]


def csv_table(text: str) -> list[list[str]]:
    """The rows of a downloaded CSV table after the statements that head it (rows of one
    cell starting with #: where it came from and its filters)."""
    rows = list(csv.reader(io.StringIO(text)))
    while rows and len(rows[0]) == 1 and rows[0][0].startswith("# "):
        rows.pop(0)
    return rows
