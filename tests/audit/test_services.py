"""Writing the audit log through the real service: chained, names only, append-only, in the
caller's transaction. Actors and records are fictional."""

from __future__ import annotations

from datetime import UTC

import pytest
from django.contrib.admin.sites import site
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import RequestFactory

from recruitwatch.audit.chain import GENESIS_HASH, entry_hash
from recruitwatch.audit.errors import AuditChainError, AuditEntryImmutableError
from recruitwatch.audit.models import AuditAction, AuditEntry, AuditHead
from recruitwatch.audit.services import audit_record, audit_verify, audit_view, entry_as_dict

pytestmark = pytest.mark.django_db


@pytest.fixture
def caseworker():
    return get_user_model().objects.create_user(username="fictional-caseworker", password="x" * 16)


def test_audit_record_chains_entries_from_the_genesis_hash(caseworker):
    first = audit_record(
        actor=caseworker,
        action=AuditAction.UPDATE,
        object_type="records.Person",
        object_identifier="PER-0001",
        fields=["status", "name", "name"],
        detail="status reviewed",
    )
    second = audit_record(actor=None, action="view", object_type="records.Person")
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.entry_hash
    assert first.fields == ["name", "status"], "names are sorted and distinct"
    assert (first.actor, first.actor_id) == ("fictional-caseworker", caseworker.pk)
    assert (second.actor, second.actor_id) == ("system", None)
    head = AuditHead.objects.get()
    assert (head.last_sequence, head.last_hash) == (2, second.entry_hash)


def test_audit_entry_hash_survives_the_database_round_trip():
    written = audit_record(actor="fictional-script", action="export", detail="json export")
    stored = AuditEntry.objects.get(pk=written.pk)
    assert stored.created_at.tzinfo is not None
    assert stored.created_at.astimezone(UTC) == written.created_at.astimezone(UTC)
    assert entry_hash(entry_as_dict(stored)) == stored.entry_hash
    assert audit_verify().ok


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fields": ["Zebulon Canarymark"]}, "not fields of records.Person"),
        ({"fields": ["no_such_field"]}, "not fields of records.Person"),
        ({"object_type": "nowhere.Nothing", "fields": ["name"]}, "known model"),
        ({"detail": "x" * 201}, "at most 200"),
        ({"detail": "two\nlines"}, "one line"),
        ({"action": "smuggle"}, "AuditAction"),
    ],
)
def test_audit_record_refuses_values_where_names_belong_and_writes_nothing(kwargs, message):
    arguments = {"actor": None, "action": "update", "object_type": "records.Person", **kwargs}
    with pytest.raises(ValueError, match=message):
        audit_record(**arguments)
    assert not AuditEntry.objects.exists()


def test_audit_record_rolls_back_with_the_change_it_records():
    def change_that_fails() -> None:
        with transaction.atomic():
            audit_record(actor=None, action="create", object_type="records.Person")
            raise RuntimeError("the change failed")

    with pytest.raises(RuntimeError):
        change_that_fails()
    assert not AuditEntry.objects.exists()
    assert AuditHead.objects.get().last_sequence == 0
    assert audit_record(actor=None, action="create").sequence == 1


def test_audit_entries_cannot_be_changed_or_deleted_through_the_orm():
    entry = audit_record(actor=None, action="view", object_type="records.Person")
    entry.detail = "rewritten"
    with pytest.raises(AuditEntryImmutableError):
        entry.save()
    with pytest.raises(AuditEntryImmutableError):
        entry.delete()
    with pytest.raises(AuditEntryImmutableError):
        AuditEntry.objects.filter(pk=entry.pk).update(detail="rewritten")
    with pytest.raises(AuditEntryImmutableError):
        AuditEntry.objects.all().delete()
    assert audit_verify().ok


def test_audit_record_refuses_to_start_a_second_chain_when_the_head_row_is_gone():
    audit_record(actor=None, action="view")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_audithead")
    with pytest.raises(AuditChainError, match="head row is missing"):
        audit_record(actor=None, action="view")
    result = audit_verify()
    assert (result.ok, result.problem) == (False, "head_mismatch")


def test_audit_view_records_the_user_and_the_object(caseworker):
    from recruitwatch.records.services.people import person_create

    person = person_create(name="Fictional Viewed Person")
    entry = audit_view(caseworker, person, fields=["name"])
    assert (entry.action, entry.actor) == ("view", "fictional-caseworker")
    assert (entry.object_type, entry.object_identifier) == ("records.Person", person.identifier)
    assert entry.fields == ["name"]


def test_admin_shows_audit_entries_read_only_even_to_superusers():
    admin_user = get_user_model().objects.create_superuser(
        username="fictional-admin", password="y" * 16
    )
    request = RequestFactory().get("/admin/audit/auditentry/")
    request.user = admin_user
    model_admin = site._registry[AuditEntry]
    entry = audit_record(actor=None, action="view")
    assert model_admin.has_view_permission(request, entry)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, entry)
    assert not model_admin.has_delete_permission(request, entry)
    assert not model_admin.get_actions(request)
