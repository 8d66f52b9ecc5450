"""JSON Lines: one report per line, an object with at least a non-empty ``"text"``.

Optional keys: ``title``, ``published`` (ISO date), ``language``, ``channel``, ``url``.
A bad line is reported with its line number; the good lines are still read.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.readers._bytes import bytes_decode, sha256_hex, text_normalise
from recruitwatch.extraction.readers._result import ReadResult
from recruitwatch.extraction.types import Document

KNOWN_CHANNELS = frozenset({"news", "testimony", "letter", "messenger", "manual"})


def _optional_text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ReadError(f"{key!r} must be text")
    return text_normalise(value).strip()


def _line_document(line: str, origin: str) -> Document:
    raw_line = line.encode("utf-8")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON ({exc.__class__.__name__})") from None
    except ValueError:
        # e.g. an integer of more than 4,300 digits, which Python refuses to convert
        raise ReadError("invalid JSON (a value is too large)") from None
    except RecursionError:
        raise ReadError("JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise ReadError("each line must be a JSON object")
    text = _optional_text(record, "text")
    if not text:
        raise ReadError("no 'text'")
    published_raw = _optional_text(record, "published")
    try:
        published = date.fromisoformat(published_raw[:10]) if published_raw else None
    except ValueError:
        raise ReadError(f"'published' is not an ISO date: {published_raw[:40]!r}") from None
    channel = _optional_text(record, "channel") or None
    if channel is not None and channel not in KNOWN_CHANNELS:
        raise ReadError(f"unknown channel {channel[:40]!r}")
    return Document(
        text=text,
        sha256=sha256_hex(raw_line),
        size_bytes=len(raw_line),
        reader="jsonl",
        origin=origin,
        title=_optional_text(record, "title"),
        published=published,
        language=_optional_text(record, "language") or language_detect(text),
        channel=channel,
        url=_optional_text(record, "url") or None,
    )


def read_jsonl(raw: bytes, origin: str) -> ReadResult:
    # Whole-file checks (empty, binary, encoding), then lines of the decoded text, so a UTF-16
    # file splits as correctly as a UTF-8 one. A line's hash is of its UTF-8 bytes, which for
    # a UTF-8 file are its raw bytes.
    text = bytes_decode(raw)
    documents: list[Document] = []
    errors: list[ReadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            documents.append(_line_document(line, f"{origin}:{number}"))
        except ReadError as exc:
            errors.append(ReadError(f"line {number}: {exc}"))
    return ReadResult(documents=tuple(documents), errors=tuple(errors))
