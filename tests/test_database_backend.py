"""The suite runs on the backend it was asked for: a PostgreSQL run must not quietly fall
back to SQLite (and so pass without testing PostgreSQL at all)."""

import os

import pytest
from django.db import connection

ON_POSTGRES = bool(os.environ.get("RECRUITWATCH_DATABASE_URL"))


def test_suite_runs_on_requested_backend():
    assert connection.vendor == ("postgresql" if ON_POSTGRES else "sqlite")


@pytest.mark.skipif(ON_POSTGRES, reason="SQLite connection settings")
@pytest.mark.django_db
def test_sqlite_connections_enforce_foreign_keys_and_wait_for_locks():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == 20_000
