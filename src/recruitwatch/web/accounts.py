"""Account services: creating the first administrator, one-time passwords."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.db import transaction

from recruitwatch.web.models import User

# 18 random bytes → 24 URL-safe characters: far above the 12-character minimum, and easy to
# copy from a terminal.
ONE_TIME_PASSWORD_BYTES = 18


def one_time_password_generate() -> str:
    return secrets.token_urlsafe(ONE_TIME_PASSWORD_BYTES)


@transaction.atomic
def admin_create(*, username: str, email: str = "") -> tuple[User, str]:
    """Create a superuser with a one-time password it must change at first login."""
    password = one_time_password_generate()
    user = get_user_model().objects.create_superuser(
        username=username, email=email, password=password
    )
    user.must_change_password = True
    user.save(update_fields=["must_change_password"])
    return user, password


@transaction.atomic
def password_reset_one_time(*, user: User) -> str:
    """Give ``user`` a new one-time password (for a forgotten password, or a fresh demo)."""
    password = one_time_password_generate()
    user.set_password(password)
    user.must_change_password = True
    user.save(update_fields=["password", "must_change_password"])
    return password


def password_changed(*, user: User) -> None:
    """The user chose their own password: the one-time flag is lifted."""
    if user.must_change_password:
        user.must_change_password = False
        user.save(update_fields=["must_change_password"])
