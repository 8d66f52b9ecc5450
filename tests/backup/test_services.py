"""Backup and restore services, in-process on the suite's database (SQLite or PostgreSQL).

Data is created through the real services (ingest of examples/, person_create,
evidence_store); every value is fictional. ``transaction=True``: the database copy is made
by SQLite's backup API or by pg_dump in another process, which sees committed data only.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import struct
import sys
import types
from contextlib import closing
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recruitwatch import config
from recruitwatch.backup import (
    ArchiveAuthenticationError,
    ArchiveContentError,
    ArchiveError,
    BackupTargetError,
    PassphraseError,
    backup_create,
    backup_restore,
    backup_verify,
)
from recruitwatch.backup.archive import TAG_BYTES, ArchiveHeader, ArchiveWriter
from recruitwatch.backup.contents import ContentsWriter, Manifest
from recruitwatch.backup.kdf import KdfParameters
from recruitwatch.backup.services.restore import audit_outcome
from recruitwatch.ingest.services import paths_expand, paths_ingest
from recruitwatch.records.models import Evidence
from recruitwatch.records.services.evidence import evidence_read, evidence_store
from recruitwatch.records.services.people import person_create
from tests.backup.helpers import (
    FAST_KDF,
    FICTIONAL_NAME,
    PASSPHRASE,
    byte_flip,
    files_digest,
    tables_dump,
)
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db(transaction=True)

SMALL_CHUNK = 4096  # many chunks even in a small archive
EVIDENCE_LARGE = bytes(range(256)) * 6000  # 1.5 MB of fictional "scan": spans chunks


def populate(*, ingest: bool) -> list[str]:
    """Fictional records through the services; returns the evidence hashes."""
    if ingest:
        report = paths_ingest(list(paths_expand([EXAMPLES])))
        assert len(report.added) == 10
    person_create(name=FICTIONAL_NAME, contact="+7 000 000-00-00 (fictional)")
    hashes = []
    for data in (b"Fictional scanned letter: I was told to sign.\n", EVIDENCE_LARGE):
        evidence, _ = evidence_store(data=data, media_type="application/octet-stream")
        hashes.append(evidence.sha256)
    return hashes


def live_dump() -> dict[str, list[str]]:
    with connection.cursor() as cursor:
        return tables_dump(cursor, connection.vendor)


def restored_dump(data_dir: Path) -> dict[str, list[str]]:
    if connection.vendor == "postgresql":
        return live_dump()
    # The same converters Django registered, so values compare like for like.
    database = data_dir / config.SQLITE_FILENAME
    with closing(
        sqlite3.connect(database, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    ) as restored:
        return tables_dump(restored.cursor(), "sqlite")


def database_wipe() -> None:
    """Empty the configured database completely (PostgreSQL); SQLite restores into a new
    data directory, so its wipe is the fresh directory itself."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")


@pytest.fixture
def archive(tmp_path) -> Path:
    populate(ingest=False)
    output = tmp_path / "fictional.rwbackup"
    backup_create(output, PASSPHRASE, chunk_size=SMALL_CHUNK, **FAST_KDF)
    return output


def test_backup_restore_round_trip_loses_nothing(tmp_path):
    evidence_hashes = populate(ingest=True)
    before = live_dump()
    source_files = files_digest(config.data_dir())
    output = tmp_path / "fictional.rwbackup"

    report = backup_create(output, PASSPHRASE, **FAST_KDF)

    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert report.sha256 == hashlib.sha256(output.read_bytes()).hexdigest()
    assert report.archive_bytes == output.stat().st_size
    assert sum(report.table_rows.values()) >= 10 + 1 + 2  # documents, person, evidence
    listed = {entry.path for entry in report.manifest}
    assert "data/keyring.json" in listed
    for sha in evidence_hashes:
        assert f"data/evidence/{sha[:2]}/{sha[2:4]}/{sha}" in listed

    database_wipe()
    target = tmp_path / "restored"
    restored = backup_restore(output, PASSPHRASE, data_dir=target)

    after = restored_dump(target)
    assert sum(len(rows) for rows in before.values()) > 0
    assert len(before["records_document"]) == 10
    assert after == before, "every row of every table comes back identical"
    assert restored.records == sum(report.table_rows.values())
    if connection.vendor == "sqlite":
        assert restored.integrity == "ok"
    # Every file of the data directory (keyring, evidence, other keys): byte-identical.
    restored_files = files_digest(target)
    for relative, digest in source_files.items():
        if relative.split("/")[0] not in {"logs"} and not relative.startswith(
            "recruitwatch.sqlite3"
        ):
            assert restored_files.get(relative) == digest, relative
    # And the restored keyring opens the restored evidence, through the evidence service.
    with override_settings(
        RECRUITWATCH_EVIDENCE_DIR=target / "evidence",
        RECRUITWATCH_KEYRING_PATH=target / "keyring.json",
    ):
        for sha in evidence_hashes:
            plain = evidence_read(Evidence.objects.get(sha256=sha))
            assert hashlib.sha256(plain).hexdigest() == sha


def test_backup_archive_holds_no_plaintext_secret(archive):
    raw = archive.read_bytes()
    key_file = (config.data_dir() / "keyring.json").read_bytes()
    assert key_file not in raw
    for needle in (FICTIONAL_NAME.encode(), b"keyring", b"SQLite format 3", EVIDENCE_LARGE[:64]):
        assert needle not in raw


def test_backup_refuses_existing_output_and_short_passphrase(archive, tmp_path):
    original = archive.read_bytes()
    with pytest.raises(BackupTargetError, match="already exists"):
        backup_create(archive, PASSPHRASE, **FAST_KDF)
    assert archive.read_bytes() == original
    with pytest.raises(PassphraseError):
        backup_create(tmp_path / "other.rwbackup", "too short", **FAST_KDF)
    assert not (tmp_path / "other.rwbackup").exists()
    replaced = backup_create(archive, PASSPHRASE, force=True, **FAST_KDF)
    assert replaced.sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert archive.read_bytes() != original
    assert not list(tmp_path.glob(".*partial*")), "no half-written archive is left behind"


def test_backup_refuses_output_inside_the_data_directory():
    with pytest.raises(BackupTargetError, match="outside the data directory"):
        backup_create(config.data_dir() / "inside.rwbackup", PASSPHRASE, **FAST_KDF)


def test_restore_wrong_passphrase_is_refused_and_changes_nothing(archive, tmp_path):
    target = tmp_path / "target"
    with pytest.raises(ArchiveAuthenticationError, match="wrong passphrase"):
        backup_restore(archive, "fictional wrong passphrase", data_dir=target)
    assert not target.exists()


@pytest.mark.parametrize("cut", ["half", "one-chunk", "last-byte"])
def test_restore_truncated_archive_is_refused(archive, tmp_path, cut):
    raw = archive.read_bytes()
    keep = {
        "half": len(raw) // 2,
        "one-chunk": len(raw) - (SMALL_CHUNK + TAG_BYTES),
        "last-byte": len(raw) - 1,
    }[cut]
    damaged = tmp_path / "damaged.rwbackup"
    damaged.write_bytes(raw[:keep])
    target = tmp_path / "target"
    with pytest.raises(ArchiveError):
        backup_restore(damaged, PASSPHRASE, data_dir=target)
    assert not target.exists()


def _named_positions(raw: bytes) -> dict[str, int]:
    (header_length,) = struct.unpack(">I", raw[9:13])
    body = 13 + header_length + TAG_BYTES
    return {
        "first byte": 0,
        "header byte": 13 + header_length // 2,
        "header tag byte": body - 1,
        "chunk tag byte": body + SMALL_CHUNK + TAG_BYTES - 1,
        "middle chunk byte": body + (len(raw) - body) // 2,
        "last byte": len(raw) - 1,
    }


@pytest.mark.parametrize(
    "where",
    [
        "first byte",
        "header byte",
        "header tag byte",
        "chunk tag byte",
        "middle chunk byte",
        "last byte",
    ],
)
def test_restore_refuses_a_flipped_byte_at_named_places(archive, tmp_path, where):
    position = _named_positions(archive.read_bytes())[where]
    damaged = tmp_path / "damaged.rwbackup"
    byte_flip(archive, damaged, position)
    target = tmp_path / "target"
    with pytest.raises(ArchiveError):
        backup_restore(damaged, PASSPHRASE, data_dir=target)
    assert not target.exists()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_restore_refuses_any_flipped_byte(archive, tmp_path, data):
    size = archive.stat().st_size
    position = data.draw(st.integers(0, size - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="mask")
    damaged = tmp_path / f"damaged-{position}-{mask}.rwbackup"
    byte_flip(archive, damaged, position, mask)
    target = tmp_path / f"target-{position}-{mask}"
    try:
        with pytest.raises(ArchiveError):
            backup_restore(damaged, PASSPHRASE, data_dir=target)
        assert not target.exists()
    finally:
        damaged.unlink()


def test_restore_into_an_occupied_data_directory_needs_force_and_keeps_the_old(archive, tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    (target / config.SQLITE_FILENAME).write_bytes(b"fictional older database")
    (target / "keyring.json").write_bytes(b"fictional older keyring")
    before = files_digest(target)

    database_wipe()
    with pytest.raises(BackupTargetError, match="already holds a database"):
        backup_restore(archive, PASSPHRASE, data_dir=target)
    assert files_digest(target) == before, "a refused restore changes nothing"

    report = backup_restore(archive, PASSPHRASE, data_dir=target, force=True)
    assert report.set_aside is not None
    assert files_digest(report.set_aside) == before, "the old contents are kept, not deleted"
    assert (target / "keyring.json").read_bytes() != b"fictional older keyring"


def test_restore_with_a_damaged_archive_leaves_an_occupied_directory_untouched(archive, tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    (target / "keyring.json").write_bytes(b"fictional older keyring")
    before = files_digest(target)
    damaged = tmp_path / "damaged.rwbackup"
    byte_flip(archive, damaged, archive.stat().st_size // 2)
    with pytest.raises(ArchiveError):
        backup_restore(damaged, PASSPHRASE, data_dir=target, force=True)
    assert files_digest(target) == before
    assert sorted(p.name for p in target.iterdir()) == ["keyring.json"]


def test_backup_verify_checks_everything_and_writes_nothing(archive, tmp_path):
    report = backup_verify(archive, PASSPHRASE)
    assert report.files >= 3
    assert report.database_engine == connection.vendor
    damaged = tmp_path / "damaged.rwbackup"
    byte_flip(archive, damaged, archive.stat().st_size - 1)
    with pytest.raises(ArchiveError):
        backup_verify(damaged, PASSPHRASE)


@pytest.mark.skipif(
    bool(os.environ.get("RECRUITWATCH_DATABASE_URL")),
    reason="PRAGMA integrity_check is SQLite's; pg_restore checks a PostgreSQL load",
)
def test_restored_sqlite_passes_integrity_check(archive, tmp_path):
    target = tmp_path / "target"
    report = backup_restore(archive, PASSPHRASE, data_dir=target)
    assert report.integrity == "ok"
    with closing(sqlite3.connect(target / config.SQLITE_FILENAME)) as restored:
        assert restored.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(
    bool(os.environ.get("RECRUITWATCH_DATABASE_URL")),
    reason="PRAGMA integrity_check is SQLite's; pg_restore checks a PostgreSQL load",
)
def test_restore_refuses_a_database_copy_that_fails_integrity_check(tmp_path):
    """An archive sealed correctly whose SQLite copy is unsound (as if the disk rotted before
    the backup was made) is refused before anything moves."""
    source = tmp_path / "copy.sqlite3"
    source.write_bytes(b"Fictional bytes that are not a SQLite database. " * 100)
    output = tmp_path / "unsound.rwbackup"
    with output.open("wb") as handle:
        writer = ArchiveWriter(
            handle,
            passphrase=PASSPHRASE,
            header=ArchiveHeader(
                kdf=KdfParameters(time_cost=1, memory_cost_kib=1024, parallelism=1)
            ),
        )
        contents = ContentsWriter(writer)
        contents.add_file("database/recruitwatch.sqlite3", source)
        contents.finish(
            Manifest(
                created="2026-01-01T00:00:00+00:00",
                recruitwatch_version="test",
                database_engine="sqlite",
                database_member="database/recruitwatch.sqlite3",
                table_rows={},
                files=tuple(contents.entries),
            )
        )
        writer.close()
    target = tmp_path / "target"
    with pytest.raises(ArchiveContentError, match="integrity check"):
        backup_restore(output, PASSPHRASE, data_dir=target)
    assert not target.exists()


def test_audit_outcome_reports_a_present_verifier_and_its_failure(monkeypatch):
    module = types.ModuleType("recruitwatch.audit.services")

    class Result:
        ok = False
        checked = 3
        reason = "fictional entry 2 was modified"

    module.audit_verify = lambda: Result()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "recruitwatch.audit.services", module)
    outcome = audit_outcome()
    assert (outcome.status, outcome.detail) == ("failed", "fictional entry 2 was modified")

    def broken():
        raise RuntimeError("fictional failure")

    module.audit_verify = broken  # type: ignore[attr-defined]
    assert audit_outcome().status == "failed"

    Result.ok = True
    Result.reason = ""
    module.audit_verify = lambda: Result()  # type: ignore[attr-defined]
    assert audit_outcome().status == "verified"
    del module.audit_verify
    assert audit_outcome().status == "unavailable"
    monkeypatch.setitem(sys.modules, "recruitwatch.audit.services", None)  # not installed
    assert audit_outcome().status == "unavailable"
