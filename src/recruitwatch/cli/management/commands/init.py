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
from recruitwatch.access.services import roles_ensure
from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.protection import keyring_create, keyring_load
from recruitwatch.protection.keyring import keyring_write
from recruitwatch.protection.passphrase import lock_create, passphrase_choose, passphrase_obtain
from recruitwatch.web.accounts import admin_create, password_reset_one_time
from recruitwatch.web.two_factor import two_factor_reset


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
            "--passphrase",
            action="store_true",
            help="encrypt the new keyring under a passphrase (laptops); typed twice, or "
            "RECRUITWATCH_PASSPHRASE",
        )
        parser.add_argument(
            "--reset-admin",
            action="store_true",
            help=(
                "give the existing administrator a new one-time password and remove their "
                "two-factor authenticator, so they enrol again (e.g. for the demo)"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        data_dir = config.data_dir()
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (config.evidence_dir(), config.log_dir()):
            folder.mkdir(exist_ok=True, mode=0o700)

        self._keyring(
            config.keyring_path(),
            with_passphrase=options["passphrase"],
            prompt=not options["no_input"],
        )
        if not config.secret_key_path().exists():
            _write_secret(config.secret_key_path(), secrets.token_urlsafe(50))

        call_command("migrate", interactive=False, verbosity=0)
        roles_ensure()
        self.stdout.write(f"Database: ready ({self._database_label()})")
        self._first_admin(options)

    def _keyring(self, keyring_path: Path, *, with_passphrase: bool, prompt: bool) -> None:
        """Create the keyring (under a passphrase, for laptops), or check the existing one and
        add what older versions lacked (the blind-index key)."""
        if not keyring_path.exists():
            lock = lock_create(passphrase_choose(allow_prompt=prompt)) if with_passphrase else None
            keyring_create(keyring_path, lock=lock)
            locked = ", encrypted under your passphrase" if lock else ""
            self.stdout.write(f"Keyring: created {keyring_path} (mode 0600{locked}). Back it up.")
            return
        # Fails loudly on a damaged, world-readable or locked-without-passphrase keyring.
        keyring = keyring_load(keyring_path, passphrase=passphrase_obtain)
        if with_passphrase and keyring.lock is None:
            raise CommandError(
                "the existing keyring has no passphrase; add one with "
                "`recruitwatch keys passphrase set`"
            )
        if keyring.index_key is None:
            keyring_write(keyring_path, keyring.with_index_key())
            self.stdout.write(f"Keyring: added a blind-index key to {keyring_path}")
        self.stdout.write(f"Keyring: kept existing {keyring_path}")

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
            two_factor_reset(user=admin)
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
                "You will be asked to choose your own password at first login, then to set up "
                "two-factor authentication with an authenticator app."
            )
        )
