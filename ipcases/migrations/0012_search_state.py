"""PostgreSQL: what the search index holds, for the queries to know (nothing on SQLite).

One row, ('terms', version): every ruling is indexed with that version of the list of terms of
art (ipcases/search/terms.py), so that phrases naming them can be matched as single words. An
empty index holds every version: the row is written when no passage exists yet. An index built
before is matched on positions, as before, until `python manage.py reindex_search` rebuilds it.
"""

from django.db import migrations

from ipcases.search.terms import VERSION

FORWARD = [
    "CREATE TABLE ipcases_search_state (name text PRIMARY KEY, value text NOT NULL)",
    f"""INSERT INTO ipcases_search_state (name, value)
        SELECT 'terms', '{VERSION}' WHERE NOT EXISTS (SELECT FROM ipcases_search_passage)""",
]
BACKWARD = ["DROP TABLE ipcases_search_state"]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0011_search_facet_group")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
