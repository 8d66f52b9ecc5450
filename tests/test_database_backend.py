"""The suite runs on the backend it was asked for: a PostgreSQL run must not quietly fall
back to SQLite (and so pass without testing PostgreSQL at all)."""

import os

from django.db import connection


def test_suite_runs_on_requested_backend():
    expected = "postgresql" if os.environ.get("RECRUITWATCH_DATABASE_URL") else "sqlite"
    assert connection.vendor == expected
