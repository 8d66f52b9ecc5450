"""Accounts. A custom user model from day one, so that roles and two-factor settings can be
added later without the painful mid-project switch Django warns about."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    must_change_password = models.BooleanField(
        default=False,
        help_text="set for one-time passwords: the next login must choose a new password",
    )

    def __str__(self) -> str:
        return self.get_username()
