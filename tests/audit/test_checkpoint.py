"""Signed checkpoints: written from a verified log with a key kept outside the database,
refused when altered, and catching a truncation or a rollback that the chain alone cannot.
Entries are fictional."""

from __future__ import annotations

import json
import stat

import pytest
from django.db import connection

from recruitwatch.audit.errors import AuditChainError, CheckpointError, SigningKeyError
from recruitwatch.audit.services import audit_checkpoint, audit_record, audit_verify
from recruitwatch.audit.signing import signing_key_load_or_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def keys(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder / "audit-signing.key", folder / "audit-signing.pub"


def entries(count: int) -> None:
    for number in range(count):
        audit_record(
            actor="fictional-caseworker",
            action="view",
            object_type="records.Person",
            object_identifier=f"PER-{number:04d}",
        )


def sql(statement: str, *params: object) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def head_set(sequence: int) -> None:
    """What a careful attacker does after cutting the log: make the head row agree."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT entry_hash FROM audit_auditentry WHERE sequence = %s", [sequence])
        (last_hash,) = cursor.fetchone()
    sql("UPDATE audit_audithead SET last_sequence = %s, last_hash = %s", sequence, last_hash)


def test_checkpoint_is_signed_and_verifies(keys, tmp_path):
    key_path, public_path = keys
    entries(5)
    output = tmp_path / "checkpoint-1.json"
    checkpoint = audit_checkpoint(output, key_path=key_path)
    document = json.loads(output.read_text())
    assert (document["count"], document["head_sequence"]) == (5, 5)
    assert document["head_hash"] == checkpoint.head_hash
    assert document["signature"]
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert public_path.exists()
    assert b"PRIVATE" not in public_path.read_bytes()

    entries(3)  # appends after a checkpoint are what a log is for
    result = audit_verify(checkpoint=output, public_key=public_path)
    assert (result.ok, result.checked) == (True, 8), result.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [("count", 2), ("head_sequence", 2), ("head_hash", "0" * 64), ("created_at", "2001-01-01")],
)
def test_tampered_checkpoint_is_refused(keys, tmp_path, field, value):
    key_path, public_path = keys
    entries(5)
    output = tmp_path / "checkpoint.json"
    audit_checkpoint(output, key_path=key_path)
    document = json.loads(output.read_text())
    document[field] = value
    output.write_text(json.dumps(document))
    result = audit_verify(checkpoint=output, public_key=public_path)
    assert (result.ok, result.problem) == (False, "checkpoint_invalid")
    assert "signature does not verify" in result.reason


def test_checkpoint_signed_by_another_key_is_refused(keys, tmp_path):
    key_path, _ = keys
    entries(2)
    output = tmp_path / "checkpoint.json"
    audit_checkpoint(output, key_path=key_path)
    other = tmp_path / "other"
    other.mkdir(mode=0o700)
    signing_key_load_or_create(other / "audit-signing.key")
    result = audit_verify(checkpoint=output, public_key=other / "audit-signing.pub")
    assert (result.ok, result.problem) == (False, "checkpoint_invalid")
    assert "signed by key" in result.reason


def test_truncation_after_a_checkpoint_is_detected(keys, tmp_path):
    key_path, public_path = keys
    entries(10)
    output = tmp_path / "checkpoint.json"
    audit_checkpoint(output, key_path=key_path)
    sql("DELETE FROM audit_auditentry WHERE sequence > 7")
    head_set(7)
    assert audit_verify().ok, "without the checkpoint a careful truncation is invisible"
    result = audit_verify(checkpoint=output, public_key=public_path)
    assert (result.ok, result.problem) == (False, "truncated")
    assert "log is shorter than the checkpoint (truncated or rolled back)" in result.reason


def test_rollback_and_rewrite_after_a_checkpoint_is_detected(keys, tmp_path):
    key_path, public_path = keys
    entries(10)
    output = tmp_path / "checkpoint.json"
    audit_checkpoint(output, key_path=key_path)
    sql("DELETE FROM audit_auditentry WHERE sequence > 6")
    head_set(6)
    entries(6)  # a rolled-back database goes on working: twelve entries, a different past
    assert audit_verify().ok
    result = audit_verify(checkpoint=output, public_key=public_path)
    assert (result.ok, result.problem, result.sequence) == (False, "rewritten", 10)


def test_checkpoint_refuses_a_broken_log_and_an_existing_file(keys, tmp_path):
    key_path, _ = keys
    entries(4)
    output = tmp_path / "checkpoint.json"
    audit_checkpoint(output, key_path=key_path)
    with pytest.raises(CheckpointError, match="exists"):
        audit_checkpoint(output, key_path=key_path)
    sql("UPDATE audit_auditentry SET detail = 'changed' WHERE sequence = 2")
    with pytest.raises(AuditChainError, match="entry 2 was modified"):
        audit_checkpoint(tmp_path / "second.json", key_path=key_path)
    assert not (tmp_path / "second.json").exists()


def test_signing_key_readable_by_others_is_refused(keys, tmp_path):
    key_path, _ = keys
    signing_key_load_or_create(key_path)
    key_path.chmod(0o644)
    with pytest.raises(SigningKeyError, match="accessible to other users"):
        audit_checkpoint(tmp_path / "checkpoint.json", key_path=key_path)


def test_signing_key_defaults_to_the_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("RECRUITWATCH_DATA_DIR", str(tmp_path))
    entries(1)
    audit_checkpoint(tmp_path / "checkpoint.json")
    assert (tmp_path / "audit-signing.key").exists()
    assert audit_verify(checkpoint=tmp_path / "checkpoint.json").ok


def test_damaged_checkpoint_file_is_a_failed_result_not_a_traceback(keys, tmp_path):
    key_path, public_path = keys
    signing_key_load_or_create(key_path)
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json")
    result = audit_verify(checkpoint=damaged, public_key=public_path)
    assert (result.ok, result.problem) == (False, "checkpoint_invalid")
    assert "not JSON" in result.reason
