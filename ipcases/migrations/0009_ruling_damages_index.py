"""PostgreSQL: an index in the order of "Largest damages" (largest first, rulings without
damages last), so that a sorted page reads its first rows instead of sorting every match.
SQLite cannot index NULLS LAST; it sorts."""

from django.db import migrations

FORWARD = """CREATE INDEX IF NOT EXISTS ruling_largest_damages_first ON ipcases_ruling
    (damages_amount DESC NULLS LAST, decision_date DESC, id DESC)"""
BACKWARD = "DROP INDEX IF EXISTS ruling_largest_damages_first"


def run(statement):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0008_search_ruling")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
