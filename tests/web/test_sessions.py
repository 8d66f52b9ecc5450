"""Point 4: session timeouts, cookies, HTTPS settings, no caching of signed-in pages.

The clock is moved by replacing the middleware's ``timezone`` (no sleeping). Users are
fictional.
"""

from __future__ import annotations

import runpy
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from recruitwatch.web import middleware
from recruitwatch.web import settings as production
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def reviewer(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(
        username="reviewer-fictional", password="fictional-harbour-lantern-9"
    )
    user.user_permissions.add(Permission.objects.get(codename="view_document"))
    return user


@pytest.fixture
def clock(monkeypatch):
    """A clock for the timeout middleware only; ``clock.now`` is moved by the test."""
    fake = SimpleNamespace(now=START)
    monkeypatch.setattr(middleware, "timezone", SimpleNamespace(now=lambda: fake.now))
    return fake


def _documents(client):
    return client.get(reverse("documents"))


def test_sessions_settings_as_required():
    assert production.SESSION_COOKIE_AGE == 30 * 60
    assert production.SESSION_SAVE_EVERY_REQUEST is True
    assert production.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert production.RECRUITWATCH_SESSION_IDLE_TIMEOUT.total_seconds() == 30 * 60
    assert production.RECRUITWATCH_SESSION_ABSOLUTE_TIMEOUT.total_seconds() == 8 * 60 * 60
    order = production.MIDDLEWARE
    assert order.index("recruitwatch.web.middleware.SessionTimeoutMiddleware") < order.index(
        "django.contrib.auth.middleware.LoginRequiredMiddleware"
    )
    assert order.index(
        "recruitwatch.web.middleware.PasswordChangeRequiredMiddleware"
    ) < order.index("recruitwatch.web.middleware.TwoFactorRequiredMiddleware")


def test_sessions_activity_keeps_a_session_alive(client, reviewer, clock):
    sign_in(client, reviewer)
    for _ in range(6):
        assert _documents(client).status_code == 200
        clock.now += timedelta(minutes=29)


def test_sessions_end_after_thirty_idle_minutes(client, reviewer, clock):
    sign_in(client, reviewer)
    assert _documents(client).status_code == 200
    clock.now += timedelta(minutes=31)
    response = _documents(client)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    login_page = client.get(response["Location"]).content.decode()
    assert "30 minutes without activity" in login_page
    clock.now += timedelta(seconds=1)
    assert _documents(client).status_code == 302  # logged out, not just turned away once


def test_sessions_end_eight_hours_after_login_whatever_the_activity(client, reviewer, clock):
    sign_in(client, reviewer)
    statuses = []
    for _ in range(26):  # a request every 20 minutes for 8 h 40 min
        statuses.append(_documents(client).status_code)
        clock.now += timedelta(minutes=20)
    assert statuses[:25] == [200] * 25  # up to 8 h 0 min after login
    assert statuses[25] == 302  # 8 h 20 min
    assert "8 hours at most" in client.get(reverse("login")).content.decode()


def test_sessions_expired_in_the_store_are_gone(client, reviewer):
    sign_in(client, reviewer)
    assert _documents(client).status_code == 200
    stored = Session.objects.get(session_key=client.cookies["sessionid"].value)
    assert stored.expire_date > timezone.now() + timedelta(minutes=29)  # renewed per request
    Session.objects.filter(pk=stored.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    assert _documents(client).status_code == 302


def test_sessions_cookie_ends_with_the_browser(client, reviewer):
    client.post(
        reverse("login"),
        {"username": "reviewer-fictional", "password": "fictional-harbour-lantern-9"},
    )
    cookie = client.cookies["sessionid"]
    assert cookie["expires"] == ""
    assert cookie["max-age"] == ""
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_sessions_signed_in_pages_not_cached(client, reviewer):
    sign_in(client, reviewer)
    assert _documents(client)["Cache-Control"] == "no-store"
    assert client.get(reverse("two_factor_backup_codes"))["Cache-Control"] == "no-store"


def _settings_with(monkeypatch, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(production.__file__)


def test_sessions_https_mode_secures_cookies_and_transport(monkeypatch):
    secure = _settings_with(monkeypatch, RECRUITWATCH_HTTPS="1")
    assert secure["SESSION_COOKIE_SECURE"] is True
    assert secure["CSRF_COOKIE_SECURE"] is True
    assert secure["SECURE_SSL_REDIRECT"] is True
    assert secure["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    assert secure["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert secure["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_sessions_plain_http_mode_for_localhost(monkeypatch):
    monkeypatch.delenv("RECRUITWATCH_HTTPS", raising=False)
    plain = runpy.run_path(production.__file__)
    assert plain["SESSION_COOKIE_SECURE"] is False
    assert plain["SECURE_SSL_REDIRECT"] is False
    assert plain["SECURE_HSTS_SECONDS"] == 0
