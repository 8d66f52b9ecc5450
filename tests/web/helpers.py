"""Signing in for tests: a user with a confirmed authenticator, logged in and past the second
step, without going through the login pages (tests of those pages do that themselves).

All users and secrets made here are fictional.
"""

from __future__ import annotations

from typing import Any

import pyotp
from django.conf import settings
from django.test import Client

from recruitwatch.web.models import TOTPDevice
from recruitwatch.web.session_state import session_verified_mark


def device_confirmed_create(user: Any) -> TOTPDevice:
    """Give ``user`` a confirmed authenticator with a fresh random secret (as enrolment would)."""
    device, _ = TOTPDevice.objects.update_or_create(
        user=user, defaults={"secret": pyotp.random_base32(), "confirmed": True}
    )
    return device


def sign_in(client: Client, user: Any) -> Client:
    """Log ``client`` in as ``user`` with the second step done: a fully signed-in session."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = device_confirmed_create(user)
    client.force_login(user)
    session = client.session  # a new SessionStore each access: keep one, change it, save it
    session_verified_mark(session, device=device)
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = (
        session.session_key
    )  # cycle_key gave it a new key
    return client
