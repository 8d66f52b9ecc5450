"""What can go wrong when granting access; each error names the input at fault."""

from __future__ import annotations


class AccessError(Exception):
    """Base of the access errors: the CLI prints one line, the web app a message."""


class UnknownRole(AccessError):
    def __init__(self, role: str) -> None:
        from recruitwatch.access.roles import ROLES

        super().__init__(f"unknown role {role!r}; the roles are: {', '.join(ROLES)}")


class RolesMissing(AccessError):
    """The role groups are not in the database: ``recruitwatch init`` has not run."""


class CaseNotRestricted(AccessError):
    def __init__(self, identifier: str) -> None:
        super().__init__(f"case {identifier} is not restricted; restrict it first")
