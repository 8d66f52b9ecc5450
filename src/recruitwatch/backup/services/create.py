"""Creating a backup archive.

1. copy the database (online, consistent); 2. list the data directory's files; 3. stream
the copy and every file into one encrypted archive, hashing as they pass; 4. append the
manifest; 5. give the finished archive its name (never over an existing file without
``force``; a half-written archive never carries the real name).

The database is copied *before* the files are listed. Evidence files are written to disk
before the row that names them is committed, so every evidence file the copy refers to is
already on disk when the files are listed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from recruitwatch import __version__, config
from recruitwatch.backup.archive import (
    DEFAULT_CHUNK_SIZE,
    ArchiveHeader,
    ArchiveWriter,
)
from recruitwatch.backup.contents import (
    DATA_PREFIX,
    DATABASE_PREFIX,
    ContentsWriter,
    Manifest,
)
from recruitwatch.backup.database import (
    database_snapshot,
)
from recruitwatch.backup.datadir import (
    BACKUP_STAGING_PREFIX,
    EXCLUDED_RULES,
    datadir_files,
)
from recruitwatch.backup.errors import (
    BackupTargetError,
)
from recruitwatch.backup.kdf import (
    DEFAULT_MEMORY_COST_KIB,
    DEFAULT_PARALLELISM,
    DEFAULT_TIME_COST,
    KdfParameters,
    passphrase_check,
)
from recruitwatch.backup.services.reports import (
    BackupReport,
    ProgressSink,
)


def backup_create(
    output: Path,
    passphrase: str,
    *,
    time_cost: int = DEFAULT_TIME_COST,
    memory_cost: int = DEFAULT_MEMORY_COST_KIB,
    parallelism: int = DEFAULT_PARALLELISM,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    force: bool = False,
    data_dir: Path | None = None,
    progress: ProgressSink | None = None,
) -> BackupReport:
    """Write one encrypted archive of the database and the data directory to ``output``.

    ``memory_cost`` is in KiB. The defaults are for production; tests lower them.
    """
    passphrase_check(passphrase)
    kdf = KdfParameters(time_cost=time_cost, memory_cost_kib=memory_cost, parallelism=parallelism)
    kdf.check()
    data_dir = (data_dir or config.data_dir()).resolve()
    output = backup_output_check(Path(output), data_dir=data_dir, force=force)
    staging = Path(tempfile.mkdtemp(prefix=BACKUP_STAGING_PREFIX, dir=data_dir))
    fd, partial_name = tempfile.mkstemp(prefix=f".{output.name}.partial-", dir=output.parent)
    partial = Path(partial_name)
    header = ArchiveHeader(kdf=kdf, chunk_size=chunk_size)
    try:
        with os.fdopen(fd, "wb") as handle:
            snapshot = database_snapshot(staging)
            files = datadir_files(data_dir)
            if progress:
                total = snapshot.path.stat().st_size + sum(p.stat().st_size for _, p in files)
                progress.start(total)
            writer = ArchiveWriter(handle, passphrase=passphrase, header=header)
            contents = ContentsWriter(writer, on_bytes=progress.advance if progress else None)
            contents.add_file(f"{DATABASE_PREFIX}/{snapshot.path.name}", snapshot.path)
            for relative, path in files:
                contents.add_file(f"{DATA_PREFIX}/{relative}", path)
            manifest = Manifest(
                created=header.created,
                recruitwatch_version=__version__,
                database_engine=snapshot.engine,
                database_member=f"{DATABASE_PREFIX}/{snapshot.path.name}",
                table_rows=snapshot.table_rows,
                files=tuple(contents.entries),
                excluded=EXCLUDED_RULES,
            )
            contents.finish(manifest)
            writer.close()
            handle.flush()
            os.fsync(handle.fileno())
        _output_place(partial, output, force=force)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        partial.unlink(missing_ok=True)
    return BackupReport(
        output=output,
        files=len(manifest.files),
        bytes=sum(entry.size for entry in manifest.files),
        archive_bytes=writer.size,
        sha256=writer.sha256,
        database_engine=snapshot.engine,
        table_rows=snapshot.table_rows,
        manifest=manifest.files,
    )


def backup_output_check(output: Path, *, force: bool = False, data_dir: Path | None = None) -> Path:
    """The absolute archive path, or BackupTargetError: checked before the passphrase is
    asked for, so that nobody types it twice to learn the file already exists."""
    data_dir = (data_dir or config.data_dir()).resolve()
    if not data_dir.is_dir():
        raise BackupTargetError(f"no data directory at {data_dir}; nothing to back up")
    output = output.expanduser().absolute()
    if not output.parent.is_dir():
        raise BackupTargetError(f"the folder {output.parent} does not exist")
    output = output.parent.resolve() / output.name
    if output.is_relative_to(data_dir):
        raise BackupTargetError(
            "write the backup outside the data directory: inside it, the archive would be "
            "lost together with what it protects"
        )
    if output.is_dir():
        raise BackupTargetError(f"{output} is a folder; name the archive file to write")
    if output.exists() and not force:
        raise BackupTargetError(f"{output} already exists; choose another name or add --force")
    return output


def _output_place(partial: Path, output: Path, *, force: bool) -> None:
    """Give the finished archive its name; without ``force`` never replace a file, even one
    that appeared while the backup ran (a hard link fails if the name exists)."""
    if force:
        os.replace(partial, output)
        return
    try:
        os.link(partial, output)
    except FileExistsError:
        raise BackupTargetError(
            f"{output} appeared while the backup ran; choose another name or add --force"
        ) from None
    except OSError:
        # File systems without hard links (FAT, exFAT on USB drives): check, then rename.
        if output.exists():
            raise BackupTargetError(f"{output} already exists; add --force") from None
        os.rename(partial, output)
