"""The manifest is checked against what the archive really holds. These archives are
encrypted correctly (as by someone who knows the passphrase) but their contents lie, so only
the manifest checks stand between them and a restore. All data is fictional."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from recruitwatch.backup.archive import ArchiveHeader, ArchiveReader, ArchiveWriter, PlaintextStream
from recruitwatch.backup.contents import (
    ContentsWriter,
    Manifest,
    ManifestEntry,
    contents_unpack,
    member_check,
)
from recruitwatch.backup.errors import ArchiveContentError
from recruitwatch.backup.kdf import KdfParameters
from tests.backup.helpers import PASSPHRASE

KDF = KdfParameters(time_cost=1, memory_cost_kib=1024, parallelism=1)
DATABASE = "database/recruitwatch.sqlite3"


def build(tmp_path: Path, files: dict[str, bytes], edit=None) -> bytes:
    """An archive of ``files``; ``edit`` may rewrite the manifest's entries before sealing."""
    buffer = io.BytesIO()
    writer = ArchiveWriter(buffer, passphrase=PASSPHRASE, header=ArchiveHeader(kdf=KDF))
    contents = ContentsWriter(writer)
    for number, (member, data) in enumerate(files.items()):
        source = tmp_path / f"source-{number}"
        source.write_bytes(data)
        contents.add_file(member, source)
    entries = list(contents.entries)
    if edit:
        entries = edit(entries)
        contents.entries = entries  # the writer's own consistency check must not stop the lie
    manifest = Manifest(
        created="2026-01-01T00:00:00+00:00",
        recruitwatch_version="test",
        database_engine="sqlite",
        database_member=DATABASE,
        table_rows={},
        files=tuple(entries),
    )
    contents.finish(manifest)
    writer.close()
    return buffer.getvalue()


def unpack(archive: bytes, destination: Path | None = None) -> Manifest:
    reader = ArchiveReader(io.BytesIO(archive), passphrase=PASSPHRASE)
    return contents_unpack(PlaintextStream(reader), destination)


FILES = {
    DATABASE: b"fictional database bytes",
    "data/keyring.json": b'{"fictional": true}',
    "data/evidence/ab/cd/abcd": b"fictional sealed evidence",
}


def test_contents_unpack_writes_files_and_returns_the_manifest(tmp_path):
    destination = tmp_path / "out"
    destination.mkdir()
    manifest = unpack(build(tmp_path, FILES), destination)
    assert [entry.path for entry in manifest.files] == list(FILES)
    for member, data in FILES.items():
        assert (destination / member).read_bytes() == data
    entry = manifest.files[1]
    assert entry.sha256 == hashlib.sha256(FILES["data/keyring.json"]).hexdigest()


def _wrong_hash(entries):
    first = entries[1]
    return [entries[0], ManifestEntry(first.path, "0" * 64, first.size), *entries[2:]]


def _wrong_size(entries):
    first = entries[1]
    return [entries[0], ManifestEntry(first.path, first.sha256, first.size + 1), *entries[2:]]


def _missing(entries):
    return [*entries, ManifestEntry("data/not-in-archive", "0" * 64, 1)]


def _omitted(entries):
    return entries[:-1]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_wrong_hash, "SHA-256 differs"),
        (_wrong_size, "size differs"),
        (_missing, "which the archive lacks"),
        (_omitted, "which its manifest omits"),
    ],
)
def test_contents_manifest_that_lies_is_refused(tmp_path, edit, message):
    with pytest.raises(ArchiveContentError, match=message):
        unpack(build(tmp_path, FILES, edit=edit))


@pytest.mark.parametrize(
    "member",
    [
        "data/../../etc/passwd",
        "/etc/passwd",
        "data//x",
        "data/./x",
        "elsewhere/x",
        "data",
        "data/x\x00y",
        "data\\..\\x",
    ],
)
def test_member_check_refuses_paths_that_could_escape(member):
    with pytest.raises(ArchiveContentError):
        member_check(member)
