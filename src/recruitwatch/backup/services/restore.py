"""Verifying and restoring a backup archive.

1. decrypt and check everything into a private staging folder inside the data directory
(every chunk authenticated, every file hashed against the manifest, the SQLite copy through
``PRAGMA integrity_check`` and its row counts); 2. only then check the target and, with
``force``, set its current contents aside; 3. load the database, then move the files into
place; 4. check the result again and run the audit log's own verification when it exists.
A failure in steps 1 and 2 changes nothing.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from django.db import connections

from recruitwatch import config
from recruitwatch.backup.archive import (
    ArchiveReader,
    PlaintextStream,
)
from recruitwatch.backup.contents import (
    DATA_PREFIX,
    Manifest,
    contents_unpack,
)
from recruitwatch.backup.database import (
    POSTGRESQL,
    SQLITE,
    SQLITE_SNAPSHOT_NAME,
    database_engine,
    engine_label,
    pg_dump_to,
    postgres_is_empty,
    postgres_restore,
    postgres_table_rows,
    sqlite_integrity_check,
    sqlite_restore,
    sqlite_table_rows,
)
from recruitwatch.backup.datadir import (
    LIVE_DATABASE_NAMES,
    RESTORE_STAGING_PREFIX,
    datadir_occupants,
    datadir_set_aside,
)
from recruitwatch.backup.errors import (
    ArchiveContentError,
    BackupTargetError,
    DatabaseCopyError,
    PassphraseError,
    RestoreIncompleteError,
)
from recruitwatch.backup.services.reports import (
    AuditOutcome,
    ProgressSink,
    RestoreReport,
    VerifyReport,
)

PREVIOUS_DATABASE_NAME = "database-before-restore.pgdump"


class _CountingReader:
    """A file wrapper that reports bytes read, for the progress bar."""

    def __init__(self, handle: BinaryIO, progress: ProgressSink | None) -> None:
        self._handle = handle
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        if self._progress and data:
            self._progress.advance(len(data))
        return data


def _unpack(
    archive: Path, passphrase: str, destination: Path | None, progress: ProgressSink | None
) -> Manifest:
    if not passphrase:
        raise PassphraseError("the backup passphrase is empty")
    if not archive.is_file():
        raise BackupTargetError(f"no archive file at {archive}")
    with archive.open("rb") as handle:
        if progress:
            progress.start(os.fstat(handle.fileno()).st_size)
        counted: BinaryIO = _CountingReader(handle, progress)  # type: ignore[assignment]
        reader = ArchiveReader(counted, passphrase=passphrase)
        return contents_unpack(PlaintextStream(reader), destination)


def backup_verify(
    archive: Path, passphrase: str, *, progress: ProgressSink | None = None
) -> VerifyReport:
    """Decrypt and check a whole archive without writing anything (test your backups)."""
    manifest = _unpack(Path(archive), passphrase, None, progress)
    return VerifyReport(
        files=len(manifest.files),
        bytes=sum(entry.size for entry in manifest.files),
        database_engine=manifest.database_engine,
        table_rows=manifest.table_rows,
        created=manifest.created,
    )


def backup_restore(
    archive: Path,
    passphrase: str,
    *,
    force: bool = False,
    clean: bool = False,
    data_dir: Path | None = None,
    progress: ProgressSink | None = None,
) -> RestoreReport:
    """Restore ``archive`` into the data directory and the configured database.

    Refuses a data directory that holds a database or other files, and a PostgreSQL
    database that is not empty, unless ``force`` (and, for PostgreSQL, ``clean``) is given;
    then the previous contents are set aside in ``pre-restore-<time>/``, not deleted.
    """
    engine = database_engine()
    data_dir = (data_dir or config.data_dir()).absolute()
    created_data_dir = not data_dir.exists()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = Path(tempfile.mkdtemp(prefix=RESTORE_STAGING_PREFIX, dir=data_dir))
    changed = keep_staging = False
    try:
        # 1. Everything decrypted and checked; nothing outside ``staging`` touched yet.
        manifest = _unpack(Path(archive), passphrase, staging, progress)
        snapshot = staging.joinpath(*manifest.database_member.split("/"))
        _staged_database_check(manifest, snapshot, engine=engine)
        # 2. The target, checked only now so that a damaged archive is reported as such.
        occupants, postgres_empty = _target_check(data_dir, engine=engine, force=force, clean=clean)
        connections.close_all()  # nothing of ours holds the old database open
        # 3. The database (PostgreSQL: one transaction, so a failure here changes nothing),
        # then the files.
        previous_dump = _database_commit(staging, snapshot, engine=engine, empty=postgres_empty)
        changed = True
        try:
            set_aside = _files_commit(data_dir, staging, snapshot, occupants, previous_dump)
        except OSError as exc:
            keep_staging = True
            raise RestoreIncompleteError(
                f"the restore stopped part-way ({exc.strerror or exc}); the previous contents "
                f"are in {data_dir}/pre-restore-…/ and the verified backup in {staging}"
            ) from None
    finally:
        if not keep_staging:
            shutil.rmtree(staging, ignore_errors=True)
        if created_data_dir and not changed:
            shutil.rmtree(data_dir, ignore_errors=True)
    # 4. The result, checked in place.
    try:
        integrity = _restored_database_check(manifest, data_dir, engine=engine)
    except DatabaseCopyError as exc:
        raise RestoreIncompleteError(f"the backup was restored, but {exc}") from None
    return RestoreReport(
        data_dir=data_dir,
        files=len(manifest.files),
        bytes=sum(entry.size for entry in manifest.files),
        database_engine=engine,
        table_rows=manifest.table_rows,
        integrity=integrity,
        audit=audit_outcome(),
        set_aside=set_aside,
        created=manifest.created,
    )


def _staged_database_check(manifest: Manifest, snapshot: Path, *, engine: str) -> None:
    if manifest.database_engine != engine:
        raise BackupTargetError(
            f"the archive holds a {engine_label(manifest.database_engine)} database but this "
            f"deployment uses {engine_label(engine)}; configure the same kind of database to "
            "restore it"
        )
    if engine == SQLITE:
        integrity = sqlite_integrity_check(snapshot)
        if integrity != "ok":
            raise ArchiveContentError(f"the database copy fails its integrity check: {integrity}")
        if sqlite_table_rows(snapshot) != manifest.table_rows:
            raise ArchiveContentError("the database copy's row counts differ from the manifest")


def _target_check(
    data_dir: Path, *, engine: str, force: bool, clean: bool
) -> tuple[list[str], bool]:
    occupants = datadir_occupants(data_dir)
    if occupants and not force:
        what = (
            "a database"
            if LIVE_DATABASE_NAMES.intersection(occupants)
            else "files (" + ", ".join(occupants[:5]) + (", …" if len(occupants) > 5 else "") + ")"
        )
        raise BackupTargetError(
            f"the data directory {data_dir} already holds {what}; restore into an empty data "
            "directory, or add --force to set the current contents aside in pre-restore-…/"
        )
    postgres_empty = True
    if engine == POSTGRESQL:
        postgres_empty = postgres_is_empty()
        if not postgres_empty and not (force and clean):
            raise BackupTargetError(
                "the PostgreSQL database is not empty; restore into an empty database, or add "
                "--force --clean to replace its contents (a pg_dump of them is kept first)"
            )
    return occupants, postgres_empty


def _database_commit(staging: Path, snapshot: Path, *, engine: str, empty: bool) -> Path | None:
    """PostgreSQL: keep a dump of a database that is about to be replaced, then load the
    backup into it in one transaction. SQLite's file moves with the other files."""
    if engine != POSTGRESQL:
        return None
    previous_dump = None
    if not empty:
        previous_dump = staging / PREVIOUS_DATABASE_NAME
        pg_dump_to(previous_dump)
    postgres_restore(snapshot, clean=not empty)
    return previous_dump


def _files_commit(
    data_dir: Path,
    staging: Path,
    snapshot: Path,
    occupants: list[str],
    previous_dump: Path | None,
) -> Path | None:
    """Set the current contents aside (renames, same file system), then move the verified
    files into place. Returns the set-aside folder, if one was needed."""
    set_aside = None
    if occupants or previous_dump is not None:
        set_aside = datadir_set_aside(data_dir, occupants)
        if previous_dump is not None:
            os.rename(previous_dump, set_aside / PREVIOUS_DATABASE_NAME)
    staged_data = staging / DATA_PREFIX
    if staged_data.is_dir():
        _move_into(staged_data, data_dir)
    if snapshot.name == SQLITE_SNAPSHOT_NAME and snapshot.exists():
        sqlite_restore(snapshot, data_dir / config.SQLITE_FILENAME)
    for folder in (config.EVIDENCE_DIRNAME, config.LOG_DIRNAME):
        (data_dir / folder).mkdir(exist_ok=True, mode=0o700)
    return set_aside


def _move_into(source: Path, target: Path) -> None:
    """Rename every entry of ``source`` into ``target``, merging into folders that exist
    (e.g. an empty ``evidence/``); never replace a file."""
    for entry in sorted(source.iterdir()):
        destination = target / entry.name
        if not destination.exists():
            os.rename(entry, destination)
        elif entry.is_dir() and destination.is_dir() and not destination.is_symlink():
            _move_into(entry, destination)
        else:
            raise BackupTargetError(f"{destination} appeared during the restore; not replacing it")


def _restored_database_check(manifest: Manifest, data_dir: Path, *, engine: str) -> str:
    """Check the database in place: SQLite's integrity check, and on both engines that each
    table holds as many rows as when the backup was made."""
    if engine == SQLITE:
        database = data_dir / config.SQLITE_FILENAME
        integrity = sqlite_integrity_check(database)
        if integrity != "ok":
            raise DatabaseCopyError(f"the restored database fails its integrity check: {integrity}")
        rows = sqlite_table_rows(database)
    else:
        integrity = "not applicable (PostgreSQL; pg_restore checked every statement)"
        rows = postgres_table_rows()
    if rows != manifest.table_rows:
        differing = sorted(
            name
            for name in set(rows) | set(manifest.table_rows)
            if rows.get(name) != manifest.table_rows.get(name)
        )
        raise DatabaseCopyError(
            "the restored database differs from the backup in tables: " + ", ".join(differing[:5])
        )
    return integrity


def audit_outcome() -> AuditOutcome:
    """Run ``recruitwatch.audit.services.audit_verify()`` if this build has it.

    Imported lazily: the audit log is optional to this module. Its failure is reported, not
    raised — the data is already restored, and the caseworker must see both facts.
    """
    name = "recruitwatch.audit.services"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name in {name, "recruitwatch.audit"}:
            return AuditOutcome("unavailable", "this build has no audit log to verify")
        return AuditOutcome("failed", f"cannot load the audit log's checker: {exc}")
    verify = getattr(module, "audit_verify", None)
    if verify is None:
        return AuditOutcome("unavailable", "this build has no audit log to verify")
    try:
        result = verify()
    except Exception as exc:  # any failure of the check is reported as such
        return AuditOutcome("failed", f"{exc.__class__.__name__}: {exc}")
    ok = bool(getattr(result, "ok", result is not False))
    reason = str(getattr(result, "reason", "") or "")
    checked = getattr(result, "checked", None)
    detail = reason or (f"{checked} entries checked" if checked is not None else "")
    return AuditOutcome("verified" if ok else "failed", detail)
