"""A narrow table of each ruling's facet values, so that facet counts read one small row per
ruling instead of joining rulings, cases, courts and IP types (see ipcases.facets).

The search write path (ipcases.search.update_index) keeps it current; this migration fills it
for the rulings already stored. The SQL is written out here, not imported, so that this
migration keeps working as the code moves on.
"""

from django.db import migrations

CREATE = """CREATE TABLE ipcases_search_facet (
    ruling_id bigint NOT NULL PRIMARY KEY REFERENCES ipcases_ruling (id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    facets text NOT NULL,
    ip_types text NOT NULL
)"""

# court|country|level|outcome|disposition|injunction|source|precedential|has_text|real_only
FILL = """INSERT INTO ipcases_search_facet
    SELECT r.id,
        c.court_id || '|' || ct.country || '|' || ct.level || '|'
        || coalesce(r.rights_holder_outcome, '') || '|' || coalesce(r.disposition, '') || '|'
        || coalesce(r.injunction, '') || '|' || r.source || '|'
        || CASE WHEN r.precedential_status = 'precedential' THEN 'on' ELSE '' END || '|'
        || CASE WHEN r.text <> '' THEN 'on' ELSE '' END || '|'
        || CASE WHEN r.source <> 'synthetic' THEN 'on' ELSE '' END,
        coalesce((SELECT {aggregate} FROM ipcases_rulingiptype t WHERE t.ruling_id = r.id), '')
    FROM ipcases_ruling r
    JOIN ipcases_case c ON c.id = r.case_id
    JOIN ipcases_court ct ON ct.id = c.court_id"""

AGGREGATE = {"postgresql": "string_agg(t.ip_type, ',')", "sqlite": "group_concat(t.ip_type, ',')"}


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    schema_editor.execute(CREATE)
    schema_editor.execute(FILL.format(aggregate=AGGREGATE.get(vendor, AGGREGATE["sqlite"])))


def drop(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS ipcases_search_facet")


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0005_citations")]

    operations = [migrations.RunPython(create, drop)]
