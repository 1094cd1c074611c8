"""Planner statistics: every bulk write analyses the tables it changed, and the catalogue says
which tables hold rows without statistics (the benchmarks refuse to run while any does)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from ipcases import search
from ipcases.demo.synthetic import load_synthetic
from ipcases.importers.pipeline import run_import
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"


def forget_statistics() -> None:
    """As on a freshly loaded database that nobody analysed (undone with the test)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "DELETE FROM pg_statistic WHERE starelid IN "
                "(SELECT oid FROM pg_class WHERE relname LIKE 'ipcases%%')"
            )
            return
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("DELETE FROM sqlite_stat1")


def test_it_lists_the_tables_that_hold_rows_without_statistics():
    make_ruling()
    forget_statistics()
    unanalyzed = search.unanalyzed()
    assert {"ipcases_ruling", "ipcases_case", "ipcases_court"} <= set(unanalyzed)
    assert "ipcases_citation" not in unanalyzed  # empty: nothing to describe


def test_analyzing_leaves_no_table_without_statistics():
    make_ruling()
    forget_statistics()
    search.analyze()
    assert search.unanalyzed() == []


def test_an_import_analyses_what_it_wrote():
    forget_statistics()
    summary = run_import("csv", [str(DATA / "csv" / "rulings.csv")])
    assert summary.created
    assert search.unanalyzed() == []


def test_a_dry_run_analyses_nothing():
    make_ruling()
    forget_statistics()
    run_import("csv", [str(DATA / "csv" / "rulings.csv")], dry_run=True)
    assert "ipcases_ruling" in search.unanalyzed()


def test_the_synthetic_loader_analyses_what_it_wrote():
    forget_statistics()
    assert load_synthetic(5) == 5
    assert search.unanalyzed() == []


def test_reindex_search_analyses_the_index():
    make_ruling(text="A patent.")
    forget_statistics()
    call_command("reindex_search", stdout=StringIO())
    assert search.unanalyzed() == []


def test_extract_citations_analyses_the_network():
    make_ruling(citations=("499 U.S. 340",))
    make_ruling(text="As held in 499 U.S. 340, 345 (1991).")
    forget_statistics()
    call_command("extract_citations", "--slow-tokenizer", "--processes", "1", stdout=StringIO())
    assert search.unanalyzed() == []
