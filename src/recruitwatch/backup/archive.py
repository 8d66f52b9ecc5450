"""The encrypted container: a streaming AEAD format in which every byte is authenticated.

Layout (integers big-endian)::

    magic "RWBACKUP" (8) | version (1) | header length (4) | header (canonical JSON)
    header tag (16)                      AES-GCM over nothing, AAD = preamble digest, flag 2
    chunk 0 | chunk 1 | … | final chunk  each AES-GCM(chunk_size plain bytes) + 16-byte tag

The *preamble* is everything before the header tag; its SHA-256 is part of the associated
data of the header tag and of every chunk, so no header byte (KDF parameters, salt, chunk
size, creation time) can change without every tag failing. A chunk's nonce is
``nonce prefix (7) || index (4) || flag (1)`` and its AAD ``preamble digest || index (8) ||
flag (1)``, flag 1 on the final chunk and 0 elsewhere (the STREAM construction of Hoang,
Reyhanitabar, Rogaway and Vizár). Hence:

- reordering chunks fails (the index is in the nonce and AAD);
- truncating at a chunk boundary fails (the new last chunk was sealed as not final);
- appending anything fails (the real final chunk is no longer last, so it is opened as not
  final and its tag does not match).

The key comes from the passphrase with Argon2id and a random salt (``kdf``), so it is
unique to one archive and deterministic nonces never repeat under one key. Every chunk but
the last holds exactly ``chunk_size`` plain bytes, so no length field is ever trusted.

Reading is streaming: at most two chunks are held in memory, whatever the archive's size.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from recruitwatch.backup.errors import (
    ArchiveAuthenticationError,
    ArchiveError,
    ArchiveFormatError,
    BackupError,
)
from recruitwatch.backup.kdf import SALT_BYTES, KdfParameters, key_derive

MAGIC = b"RWBACKUP"
FORMAT_VERSION = 1
TAG_BYTES = 16
NONCE_PREFIX_BYTES = 7
# 1 MiB chunks: the per-chunk overhead (16 bytes) is negligible and memory stays small.
DEFAULT_CHUNK_SIZE = 1024 * 1024
MIN_CHUNK_SIZE = 64  # small chunks are for tests that need many of them
MAX_CHUNK_SIZE = 16 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_CHUNKS = 2**32 - 1  # the index field of the nonce

FLAG_CHUNK = 0
FLAG_FINAL = 1
FLAG_HEADER = 2

_PREAMBLE_FIXED = struct.Struct(">8sBI")


@dataclass(frozen=True)
class ArchiveHeader:
    """What a reader needs before it can derive the key; stored in clear, authenticated.

    Nothing here says what is inside: no host name, no path, no counts — only the time
    the backup was made, which the docs mention.
    """

    kdf: KdfParameters
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(SALT_BYTES))
    nonce_prefix: bytes = field(default_factory=lambda: secrets.token_bytes(NONCE_PREFIX_BYTES))
    chunk_size: int = DEFAULT_CHUNK_SIZE
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def to_bytes(self) -> bytes:
        document = {
            "cipher": "AES-256-GCM",
            "chunk_size": self.chunk_size,
            "created": self.created,
            "kdf": {
                "name": "argon2id",
                "version": 19,
                "time_cost": self.kdf.time_cost,
                "memory_cost_kib": self.kdf.memory_cost_kib,
                "parallelism": self.kdf.parallelism,
                "salt": base64.b64encode(self.salt).decode("ascii"),
            },
            "nonce_prefix": base64.b64encode(self.nonce_prefix).decode("ascii"),
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> ArchiveHeader:
        """Parse and bound-check a header; any surprise is a damaged header."""
        try:
            document = json.loads(raw.decode("ascii"))
            kdf = document["kdf"]
            if (
                document["cipher"] != "AES-256-GCM"
                or kdf["name"] != "argon2id"
                or kdf["version"] != 19
            ):
                raise ArchiveFormatError("the archive uses an unknown cipher or key derivation")
            header = cls(
                kdf=KdfParameters(
                    time_cost=_integer(kdf["time_cost"]),
                    memory_cost_kib=_integer(kdf["memory_cost_kib"]),
                    parallelism=_integer(kdf["parallelism"]),
                ),
                salt=base64.b64decode(kdf["salt"], validate=True),
                nonce_prefix=base64.b64decode(document["nonce_prefix"], validate=True),
                chunk_size=_integer(document["chunk_size"]),
                created=str(document["created"]),
            )
        except ArchiveFormatError:
            raise
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
            raise ArchiveFormatError(
                f"the archive header is damaged ({exc.__class__.__name__})"
            ) from None
        header.check()
        return header

    def check(self) -> None:
        self.kdf.check()
        if len(self.salt) != SALT_BYTES or len(self.nonce_prefix) != NONCE_PREFIX_BYTES:
            raise ArchiveFormatError("the archive header is damaged (salt or nonce size)")
        if not MIN_CHUNK_SIZE <= self.chunk_size <= MAX_CHUNK_SIZE:
            raise ArchiveFormatError(f"the archive chunk size {self.chunk_size} is out of range")


def _integer(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not an integer")
    return value


def _preamble(header: bytes) -> bytes:
    return _PREAMBLE_FIXED.pack(MAGIC, FORMAT_VERSION, len(header)) + header


def _nonce(prefix: bytes, index: int, flag: int) -> bytes:
    return prefix + struct.pack(">IB", index, flag)


def _aad(digest: bytes, index: int, flag: int) -> bytes:
    return digest + struct.pack(">QB", index, flag)


class ArchiveWriter:
    """Encrypts a byte stream into ``handle`` chunk by chunk; :meth:`close` seals the end.

    ``sha256`` and ``size`` describe the archive bytes written (for the backup report).
    """

    def __init__(self, handle: BinaryIO, *, passphrase: str, header: ArchiveHeader) -> None:
        header.check()
        self._handle = handle
        self._header = header
        self._aead = AESGCM(key_derive(passphrase, salt=header.salt, parameters=header.kdf))
        self._buffer = bytearray()
        self._index = 0
        self._closed = False
        self._hash = hashlib.sha256()
        self.size = 0
        preamble = _preamble(header.to_bytes())
        self._digest = hashlib.sha256(preamble).digest()
        tag = self._aead.encrypt(
            _nonce(header.nonce_prefix, 0, FLAG_HEADER), b"", _aad(self._digest, 0, FLAG_HEADER)
        )
        self._emit(preamble + tag)

    def _emit(self, data: bytes) -> None:
        self._handle.write(data)
        self._hash.update(data)
        self.size += len(data)

    def _seal(self, plaintext: bytes, *, final: bool) -> None:
        if self._index > MAX_CHUNKS:
            raise BackupError("the backup is too large for one archive")
        flag = FLAG_FINAL if final else FLAG_CHUNK
        nonce = _nonce(self._header.nonce_prefix, self._index, flag)
        self._emit(self._aead.encrypt(nonce, plaintext, _aad(self._digest, self._index, flag)))
        self._index += 1

    def write(self, data: bytes) -> None:
        if self._closed:
            raise ValueError("write to a closed archive")
        self._buffer += data
        size = self._header.chunk_size
        # Strictly more than one chunk buffered: the last full chunk may turn out to be the
        # final one, which must carry the final flag.
        while len(self._buffer) > size:
            self._seal(bytes(self._buffer[:size]), final=False)
            del self._buffer[:size]

    def close(self) -> None:
        """Seal what is buffered as the final chunk (possibly empty)."""
        if not self._closed:
            self._seal(bytes(self._buffer), final=True)
            self._buffer.clear()
            self._closed = True

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()


def _read_full(handle: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, fewer only at the end of the file."""
    parts: list[bytes] = []
    remaining = size
    while remaining:
        part = handle.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


class ArchiveReader:
    """Opens an archive: parses the header, derives the key, checks the header tag, then
    yields authenticated plaintext chunk by chunk (:meth:`chunks`)."""

    def __init__(self, handle: BinaryIO, *, passphrase: str) -> None:
        self._handle = handle
        fixed = _read_full(handle, _PREAMBLE_FIXED.size)
        if len(fixed) < len(MAGIC) or fixed[: len(MAGIC)] != MAGIC:
            raise ArchiveFormatError("not a RecruitWatch backup archive")
        if len(fixed) < _PREAMBLE_FIXED.size:
            raise ArchiveFormatError("the archive is truncated: it ends inside its header")
        _, version, header_length = _PREAMBLE_FIXED.unpack(fixed)
        if version != FORMAT_VERSION:
            raise ArchiveFormatError(
                f"unsupported backup format version {version} (this RecruitWatch reads "
                f"version {FORMAT_VERSION}); the archive may be damaged or need a newer release"
            )
        if not 0 < header_length <= MAX_HEADER_BYTES:
            raise ArchiveFormatError("the archive header is damaged (length out of range)")
        raw_header = _read_full(handle, header_length)
        if len(raw_header) < header_length:
            raise ArchiveFormatError("the archive is truncated: it ends inside its header")
        self.header = ArchiveHeader.from_bytes(raw_header)
        self._digest = hashlib.sha256(fixed + raw_header).digest()
        self._aead = AESGCM(
            key_derive(passphrase, salt=self.header.salt, parameters=self.header.kdf)
        )
        tag = _read_full(handle, TAG_BYTES)
        if len(tag) < TAG_BYTES:
            raise ArchiveAuthenticationError("the archive is truncated: it ends after its header")
        try:
            self._aead.decrypt(
                _nonce(self.header.nonce_prefix, 0, FLAG_HEADER),
                tag,
                _aad(self._digest, 0, FLAG_HEADER),
            )
        except InvalidTag:
            raise ArchiveAuthenticationError(
                "wrong passphrase, or the archive header is damaged"
            ) from None

    def _open(self, ciphertext: bytes, index: int, flag: int) -> bytes:
        nonce = _nonce(self.header.nonce_prefix, index, flag)
        return self._aead.decrypt(nonce, ciphertext, _aad(self._digest, index, flag))

    def chunks(self) -> Iterator[bytes]:
        """Authenticated plaintext chunks in order; raises on the first one that fails.

        A chunk is known to be the final one only when nothing follows it, so one chunk is
        read ahead.
        """
        frame = self.header.chunk_size + TAG_BYTES
        pending = _read_full(self._handle, frame)
        index = 0
        while True:
            if len(pending) < TAG_BYTES:
                raise ArchiveAuthenticationError(
                    f"the archive is truncated: chunk {index} is incomplete"
                )
            following = _read_full(self._handle, frame) if len(pending) == frame else b""
            final = not following
            try:
                plaintext = self._open(pending, index, FLAG_FINAL if final else FLAG_CHUNK)
            except InvalidTag:
                raise self._failure(pending, index, final=final) from None
            yield plaintext
            if final:
                return
            pending = following
            index += 1
            if index > MAX_CHUNKS:
                raise ArchiveFormatError("the archive holds more chunks than the format allows")

    def _failure(self, ciphertext: bytes, index: int, *, final: bool) -> ArchiveError:
        if final:
            try:
                self._open(ciphertext, index, FLAG_CHUNK)
            except InvalidTag:
                pass
            else:
                return ArchiveAuthenticationError(
                    "the archive is truncated: it ends before its last chunk"
                )
        return ArchiveAuthenticationError(
            f"the archive is damaged, truncated or was tampered with: chunk {index} does not "
            "authenticate (a changed, moved, missing or added byte)"
        )


class PlaintextStream:
    """The decrypted byte stream of an :class:`ArchiveReader`, read by exact sizes."""

    def __init__(self, reader: ArchiveReader) -> None:
        self._chunks = reader.chunks()
        self._buffer = b""
        self._offset = 0
        self._ended = False

    def _fill(self) -> bool:
        if self._ended:
            return False
        try:
            self._buffer = self._buffer[self._offset :] + next(self._chunks)
        except StopIteration:
            self._ended = True
            return False
        self._offset = 0
        return True

    def read_some(self, limit: int) -> bytes:
        """Between 1 and ``limit`` bytes; b"" only at the authenticated end of the stream."""
        while self._offset >= len(self._buffer):
            if not self._fill():
                return b""
        part = self._buffer[self._offset : self._offset + limit]
        self._offset += len(part)
        return part

    def read_exact(self, size: int) -> bytes:
        """Exactly ``size`` bytes; the archive's contents ending early is a damaged archive."""
        parts: list[bytes] = []
        remaining = size
        while remaining:
            part = self.read_some(remaining)
            if not part:
                raise ArchiveFormatError("the archive's contents end unexpectedly")
            parts.append(part)
            remaining -= len(part)
        return b"".join(parts)

    def expect_end(self) -> None:
        """Read to the authenticated final chunk; refuse any bytes after the contents."""
        if self.read_some(1):
            raise ArchiveFormatError("the archive holds unexpected data after its manifest")
