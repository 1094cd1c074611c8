"""On PostgreSQL, a ruling's text is written with lz4 where the server has it (migration 0034),
which a list's snippets and a ruling's page read back in about two thirds of pglz's time."""

import importlib

import pytest
from django.db import connection

from ipcases.models import Ruling
from tests.helpers import make_ruling

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's compression"),
]
MIGRATION = importlib.import_module("ipcases.migrations.0034_ruling_text_lz4")


def test_a_long_text_is_written_with_lz4_and_read_back_whole():
    with connection.cursor() as cursor:
        cursor.execute(MIGRATION.LZ4)
        if not cursor.fetchone()[0]:
            pytest.skip("this server has no lz4")
        text = "The patent was infringed, and the defence of laches fails. " * 200
        ruling = make_ruling(text=text)
        cursor.execute(
            "SELECT pg_column_compression(text) FROM ipcases_ruling WHERE id = %s", [ruling.pk]
        )
        assert cursor.fetchone()[0] == "lz4"
    assert Ruling.objects.get(pk=ruling.pk).text == text
