"""Tampering with the stored log by raw SQL, as someone with the database could: every kind is
caught by ``audit_verify`` and the right entry is named, on SQLite and PostgreSQL alike.
Entries are fictional and name no one."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.db import connection

from recruitwatch.audit.chain import entry_hash
from recruitwatch.audit.services import audit_record, audit_verify

pytestmark = pytest.mark.django_db

ENTRIES = 30
# Far above any sequence in these tests: a parking place while renumbering, since both
# backends check the unique sequence row by row.
PARKING = 1_000_000


@pytest.fixture
def log():
    for number in range(1, ENTRIES + 1):
        audit_record(
            actor="fictional-caseworker",
            action="update",
            object_type="records.Person",
            object_identifier=f"PER-{number:04d}",
            fields=["status"],
        )
    assert audit_verify().ok


def sql(statement: str, *params: object) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def row(sequence: int) -> dict[str, object]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sequence, created_at, actor, actor_id, action, object_type, "
            "object_identifier, fields, detail, prev_hash, entry_hash "
            "FROM audit_auditentry WHERE sequence = %s",
            [sequence],
        )
        names = [column[0] for column in cursor.description]
        values = dict(zip(names, cursor.fetchone(), strict=True))
    if isinstance(values["fields"], str):
        values["fields"] = json.loads(values["fields"])
    created = values["created_at"]
    if not isinstance(created, datetime):
        created = datetime.fromisoformat(created)
    if created.tzinfo is None:  # SQLite's raw cursor: UTC without saying so
        created = created.replace(tzinfo=UTC)
    values["created_at"] = created
    return values


def insert(entry: dict[str, object]) -> None:
    sql(
        "INSERT INTO audit_auditentry (sequence, created_at, actor, actor_id, action, "
        "object_type, object_identifier, fields, detail, prev_hash, entry_hash) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        entry["sequence"],
        connection.ops.adapt_datetimefield_value(entry["created_at"]),
        entry["actor"],
        entry["actor_id"],
        entry["action"],
        entry["object_type"],
        entry["object_identifier"],
        json.dumps(entry["fields"]),
        entry["detail"],
        entry["prev_hash"],
        entry["entry_hash"],
    )


def renumber_from(sequence: int, shift: int) -> None:
    sql(
        "UPDATE audit_auditentry SET sequence = sequence + %s WHERE sequence >= %s",
        PARKING,
        sequence,
    )
    sql(
        "UPDATE audit_auditentry SET sequence = sequence - %s WHERE sequence >= %s",
        PARKING - shift,
        PARKING,
    )


def assert_caught(problem: str, sequence: int, reason: str) -> None:
    result = audit_verify()
    assert not result.ok
    assert (result.problem, result.sequence) == (problem, sequence), result.reason
    assert reason in result.reason


def test_untouched_log_verifies(log):
    result = audit_verify()
    assert (result.ok, result.checked, result.head_sequence) == (True, ENTRIES, ENTRIES)


def test_sql_update_of_one_field_is_named(log):
    sql("UPDATE audit_auditentry SET object_identifier = 'PER-9999' WHERE sequence = 17")
    assert_caught("modified", 17, "entry 17 was modified")


def test_sql_update_of_the_actor_of_the_last_entry_is_named(log):
    sql("UPDATE audit_auditentry SET actor = 'someone-else' WHERE sequence = %s", ENTRIES)
    assert_caught("modified", ENTRIES, f"entry {ENTRIES} was modified")


def test_sql_update_with_the_hash_recomputed_is_named(log):
    forged = {**row(17), "detail": "a quieter story"}
    forged["entry_hash"] = entry_hash(forged)
    sql(
        "UPDATE audit_auditentry SET detail = %s, entry_hash = %s WHERE sequence = 17",
        forged["detail"],
        forged["entry_hash"],
    )
    assert_caught("modified", 17, "entry 17 was modified (its hash was recomputed")


def test_sql_delete_is_named(log):
    sql("DELETE FROM audit_auditentry WHERE sequence = 18")
    assert_caught("missing", 18, "entry 18 is missing")


def test_sql_delete_of_several_is_named(log):
    sql("DELETE FROM audit_auditentry WHERE sequence BETWEEN 5 AND 7")
    assert_caught("missing", 5, "entries 5 to 7 are missing")


def test_sql_delete_of_the_tail_is_caught_by_the_head_row(log):
    sql("DELETE FROM audit_auditentry WHERE sequence > 25")
    result = audit_verify()
    assert (result.ok, result.problem) == (False, "head_mismatch")
    assert "shorter than its head record" in result.reason


@pytest.mark.parametrize("forgery", ["hashed", "garbage"])
def test_sql_insert_is_named(log, forgery):
    before = row(18)
    renumber_from(19, 1)
    forged = {
        **before,
        "sequence": 19,
        "object_identifier": "PER-0404",
        "prev_hash": before["entry_hash"],
        "created_at": datetime(2030, 1, 1, tzinfo=UTC),
    }
    forged["entry_hash"] = entry_hash(forged) if forgery == "hashed" else "f" * 64
    insert(forged)
    assert_caught("inserted", 19, "an entry was inserted before 19")


def test_sql_swap_of_two_sequences_is_named(log):
    sql("UPDATE audit_auditentry SET sequence = %s WHERE sequence = 20", PARKING)
    sql("UPDATE audit_auditentry SET sequence = 20 WHERE sequence = 21")
    sql("UPDATE audit_auditentry SET sequence = 21 WHERE sequence = %s", PARKING)
    assert_caught("out_of_order", 20, "entries 20 and 21 are out of order")


def test_sql_move_of_one_entry_to_the_end_is_named(log):
    sql("UPDATE audit_auditentry SET sequence = %s WHERE sequence = 17", PARKING)
    assert_caught("out_of_order", 17, "entry 17 is out of order")


def test_the_log_goes_on_verifying_after_further_appends(log):
    for _ in range(5):
        audit_record(actor=None, action="view", object_type="records.Person")
    result = audit_verify()
    assert (result.ok, result.checked) == (True, ENTRIES + 5)
