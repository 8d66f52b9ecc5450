"""`recruitwatch keys …`: the keyring — status, master-key rotation, blind-index rebuild, and
the laptop-mode passphrase. Key material is never printed; ids and counts only.

    recruitwatch keys status
    recruitwatch keys rotate
    recruitwatch keys reindex
    recruitwatch keys passphrase set|remove

See docs/security/keys.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, cast

from django.conf import settings
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.linking.services.people import person_keys_rebuild
from recruitwatch.protection.fields import keyring_cache_clear
from recruitwatch.protection.keyring import Keyring, keyring_load, keyring_write
from recruitwatch.protection.passphrase import (
    NEW_PASSPHRASE_ENV,
    lock_create,
    lock_forget,
    passphrase_choose,
    passphrase_obtain,
)
from recruitwatch.protection.rotation import key_usage, keyring_rotate
from recruitwatch.records.services.evidence import EvidenceFiles
from recruitwatch.records.services.people import name_indexes_rebuild

KEYRING_OBJECT = "protection.Keyring"


def _keyring_path() -> Path:
    return Path(settings.RECRUITWATCH_KEYRING_PATH)


class Command(RecruitwatchCommand):
    help = "Show, rotate and protect the keys (status, rotate, reindex, passphrase set|remove)."

    def add_arguments(self, parser: Any) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("status", help="key ids and what each wraps (never key material)")
        sub.add_parser(
            "rotate", help="new master key; re-wrap every data key; remove the old master key"
        )
        sub.add_parser("reindex", help="recompute the blind indexes of names")
        phrase = sub.add_parser("passphrase", help="encrypt the keyring under a passphrase")
        phrase.add_argument("change", choices=["set", "remove"])

    def execute(self, *args: Any, **options: Any) -> Any:
        # Setting a passphrase touches only the keyring file: no database needed.
        self.needs_database = options.get("action") != "passphrase"
        return super().execute(*args, **options)

    def handle(self, *args: Any, **options: Any) -> None:
        self.console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        self.errors = Console(file=cast(IO[str], self.stderr._out), highlight=False)
        action = options["action"]
        if action == "status":
            self._status()
        elif action == "rotate":
            self._rotate()
        elif action == "reindex":
            self._reindex()
        elif options["change"] == "set":
            self._passphrase_set()
        else:
            self._passphrase_remove()

    def _say(self, text: str) -> None:
        self.console.print(text, markup=False, soft_wrap=True)

    def _status(self) -> None:
        path = _keyring_path()
        keyring = keyring_load(path, passphrase=passphrase_obtain)
        state = "locked with a passphrase" if keyring.lock else "not locked (no passphrase)"
        self._say(f"Keyring: {path} ({state})")
        for key_id in [keyring.active_key_id, *keyring.retired_key_ids]:
            role = "active" if key_id == keyring.active_key_id else "old, awaiting rotation"
            created = keyring.created.get(key_id) or "unknown"
            self._say(f"Master key: {key_id} ({role}, created {created})")
        if keyring.index_key is not None:
            created = keyring.created.get(keyring.index_key_id) or "unknown"
            self._say(f"Blind-index key: {keyring.index_key_id} (created {created})")
        else:
            self._say("Blind-index key: missing (run `recruitwatch init` to add one)")
        usage = key_usage(keyring)
        key_ids = sorted(keyring.keys)
        table = Table("Model", "Rows", *key_ids, "No data key (legacy)")
        for label, counts in usage.items():
            table.add_row(
                label, str(counts["rows"]), *(str(counts[k]) for k in key_ids), str(counts["none"])
            )
        self.console.print(table)
        legacy_files = EvidenceFiles().legacy_count()
        self._say(f"Evidence files sealed directly under a master key (legacy): {legacy_files}")

    def _rotate(self) -> None:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=self.errors,
            transient=True,
        ) as progress:
            current: list[TaskID] = []

            def on_step(name: str, total: int) -> None:
                current.append(progress.add_task(name, total=total))

            def on_advance() -> None:
                progress.advance(current[-1])

            report = keyring_rotate(
                _keyring_path(),
                file_stores=(EvidenceFiles(),),
                on_step=on_step,
                on_advance=on_advance,
            )
        retired = ", ".join(report.retired_key_ids) or "none"
        audit_record(
            actor=None,
            action=AuditAction.ROTATE,
            object_type=KEYRING_OBJECT,
            object_identifier=report.new_key_id,
            detail=f"master key rotated; removed {retired}",
        )
        rewrapped = sum(report.rewrapped.values())
        resealed = sum(report.resealed.values())
        self._say(
            f"Rotated: new master key {report.new_key_id}; {rewrapped} rows re-wrapped, "
            f"{resealed} legacy values or files re-sealed; removed {retired}."
        )
        self._say("Back up the new keyring now: older backups of it no longer open this data.")

    def _reindex(self) -> None:
        changed = name_indexes_rebuild()
        self._say(f"Blind indexes rebuilt: {changed} changed.")
        people = person_keys_rebuild()
        self._say(f"Name-matching keys rebuilt for {people} people.")

    def _write(self, keyring: Keyring) -> None:
        keyring_write(_keyring_path(), keyring)
        keyring_cache_clear()

    def _passphrase_set(self) -> None:
        keyring = keyring_load(_keyring_path(), passphrase=passphrase_obtain)
        # Changing it: the current one unlocked the keyring; the new one comes from elsewhere.
        passphrase = (
            passphrase_choose(environment=NEW_PASSPHRASE_ENV)
            if keyring.lock
            else passphrase_choose()
        )
        self._write(keyring.with_lock(lock_create(passphrase)))
        verb = "changed" if keyring.lock else "set"
        self._say(f"Keyring passphrase {verb}: {_keyring_path()} is now encrypted under it.")
        self._say(
            "Every command and `recruitwatch serve` will ask for it (or read "
            "RECRUITWATCH_PASSPHRASE). Forgetting it loses the data: keep it somewhere safe."
        )

    def _passphrase_remove(self) -> None:
        keyring = keyring_load(_keyring_path(), passphrase=passphrase_obtain)
        if keyring.lock is None:
            self._say("The keyring has no passphrase; nothing to remove.")
            return
        self._write(keyring.with_lock(None))
        lock_forget()
        self.errors.print(
            "warning: the keyring is now stored unencrypted; anyone who copies the data "
            "directory can read every record.",
            markup=False,
            soft_wrap=True,
        )
