"""The canary: a protected person with a distinctive (fictional) name and phone number is
saved through the real commands; afterwards no file the deployment wrote — the database and
its WAL, the temporary directory, the logs, a backup archive — holds either, in UTF-8 or
UTF-16, in any case. After `keys rotate` everything still reads.

Name and number are invented for this test; the number is in a range never assigned.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import _raw_database_contents

CANARY_NAME = "Zebulon Quillfeather-Canarymark"
CANARY_PHONE = "+998-90-555-01-99"
NEEDLES = (CANARY_NAME, "Quillfeather", "Canarymark", CANARY_PHONE, "555-01-99")
PASSPHRASE = "fictional backup passphrase for the canary"

SAVE = f"""
from recruitwatch.records.services.people import person_create
person = person_create(name={CANARY_NAME!r}, contact={CANARY_PHONE!r}, pseudonym="Canary C.")
print(person.identifier)
"""
READ = """
from recruitwatch.records.models import Person
person = Person.objects.get(identifier={identifier!r})
print(person.name + "|" + person.contact)
"""


def _holds_a_needle(raw: bytes) -> str | None:
    lowered = raw.lower()
    for needle in NEEDLES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if needle.lower().encode(encoding) in lowered:
                return f"{needle!r} ({encoding})"
    return None


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.mark.slow
def test_canary_is_nowhere_on_disk_and_survives_rotation(run_cli, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    run_cli.env["TMPDIR"] = str(temp)
    run_cli.env["RECRUITWATCH_BACKUP_PASSPHRASE"] = PASSPHRASE
    run_cli("init", "--no-input", check=True)
    saved = run_cli("shell", "-c", SAVE, check=True)
    identifier = saved.stdout.strip().splitlines()[-1]
    archive = tmp_path / "canary-backup.rwbak"
    run_cli("backup", "--output", str(archive), check=True)

    where = [(name, raw) for name, raw in _raw_database_contents(run_cli)]
    where += [(str(p), p.read_bytes()) for p in _files(temp)]
    logs = _files(run_cli.data_dir / "logs")
    assert logs, "the commands wrote no log file: the canary would prove nothing about logs"
    where += [(str(p), p.read_bytes()) for p in logs]
    where += [(archive.name, archive.read_bytes())]
    assert any(name.startswith("recruitwatch.sqlite3") for name, _ in where) or run_cli.env.get(
        "RECRUITWATCH_DATABASE_URL"
    )
    leaks = [(name, found) for name, raw in where if (found := _holds_a_needle(raw))]
    assert leaks == []

    run_cli("keys", "rotate", check=True)
    read = run_cli("shell", "-c", READ.format(identifier=identifier), check=True)
    assert read.stdout.strip().splitlines()[-1] == f"{CANARY_NAME}|{CANARY_PHONE}"
    leaks = [
        (name, found)
        for name, raw in _raw_database_contents(run_cli)
        if (found := _holds_a_needle(raw))
    ]
    assert leaks == []
