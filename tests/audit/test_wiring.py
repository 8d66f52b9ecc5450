"""The services audit themselves: every record they create, every export, one entry each, with
the actor, in the same transaction, and never a protected value. People are fictional."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from recruitwatch.audit.models import AuditEntry
from recruitwatch.audit.services import audit_verify
from recruitwatch.ingest.services import paths_expand, paths_ingest
from recruitwatch.publish.export import export_csv, export_json
from recruitwatch.records import models as records
from recruitwatch.records.services import identifiers
from recruitwatch.records.services.evidence import evidence_store
from recruitwatch.records.services.people import person_create
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db

# A fictional person; the test greps the raw audit table for every part of what is saved.
FICTIONAL_NAME = "Zebulon Canarymark"
FICTIONAL_CONTACT = "+7 900 555 01 99"
FICTIONAL_ALIAS = "Zeb the Canary"


@pytest.fixture
def caseworker():
    return get_user_model().objects.create_user(username="fictional-caseworker", password="x" * 16)


def raw_audit_table() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM audit_auditentry")
        return repr(cursor.fetchall())


def test_person_create_is_audited_with_field_names_and_no_value(caseworker):
    person = person_create(
        name=FICTIONAL_NAME,
        contact=FICTIONAL_CONTACT,
        aliases=[FICTIONAL_ALIAS],
        audit_actor=caseworker,
    )
    entry = AuditEntry.objects.get(object_identifier=person.identifier)
    assert (entry.action, entry.object_type) == ("create", "records.Person")
    assert (entry.actor, entry.actor_id) == ("fictional-caseworker", caseworker.pk)
    assert {"name", "contact", "aliases", "pseudonym"} <= set(entry.fields)

    raw = raw_audit_table().lower()
    for needle in (FICTIONAL_NAME, "Zebulon", "Canarymark", FICTIONAL_CONTACT, "555 01", "canary"):
        assert needle.lower() not in raw, needle


def test_ingest_records_one_create_entry_per_row_it_stores(caseworker):
    report = paths_ingest(list(paths_expand([EXAMPLES])), user=caseworker)
    assert not report.problems
    created = {
        model._meta.label: model.objects.count()
        for model in (
            records.Document,
            records.Incident,
            records.Claim,
            records.Source,
            records.Facility,
        )
    }
    assert created["records.Document"] == 10
    assert created["records.Claim"] > created["records.Incident"] > 0
    for label, count in created.items():
        audited = AuditEntry.objects.filter(action="create", object_type=label)
        assert audited.count() == count, label
        assert set(audited.values_list("actor", flat=True)) == {"fictional-caseworker"}, label
    assert audit_verify().ok


def test_evidence_store_is_audited_with_the_uploader(caseworker):
    evidence, _ = evidence_store(
        data=b"Fictional scanned letter.\n",
        media_type="text/plain",
        original_name="letter-from-zebulon.txt",
        uploaded_by=caseworker,
    )
    entry = AuditEntry.objects.get(object_identifier=evidence.identifier)
    assert (entry.action, entry.actor) == ("create", "fictional-caseworker")
    assert "zebulon" not in raw_audit_table().lower()


def test_each_export_is_one_entry_naming_format_tables_and_actor(caseworker):
    person_create(name=FICTIONAL_NAME)
    before = AuditEntry.objects.count()
    export_json(actor=caseworker)
    export_csv(table="people", redacted=False, actor=caseworker)
    export_csv(table="cases")  # no rows still counts: someone asked
    exports = list(AuditEntry.objects.filter(sequence__gt=before).order_by("sequence"))
    assert [(e.action, e.actor, e.detail) for e in exports] == [
        ("export", "fictional-caseworker", "json export of all tables (redacted)"),
        ("export", "fictional-caseworker", "csv export of table people (unredacted)"),
        ("export", "system", "csv export of table cases (redacted)"),
    ]


def test_a_failing_audit_write_takes_the_record_down_with_it(monkeypatch):
    def refuse(**kwargs: object) -> None:
        raise RuntimeError("audit storage unavailable (simulated)")

    monkeypatch.setattr(identifiers, "audit_record", refuse)
    with pytest.raises(RuntimeError, match="simulated"):
        person_create(name=FICTIONAL_NAME)
    assert not records.Person.objects.exists()
