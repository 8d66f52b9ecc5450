"""No personal data in logs: names of protected people, passwords, one-time codes and session
ids never reach a log record, a log file, the console log or an error page.

Two views of the same promise:

1. in process, with the root logger (and ours, Django's and django-axes') at DEBUG, a
   handler writing a log file as the deployment's does, and the console captured: ingest of
   a report naming a protected person, a failing ingest, extract, export, a 404 and a 500
   page with DEBUG off, a failed and a successful login with a password and a second step;
2. the real command in a subprocess, with the deployment's own logging configuration and its
   log directory: init, ingest (one good file, one bad), extract, export.

The protected person is fictional: "Jasurbek Toshmatov-Rahimqulov" of examples/03, whose
mother "Dilorom" is named there too. Passwords and users here are fictional as well.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import include, path

from recruitwatch.ingest.services import paths_ingest
from recruitwatch.publish.export import export_csv, export_json
from recruitwatch.records.models import Document
from tests.conftest import EXAMPLES
from tests.web.helpers import device_confirmed_create

REPORT = EXAMPLES / "03-testimony-mother.txt"
PROTECTED = ("Jasurbek", "Toshmatov", "Rahimqulov", "Dilorom")
PASSWORD = "fictional-Correct-Horse-42"
WRONG_PASSWORD = "fictional-Wrong-Battery-17"
LOGGERS = ("", "recruitwatch", "django", "axes")


def boom_view(request: HttpRequest) -> HttpResponse:
    """A view that fails after opening protected data, as a real bug would."""
    document = Document.objects.get(sha256=request.GET["sha"])
    text = document.text  # decrypted: in this frame's locals when it fails
    raise RuntimeError(f"fictional failure after reading {len(text)} characters")


urlpatterns = [
    path("boom/", boom_view),
    path("", include("recruitwatch.web.urls")),
]


def _failing_inputs(folder: Path) -> list[Path]:
    """Bad files that all name the protected person: binary, not UTF-8, a bad JSON line."""
    name = "Jasurbek Toshmatov-Rahimqulov"
    binary = folder / "scan.txt"
    binary.write_bytes(b"\x00\x01" + name.encode() + b"\x00")
    legacy = folder / "letter.txt"
    legacy.write_bytes(f"Письмо о {name}, 2024".encode("cp1251"))
    lines = folder / "notes.jsonl"
    lines.write_text(
        f'{{"text": "{name} was taken.", "channel": "pigeon"}}\n{{"text": {name!r}\n',
        encoding="utf-8",
    )
    return [binary, legacy, lines]


@pytest.fixture
def captured(caplog, tmp_path) -> Iterator[Path]:
    """Everything logged at DEBUG goes to caplog and to a log file; yields the log file."""
    log_file = tmp_path / "logs" / "recruitwatch.log"
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.setLevel(logging.DEBUG)
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    logging.getLogger().addHandler(handler)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    try:
        yield log_file
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _leaks(text: str, secrets: list[str]) -> list[str]:
    found = [word for word in PROTECTED if word.lower() in text.lower()]
    found += [secret for secret in secrets if secret and secret in text]
    return found


def _session_key(client: Client) -> str:
    cookie = client.cookies.get(django_settings.SESSION_COOKIE_NAME)
    return cookie.value if cookie is not None else ""


@pytest.mark.django_db
def test_logs_and_error_pages_hold_no_personal_data_in_process(
    captured, caplog, capfd, tmp_path, settings, django_user_model
):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    secrets = [PASSWORD, WRONG_PASSWORD]
    pages: list[str] = []
    command_err = io.StringIO()

    # Ingest of a report naming a protected person, then a failing ingest.
    # (The services the command calls: in process, the suite's in-memory database is not
    # one the command would accept; the command itself runs in the second test.)
    report = paths_ingest([REPORT])
    assert report.added
    assert not report.problems
    failing = paths_ingest(_failing_inputs(tmp_path))
    assert len(failing.problems) >= 3
    assert not failing.added
    command_err.write("\n".join(map(str, failing.problems)))
    # Extract prints names on stdout (that is its output); export is redacted.
    extracted = io.StringIO()
    call_command("extract", str(REPORT), stdout=extracted, stderr=command_err)
    assert "Toshmatov" in extracted.getvalue()  # proves the name was there to leak
    exported = export_json() + export_csv(table="incidents") + export_csv(table="people")
    assert not _leaks(exported, []), "a redacted export names a protected person"

    # A failed and a successful login with a password, then the second step.
    user = django_user_model.objects.create_user(username="fictional-caseworker", password=PASSWORD)
    user.user_permissions.add(*_view_permissions())
    device = device_confirmed_create(user)
    client = Client(raise_request_exception=False)
    failed = client.post("/login/", {"username": user.username, "password": WRONG_PASSWORD})
    pages.append(failed.content.decode())
    assert failed.status_code == 200  # the form again, with an error
    secrets.append(_session_key(client))
    response = client.post("/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    secrets.append(_session_key(client))
    totp = pyotp.TOTP(device.secret)
    wrong_code = f"{(int(totp.now()) + 500_000) % 1_000_000:06d}"
    for code in (wrong_code, totp.now()):
        response = client.post("/two-factor/", {"code": code}, follow=True)
        pages.append(response.content.decode())
        secrets.extend([code, _session_key(client)])
    assert response.status_code == 200
    assert response.redirect_chain  # signed in: sent on from the second step
    assert "/two-factor/" not in response.redirect_chain[-1][0]

    # A 404 and a 500, each asked with the protected name in the query and the body.
    sha = Document.objects.get().sha256
    probe = "Jasurbek Toshmatov-Rahimqulov"
    not_found = client.get("/documents/DOC-1999-9999/", {"q": probe})
    assert not_found.status_code == 404
    crashed = client.post(f"/boom/?sha={sha}&q={probe}", {"name": probe, "password": PASSWORD})
    assert crashed.status_code == 500
    pages += [not_found.content.decode(), crashed.content.decode()]
    assert any("fictional failure" in r.getMessage() or r.exc_info for r in caplog.records)

    logged = "\n".join(
        f"{record.getMessage()} {record.args!r} "
        + (logging.Formatter().formatException(record.exc_info) if record.exc_info else "")
        for record in caplog.records
    )
    console = capfd.readouterr()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    secrets = [s for s in secrets if s]
    assert len(secrets) >= 6  # two passwords, two codes, session ids
    assert _leaks(logged, secrets) == []
    assert _leaks(captured.read_text(encoding="utf-8"), secrets) == []
    assert _leaks(console.err, secrets) == []
    assert _leaks(command_err.getvalue(), secrets) == []
    # The second-step form shows a mistyped code back to the one who typed it (a spent or
    # wrong code opens nothing); everything else is checked on every page.
    page_secrets = [s for s in secrets if s != wrong_code]
    for page in pages:
        assert _leaks(page, page_secrets) == []
        assert "Traceback" not in page


def _view_permissions() -> list:
    from django.contrib.auth.models import Permission

    return list(Permission.objects.filter(codename__in=["view_document", "view_evidence"]))


def test_logs_hold_no_personal_data_from_the_command_line(run_cli, tmp_path):
    init = run_cli("init", "--no-input", check=True)
    one_time_password = re.search(r"one-time password: (\S+)", init.stdout)
    assert one_time_password, "init prints a one-time password, which no log may hold"
    secrets = [one_time_password.group(1)]
    ingest = run_cli("ingest", str(REPORT), *map(str, _failing_inputs(tmp_path)))
    assert ingest.returncode == 1  # the bad files failed, the report was added
    assert "1 documents added" in ingest.stdout
    extract = run_cli("extract", str(REPORT), check=True)
    assert "Toshmatov" in extract.stdout
    export = run_cli("export", check=True)
    log_files = sorted((run_cli.data_dir / "logs").glob("*"))
    assert log_files, "the data directory has a log directory with a log file"
    for result in (init, ingest, extract, export):
        assert _leaks(result.stderr, secrets) == []
    assert _leaks(export.stdout, secrets) == []
    for log_file in log_files:
        assert _leaks(log_file.read_text(encoding="utf-8", errors="replace"), secrets) == []
