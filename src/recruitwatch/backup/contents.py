"""What is inside the encrypted stream: file records, then a manifest that lists them all.

Plaintext layout (integers big-endian)::

    "F" | path length (2) | path (UTF-8) | size (8) | bytes     one record per file
    "M" | manifest length (4) | manifest (JSON)                  exactly once, last

Member paths live under ``database/`` (the database copy) or ``data/`` (files of the data
directory, relative to it). The manifest comes last so that a backup reads each file once:
its SHA-256 is computed while the bytes stream into the archive. Unpacking recomputes every
hash and checks the manifest against what was actually found: the same paths, sizes and
hashes, nothing missing, nothing extra. Only then is anything moved into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from recruitwatch.backup.archive import ArchiveWriter, PlaintextStream
from recruitwatch.backup.errors import ArchiveContentError, ArchiveFormatError, BackupError

MANIFEST_FORMAT = 1
DATABASE_PREFIX = "database"
DATA_PREFIX = "data"
MAX_PATH_BYTES = 4096
MAX_MANIFEST_BYTES = 256 * 1024 * 1024  # a manifest line is ~150 bytes: >1.5 million files
BLOCK_BYTES = 1024 * 1024

RECORD_FILE = b"F"
RECORD_MANIFEST = b"M"

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class ManifestEntry:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """The inventory of an archive. ``table_rows`` counts each table's rows at backup time,
    so a restore can confirm that no record went missing."""

    created: str
    recruitwatch_version: str
    database_engine: str
    database_member: str
    table_rows: dict[str, int]
    files: tuple[ManifestEntry, ...]
    excluded: tuple[str, ...] = ()

    def to_bytes(self) -> bytes:
        document = {
            "format": MANIFEST_FORMAT,
            "created": self.created,
            "recruitwatch_version": self.recruitwatch_version,
            "database": {
                "engine": self.database_engine,
                "member": self.database_member,
                "table_rows": self.table_rows,
            },
            "files": [
                {"path": entry.path, "sha256": entry.sha256, "size": entry.size}
                for entry in self.files
            ],
            "excluded": list(self.excluded),
        }
        return json.dumps(document, sort_keys=True, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            document = json.loads(raw.decode("utf-8"))
            if document["format"] != MANIFEST_FORMAT:
                raise ArchiveContentError("the archive's manifest has an unknown format")
            database = document["database"]
            manifest = cls(
                created=str(document["created"]),
                recruitwatch_version=str(document["recruitwatch_version"]),
                database_engine=str(database["engine"]),
                database_member=str(database["member"]),
                table_rows={str(k): int(v) for k, v in database["table_rows"].items()},
                files=tuple(
                    ManifestEntry(path=str(f["path"]), sha256=str(f["sha256"]), size=int(f["size"]))
                    for f in document["files"]
                ),
                excluded=tuple(str(rule) for rule in document.get("excluded", [])),
            )
        except ArchiveContentError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise ArchiveContentError(
                f"the archive's manifest is damaged ({exc.__class__.__name__})"
            ) from None
        for entry in manifest.files:
            member_check(entry.path)
        return manifest


def member_check(name: str) -> PurePosixPath:
    """A member path that cannot escape the restore directory, or ArchiveContentError."""
    parts = name.split("/")
    if (
        not name
        or len(name.encode("utf-8", "surrogatepass")) > MAX_PATH_BYTES
        or "\\" in name
        or "\x00" in name
        or any(part in {"", ".", ".."} for part in parts)
        or len(parts) < 2
        or parts[0] not in {DATABASE_PREFIX, DATA_PREFIX}
    ):
        raise ArchiveContentError(f"the archive holds an unsafe file path {name!r}")
    return PurePosixPath(name)


class ContentsWriter:
    """Writes file records into an :class:`ArchiveWriter`, then the manifest."""

    def __init__(self, sink: ArchiveWriter, *, on_bytes: ProgressCallback | None = None) -> None:
        self._sink = sink
        self._on_bytes = on_bytes
        self.entries: list[ManifestEntry] = []

    def add_file(self, member: str, source: Path) -> ManifestEntry:
        """Stream ``source`` in as ``member``; refuse a file that changes while it is read."""
        member_check(member)
        encoded = member.encode("utf-8")
        digest = hashlib.sha256()
        with source.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            self._sink.write(RECORD_FILE + struct.pack(">H", len(encoded)) + encoded)
            self._sink.write(struct.pack(">Q", size))
            remaining = size
            while remaining:
                block = handle.read(min(BLOCK_BYTES, remaining))
                if not block:
                    break
                digest.update(block)
                self._sink.write(block)
                remaining -= len(block)
                if self._on_bytes:
                    self._on_bytes(len(block))
            if remaining or handle.read(1):
                raise BackupError(
                    f"{source} changed while it was being backed up; run the backup again"
                )
        entry = ManifestEntry(path=member, sha256=digest.hexdigest(), size=size)
        self.entries.append(entry)
        return entry

    def finish(self, manifest: Manifest) -> None:
        if [e.path for e in manifest.files] != [e.path for e in self.entries]:
            raise BackupError("internal error: the manifest does not list the files written")
        raw = manifest.to_bytes()
        self._sink.write(RECORD_MANIFEST + struct.pack(">I", len(raw)) + raw)


@dataclass
class _Unpacked:
    entries: dict[str, ManifestEntry] = field(default_factory=dict)


def contents_unpack(
    stream: PlaintextStream,
    destination: Path | None,
    *,
    on_bytes: ProgressCallback | None = None,
) -> Manifest:
    """Read every record, writing files under ``destination`` (or only hashing them when it
    is None), and return the manifest once it has been checked against what was read."""
    found = _Unpacked()
    while True:
        kind = stream.read_exact(1)
        if kind == RECORD_FILE:
            entry = _unpack_file(stream, destination, found, on_bytes)
            found.entries[entry.path] = entry
        elif kind == RECORD_MANIFEST:
            (length,) = struct.unpack(">I", stream.read_exact(4))
            if length > MAX_MANIFEST_BYTES:
                raise ArchiveContentError("the archive's manifest is implausibly large")
            manifest = Manifest.from_bytes(stream.read_exact(length))
            stream.expect_end()
            manifest_compare(manifest, found.entries)
            return manifest
        else:
            raise ArchiveFormatError("the archive's contents are damaged (unknown record)")


def _unpack_file(
    stream: PlaintextStream,
    destination: Path | None,
    found: _Unpacked,
    on_bytes: ProgressCallback | None,
) -> ManifestEntry:
    (path_length,) = struct.unpack(">H", stream.read_exact(2))
    try:
        member = stream.read_exact(path_length).decode("utf-8")
    except UnicodeDecodeError:
        raise ArchiveContentError("the archive holds a file path that is not UTF-8") from None
    relative = member_check(member)
    if member in found.entries:
        raise ArchiveContentError(f"the archive holds {member} twice")
    (size,) = struct.unpack(">Q", stream.read_exact(8))
    digest = hashlib.sha256()
    target: Any = None
    if destination is not None:
        path = destination.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # O_EXCL and O_NOFOLLOW: never write through a link or over a file already there.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        target = os.fdopen(os.open(path, flags, 0o600), "wb")
    try:
        remaining = size
        while remaining:
            block = stream.read_some(min(BLOCK_BYTES, remaining))
            if not block:
                raise ArchiveFormatError("the archive's contents end inside a file")
            digest.update(block)
            if target is not None:
                target.write(block)
            remaining -= len(block)
            if on_bytes:
                on_bytes(len(block))
        if target is not None:
            target.flush()
            os.fsync(target.fileno())
    finally:
        if target is not None:
            target.close()
    return ManifestEntry(path=member, sha256=digest.hexdigest(), size=size)


def manifest_compare(manifest: Manifest, found: dict[str, ManifestEntry]) -> None:
    """Refuse any difference between the manifest and the files actually read."""
    listed = {entry.path: entry for entry in manifest.files}
    if len(listed) != len(manifest.files):
        raise ArchiveContentError("the archive's manifest lists a file twice")
    for path, entry in listed.items():
        actual = found.get(path)
        if actual is None:
            raise ArchiveContentError(f"the manifest lists {path}, which the archive lacks")
        if actual.size != entry.size:
            raise ArchiveContentError(f"{path}: size differs from the manifest")
        if actual.sha256 != entry.sha256:
            raise ArchiveContentError(f"{path}: SHA-256 differs from the manifest")
    for path in found:
        if path not in listed:
            raise ArchiveContentError(f"the archive holds {path}, which its manifest omits")
    if manifest.database_member not in listed or not manifest.database_member.startswith(
        DATABASE_PREFIX + "/"
    ):
        raise ArchiveContentError("the archive's manifest names no database copy")
