"""`recruitwatch audit verify|checkpoint` as an operator runs it: real subprocesses, a fresh data
directory, the suite's database backend. Data is fictional."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing

from tests.conftest import EXAMPLES

WRITERS = 4
ENTRIES_PER_WRITER = 40
# Each writer appends through the real service in its own process and its own transactions.
WRITER_SCRIPT = """
import sys
import django
django.setup()
from recruitwatch.audit.services import audit_record
for number in range(int(sys.argv[2])):
    audit_record(actor=sys.argv[1], action="view", object_type="records.Person",
                 object_identifier=f"PER-{number:04d}")
"""


def tamper(run_cli, statement: str) -> None:
    """Edit the CLI's database directly, as someone holding it could."""
    url = run_cli.env.get("RECRUITWATCH_DATABASE_URL")
    if url:
        import psycopg

        with psycopg.connect(url) as connection:
            connection.execute(statement)
        return
    with closing(sqlite3.connect(run_cli.data_dir / "recruitwatch.sqlite3")) as connection:
        connection.execute(statement)
        connection.commit()


def test_audit_verify_exit_status_follows_the_log(run_cli, tmp_path):
    run_cli("init", "--no-input", check=True)
    run_cli("ingest", str(EXAMPLES / "03-testimony-mother.txt"), check=True)
    run_cli("export", "--format", "csv", "--table", "people", check=True)

    intact = run_cli("audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "audit log intact" in intact.stdout

    checkpoint = tmp_path / "checkpoint.json"
    written = run_cli("audit", "checkpoint", "--output", str(checkpoint), check=True)
    assert "wrote checkpoint" in written.stdout
    count = json.loads(checkpoint.read_text())["count"]
    assert count > 3
    assert (run_cli.data_dir / "audit-signing.key").exists()
    assert run_cli("audit", "verify", "--checkpoint", str(checkpoint)).returncode == 0

    tamper(run_cli, "UPDATE audit_auditentry SET actor = 'nobody' WHERE sequence = 2")
    broken = run_cli("audit", "verify")
    assert broken.returncode == 1
    assert "entry 2 was modified" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_audit_verify_with_a_checkpoint_catches_truncation(run_cli, tmp_path):
    run_cli("init", "--no-input", check=True)
    run_cli("ingest", str(EXAMPLES / "03-testimony-mother.txt"), check=True)
    checkpoint = tmp_path / "checkpoint.json"
    run_cli("audit", "checkpoint", "--output", str(checkpoint), check=True)
    count = json.loads(checkpoint.read_text())["count"]

    cut = int(count) - 2
    tamper(run_cli, f"DELETE FROM audit_auditentry WHERE sequence > {cut}")  # noqa: S608
    tamper(
        run_cli,
        "UPDATE audit_audithead SET last_sequence = (SELECT MAX(sequence) FROM audit_auditentry), "
        "last_hash = (SELECT entry_hash FROM audit_auditentry WHERE sequence = "
        "(SELECT MAX(sequence) FROM audit_auditentry))",
    )
    assert run_cli("audit", "verify").returncode == 0, "the chain alone cannot see a clean cut"
    caught = run_cli("audit", "verify", "--checkpoint", str(checkpoint))
    assert caught.returncode == 1
    assert "shorter than the checkpoint (truncated or rolled back)" in caught.stderr

    altered = json.loads(checkpoint.read_text())
    altered["count"] = count - 2
    altered["head_sequence"] = count - 2
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(altered))
    refused = run_cli("audit", "verify", "--checkpoint", str(forged))
    assert refused.returncode == 1
    assert "signature does not verify" in refused.stderr


def test_audit_command_errors_are_one_line(run_cli, tmp_path):
    run_cli("init", "--no-input", check=True)
    missing = run_cli("audit", "verify", "--checkpoint", str(tmp_path / "nowhere.json"))
    assert missing.returncode == 1
    assert "cannot read the checkpoint" in missing.stderr
    assert "Traceback" not in missing.stderr
    run_cli("audit", "checkpoint", "--output", str(tmp_path / "c.json"), check=True)
    again = run_cli("audit", "checkpoint", "--output", str(tmp_path / "c.json"))
    assert again.returncode == 1
    assert "exists" in again.stderr


def test_concurrent_writers_in_separate_processes_keep_one_chain(run_cli):
    run_cli("init", "--no-input", check=True)
    env = {**run_cli.env, "DJANGO_SETTINGS_MODULE": "recruitwatch.web.settings"}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER_SCRIPT, f"fictional-writer-{n}", str(ENTRIES_PER_WRITER)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=300)
        assert writer.returncode == 0, errors
    result = run_cli("audit", "verify", check=True)
    assert f"{WRITERS * ENTRIES_PER_WRITER} entries" in result.stdout
