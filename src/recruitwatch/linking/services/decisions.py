"""What every reviewer decision shares: a permitted user and a reason.

The reason is sealed where it is stored; the audit entry carries only a short hash of it, so
the log proves which reason was given without ever holding the words (a reason may name
someone).
"""

from __future__ import annotations

import hashlib
from typing import Any

from recruitwatch.linking.errors import DecisionNotPermitted, ReasonRequired

# Long enough for a paragraph citing evidence; short enough to stay a reason, not a report.
REASON_MAX_LENGTH = 2000


def reason_check(reason: str) -> str:
    """The reason stripped; refused when empty or longer than REASON_MAX_LENGTH."""
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ReasonRequired("give a reason for the decision; it is kept with the record")
    if len(cleaned) > REASON_MAX_LENGTH:
        raise ReasonRequired(f"a reason is at most {REASON_MAX_LENGTH} characters")
    return cleaned


def reason_digest(reason: str) -> str:
    """The first 16 hex digits of the reason's SHA-256, for the audit entry's detail."""
    return hashlib.sha256(reason.encode("utf-8")).hexdigest()[:16]


def user_check(user: Any, permission: str) -> Any:
    """``user`` when signed in and holding ``permission``; refused otherwise (fail closed)."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise DecisionNotPermitted("a decision needs a signed-in reviewer")
    if not user.has_perm(permission):
        raise DecisionNotPermitted(f"this decision needs the permission {permission}")
    return user
