"""Which files of the data directory a backup takes, and how a restore makes room.

A backup takes every regular file of the data directory, so files added by other parts of
RecruitWatch (the keyring in whatever format, the audit signing key, evidence) are included
without this module knowing them, except:

- the live database files (``recruitwatch.sqlite3`` and its ``-wal``, ``-shm``,
  ``-journal``): the database is copied through SQLite's backup API instead;
- ``logs/``: operational, regenerated, and not worth restoring over a new machine's logs;
- ``pre-restore-*/``: what an earlier ``restore --force`` set aside;
- temporary files (``.incoming-*``, ``.checkpoint-*``, ``.backup-tmp-*``, ``.restore-tmp-*``,
  ``*.tmp``):
  half-written by definition.

A symbolic link or a special file in the data directory stops the backup: following it
could pull in files from elsewhere, and skipping it could silently lose data.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from recruitwatch import config
from recruitwatch.backup.errors import BackupError

LIVE_DATABASE_NAMES = frozenset(
    config.SQLITE_FILENAME + suffix for suffix in ("", "-wal", "-shm", "-journal")
)
PRE_RESTORE_PREFIX = "pre-restore-"
BACKUP_STAGING_PREFIX = ".backup-tmp-"
RESTORE_STAGING_PREFIX = ".restore-tmp-"
TEMPORARY_PREFIXES = (".incoming-", ".checkpoint-", BACKUP_STAGING_PREFIX, RESTORE_STAGING_PREFIX)
TEMPORARY_SUFFIXES = (".tmp",)

EXCLUDED_RULES = (
    f"{config.SQLITE_FILENAME}, -wal, -shm, -journal: the live database (copied through "
    "the database's own backup tool instead)",
    f"{config.LOG_DIRNAME}/: logs",
    f"{PRE_RESTORE_PREFIX}*/: contents set aside by an earlier restore --force",
    "temporary files: " + ", ".join(p + "*" for p in TEMPORARY_PREFIXES) + ", *.tmp",
)


def _is_temporary(name: str) -> bool:
    return name.startswith(TEMPORARY_PREFIXES) or name.endswith(TEMPORARY_SUFFIXES)


def _excluded_at_top(name: str) -> bool:
    return (
        name in LIVE_DATABASE_NAMES
        or name == config.LOG_DIRNAME
        or name.startswith(PRE_RESTORE_PREFIX)
        or _is_temporary(name)
    )


def datadir_files(data_dir: Path) -> list[tuple[str, Path]]:
    """(path relative to ``data_dir`` in POSIX form, absolute path) of every file a backup
    takes, sorted so that two backups of the same directory list files in the same order."""
    found: list[tuple[str, Path]] = []
    for current, directories, files in os.walk(data_dir):
        here = Path(current)
        top = here == data_dir
        for name in list(directories):
            if (top and _excluded_at_top(name)) or _is_temporary(name):
                directories.remove(name)
            elif (here / name).is_symlink():
                raise BackupError(
                    f"{here / name} is a symbolic link; move the real folder into the data "
                    "directory or out of it, then run the backup again"
                )
        directories.sort()
        for name in sorted(files):
            if (top and _excluded_at_top(name)) or _is_temporary(name):
                continue
            path = here / name
            mode = path.lstat().st_mode
            if not stat.S_ISREG(mode):
                raise BackupError(
                    f"{path} is not a regular file (a link or special file); remove it or "
                    "replace it with the file itself, then run the backup again"
                )
            found.append((path.relative_to(data_dir).as_posix(), path))
    return found


def datadir_occupants(data_dir: Path) -> list[str]:
    """Top-level names a restore would replace: anything but logs, earlier set-aside
    folders, temporary files and empty folders (``init`` creates an empty ``evidence/``)."""
    if not data_dir.is_dir():
        return []
    occupants = []
    for entry in sorted(data_dir.iterdir(), key=lambda p: p.name):
        if entry.name == config.LOG_DIRNAME or entry.name.startswith(PRE_RESTORE_PREFIX):
            continue
        if _is_temporary(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink() and not _holds_files(entry):
            continue
        occupants.append(entry.name)
    return occupants


def _holds_files(folder: Path) -> bool:
    return any(not p.is_dir() or p.is_symlink() for p in folder.rglob("*"))


def datadir_set_aside(data_dir: Path, names: list[str]) -> Path:
    """Move ``names`` (top-level entries) into a new ``pre-restore-<UTC time>/`` folder of
    the data directory, so a forced restore loses nothing that was there before."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = data_dir / f"{PRE_RESTORE_PREFIX}{stamp}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = data_dir / f"{PRE_RESTORE_PREFIX}{stamp}-{suffix}"
    folder.mkdir(mode=0o700)
    for name in names:
        os.rename(data_dir / name, folder / name)
    return folder
