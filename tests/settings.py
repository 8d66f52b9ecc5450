"""Settings for the test suite: the real settings, pointed at a throwaway data directory.

pytest-django imports this before any conftest runs, so the environment is set here. The
database is SQLite unless RECRUITWATCH_DATABASE_URL names PostgreSQL (`make test` runs both).
"""

import os
import tempfile
from pathlib import Path

_data_dir = Path(tempfile.mkdtemp(prefix="recruitwatch-test-"))
os.environ["RECRUITWATCH_DATA_DIR"] = str(_data_dir)

from recruitwatch.protection import keyring_create  # noqa: E402

keyring_create(_data_dir / "keyring.json")

from recruitwatch.web.settings import *  # noqa: E402,F403

SECRET_KEY = "test-only-not-secret"
# Fast hashing in tests; production uses Argon2 (tests/web/test_settings.py checks it).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
