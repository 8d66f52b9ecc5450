"""`recruitwatch keys …` and `recruitwatch init --passphrase` end to end: a real subprocess,
a fresh data directory, the suite's database backend. Names and passphrases are fictional."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow  # real subprocesses; still part of `make test`

PASSPHRASE = "fictional lantern orchard velvet"
LOCKED_MESSAGE = "the keyring is locked; set RECRUITWATCH_PASSPHRASE or run interactively"
REPORT = EXAMPLES / "03-testimony-mother.txt"


def _run(run_cli, *args: str, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    """Like run_cli, but never attached to a terminal (so nothing can prompt) and with
    environment changes (None removes a variable)."""
    env = dict(run_cli.env)
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "recruitwatch.cli.main", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _key_material(keyring_path) -> list[str]:
    document = json.loads(keyring_path.read_text())
    entries = [*document["keys"].values(), document["index_key"]]
    return [entry["key"] for entry in entries]


def test_keys_status_rotate_and_old_keyring_opens_nothing(run_cli, tmp_path):
    run_cli("init", "--no-input", check=True)
    run_cli("ingest", str(REPORT), check=True)
    keyring = run_cli.data_dir / "keyring.json"
    old_id = json.loads(keyring.read_text())["active"]
    old_copy = tmp_path / "old-keyring.json"
    shutil.copy2(keyring, old_copy)

    status = run_cli("keys", "status", check=True)
    assert old_id in status.stdout
    assert "records.Document" in status.stdout
    for material in _key_material(keyring):
        assert material not in status.stdout + status.stderr

    rotated = run_cli("keys", "rotate", check=True)
    new_id = json.loads(keyring.read_text())["active"]
    assert new_id != old_id
    assert f"removed {old_id}" in rotated.stdout
    assert list(json.loads(keyring.read_text())["keys"]) == [new_id]
    assert run_cli("documents", "list", check=True).stdout.count("DOC-") == 1

    shutil.copy2(old_copy, keyring)
    refused = run_cli("documents", "list")
    assert refused.returncode != 0
    assert "does not open" in refused.stderr or "lacks" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_init_passphrase_locks_the_keyring(run_cli):
    created = _run(
        run_cli, "init", "--no-input", "--passphrase", RECRUITWATCH_PASSPHRASE=PASSPHRASE
    )
    assert created.returncode == 0, created.stderr
    keyring = run_cli.data_dir / "keyring.json"
    document = json.loads(keyring.read_text())
    assert set(document) == {"format", "kdf", "sealed"}

    locked = _run(run_cli, "ingest", str(REPORT), RECRUITWATCH_PASSPHRASE=None)
    assert locked.returncode != 0
    assert LOCKED_MESSAGE in locked.stderr
    assert "Traceback" not in locked.stderr

    wrong = _run(run_cli, "keys", "status", RECRUITWATCH_PASSPHRASE=PASSPHRASE + "x")
    assert wrong.returncode != 0
    assert "passphrase does not open" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    opened = _run(run_cli, "ingest", str(REPORT), RECRUITWATCH_PASSPHRASE=PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    status = _run(run_cli, "keys", "status", RECRUITWATCH_PASSPHRASE=PASSPHRASE)
    assert "locked with a passphrase" in status.stdout


def test_init_passphrase_without_one_refuses_clearly(run_cli):
    result = _run(run_cli, "init", "--no-input", "--passphrase", RECRUITWATCH_PASSPHRASE=None)
    assert result.returncode != 0
    assert "RECRUITWATCH_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (run_cli.data_dir / "keyring.json").exists()


def test_keys_passphrase_set_and_remove(run_cli):
    run_cli("init", "--no-input", check=True)
    keyring = run_cli.data_dir / "keyring.json"
    material = _key_material(keyring)

    set_ = _run(run_cli, "keys", "passphrase", "set", RECRUITWATCH_PASSPHRASE=PASSPHRASE)
    assert set_.returncode == 0, set_.stderr
    text = keyring.read_text()
    assert all(m not in text for m in material)
    assert _run(run_cli, "keys", "status", RECRUITWATCH_PASSPHRASE=None).returncode != 0

    removed = _run(run_cli, "keys", "passphrase", "remove", RECRUITWATCH_PASSPHRASE=PASSPHRASE)
    assert removed.returncode == 0, removed.stderr
    assert "unencrypted" in removed.stderr
    assert _key_material(keyring) == material
    assert base64.b64decode(material[0])
    assert _run(run_cli, "keys", "status", RECRUITWATCH_PASSPHRASE=None).returncode == 0
