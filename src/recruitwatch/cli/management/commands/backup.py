"""`recruitwatch backup --output FILE`: one encrypted archive of the database, the keyring,
the other key files and the evidence. A thin wrapper over ``backup.backup_create``."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, cast

from django.core.management.base import CommandError
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)

from recruitwatch.backup import BackupError, backup_create, backup_output_check, engine_label
from recruitwatch.backup.prompt import passphrase_obtain
from recruitwatch.cli.management.commands._base import RecruitwatchCommand


class RichProgress:
    """Adapts a rich progress bar to the services' ``ProgressSink``."""

    def __init__(self, progress: Progress, label: str) -> None:
        self._progress = progress
        self._task = progress.add_task(label, total=None)

    def start(self, total: int) -> None:
        self._progress.update(self._task, total=total, completed=0)

    def advance(self, amount: int) -> None:
        self._progress.update(self._task, advance=amount)


def progress_bar(label: str, console: Console) -> Progress:
    return Progress(
        TextColumn(label),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


class Command(RecruitwatchCommand):
    help = (
        "Write an encrypted, integrity-checked archive of the whole deployment (database, "
        "keyring, keys, evidence). The passphrase is asked twice, or read from "
        "$RECRUITWATCH_BACKUP_PASSPHRASE."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--output", required=True, type=Path, metavar="FILE", help="archive to write"
        )
        parser.add_argument("--force", action="store_true", help="replace an existing FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout._out), highlight=False)
        errors = Console(file=cast(IO[str], self.stderr._out), highlight=False)
        try:
            backup_output_check(options["output"], force=options["force"])
            passphrase = passphrase_obtain(confirm=True)
            with progress_bar("Backing up", errors) as progress:
                report = backup_create(
                    options["output"],
                    passphrase,
                    force=options["force"],
                    progress=RichProgress(progress, "backup"),
                )
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        records = sum(report.table_rows.values())
        console.print(
            f"Backup written to {report.output}: {report.files} files, {report.bytes:,} bytes "
            f"({engine_label(report.database_engine)} database, {records:,} records in "
            f"{len(report.table_rows)} tables); archive {report.archive_bytes:,} bytes",
            markup=False,
            soft_wrap=True,
        )
        console.print(f"Archive SHA-256: {report.sha256}", markup=False, soft_wrap=True)
        console.print(
            "Keep the passphrase apart from the archive: without it nobody, you included, "
            "can open it.",
            markup=False,
            soft_wrap=True,
        )
