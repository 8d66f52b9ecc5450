"""Two-factor services: TOTP enrolment and verification, backup codes, resets.

Every signed-in user must pass a second step, because every role sees case data. The flow:

1. ``device_enrolment_start`` gives a user without a confirmed device a fresh secret (kept,
   unconfirmed, until the first right code: reloading the page shows the same secret);
2. ``device_enrolment_confirm`` checks a code from the app, confirms the device and returns
   ten new backup codes, shown once;
3. ``second_factor_verify`` checks a TOTP code, or a backup code, at each later login.

Replay: a TOTP code is accepted only for a time step later than the last accepted one (an
atomic compare-and-set, so two requests racing with the same code cannot both pass). A backup
code is spent by an atomic update of ``used_at``; it is stored only as a password hash.

Throttling: ``RECRUITWATCH_TWO_FACTOR_FAILURE_LIMIT`` wrong codes in a row block the second
step for ``RECRUITWATCH_TWO_FACTOR_COOLOFF`` (per user). The password step has its own limit
(django-axes); this one stops someone who already has the password from trying a million codes.

Functions take ``now`` so that tests can move the clock instead of sleeping.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

import pyotp
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from recruitwatch.web.models import BackupCode, TOTPDevice, User

logger = logging.getLogger(__name__)

ISSUER = "RecruitWatch"
#: RFC 6238 defaults, which every authenticator app supports.
TOTP_DIGITS = 6
TOTP_INTERVAL_SECONDS = 30
#: Codes one step either side of now are accepted: phones' clocks drift, and a code typed in
#: the last seconds of its step arrives in the next one.
TOTP_VALID_WINDOW = 1
#: 160-bit secret, the size RFC 4226 recommends.
TOTP_SECRET_BYTES = 20

BACKUP_CODE_COUNT = 10
#: No 0/o, 1/l/i: codes are copied from paper. 31 symbols ** 10 ≈ 2**49.5 per code.
BACKUP_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
BACKUP_CODE_LENGTH = 10


class TwoFactorError(Exception):
    """A second step that cannot go on; the message is safe to show to the user."""


class TwoFactorLockedError(TwoFactorError):
    """Too many wrong codes in a row: the second step is blocked until the cool-off ends."""


class InvalidCodeError(TwoFactorError):
    """The code was neither a current TOTP code nor an unused backup code."""


@dataclass(frozen=True)
class Verification:
    """What a successful second step used; ``backup_codes_left`` only after a backup code."""

    method: str  # "totp" or "backup"
    backup_codes_left: int | None = None


def _now(now: datetime | None) -> datetime:
    return now if now is not None else timezone.now()


def _totp(device: TOTPDevice) -> pyotp.TOTP:
    return pyotp.TOTP(device.secret, digits=TOTP_DIGITS, interval=TOTP_INTERVAL_SECONDS)


def provisioning_uri(*, device: TOTPDevice) -> str:
    """The otpauth:// URI an authenticator app imports (shown as text: no QR image here)."""
    return _totp(device).provisioning_uri(name=device.user.get_username(), issuer_name=ISSUER)


def secret_grouped(secret: str) -> str:
    """The base32 secret in groups of four, easier to type into a phone."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def confirmed_device_get(*, user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def device_enrolment_start(*, user: User) -> TOTPDevice:
    """The unconfirmed device to enrol, created with a new secret if there is none yet.

    Refuses when a confirmed device exists: replacing it would let someone who has only the
    password swap in their own app. An administrator resets it instead (``two_factor_reset``).
    """
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user).first()
        if device is not None and device.confirmed:
            raise TwoFactorError("Two-factor authentication is already set up for this account.")
        if device is None:
            secret = pyotp.random_base32(length=TOTP_SECRET_BYTES * 8 // 5)
            device = TOTPDevice.objects.create(user=user, secret=secret)
        return device


def _locked(device: TOTPDevice, now: datetime) -> bool:
    if device.failed_attempts < settings.RECRUITWATCH_TWO_FACTOR_FAILURE_LIMIT:
        return False
    last = device.failed_last_at
    return last is not None and now < last + settings.RECRUITWATCH_TWO_FACTOR_COOLOFF


def _failure_record(device: TOTPDevice, now: datetime) -> None:
    """Count a wrong code; a failure after a finished cool-off starts a new count."""
    last = device.failed_last_at
    if last is None or now >= last + settings.RECRUITWATCH_TWO_FACTOR_COOLOFF:
        TOTPDevice.objects.filter(pk=device.pk).update(failed_attempts=1, failed_last_at=now)
    else:
        TOTPDevice.objects.filter(pk=device.pk).update(
            failed_attempts=F("failed_attempts") + 1, failed_last_at=now
        )
    device.refresh_from_db(fields=["failed_attempts", "failed_last_at"])
    logger.warning(
        "two-factor: wrong code for user id %s (%s in a row)",
        device.user_id,
        device.failed_attempts,
    )


def _failures_clear(device: TOTPDevice) -> None:
    TOTPDevice.objects.filter(pk=device.pk).update(failed_attempts=0, failed_last_at=None)


def _totp_step_accept(device: TOTPDevice, code: str, now: datetime) -> bool:
    """Accept ``code`` if it matches a step in the window that is newer than the last used."""
    totp = _totp(device)
    current = totp.timecode(now)
    for step in range(current - TOTP_VALID_WINDOW, current + TOTP_VALID_WINDOW + 1):
        if step <= device.last_used_step:
            continue
        if hmac.compare_digest(totp.generate_otp(step), code):
            # Compare-and-set: of two requests with the same code, one wins.
            won = TOTPDevice.objects.filter(pk=device.pk, last_used_step__lt=step).update(
                last_used_step=step
            )
            return won == 1
    return False


def _normalise(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def _is_totp_shaped(code: str) -> bool:
    return len(code) == TOTP_DIGITS and code.isascii() and code.isdigit()


def _backup_code_spend(user: User, code: str, now: datetime) -> int | None:
    """Spend a matching unused backup code; the number left, or None if none matched."""
    for candidate in BackupCode.objects.filter(user=user, used_at__isnull=True).order_by("pk"):
        if check_password(code, candidate.code_hash):
            spent = BackupCode.objects.filter(pk=candidate.pk, used_at__isnull=True).update(
                used_at=now
            )
            if spent != 1:
                return None  # spent by a concurrent request a moment ago
            return BackupCode.objects.filter(user=user, used_at__isnull=True).count()
    return None


def _backup_codes_generate() -> list[str]:
    return [
        "".join(secrets.choice(BACKUP_CODE_ALPHABET) for _ in range(BACKUP_CODE_LENGTH))
        for _ in range(BACKUP_CODE_COUNT)
    ]


def backup_code_display(code: str) -> str:
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


@transaction.atomic
def backup_codes_replace(*, user: User) -> list[str]:
    """Replace all of ``user``'s backup codes with new ones; the plain codes are returned once
    and never stored (only their hashes are)."""
    BackupCode.objects.filter(user=user).delete()
    codes = _backup_codes_generate()
    BackupCode.objects.bulk_create(
        BackupCode(user=user, code_hash=make_password(code)) for code in codes
    )
    return [backup_code_display(code) for code in codes]


def device_enrolment_confirm(
    *, user: User, code: str, now: datetime | None = None
) -> tuple[TOTPDevice, list[str]]:
    """Confirm the enrolling device with a code from the app; returns it and new backup codes."""
    moment = _now(now)
    device = TOTPDevice.objects.filter(user=user).first()
    if device is None:
        raise TwoFactorError("Start the set-up again: no authenticator is being enrolled.")
    if device.confirmed:
        raise TwoFactorError("Two-factor authentication is already set up for this account.")
    if _locked(device, moment):
        raise TwoFactorLockedError(_locked_message())
    normalised = _normalise(code)
    if not (_is_totp_shaped(normalised) and _totp_step_accept(device, normalised, moment)):
        _failure_record(device, moment)
        raise InvalidCodeError("That code is not right. Check the phone's clock and try again.")
    with transaction.atomic():
        TOTPDevice.objects.filter(pk=device.pk).update(
            confirmed=True, failed_attempts=0, failed_last_at=None
        )
        codes = backup_codes_replace(user=user)
    device.refresh_from_db()
    logger.info("two-factor: device enrolled for user id %s", user.pk)
    return device, codes


def _locked_message() -> str:
    minutes = int(settings.RECRUITWATCH_TWO_FACTOR_COOLOFF.total_seconds() // 60)
    return (
        f"Too many wrong codes. The second step is blocked for {minutes} minutes; "
        "if this was not you, tell your administrator."
    )


def second_factor_verify(*, user: User, code: str, now: datetime | None = None) -> Verification:
    """Check a login's second factor: a TOTP code (6 digits) or an unused backup code."""
    moment = _now(now)
    device = confirmed_device_get(user=user)
    if device is None:
        raise TwoFactorError("Two-factor authentication is not set up for this account.")
    if _locked(device, moment):
        raise TwoFactorLockedError(_locked_message())
    normalised = _normalise(code)
    if _is_totp_shaped(normalised):
        if _totp_step_accept(device, normalised, moment):
            _failures_clear(device)
            return Verification(method="totp")
    elif normalised:
        left = _backup_code_spend(user, normalised, moment)
        if left is not None:
            _failures_clear(device)
            logger.info("two-factor: backup code used by user id %s (%s left)", user.pk, left)
            return Verification(method="backup", backup_codes_left=left)
    _failure_record(device, moment)
    raise InvalidCodeError("That code is not valid, or it was already used.")


def backup_codes_left(*, user: User) -> int:
    return BackupCode.objects.filter(user=user, used_at__isnull=True).count()


@transaction.atomic
def two_factor_reset(*, user: User, by: User | None = None) -> None:
    """Remove ``user``'s device and backup codes: the next login enrols a new app.

    Sessions already verified with the old device lose that standing at their next request
    (the session remembers which device verified it; see ``web.middleware``).
    """
    TOTPDevice.objects.filter(user=user).delete()
    BackupCode.objects.filter(user=user).delete()
    logger.warning(
        "two-factor: reset for user id %s by %s",
        user.pk,
        f"user id {by.pk}" if by is not None else "the command line",
    )
