"""What backup, verify and restore report back, and how they report progress."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from recruitwatch.backup.contents import (
    ManifestEntry,
)


class ProgressSink(Protocol):
    """Where long work reports how far it got (the CLI draws a rich progress bar)."""

    def start(self, total: int) -> None: ...

    def advance(self, amount: int) -> None: ...


@dataclass(frozen=True)
class BackupReport:
    output: Path
    files: int  # members of the archive, the database copy included
    bytes: int  # plain bytes of all members
    archive_bytes: int
    sha256: str  # of the archive file: write it down to check the copy you keep later
    database_engine: str
    table_rows: dict[str, int]
    manifest: tuple[ManifestEntry, ...]


@dataclass(frozen=True)
class AuditOutcome:
    status: str  # "verified", "failed" or "unavailable"
    detail: str


@dataclass(frozen=True)
class RestoreReport:
    data_dir: Path
    files: int
    bytes: int
    database_engine: str
    table_rows: dict[str, int]
    integrity: str  # SQLite's integrity_check answer, or a note for PostgreSQL
    audit: AuditOutcome
    set_aside: Path | None  # where the previous contents went (restore with force)
    created: str  # when the backup was made

    @property
    def records(self) -> int:
        return sum(self.table_rows.values())


@dataclass(frozen=True)
class VerifyReport:
    files: int
    bytes: int
    database_engine: str
    table_rows: dict[str, int]
    created: str
