"""Shared helpers for the backup tests. Every passphrase, name and file here is fictional."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

PASSPHRASE = "fictional correct horse battery"
# Argon2id at its cheapest: the format and the checks are under test, not the KDF's cost.
FAST_KDF: dict[str, int] = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
FICTIONAL_NAME = "Fictional Testperson Backupova"


def tables_dump(cursor: Any, vendor: str) -> dict[str, list[str]]:
    """Every row of every table, rows sorted, as text: equal dumps mean equal databases."""
    if vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    else:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
    tables = [row[0] for row in cursor.fetchall()]
    dump: dict[str, list[str]] = {}
    for table in tables:
        cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the catalogue
        dump[table] = sorted(
            repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
            for row in cursor.fetchall()
        )
    if vendor == "postgresql":
        cursor.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"
        )
        dump["(sequences)"] = sorted(repr(tuple(row)) for row in cursor.fetchall())
    return dump


def files_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``, by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def byte_flip(source: Path, target: Path, position: int, mask: int = 0xFF) -> None:
    """Copy ``source`` to ``target`` with the byte at ``position`` XORed with ``mask``."""
    data = bytearray(source.read_bytes())
    data[position] ^= mask
    target.write_bytes(bytes(data))
