"""PostgreSQL: a RUM index on the passages instead of GIN, where the rum extension is installed
(Debian: postgresql-NN-rum; `make postgres-rum` installs it). Nothing on SQLite.

GIN stores which passages hold a word, not where: a phrase or w/N then reads every candidate's
whole vector to check positions, and ranking reads every match's vector. RUM also stores the
positions, so phrases and proximity are answered from the index, and it returns matches in
order of relevance (`ORDER BY document <=> query`). Without the extension the GIN index stays
and search works as before, only slower on broad phrases and rankings.
"""

from django.db import migrations

FORWARD = """DO $$ BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS rum;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE USING MESSAGE = 'rum is not installed; the search index stays GIN: '
            || SQLERRM;
        RETURN;
    END;
    CREATE INDEX IF NOT EXISTS ipcases_search_passage_rum ON ipcases_search_passage
        USING rum (document rum_tsvector_ops);
    DROP INDEX IF EXISTS ipcases_search_passage_document;
END $$"""

BACKWARD = """DO $$ BEGIN
    IF to_regclass('ipcases_search_passage_rum') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS ipcases_search_passage_document ON ipcases_search_passage
            USING gin (document);
        DROP INDEX ipcases_search_passage_rum;
    END IF;
END $$"""


def run(statement):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0006_search_facet")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
