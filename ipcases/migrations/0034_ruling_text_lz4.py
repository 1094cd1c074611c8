"""PostgreSQL: the rulings' texts compressed with lz4 rather than pglz, where the server can
(PostgreSQL 14 or later built with lz4, as Debian's is). A list's snippets and a ruling's page
read texts through their compression, and lz4 gives them back in about two thirds of pglz's
time (docs/benchmarks.md). A text keeps the compression it was written with until it is
written again: this changes those written from now on. Nothing on SQLite."""

from django.db import migrations

LZ4 = "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"


def compression(method: str):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(LZ4)
            found = cursor.fetchone()
        if found and found[0]:
            schema_editor.execute(
                f"ALTER TABLE ipcases_ruling ALTER COLUMN text SET COMPRESSION {method}"
            )

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0033_search_word_tally")]

    operations = [migrations.RunPython(compression("lz4"), compression("DEFAULT"))]
