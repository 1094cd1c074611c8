"""Both engines: where each passage's sentences and paragraphs begin, for /s, /p, w/s, w/p, +s
and +p (search/text.py `units`).

PostgreSQL: beside each passage's document, two tsvectors whose positions are the numbers of
the sentences and of the paragraphs a word is in (`a <0> b`: a sentence holds both), and the
token positions where they begin, to check word order and phrases. SQLite: a table of the
starts beside the FTS5 table (which cannot gain columns). The row ('units', version) of the
index's state is written when no passage exists yet; an index built before finds nothing by
sentence or paragraph until `python manage.py reindex_search` rebuilds it (the page says so).
"""

from django.db import migrations

from ipcases.search.text import UNITS_VERSION

POSTGRES_FORWARD = """ALTER TABLE ipcases_search_passage
    ADD COLUMN sentences tsvector, ADD COLUMN paragraphs tsvector,
    ADD COLUMN sentence_starts integer[], ADD COLUMN paragraph_starts integer[]"""
POSTGRES_BACKWARD = """ALTER TABLE ipcases_search_passage
    DROP COLUMN sentences, DROP COLUMN paragraphs,
    DROP COLUMN sentence_starts, DROP COLUMN paragraph_starts"""
SQLITE_FORWARD = """CREATE TABLE ipcases_search_passage_unit (
    passage integer PRIMARY KEY, sentences text NOT NULL, paragraphs text NOT NULL)"""
SQLITE_BACKWARD = "DROP TABLE ipcases_search_passage_unit"
RECORD = f"""INSERT INTO ipcases_search_state (name, value)
    SELECT 'units', '{UNITS_VERSION}' WHERE NOT EXISTS (SELECT 1 FROM ipcases_search_passage)"""


def forward(apps, schema_editor):
    sqlite = schema_editor.connection.vendor == "sqlite"
    schema_editor.execute(SQLITE_FORWARD if sqlite else POSTGRES_FORWARD)
    schema_editor.execute(RECORD)


def backward(apps, schema_editor):
    sqlite = schema_editor.connection.vendor == "sqlite"
    schema_editor.execute(SQLITE_BACKWARD if sqlite else POSTGRES_BACKWARD)
    schema_editor.execute("DELETE FROM ipcases_search_state WHERE name = 'units'")


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0022_citation_treatment")]

    operations = [migrations.RunPython(forward, backward)]
