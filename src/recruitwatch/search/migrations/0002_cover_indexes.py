"""Indexes that let a search's candidate query and facet counts read narrow index entries
instead of whole records (an incident row carries its sealed texts; a document row its
whole text): measured on 100,000 generated incidents, a filtered candidate query went from
about 270 ms to 50 ms on a loaded two-core machine (docs/search.md, "Speed").

- incidents: the id first (candidates are taken newest first, by id), then every column a
  filter or a facet reads, so both are answered from the index alone;
- documents and people: the id alone — a narrow copy of the primary key that SQLite scans
  instead of the table when only ids are needed.

They live here, beside the queries that need them, on the records' tables. A records
migration that rebuilds one of these tables on SQLite would drop them silently; a test
(tests/search/test_index.py) fails if one is missing.
"""

from django.db import migrations

INDEXES = {
    "search_incident_cover": (
        "records_incident",
        "id, review_state, verification_state, victim_status, region, facility_id, "
        "date_start, date_end, coercion, victim_nationalities",
    ),
    "search_document_id": ("records_document", "id"),
    "search_person_id": ("records_person", "id"),
}


def _create(apps, schema_editor):
    for name, (table, columns) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")


def _drop(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_entry")]
    operations = [migrations.RunPython(_create, _drop)]
