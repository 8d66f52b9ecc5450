"""Checks and normalisation shared by every reader: size, binary sniffing, decoding, NFC."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from recruitwatch.extraction.errors import ReadError

# 20 MiB: the longest real report seen is under 1 MiB; a larger "text" is a dump or a mistake,
# and reading it whole would stall a batch.
MAX_INPUT_BYTES = 20 * 1024 * 1024

# How far into a file to look for signs of binary content.
SNIFF_BYTES = 8192

_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"\x7fELF", "executable"),
    # Windows executables ("MZ") are caught by the NUL-byte check: two letters alone would
    # refuse any report that starts with "MZ".
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029")


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def bytes_decode(raw: bytes) -> str:
    """Decode a report's bytes to text, or raise :class:`ReadError` saying what is wrong.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are accepted. Legacy encodings such as
    Windows-1251 are refused rather than guessed: a wrong guess turns a name into mojibake
    that then looks like evidence.
    """
    if not raw.strip():
        raise ReadError("empty file")
    if len(raw) > MAX_INPUT_BYTES:
        raise ReadError(f"input is {len(raw):,} bytes; the limit is {MAX_INPUT_BYTES:,}")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ReadError(f"binary file ({what}), not a text report")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("damaged UTF-16 text") from None
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise ReadError("binary file (contains NUL bytes), not a text report")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not UTF-8 (invalid byte at offset {exc.start}); save the file as UTF-8"
        ) from None


def text_normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, no control characters; typographic quotes are kept as written."""
    text = _LINE_ENDS.sub("\n", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def first_line_title(text: str, *, limit: int = 200) -> str:
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:limit]
    return ""
