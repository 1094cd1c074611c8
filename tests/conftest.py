"""Fixtures and markers shared by the whole suite.

- `@pytest.mark.postgres`: behaviour only PostgreSQL guarantees (its plans, indexes, id
  arrays); skipped on SQLite. `@pytest.mark.sqlite`: the same for SQLite's FTS5.
- `index_texts`: rulings with these texts, indexed for search, by key.
"""

from __future__ import annotations

import pytest
from django.db import connection

from ipcases import search
from tests.helpers import make_ruling

VENDORS = {"postgres": "postgresql", "sqlite": "sqlite"}


def pytest_runtest_setup(item) -> None:
    for marker, vendor in VENDORS.items():
        if item.get_closest_marker(marker) and connection.vendor != vendor:
            pytest.skip(f"{vendor} only")


@pytest.fixture
def index_texts(db):
    """Make one ruling per text (each in its own case) and index them: {key: ruling}."""

    def make(texts: dict[str, str]) -> dict:
        rulings = {key: make_ruling(text=text) for key, text in texts.items()}
        search.update_index([r.pk for r in rulings.values()])
        return rulings

    return make
