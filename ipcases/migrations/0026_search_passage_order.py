"""PostgreSQL: beside each passage's sentence and paragraph vectors, their order vectors, in
which the index answers +s and +p (a before b in one sentence or paragraph) without reading
the passages' words (search/postgres/index.py `order_vector`), each with a position index
(RUM, or GIN where the rum extension is not installed; see 0007). Nothing on SQLite, which
checks word order on the passages FTS5 finds.

The row ('order', version) of the index's state is written when no passage exists yet; an
index built before answers +s and +p as it did, by reading the words of every passage that
holds both sides in one unit, until `python manage.py reindex_search` rebuilds it.
"""

from django.db import migrations

from ipcases.search.postgres.index import ORDER_VERSION

FORWARD = """DO $$
DECLARE
    method text := CASE WHEN EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum')
        THEN 'rum ({column} rum_tsvector_ops)' ELSE 'gin ({column})' END;
BEGIN
    ALTER TABLE ipcases_search_passage
        ADD COLUMN sentence_order tsvector, ADD COLUMN paragraph_order tsvector;
    EXECUTE 'CREATE INDEX ipcases_search_passage_sentence_order ON ipcases_search_passage '
        || 'USING ' || replace(method, '{column}', 'sentence_order');
    EXECUTE 'CREATE INDEX ipcases_search_passage_paragraph_order ON ipcases_search_passage '
        || 'USING ' || replace(method, '{column}', 'paragraph_order');
END $$"""
BACKWARD = """ALTER TABLE ipcases_search_passage
    DROP COLUMN sentence_order, DROP COLUMN paragraph_order"""
RECORD = f"""INSERT INTO ipcases_search_state (name, value)
    SELECT 'order', '{ORDER_VERSION}' WHERE NOT EXISTS (SELECT 1 FROM ipcases_search_passage)"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)
        schema_editor.execute(RECORD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)
        schema_editor.execute("DELETE FROM ipcases_search_state WHERE name = 'order'")


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0025_ruling_date_modified_index")]

    operations = [migrations.RunPython(forward, backward)]
