"""PostgreSQL: how many rulings of each facet group hold each common word, so that the facet
counts of a page whose rulings are one common word's matches read these numbers rather than
every search row that holds the word (search/postgres/tallies.py). Nothing on SQLite.

A recount writes the tallies in the key's order, so that a word's lie together. The numbers
are not in the key's index, and pages keep room, so that the write path changes a number in
place (a HOT update) rather than adding an index entry each time. The tallies start out of
date: the next bulk write counts them, or the next ANALYZE through the catalogue
(`search.analyze`, which every import run calls). The SQL is written out here, not imported.
"""

from django.db import migrations

FORWARD = [
    'CREATE TABLE ipcases_search_common_word (word text COLLATE "C" PRIMARY KEY)',
    """CREATE TABLE ipcases_search_word_tally (
        word text COLLATE "C" NOT NULL,
        facet_group integer NOT NULL,
        rulings integer NOT NULL,
        PRIMARY KEY (word, facet_group)
    ) WITH (fillfactor = 80)""",
    "INSERT INTO ipcases_search_state (name, value) VALUES ('tallies', 'out of date') "
    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
]
BACKWARD = [
    "DELETE FROM ipcases_search_state WHERE name = 'tallies'",
    "DROP TABLE ipcases_search_word_tally",
    "DROP TABLE ipcases_search_common_word",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0032_search_ruling_facet_group_ids")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
