"""PostgreSQL: each ruling's head vector (name, citations, parties, summary) and relevance
boost move from every passage row to one row per ruling. Nothing on SQLite.

A broad query first orders all its matches by the rank of their head, then ranks the best of
them exactly on their passages (see ipcases.search.postgres). Read from a narrow table of one
row per ruling, that first stage is a sequential scan with a hashed id filter; read from the
passage rows, it was one index look-up per match. The SQL is written out here, not imported.
"""

from django.db import migrations

FORWARD = [
    """CREATE TABLE ipcases_search_head (
        ruling_id bigint NOT NULL PRIMARY KEY REFERENCES ipcases_ruling (id) ON DELETE CASCADE
            DEFERRABLE INITIALLY DEFERRED,
        boost real NOT NULL DEFAULT 1,
        head tsvector NOT NULL
    )""",
    """INSERT INTO ipcases_search_head (ruling_id, boost, head)
        SELECT ruling_id, boost, head FROM ipcases_search_passage WHERE passage = 0""",
    "ALTER TABLE ipcases_search_passage DROP COLUMN head",
]
BACKWARD = [
    "ALTER TABLE ipcases_search_passage ADD COLUMN head tsvector NOT NULL DEFAULT ''",
    """UPDATE ipcases_search_passage p SET head = h.head
        FROM ipcases_search_head h WHERE h.ruling_id = p.ruling_id""",
    "DROP TABLE ipcases_search_head",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0007_search_rum")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
