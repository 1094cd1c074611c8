"""PostgreSQL: one row per ruling beside its passages, with what a whole ruling is searched by.
Nothing on SQLite.

- `words`: every word of the ruling, without positions (a stripped tsvector) and with a GIN
  index. Words, prefixes, AND and OR are matched on it: each ruling is one small index entry
  per word, where the passages are several larger ones (positions included), and a ruling
  matches when its words occur anywhere in it, not only within one passage.
- `head` and `boost`, moved from every passage row: a broad query first orders its matches by
  the rank of their head, and read from a narrow table of one row per ruling that is a
  sequential scan with a hashed id filter rather than one index look-up per match.

The SQL is written out here, not imported, so that this migration keeps working as the code
moves on.
"""

from django.db import migrations

FORWARD = [
    """CREATE TABLE ipcases_search_ruling (
        ruling_id bigint NOT NULL PRIMARY KEY REFERENCES ipcases_ruling (id) ON DELETE CASCADE
            DEFERRABLE INITIALLY DEFERRED,
        boost real NOT NULL DEFAULT 1,
        head tsvector NOT NULL,
        words tsvector NOT NULL
    )""",
    "ALTER TABLE ipcases_search_ruling ALTER COLUMN words SET STORAGE EXTERNAL",
    """INSERT INTO ipcases_search_ruling (ruling_id, boost, head, words)
        SELECT p.ruling_id, max(p.boost), (array_agg(p.head ORDER BY p.passage))[1],
            (SELECT array_to_tsvector(array_agg(DISTINCT u.lexeme))
             FROM ipcases_search_passage q, unnest(q.document) u WHERE q.ruling_id = p.ruling_id)
        FROM ipcases_search_passage p GROUP BY p.ruling_id""",
    # The foreign keys' checks of the rows just written, before the index is built.
    "SET CONSTRAINTS ALL IMMEDIATE",
    "CREATE INDEX ipcases_search_ruling_words ON ipcases_search_ruling USING gin (words)",
    "ALTER TABLE ipcases_search_passage DROP COLUMN head",
]
BACKWARD = [
    "ALTER TABLE ipcases_search_passage ADD COLUMN head tsvector NOT NULL DEFAULT ''",
    """UPDATE ipcases_search_passage p SET head = r.head
        FROM ipcases_search_ruling r WHERE r.ruling_id = p.ruling_id""",
    "DROP TABLE ipcases_search_ruling",
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
