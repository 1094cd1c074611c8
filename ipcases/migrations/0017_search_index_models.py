"""The search index's tables as unmanaged models (their shape, readable in Python; see
ipcases/models/index.py), and on SQLite the per-ruling search row's boost and word columns,
which PostgreSQL's already has, so that the row has one shape on both databases (SQLite leaves
the words empty: its FTS5 table holds them)."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


SQLITE_FORWARD = [
    "ALTER TABLE ipcases_search_ruling ADD COLUMN boost real NOT NULL DEFAULT 1",
    "ALTER TABLE ipcases_search_ruling ADD COLUMN words text",
]
SQLITE_BACKWARD = [
    "ALTER TABLE ipcases_search_ruling DROP COLUMN words",
    "ALTER TABLE ipcases_search_ruling DROP COLUMN boost",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):

    dependencies = [
        ('ipcases', '0016_official_citation_compact'),
    ]

    operations = [
        migrations.RunPython(run(SQLITE_FORWARD), run(SQLITE_BACKWARD)),
        migrations.CreateModel(
            name='FacetGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('facets', models.TextField(help_text="Each facet's value, in the order of search.facets.FACETS, joined by '|'.")),
                ('ip_types', models.TextField(help_text="The ruling's IP types, sorted, joined by ','.")),
            ],
            options={
                'db_table': 'ipcases_search_facet_group',
                'managed': False,
            },
        ),
        migrations.CreateModel(
            name='HeadWord',
            fields=[
                ('pk', models.CompositePrimaryKey('word', 'ruling', blank=True, editable=False, primary_key=True, serialize=False)),
                ('word', models.TextField()),
                ('score', models.FloatField()),
            ],
            options={
                'db_table': 'ipcases_search_head_word',
                'managed': False,
            },
        ),
        migrations.CreateModel(
            name='IndexState',
            fields=[
                ('name', models.TextField(primary_key=True, serialize=False)),
                ('value', models.TextField()),
            ],
            options={
                'db_table': 'ipcases_search_state',
                'managed': False,
            },
        ),
        migrations.CreateModel(
            name='SearchPassage',
            fields=[
                ('pk', models.CompositePrimaryKey('ruling', 'passage', blank=True, editable=False, primary_key=True, serialize=False)),
                ('passage', models.SmallIntegerField(help_text="The passage's number within its ruling.")),
                ('boost', models.FloatField(default=1)),
                ('document', django.contrib.postgres.search.SearchVectorField(help_text='A tsvector with positions and weights.')),
            ],
            options={
                'db_table': 'ipcases_search_passage',
                'managed': False,
            },
        ),
        migrations.CreateModel(
            name='SearchRuling',
            fields=[
                ('ruling', models.OneToOneField(on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name='+', serialize=False, to='ipcases.ruling')),
                ('boost', models.FloatField(default=1, help_text="The ruling's weight in relevance order.")),
                ('words', django.contrib.postgres.search.SearchVectorField(help_text='PostgreSQL: a stripped tsvector of every word; empty on SQLite.', null=True)),
            ],
            options={
                'db_table': 'ipcases_search_ruling',
                'managed': False,
            },
        ),
    ]
