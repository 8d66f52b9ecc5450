"""What a signed-in session remembers about itself: when it began, when it was last used, and
which two-factor device verified it. Keys are namespaced so no other app collides with them.

Times are stored as POSIX seconds (the session serializer is JSON).
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.sessions.backends.base import SessionBase

from recruitwatch.web.models import TOTPDevice

LOGIN_AT = "recruitwatch.login_at"
SEEN_AT = "recruitwatch.seen_at"
VERIFIED_DEVICE = "recruitwatch.two_factor_device"


def session_verified_mark(session: SessionBase, *, device: TOTPDevice) -> None:
    """The second step passed. The session key changes too: a key seen before the second step
    (e.g. planted by an attacker, or noted from a half-finished login) does not become a fully
    signed-in session."""
    session.cycle_key()
    session[VERIFIED_DEVICE] = device.pk


def session_is_verified(session: SessionBase, *, device_pk: int | None) -> bool:
    """True only if the session was verified by the user's current confirmed device: after an
    administrator resets two-factor, sessions verified with the old device must verify again."""
    return device_pk is not None and session.get(VERIFIED_DEVICE) == device_pk


def session_times_start(session: SessionBase, *, now: datetime) -> None:
    session[LOGIN_AT] = now.timestamp()
    session[SEEN_AT] = now.timestamp()
