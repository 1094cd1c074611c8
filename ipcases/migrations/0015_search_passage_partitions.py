"""PostgreSQL: the passages in two partitions by ruling, each with its own position index, so
that one look-up of a text query's passages runs in two processes at once (a parallel append
of the two index scans). Nothing on SQLite.

A RUM index answers a common word by decoding its whole list of positions, which no rewrite of
the query avoids (`willful w/5 infringement`: 130-140 ms, nearly all of it `infringement`, which
is in every ruling); two halves read in parallel take 75-85 ms on 2 cores. Four partitions
were slower there (each scan has its own fixed cost): 100-110 ms with one worker, 100-140 ms
with three. A ruling's passages stay together, so the rulings a partition matches are distinct
from the other's. The position index (RUM, or GIN without the rum extension; see 0007) is
built as it was.
"""

from django.db import migrations

COLUMNS = """ruling_id bigint NOT NULL,
    passage smallint NOT NULL,
    boost real NOT NULL DEFAULT 1,
    document tsvector NOT NULL,
    PRIMARY KEY (ruling_id, passage)"""

# The rows are copied before the foreign key is added: CREATE INDEX refuses a table with
# foreign-key checks pending in the transaction, and one check of every row is cheaper.
REBUILD = """DO $$
DECLARE
    method text := CASE WHEN to_regclass('ipcases_search_passage_rum') IS NULL
        THEN 'ipcases_search_passage_document ON ipcases_search_passage USING gin (document)'
        ELSE 'ipcases_search_passage_rum ON ipcases_search_passage '
            'USING rum (document rum_tsvector_ops)' END;
BEGIN
    ALTER TABLE ipcases_search_passage RENAME TO ipcases_search_passage_old;
    ALTER TABLE ipcases_search_passage_old
        RENAME CONSTRAINT ipcases_search_passage_pkey TO ipcases_search_passage_old_pkey;
    CREATE TABLE ipcases_search_passage ({columns}) {partitioned};
    {partitions}
    ALTER TABLE ipcases_search_passage ALTER COLUMN document SET STORAGE EXTERNAL;
    INSERT INTO ipcases_search_passage (ruling_id, passage, boost, document)
        SELECT ruling_id, passage, boost, document FROM ipcases_search_passage_old;
    DROP TABLE ipcases_search_passage_old;
    EXECUTE 'CREATE INDEX ' || method;
    ALTER TABLE ipcases_search_passage ADD FOREIGN KEY (ruling_id)
        REFERENCES ipcases_ruling (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
END $$"""

FORWARD = REBUILD.format(
    columns=COLUMNS,
    partitioned="PARTITION BY HASH (ruling_id)",
    partitions="\n    ".join(
        f"CREATE TABLE ipcases_search_passage_{n} PARTITION OF ipcases_search_passage "
        f"FOR VALUES WITH (MODULUS 2, REMAINDER {n});"
        for n in range(2)
    ),
)
BACKWARD = REBUILD.format(columns=COLUMNS, partitioned="", partitions="")


def run(statement):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0014_search_ruling_facet_group_index")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
