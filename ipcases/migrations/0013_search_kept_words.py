"""Both engines: note which version of the kept word forms the index holds (search/versions.py).

SQLite gets the state table PostgreSQL has had since 0012. The row ('words', version) is
written when no passage exists yet; an index built before is asked in the stems it holds
until `python manage.py reindex_search` rebuilds it.
"""

from django.db import migrations

from ipcases.search.text import WORDS_VERSION

SQLITE_TABLE = "CREATE TABLE ipcases_search_state (name text PRIMARY KEY, value text NOT NULL)"
RECORD = f"""INSERT INTO ipcases_search_state (name, value)
    SELECT 'words', '{WORDS_VERSION}' WHERE NOT EXISTS (SELECT 1 FROM ipcases_search_passage)"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(SQLITE_TABLE)
    schema_editor.execute(RECORD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE ipcases_search_state")
    else:
        schema_editor.execute("DELETE FROM ipcases_search_state WHERE name = 'words'")


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0012_search_state")]

    operations = [migrations.RunPython(forward, backward)]
