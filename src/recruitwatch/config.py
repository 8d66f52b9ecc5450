"""Where a deployment keeps what it owns, read from the environment.

Everything a deployment owns — database, keyring, evidence files, logs — lives in one data
directory so that it can be backed up, moved or wiped as one thing. This module has no Django
imports: the settings module, the CLI and tests all ask it the same questions.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "RECRUITWATCH_DATA_DIR"
DATABASE_URL_ENV = "RECRUITWATCH_DATABASE_URL"

SQLITE_FILENAME = "recruitwatch.sqlite3"
KEYRING_FILENAME = "keyring.json"
SECRET_KEY_FILENAME = "secret_key"  # noqa: S105 - a file name, not a secret
EVIDENCE_DIRNAME = "evidence"
LOG_DIRNAME = "logs"


def data_dir() -> Path:
    """The data directory: ``$RECRUITWATCH_DATA_DIR`` or the per-user default."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    if configured:
        return Path(configured).expanduser().resolve()
    return Path(user_data_dir("recruitwatch", appauthor=False)).resolve()


def database_url() -> str | None:
    """A PostgreSQL (or other) database URL, or None for the embedded SQLite default."""
    return os.environ.get(DATABASE_URL_ENV, "").strip() or None


def sqlite_path() -> Path:
    return data_dir() / SQLITE_FILENAME


def keyring_path() -> Path:
    return data_dir() / KEYRING_FILENAME


def secret_key_path() -> Path:
    return data_dir() / SECRET_KEY_FILENAME


def evidence_dir() -> Path:
    return data_dir() / EVIDENCE_DIRNAME


def log_dir() -> Path:
    return data_dir() / LOG_DIRNAME
