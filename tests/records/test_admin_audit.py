"""Edits made in the Django admin are audited like any other (fictional data)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from recruitwatch.audit.models import AuditEntry
from recruitwatch.audit.services import audit_verify
from recruitwatch.records.models import Organization
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db


def test_admin_create_change_and_delete_are_audited_with_the_user(client):
    admin = get_user_model().objects.create_superuser(
        "fictional-admin", password="fictional-passphrase-for-tests"
    )
    sign_in(client, admin)
    response = client.post(
        "/admin/records/organization/add/",
        {"name": "Fictional Helpers Network", "kind": "other", "aliases": "[]", "country": ""},
    )
    assert response.status_code == 302, response.content[:500]
    organization = Organization.objects.get()
    response = client.post(
        f"/admin/records/organization/{organization.pk}/change/",
        {"name": "Fictional Helpers Network 2", "kind": "other", "aliases": "[]", "country": ""},
    )
    assert response.status_code == 302
    response = client.post(
        f"/admin/records/organization/{organization.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    entries = AuditEntry.objects.filter(
        object_identifier=organization.identifier, detail="admin"
    ).order_by("sequence")
    assert [(e.action, e.actor) for e in entries] == [
        ("create", "fictional-admin"),
        ("update", "fictional-admin"),
        ("delete", "fictional-admin"),
    ]
    assert "name" in entries[1].fields
    assert audit_verify().ok
