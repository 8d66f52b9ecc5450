"""Writes of access control: roles, the identity permission, per-case restriction.

Plain functions, one transaction each, called alike by ``recruitwatch init``, the CLI, the
admin and the tests. Reads (who may see what) live in ``access.visibility`` and
``access.identity``; the records selectors apply them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from recruitwatch.access.errors import AccessError, CaseNotRestricted, RolesMissing, UnknownRole
from recruitwatch.access.models import CaseRestriction
from recruitwatch.access.roles import ADMIN, ROLE_PERMISSIONS, ROLES, STAFF_ROLES, VIEW_IDENTITY
from recruitwatch.records.models import Case


def _permissions_by_name() -> dict[str, Permission]:
    """Every permission as "app_label.codename" (creating rows Django has not made yet)."""
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    return {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.select_related("content_type")
    }


@transaction.atomic
def roles_ensure() -> dict[str, Group]:
    """Create the role groups and give each exactly the permissions of ``access.roles``.

    Idempotent: running it again changes nothing. A permission added to or removed from a
    built-in group by hand is put back as the table says, so a fix to the table reaches every
    deployment at its next ``recruitwatch init``. The administrator group gets every
    permission that exists when it runs.
    """
    available = _permissions_by_name()
    missing = sorted(
        name for names in ROLE_PERMISSIONS.values() for name in names if name not in available
    )
    if missing:
        # A typo in the table, or a model that no longer exists: never half-build a role.
        raise AccessError(f"roles refer to unknown permissions: {', '.join(missing)}")
    groups: dict[str, Group] = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        if role == ADMIN:
            wanted = list(available.values())
        else:
            wanted = [available[name] for name in sorted(ROLE_PERMISSIONS[role])]
        group.permissions.set(wanted)
        groups[role] = group
    return groups


def _group(role: str) -> Group:
    if role not in ROLES:
        raise UnknownRole(role)
    try:
        return Group.objects.get(name=role)
    except Group.DoesNotExist:
        raise RolesMissing(f"the role {role!r} is missing; run `recruitwatch init`") from None


@transaction.atomic
def role_assign(*, user: Any, role: str) -> None:
    """Give ``user`` a role. Only staff roles open the admin site (``is_staff``)."""
    user.groups.add(_group(role))
    if role in STAFF_ROLES and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])


@transaction.atomic
def role_revoke(*, user: Any, role: str) -> None:
    """Take a role away; the admin site closes when no staff role is left (superusers
    keep it: they are administrators by definition)."""
    user.groups.remove(_group(role))
    still_staff = user.is_superuser or user.groups.filter(name__in=STAFF_ROLES).exists()
    if user.is_staff and not still_staff:
        user.is_staff = False
        user.save(update_fields=["is_staff"])


def _identity_permission() -> Permission:
    app_label, codename = VIEW_IDENTITY.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def identity_grant(*, user: Any) -> None:
    """Let ``user`` see real names and contacts (a report viewer still will not)."""
    user.user_permissions.add(_identity_permission())


@transaction.atomic
def identity_revoke(*, user: Any) -> None:
    """Withdraw the individual grant; a role that carries the permission still does."""
    user.user_permissions.remove(_identity_permission())


@transaction.atomic
def case_restrict(*, case: Case, members: Iterable[Any] = ()) -> CaseRestriction:
    """Restrict ``case`` to ``members`` (and administrators). Restricting a restricted case
    again only adds the members given."""
    restriction, _ = CaseRestriction.objects.get_or_create(case=case)
    restriction.members.add(*members)
    return restriction


@transaction.atomic
def case_unrestrict(*, case: Case) -> None:
    """Open ``case`` to every role that may view cases. Removes the access rule only."""
    CaseRestriction.objects.filter(case=case).delete()


def _restriction(case: Case) -> CaseRestriction:
    try:
        return CaseRestriction.objects.get(case=case)
    except CaseRestriction.DoesNotExist:
        raise CaseNotRestricted(case.identifier) from None


@transaction.atomic
def case_member_add(*, case: Case, user: Any) -> None:
    _restriction(case).members.add(user)


@transaction.atomic
def case_member_remove(*, case: Case, user: Any) -> None:
    _restriction(case).members.remove(user)
