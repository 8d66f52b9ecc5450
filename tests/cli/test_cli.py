"""The `recruitwatch` command end to end, as a caseworker runs it: real subprocess, real
data directory, real database (SQLite file, or a scratch PostgreSQL database)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from contextlib import closing

import pytest

from tests.conftest import EXAMPLES

# From examples/03-testimony-mother.txt (fictional).
PROTECTED_NAME = "Jasurbek Toshmatov-Rahimqulov"


def test_cli_help_lists_commands(run_cli):
    result = run_cli("--help", check=True)
    for command in ("init", "ingest", "documents list", "export", "serve"):
        assert command in result.stdout


def test_init_prints_one_time_login_and_is_idempotent(run_cli):
    first = run_cli("init", "--no-input", check=True)
    assert "one-time password" in first.stdout
    keyring = run_cli.data_dir / "keyring.json"
    assert stat.S_IMODE(keyring.stat().st_mode) == 0o600
    original = keyring.read_bytes()

    second = run_cli("init", "--no-input", check=True)
    assert "exists" in second.stdout
    assert "with the one-time password:" not in second.stdout
    assert keyring.read_bytes() == original, "a second init must never replace the keyring"

    reset = run_cli("init", "--no-input", "--reset-admin", check=True)
    assert "with the one-time password:" in reset.stdout


@pytest.mark.skipif(
    bool(os.environ.get("RECRUITWATCH_DATABASE_URL")), reason="inspects the SQLite file"
)
def test_init_sqlite_database_uses_wal(run_cli):
    run_cli("init", "--no-input", check=True)
    database = run_cli.data_dir / "recruitwatch.sqlite3"
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_commands_before_init_say_so(run_cli):
    result = run_cli("documents", "list")
    assert result.returncode == 1
    assert "recruitwatch init" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_examples_twice_adds_nothing_the_second_time(run_cli):
    run_cli("init", "--no-input", check=True)
    first = run_cli("ingest", str(EXAMPLES), check=True)
    assert "10 documents added, 0 already present, 0 failed" in first.stdout
    second = run_cli("ingest", str(EXAMPLES), check=True)
    assert "0 documents added, 10 already present, 0 failed" in second.stdout

    listed = json.loads(run_cli("documents", "list", "--format", "json", check=True).stdout)
    assert len(listed) == 10
    assert {row["language"] for row in listed} == {"en", "ru"}
    assert all(row["identifier"].startswith("DOC-") for row in listed)


def _raw_database_contents(run_cli) -> list[tuple[str, bytes]]:
    """Every byte the database holds: the SQLite files, or a text dump of every PostgreSQL
    table read straight from the server (no ORM, no decryption)."""
    url = run_cli.env.get("RECRUITWATCH_DATABASE_URL")
    if not url:
        return [(p.name, p.read_bytes()) for p in run_cli.data_dir.glob("recruitwatch.sqlite3*")]
    import psycopg

    dumped = []
    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
        for (table,) in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608
            dumped.append((table, repr(rows).encode()))
    return dumped


def test_raw_database_holds_no_protected_name(run_cli):
    run_cli("init", "--no-input", check=True)
    run_cli("ingest", str(EXAMPLES), check=True)
    contents = _raw_database_contents(run_cli)
    assert contents
    needles = [PROTECTED_NAME, "Toshmatov", "Rahimqulov", "Dilorom"]
    for name, raw in contents:
        raw = raw.lower()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.lower().encode(encoding) not in raw, (name, needle)
    if not run_cli.env.get("RECRUITWATCH_DATABASE_URL"):
        database = run_cli.data_dir / "recruitwatch.sqlite3"
        assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_ingest_bad_inputs_names_each_file_and_goes_on(run_cli, tmp_path):
    run_cli("init", "--no-input", check=True)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (batch / "cp1251.txt").write_bytes("Вымышленный текст о колонии.".encode("cp1251"))
    (batch / "good.txt").write_text(
        " date 2024-03-01 Fictional report\n\nA fictional prisoner was threatened.\n"
    )
    (batch / "lines.jsonl").write_text('{"text": "Fictional line one."}\nnot json\n')

    result = run_cli("ingest", str(batch), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "empty.txt: empty file" in result.stderr
    assert "binary.txt: binary file" in result.stderr
    assert "cp1251.txt: not UTF-8" in result.stderr
    assert "lines.jsonl: line 2: invalid JSON" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    assert "6 files: 2 documents added, 0 already present, 5 failed" in result.stdout


def test_export_is_redacted_by_default(run_cli):
    run_cli("init", "--no-input", check=True)
    run_cli("ingest", str(EXAMPLES), check=True)
    exported = json.loads(run_cli("export", "--format", "json", check=True).stdout)
    assert exported["redacted"] is True
    assert len(exported["documents"]) == 10
    assert PROTECTED_NAME not in json.dumps(exported, ensure_ascii=False)
    csv_text = run_cli("export", "--format", "csv", "--table", "documents", check=True).stdout
    assert csv_text.splitlines()[0].startswith("identifier,sha256,title")
    assert len(csv_text.splitlines()) == 11
