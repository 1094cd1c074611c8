"""PostgreSQL tuning for search and facet counts (nothing on SQLite).

1. Rulings keep their full text out of line (toast_tuple_target), so that scanning and joining
   the ruling table for counts reads a few hundred bytes per ruling rather than kilobytes.
   Rows written before this migration move out of line when next updated.
2. Matching a stored tsvector costs far more than the planner assumes when the vector is
   toasted: with the default cost it reads every vector (a sequential scan) for a term in half
   the rulings instead of answering from the GIN index. The higher cost keeps it on the index.
   Changing a built-in function needs its owner (a superuser); without that right the step is
   skipped with a notice, and broad queries are slower.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE ipcases_ruling SET (toast_tuple_target = 128)",
    """DO $$ BEGIN
        ALTER FUNCTION ts_match_vq(tsvector, tsquery) COST 100;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'ts_match_vq cost left unchanged: the migration user does not own it';
    END $$""",
]
BACKWARD = [
    "ALTER TABLE ipcases_ruling RESET (toast_tuple_target)",
    """DO $$ BEGIN
        ALTER FUNCTION ts_match_vq(tsvector, tsquery) COST 1;
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END $$""",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0002_search_index")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
