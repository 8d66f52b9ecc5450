"""Point 3: two-factor services (TOTP with replay protection, backup codes, throttling, reset).

The clock is passed in (``now``), never slept on. Users and secrets are fictional.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recruitwatch.web import two_factor
from recruitwatch.web.models import BackupCode, TOTPDevice
from tests.web.helpers import device_confirmed_create

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 1, 12, 0, 10, tzinfo=UTC)  # 10 s into a 30-second step


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(
        username="fieldworker-fictional", password="fictional-harbour-lantern-9"
    )


def _code(device, at):
    return pyotp.TOTP(device.secret).at(at)


def _enrolled(user):
    device = two_factor.device_enrolment_start(user=user)
    device, codes = two_factor.device_enrolment_confirm(user=user, code=_code(device, NOW), now=NOW)
    return device, codes


def test_two_factor_enrolment_keeps_the_secret_until_confirmed(user):
    first = two_factor.device_enrolment_start(user=user)
    again = two_factor.device_enrolment_start(user=user)
    assert first.pk == again.pk
    assert first.secret == again.secret
    assert len(first.secret) == 32  # 160 bits in base32
    assert not first.confirmed
    uri = two_factor.provisioning_uri(device=first)
    assert uri.startswith("otpauth://totp/RecruitWatch:fieldworker-fictional?")
    assert f"secret={first.secret}" in uri


def test_two_factor_enrolment_confirms_and_issues_ten_backup_codes(user):
    device, codes = _enrolled(user)
    assert device.confirmed
    assert len(codes) == two_factor.BACKUP_CODE_COUNT == 10
    assert len(set(codes)) == 10
    assert BackupCode.objects.filter(user=user, used_at__isnull=True).count() == 10


def test_two_factor_enrolment_wrong_code_refused(user):
    device = two_factor.device_enrolment_start(user=user)
    wrong = _code(device, NOW + timedelta(minutes=10))
    with pytest.raises(two_factor.InvalidCodeError):
        two_factor.device_enrolment_confirm(user=user, code=wrong, now=NOW)
    device.refresh_from_db()
    assert not device.confirmed


def test_two_factor_confirmed_device_cannot_be_replaced_by_enrolling_again(user):
    _enrolled(user)
    with pytest.raises(two_factor.TwoFactorError):
        two_factor.device_enrolment_start(user=user)


def test_two_factor_secret_sealed_at_rest(user):
    device, _ = _enrolled(user)
    with connection.cursor() as cursor:
        cursor.execute("SELECT secret FROM web_totpdevice WHERE id = %s", [device.pk])
        (stored,) = cursor.fetchone()
    assert TOTPDevice._meta.db_table == "web_totpdevice"
    assert device.secret not in stored


def test_two_factor_totp_code_accepted_within_one_step_either_side(user):
    device, _ = _enrolled(user)
    later = NOW + timedelta(minutes=5)
    assert two_factor.second_factor_verify(user=user, code=_code(device, later), now=later)
    behind = later + timedelta(minutes=1)
    code_of_previous_step = _code(device, behind - timedelta(seconds=30))
    assert two_factor.second_factor_verify(user=user, code=code_of_previous_step, now=behind)
    too_old = behind + timedelta(minutes=1)
    with pytest.raises(two_factor.InvalidCodeError):
        two_factor.second_factor_verify(
            user=user, code=_code(device, too_old - timedelta(seconds=90)), now=too_old
        )


def test_two_factor_totp_code_cannot_be_replayed(user):
    device, _ = _enrolled(user)
    later = NOW + timedelta(minutes=5)
    code = _code(device, later)
    assert two_factor.second_factor_verify(user=user, code=code, now=later).method == "totp"
    with pytest.raises(two_factor.InvalidCodeError):
        two_factor.second_factor_verify(user=user, code=code, now=later + timedelta(seconds=5))
    # The enrolment code cannot be used again either, nor any code of an earlier step.
    with pytest.raises(two_factor.InvalidCodeError):
        two_factor.second_factor_verify(user=user, code=_code(device, NOW), now=NOW)


def test_two_factor_backup_code_works_once(user):
    _, codes = _enrolled(user)
    result = two_factor.second_factor_verify(user=user, code=codes[3], now=NOW)
    assert result.method == "backup"
    assert result.backup_codes_left == 9
    with pytest.raises(two_factor.InvalidCodeError):
        two_factor.second_factor_verify(user=user, code=codes[3], now=NOW)
    # Typed without the dash, in capitals, with spaces: the same code.
    sloppy = " " + codes[4].replace("-", " ").upper() + " "
    assert two_factor.second_factor_verify(user=user, code=sloppy, now=NOW).method == "backup"


def test_two_factor_backup_codes_stored_only_as_hashes(user, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    codes = two_factor.backup_codes_replace(user=user)
    hashes = list(BackupCode.objects.filter(user=user).values_list("code_hash", flat=True))
    assert all(value.startswith("argon2$argon2id$") for value in hashes)
    for code in codes:
        plain = code.replace("-", "")
        assert not any(plain in value for value in hashes)


def test_two_factor_new_backup_codes_void_the_old(user):
    _, old = _enrolled(user)
    two_factor.backup_codes_replace(user=user)
    with pytest.raises(two_factor.InvalidCodeError):
        two_factor.second_factor_verify(user=user, code=old[0], now=NOW)


def test_two_factor_five_wrong_codes_block_until_the_cool_off_ends(user):
    device, _ = _enrolled(user)
    start = NOW + timedelta(minutes=5)
    for _ in range(5):
        with pytest.raises(two_factor.InvalidCodeError):
            two_factor.second_factor_verify(user=user, code="000000", now=start)
    right_now = start + timedelta(minutes=14)
    with pytest.raises(two_factor.TwoFactorLockedError):
        two_factor.second_factor_verify(user=user, code=_code(device, right_now), now=right_now)
    after = start + timedelta(minutes=16)
    assert two_factor.second_factor_verify(user=user, code=_code(device, after), now=after)
    device.refresh_from_db()
    assert device.failed_attempts == 0


def test_two_factor_reset_removes_device_and_codes(user):
    _enrolled(user)
    two_factor.two_factor_reset(user=user)
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not BackupCode.objects.filter(user=user).exists()
    fresh = two_factor.device_enrolment_start(user=user)
    assert not fresh.confirmed


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(code=st.text(max_size=40))
def test_two_factor_arbitrary_input_never_passes(user, code):
    device = device_confirmed_create(user)
    TOTPDevice.objects.filter(pk=device.pk).update(failed_attempts=0, failed_last_at=None)
    two_factor.backup_codes_replace(user=user)
    current = _code(device, NOW)
    try:
        result = two_factor.second_factor_verify(user=user, code=code, now=NOW)
    except two_factor.InvalidCodeError:
        return
    # Only the one right code may pass (hypothesis is most unlikely to find it, but it may).
    assert result.method == "totp"
    assert code.strip() == current
