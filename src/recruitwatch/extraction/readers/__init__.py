"""Readers: turn a file's bytes into :class:`~recruitwatch.extraction.types.Document` values.

A registry maps file suffixes to reader functions (one module each). :func:`read_path`
picks the reader, :func:`read_bytes` does the same for bytes already in memory. A reader
either returns documents or raises :class:`ReadError` with a one-line reason; a JSON Lines
file can yield some documents and some per-line errors, hence :class:`ReadResult`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.readers import feeds, html, jsonl, plaintext, telegram
from recruitwatch.extraction.readers._bytes import MAX_INPUT_BYTES
from recruitwatch.extraction.readers._result import ReadResult
from recruitwatch.extraction.types import Document

Reader = Callable[[bytes, str], ReadResult]


def _single(fn: Callable[[bytes, str], Document]) -> Reader:
    def reader(raw: bytes, origin: str) -> ReadResult:
        return ReadResult(documents=(fn(raw, origin),))

    return reader


READERS: dict[str, Reader] = {
    ".txt": _single(plaintext.read_plaintext),
    ".text": _single(plaintext.read_plaintext),
    ".md": _single(plaintext.read_markdown),
    ".markdown": _single(plaintext.read_markdown),
    ".html": _single(html.read_html),
    ".htm": _single(html.read_html),
    ".jsonl": jsonl.read_jsonl,
    ".ndjson": jsonl.read_jsonl,
    ".rss": feeds.read_feed,
    ".atom": feeds.read_feed,
    # Telegram Desktop chat exports are the only .json files we read; any other .json is
    # refused with a message saying so.
    ".json": telegram.read_telegram,
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def read_bytes(raw: bytes, *, origin: str, suffix: str) -> ReadResult:
    """Read ``raw`` with the reader registered for ``suffix`` (e.g. ``".html"``)."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise ReadError(
            f"unsupported file type {suffix or '(no suffix)'!s}; "
            f"supported: {', '.join(supported_suffixes())}"
        )
    return reader(raw, origin)


def read_path(path: Path) -> ReadResult:
    """Read one file. Raises :class:`ReadError` when the file as a whole cannot be read."""
    if path.suffix.lower() not in READERS:
        # Checked before opening, so a folder of photos fails fast and says why.
        read_bytes(b"", origin=path.name, suffix=path.suffix)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ReadError(f"file is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read the file: {exc.strerror or exc.__class__.__name__}") from None
    return read_bytes(raw, origin=path.name, suffix=path.suffix)


__all__ = [
    "MAX_INPUT_BYTES",
    "READERS",
    "ReadResult",
    "read_bytes",
    "read_path",
    "supported_suffixes",
]
