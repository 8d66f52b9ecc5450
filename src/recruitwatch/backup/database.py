"""Copying the database out of a live deployment and back in, for SQLite and PostgreSQL.

The database is always the one Django is configured with (``connections["default"]``), so
the command line, the tests and any future scheduler copy the same thing.

- **SQLite**: SQLite's online backup API (``sqlite3.Connection.backup``) copies a consistent
  snapshot page by page while the app may still be writing; the live file and its WAL are
  never copied directly (a copy made mid-checkpoint can be corrupt). The copy is switched to
  rollback-journal mode so that it is one self-contained file; the app's settings put it
  back into WAL mode on first connection.
- **PostgreSQL**: ``pg_dump --format=custom`` reads inside a repeatable-read snapshot that
  this module exports, and the row counts recorded in the manifest are read in the same
  snapshot, so they describe exactly what the dump holds. ``pg_restore`` loads it in one
  transaction: it either all lands or nothing does.

Counting every table's rows at backup time lets a restore prove that no record was lost.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import connections

from recruitwatch.backup.errors import DatabaseCopyError

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
SQLITE_SNAPSHOT_NAME = "recruitwatch.sqlite3"
POSTGRES_DUMP_NAME = "recruitwatch.pgdump"

# libpq connection parameters that may appear in Django's OPTIONS and matter to pg_dump.
_LIBPQ_OPTIONS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "connect_timeout",
        "options",
        "application_name",
        "target_session_attrs",
        "passfile",
        "service",
        "gssencmode",
    }
)
_USER_RELATIONS_SQL = """
    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
"""
_USER_TABLES_SQL = """
    SELECT schemaname, tablename FROM pg_tables
    WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
    ORDER BY schemaname, tablename
"""


@dataclass(frozen=True)
class DatabaseSnapshot:
    engine: str
    path: Path
    table_rows: dict[str, int]


def engine_label(engine: str) -> str:
    """How people write the engine's name."""
    return {SQLITE: "SQLite", POSTGRESQL: "PostgreSQL"}.get(engine, engine)


def database_engine() -> str:
    """``sqlite`` or ``postgresql``; any other backend is refused."""
    vendor = connections["default"].vendor
    if vendor not in {SQLITE, POSTGRESQL}:
        raise DatabaseCopyError(f"backups support SQLite and PostgreSQL, not {vendor}")
    return vendor


def database_snapshot(directory: Path) -> DatabaseSnapshot:
    """A consistent copy of the configured database in ``directory``, with row counts."""
    if database_engine() == SQLITE:
        return _sqlite_snapshot(directory / SQLITE_SNAPSHOT_NAME)
    return _postgres_snapshot(directory / POSTGRES_DUMP_NAME)


# --- SQLite -----------------------------------------------------------------------------


def _sqlite_snapshot(target: Path) -> DatabaseSnapshot:
    connection = connections["default"]
    connection.ensure_connection()
    source = connection.connection
    with closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        # One self-contained file: no WAL beside it to lose or to mismatch.
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.commit()
    os.chmod(target, 0o600)
    return DatabaseSnapshot(engine=SQLITE, path=target, table_rows=sqlite_table_rows(target))


def sqlite_table_rows(path: Path) -> dict[str, int]:
    """Rows per table of the SQLite file at ``path`` (SQLite's own tables excluded)."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as database:
        names = [
            row[0]
            for row in database.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: database.execute(
                f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"'  # noqa: S608 - quoted identifier from sqlite_master
            ).fetchone()[0]
            for name in names
        }


def sqlite_integrity_check(path: Path) -> str:
    """SQLite's ``PRAGMA integrity_check``: "ok", or the problems it found."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as database:
            rows = database.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"not a usable SQLite database ({exc})"
    return "; ".join(str(row[0]) for row in rows)


def sqlite_restore(snapshot: Path, target: Path) -> None:
    """Move the checked snapshot into place (same file system: one atomic rename)."""
    os.chmod(snapshot, 0o600)
    os.replace(snapshot, target)


# --- PostgreSQL -------------------------------------------------------------------------


def _postgres_parameters() -> tuple[str, str]:
    """A libpq conninfo string for the configured database, and its password (passed to
    the tools through the environment, never on a command line others can read)."""
    from psycopg.conninfo import make_conninfo

    settings: dict[str, Any] = connections["default"].settings_dict
    parameters = {
        "dbname": settings.get("NAME"),
        "host": settings.get("HOST"),
        "port": str(settings["PORT"]) if settings.get("PORT") else None,
        "user": settings.get("USER"),
    }
    for key, value in (settings.get("OPTIONS") or {}).items():
        if key in _LIBPQ_OPTIONS:
            parameters[key] = str(value)
    conninfo = make_conninfo(**{k: v for k, v in parameters.items() if v})
    return conninfo, str(settings.get("PASSWORD") or "")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseCopyError(
            f"{name} was not found; install the PostgreSQL client tools (the same major "
            "version as the server, or newer)"
        )
    return found


def _run_tool(arguments: list[str], *, password: str, what: str) -> None:
    environment = dict(os.environ)
    if password:
        environment["PGPASSWORD"] = password
    result = subprocess.run(  # noqa: S603 - fixed tool, arguments built here, no shell
        arguments, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise DatabaseCopyError(f"{what} failed: {_tool_errors(result.stderr)}")


def _tool_errors(stderr: str) -> str:
    """The error lines of pg_dump/pg_restore output. DETAIL and CONTEXT lines are dropped:
    they can quote row values, and row values can be personal data."""
    lines = [
        line.strip()[:200]
        for line in stderr.splitlines()
        if "error" in line.lower() and not line.lstrip().startswith(("DETAIL", "CONTEXT"))
    ]
    return " | ".join(lines[-3:]) or "no error message"


def _connect() -> Any:
    import psycopg

    conninfo, password = _postgres_parameters()
    try:
        return psycopg.connect(conninfo, password=password or None)
    except psycopg.Error as exc:
        raise DatabaseCopyError(f"cannot connect to PostgreSQL: {exc}") from None


def _postgres_snapshot(target: Path) -> DatabaseSnapshot:
    conninfo, password = _postgres_parameters()
    with _connect() as session:
        # One repeatable-read snapshot, exported to pg_dump: the counts below and the dump
        # describe the same instant.
        session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot_id = session.execute("SELECT pg_export_snapshot()").fetchone()[0]
        table_rows = _postgres_count(session)
        pg_dump_to(target, conninfo=conninfo, password=password, snapshot=snapshot_id)
        session.rollback()
    return DatabaseSnapshot(engine=POSTGRESQL, path=target, table_rows=table_rows)


def pg_dump_to(
    target: Path, *, conninfo: str | None = None, password: str = "", snapshot: str = ""
) -> None:
    """``pg_dump --format=custom`` of the configured database into ``target`` (0600)."""
    if conninfo is None:
        conninfo, password = _postgres_parameters()
    arguments = [_tool("pg_dump"), "--format=custom", "--no-password", f"--file={target}"]
    if snapshot:
        arguments.append(f"--snapshot={snapshot}")
    _run_tool([*arguments, f"--dbname={conninfo}"], password=password, what="pg_dump")
    os.chmod(target, 0o600)


def _postgres_count(session: Any) -> dict[str, int]:
    from psycopg import sql

    counts: dict[str, int] = {}
    for schema, table in session.execute(_USER_TABLES_SQL).fetchall():
        query = sql.SQL("SELECT count(*) FROM {}.{}").format(
            sql.Identifier(schema), sql.Identifier(table)
        )
        counts[f"{schema}.{table}"] = session.execute(query).fetchone()[0]
    return counts


def postgres_table_rows() -> dict[str, int]:
    with _connect() as session:
        return _postgres_count(session)


def postgres_is_empty() -> bool:
    """Whether the configured database holds no table, view or sequence of its own."""
    with _connect() as session:
        return int(session.execute(_USER_RELATIONS_SQL).fetchone()[0]) == 0


def postgres_restore(dump: Path, *, clean: bool) -> None:
    """Load ``dump`` into the configured database in one transaction; with ``clean``, its
    existing objects are dropped first (inside the same transaction)."""
    conninfo, password = _postgres_parameters()
    arguments = [
        _tool("pg_restore"),
        "--no-password",
        "--exit-on-error",
        "--single-transaction",
        # Roles differ between servers: objects belong to whoever restores them.
        "--no-owner",
        "--no-acl",
    ]
    if clean:
        arguments += ["--clean", "--if-exists"]
    _run_tool([*arguments, f"--dbname={conninfo}", str(dump)], password=password, what="pg_restore")
