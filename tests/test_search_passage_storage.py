"""On PostgreSQL, the passages' vectors are stored uncompressed (migration 0035): most do not
shrink enough to be kept compressed, and the attempt cost a bulk write a sixth of its
passages' time."""

import pytest
from django.db import connection

from ipcases.search import update_index
from tests.helpers import make_ruling

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage"),
]
VECTORS = ("document", "sentences", "paragraphs", "sentence_order", "paragraph_order")


def test_every_partition_stores_the_vectors_uncompressed():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, a.attname, a.attstorage FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid "
            "WHERE c.relname LIKE 'ipcases_search_passage%%' AND c.relkind IN ('r', 'p') "
            "AND a.attname = ANY(%s)",
            [list(VECTORS)],
        )
        found = cursor.fetchall()
    assert {table for table, _, _ in found} == {
        "ipcases_search_passage",
        "ipcases_search_passage_0",
        "ipcases_search_passage_1",
    }
    assert {(column, storage) for _, column, storage in found} == {(c, "e") for c in VECTORS}


def test_a_long_rulings_paragraph_vector_is_written_uncompressed():
    text = "\n\n".join(f"{n}. The defence of laches fails as to claim {n}." for n in range(400))
    ruling = make_ruling(text=text)
    update_index([ruling.pk])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_size(paragraphs), pg_column_compression(paragraphs) "
            "FROM ipcases_search_passage WHERE ruling_id = %s ORDER BY passage LIMIT 1",
            [ruling.pk],
        )
        size, compression = cursor.fetchone()
    assert size > 2048 and compression is None
