"""The search index table: an FTS5 virtual table on SQLite, a table with a generated
tsvector column and a GIN index on PostgreSQL (see ``search.backends``). Neither is a
Django model: each is the engine's own SQL, so the vendor picks it here. The SQL is written
out (not taken from ``search.backends``) so this migration keeps meaning what it meant."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_entry USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, tokens, tokenize = 'ascii', detail = none)",
]
POSTGRESQL = [
    "CREATE TABLE search_entry ("
    "kind varchar(24) NOT NULL, "
    "record_id bigint NOT NULL, "
    "tokens text NOT NULL, "
    "document tsvector GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED, "
    "PRIMARY KEY (kind, record_id))",
    "CREATE INDEX search_entry_document ON search_entry USING gin (document)",
]


def _create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(vendor)
    if statements is None:
        raise RuntimeError(f"search supports SQLite and PostgreSQL, not {vendor}")
    for statement in statements:
        schema_editor.execute(statement)


def _drop(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS search_entry")


class Migration(migrations.Migration):
    initial = True
    dependencies = [("records", "0004_educational_colony")]
    operations = [migrations.RunPython(_create, _drop)]
