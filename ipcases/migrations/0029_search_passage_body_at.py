"""Where each passage's body begins in its ruling's text (characters; search/text.py
`body_starts`), so that a results page reads a long text from the first passage the index
matched rather than from its start (search/listed.py `ruling_snippets`). On PostgreSQL a
narrow table of its own: a new column of the passages would be written, for an index built
before, by rewriting every passage's entries in its position indexes (three minutes for 6,000
passages). On SQLite a column of the passages' sentence and paragraph rows.

Passages written before say nothing, and their texts are read from the start as they were,
until `python manage.py reindex_search`.
"""

from django.db import migrations, models

POSTGRES_FORWARD = """CREATE TABLE ipcases_search_passage_start (
    ruling_id bigint NOT NULL
        REFERENCES ipcases_ruling (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    passage smallint NOT NULL,
    body_at integer NOT NULL,
    PRIMARY KEY (ruling_id, passage)
)"""
FORWARD = {
    "postgresql": POSTGRES_FORWARD,
    "sqlite": "ALTER TABLE ipcases_search_passage_unit ADD COLUMN body_at integer",
}
BACKWARD = {
    "postgresql": "DROP TABLE ipcases_search_passage_start",
    "sqlite": "ALTER TABLE ipcases_search_passage_unit DROP COLUMN body_at",
}


def forward(apps, schema_editor):
    schema_editor.execute(FORWARD[schema_editor.connection.vendor])


def backward(apps, schema_editor):
    schema_editor.execute(BACKWARD[schema_editor.connection.vendor])


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0028_search_analytics_group")]

    operations = [
        migrations.RunPython(forward, backward),
        migrations.CreateModel(
            name="SearchPassageStart",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "ruling",
                        "passage",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "passage",
                    models.SmallIntegerField(help_text="The passage's number within its ruling."),
                ),
                (
                    "body_at",
                    models.IntegerField(
                        help_text="Where its body begins in the text (characters)."
                    ),
                ),
            ],
            options={"db_table": "ipcases_search_passage_start", "managed": False},
        ),
    ]
