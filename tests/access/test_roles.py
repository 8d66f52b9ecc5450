"""Roles: the groups, their permissions, idempotent creation, assignment."""

from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from recruitwatch.access import roles
from recruitwatch.access.errors import UnknownRole
from recruitwatch.access.services import role_assign, role_revoke, roles_ensure
from tests.access.helpers import user_with_role

pytestmark = pytest.mark.django_db


def _snapshot() -> dict[str, list[str]]:
    return {
        group.name: sorted(
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        )
        for group in Group.objects.order_by("name")
    }


def test_roles_ensure_creates_each_role_with_exactly_its_permissions():
    roles_ensure()
    snapshot = _snapshot()
    assert set(snapshot) == set(roles.ROLES)
    for role, permissions in roles.ROLE_PERMISSIONS.items():
        assert snapshot[role] == sorted(permissions), role
    assert len(snapshot[roles.ADMIN]) == Permission.objects.count()


def test_roles_ensure_is_idempotent_and_repairs_hand_edits():
    roles_ensure()
    before = _snapshot()
    roles_ensure()
    assert _snapshot() == before
    assert Group.objects.count() == len(roles.ROLES)

    # Someone grants identities to every viewer by hand and deletes the reviewer group.
    viewer = Group.objects.get(name=roles.VIEWER)
    viewer.permissions.add(Permission.objects.get(codename="view_identity"))
    Group.objects.filter(name=roles.REVIEWER).delete()
    roles_ensure()
    assert _snapshot() == before


def test_data_migration_matches_the_current_role_table():
    """The migration holds a frozen copy of the table; today it must agree with it."""
    migration = import_module("recruitwatch.access.migrations.0002_roles")
    state = MigrationExecutor(connection).loader.project_state(("access", "0002_roles"))
    Group.objects.all().delete()
    migration.roles_create(state.apps, SimpleNamespace(connection=connection))
    from_migration = _snapshot()
    roles_ensure()
    current = _snapshot()
    # The administrator gets every permission known at that point of the migration plan;
    # apps migrated later (sessions, admin log) join at roles_ensure.
    assert set(from_migration.pop(roles.ADMIN)) <= set(current.pop(roles.ADMIN))
    assert from_migration == current


@pytest.mark.parametrize(
    ("role", "permission", "granted"),
    [
        (roles.ADMIN, "access.view_identity", True),
        (roles.ADMIN, "access.view_all_restricted_cases", True),
        (roles.ADMIN, "records.delete_incident", True),
        (roles.ADMIN, "web.change_user", True),
        (roles.EDITOR, "records.add_document", True),
        (roles.EDITOR, "records.change_person", True),
        (roles.EDITOR, "access.export_redacted", True),
        (roles.EDITOR, "access.export_unredacted", False),
        (roles.EDITOR, "records.delete_incident", False),
        (roles.EDITOR, "access.view_identity", False),
        (roles.REVIEWER, "records.view_document", True),
        (roles.REVIEWER, "records.change_incident", True),
        (roles.REVIEWER, "records.change_claim", True),
        (roles.REVIEWER, "records.change_person", False),
        (roles.REVIEWER, "records.add_incident", False),
        (roles.REVIEWER, "access.view_identity", False),
        (roles.VIEWER, "records.view_person", True),
        (roles.VIEWER, "records.view_evidence", True),
        (roles.VIEWER, "records.change_incident", False),
        (roles.VIEWER, "access.view_identity", False),
        (roles.VIEWER, "access.view_all_restricted_cases", False),
        (roles.REPORT_VIEWER, "records.view_incident", True),
        (roles.REPORT_VIEWER, "records.view_document", True),
        (roles.REPORT_VIEWER, "records.view_person", False),
        (roles.REPORT_VIEWER, "records.view_source", False),
        (roles.REPORT_VIEWER, "records.view_evidence", False),
        (roles.REPORT_VIEWER, "access.view_identity", False),
    ],
)
def test_role_permissions(role, permission, granted):
    roles_ensure()
    user = user_with_role(f"someone_{role.replace(' ', '_')}", role)
    assert user.has_perm(permission) is granted


def test_only_the_admin_role_opens_the_admin_site():
    roles_ensure()
    admin = user_with_role("fictional_admin", roles.ADMIN)
    assert admin.is_staff
    for role in roles.ROLES[1:]:
        assert not user_with_role(f"fictional_{role.replace(' ', '_')}", role).is_staff
    role_assign(user=admin, role=roles.VIEWER)
    role_revoke(user=admin, role=roles.ADMIN)
    admin.refresh_from_db()
    assert not admin.is_staff
    assert not admin.has_perm("records.delete_incident")
    assert admin.has_perm("records.view_incident")


def test_unknown_role_is_refused_with_the_list_of_roles():
    roles_ensure()
    user = user_with_role("fictional_user", None)
    with pytest.raises(UnknownRole, match="report viewer"):
        role_assign(user=user, role="superhero")
