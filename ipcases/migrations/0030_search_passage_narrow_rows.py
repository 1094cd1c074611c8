"""PostgreSQL: a passage keeps its sentence and paragraph starts out of its row, as its vectors
already are (toast_tuple_target on both partitions, as 0003 set for the rulings' texts), so
that a statement reading the passages a query matches (for their ruling ids) reads rows of
about 200 bytes instead of about 740: `willful w/5 infringement` matches a third of the
passages at 100,000 rulings, and read almost every page of their heap. The starts are read
only to check /s and /p between phrases (postgres/matches.py UNIT_POSITIONS). Nothing on
SQLite.

Rows written before this migration move out of line when next written (`reindex_search`
rewrites them all, as does `VACUUM FULL ipcases_search_passage_0, ipcases_search_passage_1`).
"""

from django.db import migrations

PARTITIONS = ("ipcases_search_passage_0", "ipcases_search_passage_1")


def run(setting):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for partition in PARTITIONS:
                schema_editor.execute(f"ALTER TABLE {partition} {setting}")

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0029_search_passage_body_at")]

    operations = [
        migrations.RunPython(
            run("SET (toast_tuple_target = 128)"), run("RESET (toast_tuple_target)")
        )
    ]
