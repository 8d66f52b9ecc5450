"""The encrypted container on its own: round trips, and every way of changing the bytes
(flip, reorder, truncate, extend, wrong passphrase, hostile header) is refused."""

from __future__ import annotations

import io
import json
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.backup.archive import (
    MAGIC,
    TAG_BYTES,
    ArchiveHeader,
    ArchiveReader,
    ArchiveWriter,
    PlaintextStream,
)
from recruitwatch.backup.errors import (
    ArchiveAuthenticationError,
    ArchiveError,
    ArchiveFormatError,
)
from recruitwatch.backup.kdf import KdfParameters
from tests.backup.helpers import PASSPHRASE

KDF = KdfParameters(time_cost=1, memory_cost_kib=1024, parallelism=1)
CHUNK = 64


def seal(plaintext: bytes, *, chunk_size: int = CHUNK, passphrase: str = PASSPHRASE) -> bytes:
    buffer = io.BytesIO()
    writer = ArchiveWriter(
        buffer, passphrase=passphrase, header=ArchiveHeader(kdf=KDF, chunk_size=chunk_size)
    )
    writer.write(plaintext)
    writer.close()
    assert writer.size == len(buffer.getvalue())
    return buffer.getvalue()


def open_all(archive: bytes, passphrase: str = PASSPHRASE) -> bytes:
    reader = ArchiveReader(io.BytesIO(archive), passphrase=passphrase)
    return b"".join(reader.chunks())


def body_offset(archive: bytes) -> int:
    """Where the first chunk starts: after magic, version, length, header and header tag."""
    (length,) = struct.unpack(">I", archive[9:13])
    return 13 + length + TAG_BYTES


def frames(archive: bytes) -> list[bytes]:
    body = archive[body_offset(archive) :]
    size = CHUNK + TAG_BYTES
    return [body[i : i + size] for i in range(0, len(body), size)]


# Fictional plaintext: 3.5 chunks.
PLAIN = b"fictional testimony bytes " * 9


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 7])
def test_archive_round_trip_at_chunk_edges(size):
    plaintext = bytes(range(256))[:size] if size <= 256 else (b"x" * size)
    assert open_all(seal(plaintext)) == plaintext


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=5 * CHUNK))
def test_archive_round_trip_any_bytes(plaintext):
    assert open_all(seal(plaintext)) == plaintext


def test_archive_wrong_passphrase_is_refused_at_the_header():
    archive = seal(PLAIN)
    with pytest.raises(ArchiveAuthenticationError, match="wrong passphrase"):
        ArchiveReader(io.BytesIO(archive), passphrase="fictional wrong passphrase")


def test_archive_is_not_plaintext():
    archive = seal(PLAIN)
    assert b"fictional testimony" not in archive
    assert archive.startswith(MAGIC)


def test_archive_reordered_chunks_are_refused():
    archive = seal(PLAIN)
    parts = frames(archive)
    assert len(parts) == 4
    swapped = archive[: body_offset(archive)] + parts[1] + parts[0] + parts[2] + parts[3]
    with pytest.raises(ArchiveAuthenticationError, match="chunk 0"):
        open_all(swapped)


def test_archive_truncated_at_a_chunk_boundary_says_truncated():
    archive = seal(PLAIN)
    parts = frames(archive)
    cut = archive[: body_offset(archive)] + b"".join(parts[:2])
    with pytest.raises(ArchiveAuthenticationError, match="truncated"):
        open_all(cut)


@pytest.mark.parametrize(
    "where",
    ["empty", "in-magic", "in-header", "in-header-tag", "mid-chunk", "last-byte-missing"],
)
def test_archive_truncated_anywhere_is_refused(where):
    archive = seal(PLAIN)
    start = body_offset(archive)
    keep = {
        "empty": 0,
        "in-magic": 5,
        "in-header": 20,
        "in-header-tag": start - 3,
        "mid-chunk": start + CHUNK // 2,
        "last-byte-missing": len(archive) - 1,
    }[where]
    with pytest.raises(ArchiveError):
        open_all(archive[:keep])


@pytest.mark.parametrize(
    "extra",
    [b"\x00", b"fictional trailing data", None],
    ids=["one-byte", "text", "copy-of-last-chunk"],
)
def test_archive_extended_is_refused(extra):
    archive = seal(PLAIN)
    extension = frames(archive)[-1] if extra is None else extra
    with pytest.raises(ArchiveAuthenticationError):
        open_all(archive + extension)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_archive_any_flipped_byte_is_refused(data):
    archive = seal(PLAIN)
    position = data.draw(st.integers(0, len(archive) - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="mask")
    damaged = bytearray(archive)
    damaged[position] ^= mask
    with pytest.raises(ArchiveError):
        open_all(bytes(damaged))


def _with_header(archive: bytes, change) -> bytes:
    (length,) = struct.unpack(">I", archive[9:13])
    document = json.loads(archive[13 : 13 + length])
    change(document)
    header = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
    return archive[:9] + struct.pack(">I", len(header)) + header + archive[13 + length :]


def test_archive_hostile_kdf_parameters_are_refused_before_derivation():
    archive = seal(PLAIN)

    def huge(document):
        document["kdf"]["memory_cost_kib"] = 64 * 1024 * 1024  # 64 GiB

    with pytest.raises(ArchiveFormatError, match="memory cost"):
        open_all(_with_header(archive, huge))


def test_archive_edited_header_field_fails_authentication():
    archive = seal(PLAIN)

    def later(document):
        document["created"] = "2030-01-01T00:00:00+00:00"

    with pytest.raises(ArchiveAuthenticationError, match="header"):
        open_all(_with_header(archive, later))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "not a RecruitWatch backup"),
        (b"PK\x03\x04 fictional zip", "not a RecruitWatch backup"),
        (MAGIC + b"\x07" + struct.pack(">I", 2) + b"{}", "unsupported backup format version 7"),
        (MAGIC + b"\x01" + struct.pack(">I", 10**9), "length out of range"),
        (MAGIC + b"\x01" + struct.pack(">I", 4) + b"nope", "header is damaged"),
    ],
)
def test_archive_not_a_backup_is_named_clearly(raw, message):
    with pytest.raises(ArchiveFormatError, match=message):
        ArchiveReader(io.BytesIO(raw), passphrase=PASSPHRASE)


def test_plaintext_stream_reads_exact_sizes_across_chunks_and_checks_the_end():
    stream = PlaintextStream(ArchiveReader(io.BytesIO(seal(PLAIN)), passphrase=PASSPHRASE))
    assert stream.read_exact(100) == PLAIN[:100]
    assert stream.read_exact(len(PLAIN) - 100) == PLAIN[100:]
    stream.expect_end()
    with pytest.raises(ArchiveFormatError, match="end unexpectedly"):
        stream.read_exact(1)
