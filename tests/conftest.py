"""Shared fixtures. Fixture data is fictional."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture
def scratch_database_url() -> Iterator[str | None]:
    """On PostgreSQL runs, a new empty database for a CLI subprocess (dropped afterwards);
    on SQLite runs, None (the CLI then uses the data directory's own SQLite file)."""
    url = os.environ.get("RECRUITWATCH_DATABASE_URL", "").strip()
    if not url:
        yield None
        return
    import psycopg
    from psycopg import sql

    name = f"rw_cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(urlsplit(url)._replace(path="/" + name))
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def run_cli(
    tmp_path: Path, scratch_database_url: str | None
) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real `recruitwatch` command against a fresh data directory (and the same
    database backend the suite runs on, in a database of its own for PostgreSQL)."""
    data_dir = tmp_path / "data"
    env = {**os.environ, "RECRUITWATCH_DATA_DIR": str(data_dir)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("RECRUITWATCH_DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the browser tests' setting, not the CLI's
    if scratch_database_url:
        env["RECRUITWATCH_DATABASE_URL"] = scratch_database_url

    def run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "recruitwatch.cli.main", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
        return result

    run.data_dir = data_dir  # type: ignore[attr-defined]
    run.env = env  # type: ignore[attr-defined]
    return run


def pytest_report_header(config: pytest.Config) -> str:
    from django.db import connection

    return f"database backend: {connection.vendor} ({connection.settings_dict['NAME']})"
