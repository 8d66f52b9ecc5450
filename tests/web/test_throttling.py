"""Point 2: login throttling with django-axes, on the pair (username, address).

No sleeping: the cool-off is crossed by moving the recorded attempt back in time. Users and
passwords are fictional.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db.models import F
from django.urls import reverse

from recruitwatch.web import settings as production

pytestmark = pytest.mark.django_db

PASSWORD = "fictional-harbour-lantern-9"
WRONG = "fictional-wrong-guess-0000"
CASEWORKER_ADDRESS = "192.0.2.10"  # TEST-NET-1: documentation addresses, nobody's real one
ATTACKER_ADDRESS = "198.51.100.66"


@pytest.fixture
def caseworker(django_user_model):
    return django_user_model.objects.create_user(username="caseworker-fictional", password=PASSWORD)


def _login(client, password, *, address=CASEWORKER_ADDRESS, username="caseworker-fictional"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def _fail(client, times, **kwargs):
    return [_login(client, WRONG, **kwargs).status_code for _ in range(times)]


def test_throttling_settings_as_required():
    assert production.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert production.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert production.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert production.AXES_FAILURE_LIMIT == 5
    # A duration, never None: no permanent lock.
    assert production.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert production.AXES_RESET_ON_SUCCESS is True


def test_throttling_fifth_failure_locks_with_a_clear_page(client, caseworker):
    assert _fail(client, 4) == [200, 200, 200, 200]
    locked = _login(client, WRONG)
    assert locked.status_code == 429
    body = locked.content.decode()
    assert "Too many login attempts" in body
    assert "Try again in 15 minutes" in body
    # Even the right password is refused now, without being checked.
    assert _login(client, PASSWORD).status_code == 429


def test_throttling_attacker_elsewhere_cannot_lock_out_the_caseworker(client, caseworker):
    _fail(client, 6, address=ATTACKER_ADDRESS)
    assert _login(client, PASSWORD, address=ATTACKER_ADDRESS).status_code == 429
    assert _login(client, PASSWORD, address=CASEWORKER_ADDRESS).status_code == 302


def test_throttling_lock_is_per_username(client, caseworker, django_user_model):
    django_user_model.objects.create_user(username="colleague-fictional", password=PASSWORD)
    _fail(client, 5)
    assert _login(client, PASSWORD, username="colleague-fictional").status_code == 302


def test_throttling_cool_off_ends_the_lock(client, caseworker):
    _fail(client, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=14))
    assert _login(client, PASSWORD).status_code == 429  # 14 minutes: still paused
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=2))
    assert _login(client, PASSWORD).status_code == 302  # 16 minutes: open again


def test_throttling_tries_during_the_lock_do_not_extend_it(client, caseworker):
    _fail(client, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=10))
    assert _fail(client, 3) == [429, 429, 429]  # someone keeps trying during the lock
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=6))
    # 16 minutes after the lock began it is over, however often it was tried meanwhile.
    assert _login(client, PASSWORD).status_code == 302


def test_throttling_tries_while_locked_are_not_recorded(client, caseworker):
    _fail(client, 5)
    before = AccessAttempt.objects.get().attempt_time
    _fail(client, 3)
    attempt = AccessAttempt.objects.get()
    assert attempt.attempt_time == before
    assert attempt.failures_since_start == 5


def test_throttling_success_resets_the_count(client, caseworker):
    _fail(client, 4)
    assert _login(client, PASSWORD).status_code == 302
    client.post(reverse("logout"))
    assert _fail(client, 4) == [200, 200, 200, 200]
    assert _login(client, PASSWORD).status_code == 302


def test_throttling_never_stores_or_logs_the_password(client, caseworker, settings, caplog):
    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    with caplog.at_level(logging.DEBUG):
        _fail(client, 6)
        client.post(
            reverse("login"),
            {"username": "caseworker-fictional", "password": PASSWORD},
            REMOTE_ADDR=ATTACKER_ADDRESS,
        )
    attempt = AccessAttempt.objects.get(ip_address=CASEWORKER_ADDRESS)
    assert "password=" in attempt.post_data  # the field is recorded, its value masked
    stored = "\n".join(
        [
            *AccessAttempt.objects.values_list("post_data", flat=True),
            *AccessAttempt.objects.values_list("get_data", flat=True),
            *(str(row) for row in AccessLog.objects.values()),
            *(str(row) for row in AccessFailureLog.objects.values()),
        ]
    )
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (WRONG, PASSWORD):
        assert secret not in stored
        assert secret not in logged
    # Usernames are personal data too: axes masks them in its log lines.
    assert "caseworker-fictional" not in logged
    assert "caseworker-fictional" not in attempt.post_data
