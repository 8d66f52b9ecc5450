"""Creating, revoking and checking API tokens. Creation and revocation are audited; the
audit entry names the token's owner and name, never the token."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from recruitwatch.api.errors import TokenNameTaken, TokenNotFound
from recruitwatch.api.models import APIToken
from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record

# 32 random bytes: 256 bits, written as 43 URL-safe characters after the prefix.
TOKEN_BYTES = 32
# Marks a RecruitWatch token, so that secret scanners and people recognise one.
TOKEN_PREFIX = "rw_"  # noqa: S105 - a marker, not a secret
# Characters kept in clear to tell tokens apart in a list: the marker and 5 random ones.
SHOWN_CHARACTERS = 8
# last_used_at is written at most once a minute per token: an API client polling every
# second must not turn each read into a database write.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@transaction.atomic
def api_token_create(*, user: Any, name: str, actor: Any = None) -> tuple[APIToken, str]:
    """A new token for ``user``; returns the record and the token, which is not stored and
    cannot be shown again."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
    try:
        with transaction.atomic():
            record = APIToken.objects.create(
                user=user,
                name=name.strip(),
                prefix=token[:SHOWN_CHARACTERS],
                token_hash=token_hash(token),
            )
    except IntegrityError:
        raise TokenNameTaken(user.get_username(), name.strip()) from None
    audit_record(
        actor=actor if actor is not None else user,
        action=AuditAction.CREATE,
        obj=record,
        fields=["user", "name"],
        detail=f"API token for {user.get_username()}",
    )
    return record, token


@transaction.atomic
def api_token_revoke(*, user: Any, name: str, actor: Any = None) -> APIToken:
    """Revoke ``user``'s active token called ``name``: it stops working at once."""
    record = (
        APIToken.objects.select_for_update()
        .filter(user=user, name=name.strip(), revoked=False)
        .first()
    )
    if record is None:
        raise TokenNotFound(user.get_username(), name.strip())
    record.revoked = True
    record.revoked_at = timezone.now()
    record.save(update_fields=["revoked", "revoked_at"])
    audit_record(
        actor=actor if actor is not None else user,
        action=AuditAction.UPDATE,
        obj=record,
        fields=["revoked", "revoked_at"],
        detail=f"API token of {user.get_username()} revoked",
    )
    return record


def api_token_user(*, token: str) -> Any | None:
    """The active user a presented token belongs to, or None (unknown, revoked, inactive
    user). Notes when the token was last used."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    record = (
        APIToken.objects.select_related("user")
        .filter(token_hash=token_hash(token), revoked=False)
        .first()
    )
    if record is None or not record.user.is_active:
        return None
    now = timezone.now()
    if record.last_used_at is None or now - record.last_used_at > LAST_USED_RESOLUTION:
        APIToken.objects.filter(pk=record.pk).update(last_used_at=now)
    return record.user
