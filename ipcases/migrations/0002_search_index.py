"""The search index: one row per passage of a ruling (see ipcases.search).

PostgreSQL gets a table of hand-built tsvectors with a GIN index, SQLite an FTS5 table. The SQL
is written out here, not imported, so that this migration keeps working as the code moves on.
"""

from django.db import migrations

POSTGRES = [
    """CREATE TABLE ipcases_search_passage (
        ruling_id bigint NOT NULL REFERENCES ipcases_ruling (id) ON DELETE CASCADE
            DEFERRABLE INITIALLY DEFERRED,
        passage smallint NOT NULL,
        boost real NOT NULL DEFAULT 1,
        head tsvector NOT NULL,
        document tsvector NOT NULL,
        PRIMARY KEY (ruling_id, passage)
    )""",
    "ALTER TABLE ipcases_search_passage ALTER COLUMN document SET STORAGE EXTERNAL",
    "CREATE INDEX ipcases_search_passage_document ON ipcases_search_passage USING gin (document)",
]
SQLITE = [
    """CREATE VIRTUAL TABLE ipcases_search_passage USING fts5(
        name, cites, parties, summary, body, boost UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 0'
    )"""
]


def create(apps, schema_editor):
    statements = POSTGRES if schema_editor.connection.vendor == "postgresql" else SQLITE
    for statement in statements:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS ipcases_search_passage")


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
