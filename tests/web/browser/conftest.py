"""Browser tests: Playwright driving Debian's Chromium (``/usr/bin/chromium``) against the
real app served by pytest-django's ``live_server``.

No browser is downloaded (``playwright install`` is never run): `.ci/run` installs Debian's
``chromium`` package, and a machine without it fails here with the command to run, rather
than skipping — a skipped browser test would hide a web app nobody checked.
Users and secrets are fictional.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest
from django.contrib.auth import get_user_model

from recruitwatch.access import roles
from recruitwatch.access.services import role_assign, roles_ensure
from tests.web.helpers import device_confirmed_create

CHROMIUM = Path(os.environ.get("RECRUITWATCH_CHROMIUM", "/usr/bin/chromium"))
PASSWORD = "fictional-browser-passphrase"
# Screenshots the README links to are written here (docs/screenshots/ is committed).
SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"browser tests need Chromium at {CHROMIUM}: `apt-get install chromium` "
            "(Debian), or set RECRUITWATCH_CHROMIUM to another Chromium binary"
        )
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop running in this thread while the
    # browser is open; Django refuses ORM calls from such a thread unless told that it is
    # deliberate (it is: one thread, in order). Set for as long as the browser lives; the
    # CLI tests drop it from their subprocesses (`check --deploy` rightly fails on it).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    context = browser.new_context(
        base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    opened = context.new_page()
    yield opened
    context.close()


def browser_user(username: str, role: str = roles.EDITOR) -> tuple[Any, str]:
    """A fictional user with ``role`` and a confirmed authenticator; returns (user, secret)."""
    roles_ensure()
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    role_assign(user=user, role=role)
    device = device_confirmed_create(user)
    return user, str(device.secret)


def browser_sign_in(page: Any, username: str, secret: str) -> None:
    """Log in through the real pages: password, then the authenticator's current code."""
    page.goto("/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/two-factor/**")
    page.fill("input[name=code]", pyotp.TOTP(secret).now())
    page.click("main button[type=submit]")
    page.wait_for_load_state()
