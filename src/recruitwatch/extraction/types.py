"""Typed values passed between extraction stages. Frozen: a stage returns new values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Document:
    """One report as read: normalised text plus what the input said about it.

    ``text`` is Unicode NFC with ``\\n`` line ends; every character offset the library
    reports refers to it. ``sha256`` is of the raw bytes of this report as received (for a
    JSON Lines file, of that one line), which makes re-ingesting the same bytes a no-op.
    """

    text: str
    sha256: str
    size_bytes: int
    reader: str
    origin: str
    title: str = ""
    published: date | None = None
    language: str = ""
    channel: str | None = None
    url: str | None = None
