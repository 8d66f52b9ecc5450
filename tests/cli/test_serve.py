"""`recruitwatch serve` runs the real WSGI server: a login page on 127.0.0.1, and after logging
in, replacing the one-time password and enrolling an authenticator (codes computed with pyotp
from the secret on the page), the ingested documents."""

from __future__ import annotations

import http.cookiejar
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import closing

import pyotp

from tests.conftest import EXAMPLES

STARTUP_DEADLINE_SECONDS = 60
NEW_PASSWORD = "fictional-long-passphrase-42"


def _free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_listening(port: int, server: subprocess.Popen[str]) -> None:
    """Poll the port until the server accepts connections (a deadline, not a sleep-for-timing)."""
    deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"server exited: {server.stderr.read() if server.stderr else ''}")
        with closing(socket.socket()) as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("server did not start listening in time")


def _post(opener, url: str, fields: dict[str, str]) -> str:
    page = opener.open(url).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
    request = urllib.request.Request(url, data=data, headers={"Referer": url})
    return opener.open(request).read().decode()


def test_serve_shows_login_then_documents(run_cli):
    init = run_cli("init", "--no-input", check=True)
    password = re.search(r"one-time password: (\S+)", init.stdout).group(1)
    run_cli("ingest", str(EXAMPLES), check=True)

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "recruitwatch.cli.main", "serve", "--port", str(port)],
        env=run_cli.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until_listening(port, server)
        base = f"http://127.0.0.1:{port}"
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        login_page = opener.open(f"{base}/").read().decode()
        assert 'name="password"' in login_page

        changed = _post(opener, f"{base}/login/", {"username": "admin", "password": password})
        assert "Choose a new password" in changed
        documents = _post(
            opener,
            f"{base}/password/",
            {
                "old_password": password,
                "new_password1": NEW_PASSWORD,
                "new_password2": NEW_PASSWORD,
            },
        )
        assert "Your password was changed" in documents

        # Case data needs the second factor: the first visit is sent to enrolment.
        enrolment = opener.open(f"{base}/documents/")
        assert urllib.parse.urlsplit(enrolment.geturl()).path == "/two-factor/enrol/"
        page = enrolment.read().decode()
        secret = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
        codes_page = _post(opener, f"{base}/two-factor/enrol/", {"code": pyotp.TOTP(secret).now()})
        backup_codes = re.findall(r"<li><code>([a-z2-9-]+)</code></li>", codes_page)
        assert len(backup_codes) == 10

        listing = opener.open(f"{base}/documents/").read().decode()
        assert listing.count('class="ident"') == 10
        assert "Content-Security-Policy" in dict(opener.open(f"{base}/documents/").headers)
    finally:
        server.terminate()
        server.wait(timeout=30)
