"""Small request-wide rules that belong to no single view: session timeouts, the one-time
password, the second login step, and no caching of signed-in pages.

Order in ``settings.MIDDLEWARE`` matters: timeouts first (an ended session is logged out
before anything looks at it), then the login requirement, then these gates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from recruitwatch.web.models import TOTPDevice
from recruitwatch.web.session_state import LOGIN_AT, SEEN_AT, session_is_verified

# The second step's own pages (names in web/urls.py).
TWO_FACTOR_PAGES = ("two_factor_verify", "two_factor_enrol")
# Pages a user who must change a one-time password may still reach.
_PASSWORD_CHANGE_ALLOWED = (
    "password_change",
    "password_change_done",
    "logout",
    "login",
    *TWO_FACTOR_PAGES,
)
_PASSWORD_PAGES = ("password_change", "password_change_done")


def _is_static(path: str) -> bool:
    return path.startswith("/" + settings.STATIC_URL.lstrip("/"))


def _paths(names: tuple[str, ...]) -> set[str]:
    return {reverse(name) for name in names}


def session_end_reason(session: SessionBase, *, now: datetime) -> str | None:
    """Why a signed-in session must end now, or None if it may go on."""
    seen_at = session.get(SEEN_AT)
    if seen_at is not None:
        idle = now.timestamp() - float(seen_at)
        if idle > settings.RECRUITWATCH_SESSION_IDLE_TIMEOUT.total_seconds():
            minutes = int(settings.RECRUITWATCH_SESSION_IDLE_TIMEOUT.total_seconds() // 60)
            return f"You were logged out after {minutes} minutes without activity."
    login_at = session.get(LOGIN_AT)
    if login_at is not None:
        age = now.timestamp() - float(login_at)
        if age > settings.RECRUITWATCH_SESSION_ABSOLUTE_TIMEOUT.total_seconds():
            hours = int(settings.RECRUITWATCH_SESSION_ABSOLUTE_TIMEOUT.total_seconds() // 3600)
            return f"You were logged out: a session lasts {hours} hours at most."
    return None


class SessionTimeoutMiddleware:
    """Ends a session after inactivity and, whatever the activity, some hours after login.

    The first request of a signed-in session records the login time (every login path — the
    login page, the admin's, a test's force_login — passes through here). Django's own session
    expiry covers inactivity too; checking it here as well makes it independent of the session
    backend's clean-up and testable with a moved clock.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = timezone.now()
            reason = session_end_reason(request.session, now=now)
            if reason is not None:
                logout(request)
                messages.info(request, reason)
            else:
                request.session.setdefault(LOGIN_AT, now.timestamp())
                request.session[SEEN_AT] = now.timestamp()
        return self.get_response(request)


class PasswordChangeRequiredMiddleware:
    """After logging in with a one-time password, nothing opens until it is replaced (the
    second step may come first, for a user who already has an authenticator)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.must_change_password:
            allowed = _paths(_PASSWORD_CHANGE_ALLOWED)
            if request.path not in allowed and not _is_static(request.path):
                return redirect("password_change")
        return self.get_response(request)


class TwoFactorRequiredMiddleware:
    """A signed-in session sees nothing until its second step passed: the verify page for a
    user with an authenticator, the enrolment page for one without.

    Open without the second step: login, logout, the two-factor pages, static files — and
    the password change pages only while the user has no authenticator yet (the first login
    with a one-time password changes it before enrolling). Once an authenticator exists,
    changing the password needs it, so a stolen password cannot be used to lock out its owner.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or _is_static(request.path):
            return self.get_response(request)
        device_pk = (
            TOTPDevice.objects.filter(user=user, confirmed=True)
            .values_list("pk", flat=True)
            .first()
        )
        if session_is_verified(request.session, device_pk=device_pk):
            return self.get_response(request)
        open_paths = _paths(("login", "logout", *TWO_FACTOR_PAGES))
        if device_pk is None:
            open_paths |= _paths(_PASSWORD_PAGES)
        if request.path in open_paths:
            return self.get_response(request)
        target = reverse("two_factor_verify" if device_pk is not None else "two_factor_enrol")
        if request.method == "GET":
            target += "?" + urlencode({"next": request.get_full_path()})
        return redirect(target)


class NoStoreForSignedInMiddleware:
    """Pages shown to a signed-in user carry case data (or a two-factor secret): no browser or
    proxy may keep them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response["Cache-Control"] = "no-store"
        return response
