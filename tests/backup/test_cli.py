"""`recruitwatch backup` and `recruitwatch restore` end to end: real subprocesses, a real
data directory, the suite's backend (a scratch PostgreSQL database on PostgreSQL runs).
Everything stored is fictional (examples/ and the values below)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from contextlib import closing

import pytest

from tests.backup.helpers import PASSPHRASE, byte_flip, files_digest, tables_dump
from tests.conftest import EXAMPLES

ADD_EVIDENCE = (
    "from recruitwatch.records.services.evidence import evidence_store; "
    "evidence_store(data=b'Fictional scanned contract page. ' * 40000, media_type='image/png'); "
    "evidence_store(data=b'Fictional voice note transcript.', media_type='text/plain')"
)


def database_dump(run_cli) -> dict[str, list[str]]:
    url = run_cli.env.get("RECRUITWATCH_DATABASE_URL")
    if not url:
        database = run_cli.data_dir / "recruitwatch.sqlite3"
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
            return tables_dump(connection.cursor(), "sqlite")
    import psycopg

    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        return tables_dump(cursor, "postgresql")


def wipe(run_cli) -> None:
    """Lose everything: the data directory, and on PostgreSQL every table."""
    shutil.rmtree(run_cli.data_dir)
    url = run_cli.env.get("RECRUITWATCH_DATABASE_URL")
    if url:
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("DROP SCHEMA public CASCADE")
            connection.execute("CREATE SCHEMA public")


def _deploy(run_cli, *reports):
    run_cli.env["RECRUITWATCH_BACKUP_PASSPHRASE"] = PASSPHRASE
    run_cli("init", "--no-input", check=True)
    if reports:
        run_cli("ingest", *map(str, reports), check=True)
    run_cli("shell", "-c", ADD_EVIDENCE, check=True)
    return run_cli


@pytest.fixture
def deployment(run_cli):
    """All the examples: ten documents, their proposed incidents and claims."""
    return _deploy(run_cli, EXAMPLES)


@pytest.fixture
def small_deployment(run_cli):
    """Evidence and the administrator only (no extraction models to load): quicker."""
    return _deploy(run_cli)


def test_backup_wipe_restore_gives_back_every_record_and_file(deployment, tmp_path):
    run_cli = deployment
    archive = tmp_path / "fictional.rwbackup"
    before_rows = database_dump(run_cli)
    before_files = files_digest(run_cli.data_dir / "evidence")
    keyring = (run_cli.data_dir / "keyring.json").read_bytes()

    made = run_cli("backup", "--output", str(archive), check=True)
    assert "Backup written to" in made.stdout
    assert "Archive SHA-256:" in made.stdout
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert PASSPHRASE not in made.stdout + made.stderr

    wipe(run_cli)
    restored = run_cli("restore", str(archive), check=True)

    assert "0 missing" in restored.stdout
    assert "Traceback" not in restored.stderr
    assert database_dump(run_cli) == before_rows
    assert len(before_rows["records_document"]) == 10
    assert len(before_rows["records_evidence"]) == 2
    assert files_digest(run_cli.data_dir / "evidence") == before_files
    assert len(before_files) == 2
    assert (run_cli.data_dir / "keyring.json").read_bytes() == keyring
    if not run_cli.env.get("RECRUITWATCH_DATABASE_URL"):
        assert "integrity check ok" in restored.stdout
    listed = json.loads(run_cli("documents", "list", "--format", "json", check=True).stdout)
    assert len(listed) == 10, "the restored keyring opens the restored records"


def test_backup_and_restore_refuse_clearly(small_deployment, tmp_path):
    run_cli = small_deployment
    archive = tmp_path / "fictional.rwbackup"
    run_cli("backup", "--output", str(archive), check=True)
    original = archive.read_bytes()

    again = run_cli("backup", "--output", str(archive))
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert archive.read_bytes() == original

    run_cli.env["RECRUITWATCH_BACKUP_PASSPHRASE"] = "too short"
    short = run_cli("backup", "--output", str(tmp_path / "other.rwbackup"))
    assert short.returncode == 1
    assert "too short" in short.stderr
    run_cli.env["RECRUITWATCH_BACKUP_PASSPHRASE"] = PASSPHRASE

    occupied = run_cli("restore", str(archive))
    assert occupied.returncode == 1
    assert "already holds" in occupied.stderr
    assert "--force" in occupied.stderr

    damaged = tmp_path / "damaged.rwbackup"
    byte_flip(archive, damaged, len(original) // 2)
    before = files_digest(run_cli.data_dir)
    refused = run_cli("restore", "--force", "--clean", str(damaged))
    assert refused.returncode == 1
    assert "Nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert files_digest(run_cli.data_dir) == before

    run_cli.env["RECRUITWATCH_BACKUP_PASSPHRASE"] = "fictional wrong passphrase"
    wrong = run_cli("restore", "--verify-only", str(archive))
    assert wrong.returncode == 1
    assert "wrong passphrase" in wrong.stderr


def test_restore_force_sets_the_current_deployment_aside(small_deployment, tmp_path):
    run_cli = small_deployment
    archive = tmp_path / "fictional.rwbackup"
    evidence = files_digest(run_cli.data_dir / "evidence")
    run_cli("backup", "--output", str(archive), check=True)
    checked = run_cli("restore", "--verify-only", str(archive), check=True)
    assert "Archive OK" in checked.stdout

    forced = run_cli("restore", "--force", "--clean", str(archive), check=True)
    assert "set aside in" in forced.stdout
    set_aside = [p for p in run_cli.data_dir.iterdir() if p.name.startswith("pre-restore-")]
    assert len(set_aside) == 1
    assert (set_aside[0] / "keyring.json").exists()
    assert files_digest(run_cli.data_dir / "evidence") == evidence
    assert len(evidence) == 2
