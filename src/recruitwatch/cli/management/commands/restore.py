"""`recruitwatch restore FILE [--force] [--clean] [--verify-only]`: check an archive
completely, then restore it into the data directory and the configured database. A thin
wrapper over ``backup.backup_restore`` and ``backup.backup_verify``."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, cast

from django.core.management.base import CommandError
from rich.console import Console

from recruitwatch.backup import (
    BackupError,
    RestoreIncompleteError,
    backup_restore,
    backup_verify,
    engine_label,
)
from recruitwatch.backup.prompt import passphrase_obtain
from recruitwatch.cli.management.commands._base import RecruitwatchCommand
from recruitwatch.cli.management.commands.backup import RichProgress, progress_bar


class Command(RecruitwatchCommand):
    help = (
        "Restore an archive made by `recruitwatch backup`. Everything is decrypted and "
        "checked before anything changes. The passphrase is asked, or read from "
        "$RECRUITWATCH_BACKUP_PASSPHRASE."
    )
    needs_database = False

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("archive", type=Path, metavar="FILE")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore over an existing deployment; its files are set aside in "
            "pre-restore-<time>/ in the data directory, not deleted",
        )
        parser.add_argument(
            "--clean",
            action="store_true",
            help="PostgreSQL, with --force: replace the objects of a database that is not "
            "empty (a pg_dump of them is set aside first)",
        )
        parser.add_argument(
            "--verify-only",
            action="store_true",
            help="decrypt and check the whole archive, change nothing",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        errors = Console(file=cast(IO[str], self.stderr._out), highlight=False)
        if options["clean"] and not options["force"]:
            raise CommandError("--clean replaces a database's contents; it needs --force too")
        try:
            passphrase = passphrase_obtain(confirm=False)
            label = "Verifying" if options["verify_only"] else "Restoring"
            with progress_bar(label, errors) as progress:
                sink = RichProgress(progress, "restore")
                if options["verify_only"]:
                    checked = backup_verify(options["archive"], passphrase, progress=sink)
                else:
                    report = backup_restore(
                        options["archive"],
                        passphrase,
                        force=options["force"],
                        clean=options["clean"],
                        progress=sink,
                    )
        except RestoreIncompleteError as exc:
            raise CommandError(str(exc)) from None
        except BackupError as exc:
            raise CommandError(f"{exc}. Nothing was changed.") from None
        if options["verify_only"]:
            records = sum(checked.table_rows.values())
            self._say(
                console,
                f"Archive OK: backup of {checked.created}, {checked.files} files, "
                f"{checked.bytes:,} bytes, {engine_label(checked.database_engine)} database with "
                f"{records:,} records; every chunk and every file hash verified",
            )
            return
        self._say(
            console,
            f"Restored the backup of {report.created} into {report.data_dir}: {report.files} "
            f"files, {report.bytes:,} bytes; {report.records:,} records in "
            f"{len(report.table_rows)} tables, 0 missing",
        )
        self._say(
            console,
            f"Database: {engine_label(report.database_engine)}, integrity check {report.integrity}",
        )
        if report.set_aside is not None:
            self._say(console, f"The previous contents were set aside in {report.set_aside}")
        detail = f" ({report.audit.detail})" if report.audit.detail else ""
        self._say(console, f"Audit log: {report.audit.status}{detail}")
        if report.audit.status == "failed":
            raise CommandError(
                "the restored audit log does not verify; the data is restored, but investigate "
                "before relying on it"
            )

    @staticmethod
    def _say(console: Console, line: str) -> None:
        console.print(line, markup=False, soft_wrap=True)
