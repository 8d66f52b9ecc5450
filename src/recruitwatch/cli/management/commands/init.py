"""`recruitwatch init`: prepare a data directory — folders, keyring, secret key, database
schema, first administrator with a one-time password. Safe to run again: it creates only
what is missing and never replaces a keyring."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from recruitwatch import config
from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.protection import keyring_create, keyring_load
from recruitwatch.web.accounts import admin_create, password_reset_one_time


def _write_secret(path: Path, content: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)


class Command(RecruitwatchCommand):
    help = "Create the data directory, keyring, database and first administrator."
    needs_database = False

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-input", action="store_true", help="never prompt (scripts)")
        parser.add_argument("--username", default="admin", help="first administrator's name")
        parser.add_argument(
            "--reset-admin",
            action="store_true",
            help="give the existing administrator a new one-time password (e.g. for the demo)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        data_dir = config.data_dir()
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (config.evidence_dir(), config.log_dir()):
            folder.mkdir(exist_ok=True, mode=0o700)

        keyring_path = config.keyring_path()
        if keyring_path.exists():
            keyring_load(keyring_path)  # fails loudly on a damaged or world-readable keyring
            self.stdout.write(f"Keyring: kept existing {keyring_path}")
        else:
            keyring_create(keyring_path)
            self.stdout.write(f"Keyring: created {keyring_path} (mode 0600). Back it up.")
        if not config.secret_key_path().exists():
            _write_secret(config.secret_key_path(), secrets.token_urlsafe(50))

        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Database: ready ({self._database_label()})")
        self._first_admin(options)

    def _database_label(self) -> str:
        url = config.database_url()
        return "PostgreSQL" if url else f"SQLite at {config.sqlite_path()}"

    def _first_admin(self, options: dict[str, Any]) -> None:
        users = get_user_model().objects
        admin = users.filter(is_superuser=True).order_by("id").first()
        if admin is not None and not options["reset_admin"]:
            self.stdout.write(
                f"Administrator: {admin.get_username()} exists (use --reset-admin for a new "
                "one-time password)."
            )
            return
        if admin is not None:
            password = password_reset_one_time(user=admin)
        else:
            username = options["username"]
            if not options["no_input"]:
                answer = input(f"Administrator username [{username}]: ").strip()
                username = answer or username
            if users.filter(username=username).exists():
                raise CommandError(f"a non-administrator user named {username!r} exists")
            admin, password = admin_create(username=username)
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in as {admin.get_username()} with the one-time password: {password}\n"
                "You will be asked to choose your own password at first login."
            )
        )
