"""Sealed files: AES-256-GCM in chunks under a file's own data key.

Layout::

    "RWF1" | chunk size (4 bytes, big-endian) | chunk 0 | chunk 1 | … | last chunk

Each chunk is ``nonce || ciphertext || tag`` of up to ``chunk size`` plain bytes. Its
associated data is the header, the file's binding (an evidence file's SHA-256), the chunk's
number and whether it is the last, so chunks cannot be reordered, dropped, truncated at a
chunk boundary or moved into another file. Chunks keep every GCM message small and let a
later streaming reader check each piece before using it.
"""

from __future__ import annotations

import struct

from recruitwatch.protection.crypto import NONCE_BYTES, TAG_BYTES, aead_decrypt, aead_encrypt
from recruitwatch.protection.errors import DecryptionError

FILE_MAGIC = b"RWF1"
# 64 KiB: large enough that per-chunk overhead (28 bytes) is under 0.05 %, small enough to
# check a piece of a large scan without holding it all.
CHUNK_BYTES = 64 * 1024
_HEADER = struct.Struct(">4sI")


def _chunk_aad(header: bytes, binding: str, index: int, last: bool) -> bytes:
    return header + binding.encode("ascii") + struct.pack(">Q?", index, last)


def file_seal(key: bytes, data: bytes, *, binding: str, chunk_bytes: int = CHUNK_BYTES) -> bytes:
    """``data`` sealed under ``key`` (a fresh data key for this file), bound to ``binding``."""
    header = _HEADER.pack(FILE_MAGIC, chunk_bytes)
    pieces = [header]
    starts = range(0, max(len(data), 1), chunk_bytes)
    for index, start in enumerate(starts):
        last = start + chunk_bytes >= len(data)
        chunk = data[start : start + chunk_bytes]
        pieces.append(aead_encrypt(key, chunk, aad=_chunk_aad(header, binding, index, last)))
    return b"".join(pieces)


def is_sealed_file(blob: bytes) -> bool:
    return blob[: len(FILE_MAGIC)] == FILE_MAGIC


def file_open(key: bytes, blob: bytes, *, binding: str) -> bytes:
    """The plain bytes of a file made by :func:`file_seal`; raise on any change at all."""
    if len(blob) < _HEADER.size or not is_sealed_file(blob):
        raise DecryptionError("not a sealed file")
    header = blob[: _HEADER.size]
    _, chunk_bytes = _HEADER.unpack(header)
    if not 0 < chunk_bytes <= 64 * CHUNK_BYTES:
        raise DecryptionError("sealed file is damaged: bad chunk size")
    record = NONCE_BYTES + chunk_bytes + TAG_BYTES
    body = blob[_HEADER.size :]
    if not body:
        raise DecryptionError("sealed file is truncated")
    plain: list[bytes] = []
    for index, start in enumerate(range(0, len(body), record)):
        last = start + record >= len(body)
        piece = body[start : start + record]
        plain.append(aead_decrypt(key, piece, aad=_chunk_aad(header, binding, index, last)))
    return b"".join(plain)
