"""`make audit`: an honest dependency audit, that says "could not audit" (exit 2) rather than
"no known vulnerabilities" when it could not look the packages up."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

# Nothing here reads the test database: once, in the SQLite run of the suite, is enough.
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="does not depend on the database"
)

SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "audit.py"
spec = importlib.util.spec_from_file_location("audit", SCRIPT)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)

SKIPPED = "Dependency not found on PyPI and could not be audited: django (5.2.19)"


def test_a_report_whose_every_look_up_failed_is_no_all_clear():
    report = {
        "dependencies": [
            {"name": "django", "skip_reason": SKIPPED},
            {"name": "psycopg", "skip_reason": SKIPPED},
        ]
    }
    status, lines = audit.verdict(report)
    assert status == 2
    assert lines == [f"could not audit 2 of 2 packages ({SKIPPED})"]


def test_a_report_with_one_package_not_looked_up_is_no_all_clear_either():
    report = {
        "dependencies": [
            {"name": "django", "version": "5.2.19", "vulns": []},
            {"name": "psycopg", "skip_reason": SKIPPED},
        ]
    }
    assert audit.verdict(report)[0] == 2


def test_no_report_at_all_is_no_all_clear():
    status, lines = audit.verdict(None, "Traceback ...\nConnectionError: Failed to resolve")
    assert status == 2
    assert "Failed to resolve" in lines[0]


def test_an_empty_report_is_no_all_clear():
    assert audit.verdict({"dependencies": []})[0] == 2


def test_every_package_checked_and_clean_is_the_all_clear():
    report = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": []}]}
    assert audit.verdict(report) == (0, ["audited 1 packages: no known vulnerabilities"])


def test_a_vulnerability_is_listed_with_its_fix():
    vuln = {"id": "PYSEC-2099-1", "fix_versions": ["5.2.20"]}
    report = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": [vuln]}]}
    assert audit.verdict(report) == (
        1,
        ["vulnerable: django 5.2.19: PYSEC-2099-1 (fixed in 5.2.20)"],
    )


@pytest.mark.skipif(
    importlib.util.find_spec("pip_audit") is None, reason="pip-audit is installed by make install"
)
def test_with_no_advisory_database_in_reach_it_says_so_and_fails(tmp_path):
    unreachable = "http://127.0.0.1:9"
    env = {
        **os.environ,
        "HTTPS_PROXY": unreachable,
        "HTTP_PROXY": unreachable,
        "https_proxy": unreachable,
        "http_proxy": unreachable,
        "NO_PROXY": "",
        "no_proxy": "",
        "XDG_CACHE_HOME": str(tmp_path),  # no answer cached from an earlier run
    }
    run = subprocess.run(
        [sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert "COULD NOT AUDIT" in run.stdout
    assert "no known vulnerabilities" not in run.stdout.lower()
