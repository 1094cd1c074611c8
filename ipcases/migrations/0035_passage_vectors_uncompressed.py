"""PostgreSQL: the passages' sentence and paragraph vectors stored uncompressed, as their
document vectors are (migrations 0002 and 0015). PostgreSQL tries to compress every value
over 2 KB, and four in five of these vectors did not shrink enough to be kept compressed, so
most writes paid for an attempt that was thrown away: a bulk write's passages took about a
sixth less of PostgreSQL's time without it (docs/benchmarks.md). The vectors that did shrink
(a fifth of the paragraph vectors, by about a quarter) take that much more room, and are read
without being decompressed. A vector keeps the form it was written in until its ruling is
indexed again. Nothing on SQLite."""

from django.db import migrations

COLUMNS = ("sentences", "paragraphs", "sentence_order", "paragraph_order")


def storage(method: str):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            changes = ", ".join(f"ALTER COLUMN {c} SET STORAGE {method}" for c in COLUMNS)
            schema_editor.execute(f"ALTER TABLE ipcases_search_passage {changes}")

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0034_ruling_text_lz4")]

    operations = [migrations.RunPython(storage("EXTERNAL"), storage("EXTENDED"))]
