"""Accounts: a custom user model from day one (so roles could be added without the painful
mid-project switch Django warns about), and the two factors of a login's second step."""

from __future__ import annotations

import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models

from recruitwatch.protection.fields import DataKeyField, EncryptedTextField


class User(AbstractUser):
    must_change_password = models.BooleanField(
        default=False,
        help_text="set for one-time passwords: the next login must choose a new password",
    )

    def __str__(self) -> str:
        return self.get_username()


def _device_identifier_new() -> str:
    """A random, never reused identifier: devices are not case records and need no counter."""
    return f"TFA-{secrets.token_hex(16)}"


class TOTPDevice(models.Model):
    """A user's authenticator app: the shared TOTP secret, sealed at rest with the keyring.

    ``last_used_step`` is the 30-second time step of the last accepted code; a code for that
    step or an earlier one is refused, so an overheard code cannot be played again. The two
    ``failed_`` fields throttle the second step per user (see ``web.two_factor``).

    ``identifier`` and ``data_key`` are what ``protection.fields`` seals against, as for every
    case record: the secret is sealed under this row's own data key and bound to this row's
    identifier, so a sealed secret copied to another user's row does not open.
    """

    identifier = models.CharField(
        max_length=40, unique=True, editable=False, default=_device_identifier_new
    )
    data_key = DataKeyField()
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp_device")
    secret = EncryptedTextField(help_text="base32 TOTP secret (sealed)")
    confirmed = models.BooleanField(
        default=False, help_text="set once the user proved the app produces the right codes"
    )
    last_used_step = models.BigIntegerField(default=-1)
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    failed_last_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "two-factor device"

    def __str__(self) -> str:
        state = "confirmed" if self.confirmed else "enrolling"
        return f"two-factor device of user {self.user_id} ({state})"


class BackupCode(models.Model):
    """A single-use recovery code, stored only as a password hash (Argon2 in production)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="backup_codes")
    code_hash = models.CharField(max_length=256)
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["user", "used_at"])]

    def __str__(self) -> str:
        return f"backup code {self.pk} of user {self.user_id}"
