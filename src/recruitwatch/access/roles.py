"""The built-in roles: which Django permissions each group holds.

A role is a Django group of the same name. ``access.services.roles_ensure`` makes each group
hold exactly the permissions listed here (administrators: every permission that exists), so a
deployment's roles always match this table after ``recruitwatch init``. For a different mix,
create another group rather than editing these: ``roles_ensure`` puts them back.

Records are never deleted (``README``: nothing lost), so no role but the administrator holds a
``delete_`` permission.
"""

from __future__ import annotations

from typing import Final

ADMIN: Final = "admin"
EDITOR: Final = "editor"
REVIEWER: Final = "reviewer"
VIEWER: Final = "viewer"
REPORT_VIEWER: Final = "report viewer"

#: Every role, most powerful first.
ROLES: Final = (ADMIN, EDITOR, REVIEWER, VIEWER, REPORT_VIEWER)

#: The permission that reveals real names, aliases and contacts of people and sources.
VIEW_IDENTITY: Final = "access.view_identity"
#: The permission that opens every restricted case without membership.
VIEW_ALL_RESTRICTED_CASES: Final = "access.view_all_restricted_cases"

# Every record model of the case database (records app), by model name.
_RECORDS: Final = (
    "case",
    "claim",
    "document",
    "evidence",
    "facility",
    "incident",
    "involvement",
    "organization",
    "person",
    "source",
)

# Records that name or picture people, or cannot be redacted mechanically (evidence files):
# a report viewer never opens them.
_IDENTIFYING_RECORDS: Final = ("evidence", "involvement", "person", "source")

_VIEW_ALL: Final = frozenset(f"records.view_{model}" for model in _RECORDS)

#: Permissions of each role except the administrator, as "app_label.codename".
ROLE_PERMISSIONS: Final[dict[str, frozenset[str]]] = {
    EDITOR: _VIEW_ALL
    | {f"records.add_{model}" for model in _RECORDS}
    | {f"records.change_{model}" for model in _RECORDS}
    | {"access.export_redacted"},
    REVIEWER: _VIEW_ALL | {"records.change_incident", "records.change_claim"},
    VIEWER: _VIEW_ALL,
    REPORT_VIEWER: frozenset(
        f"records.view_{model}" for model in _RECORDS if model not in _IDENTIFYING_RECORDS
    ),
}

#: Roles that may use the Django admin site. The admin site shows real identities and every
#: restricted case (it does not go through the selectors), so it is for administrators only.
STAFF_ROLES: Final = frozenset({ADMIN})

#: Roles that never see real identities, even when the permission reaches them some other way
#: (granted to the user directly, or through a second group): the role is a ceiling.
IDENTITY_BARRED_ROLES: Final = frozenset({REPORT_VIEWER})
