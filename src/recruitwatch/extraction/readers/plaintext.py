"""Plain text and Markdown, including the corpus format whose first line is
``date YYYY-MM-DD Headline`` (possibly indented)."""

from __future__ import annotations

import re
from datetime import date

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.readers._bytes import (
    bytes_decode,
    first_line_title,
    sha256_hex,
    text_normalise,
)
from recruitwatch.extraction.types import Document

_DATED_HEADER = re.compile(r"^[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*))?$")
# A "Date: 2024-02-10" line near the top of a Markdown statement.
_DATE_LINE = re.compile(r"^\s*(?:date|дата)\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
_DATE_LINE_SEARCH_DEPTH = 6
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
TITLE_LIMIT = 200


def _parse_iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReadError(f"the date {value!r} in the header is not a real date") from None


def _body(text: str) -> str:
    if not text.strip():
        raise ReadError("no text after the header")
    return text.strip("\n").rstrip()


def read_plaintext(raw: bytes, origin: str) -> Document:
    """A .txt report. With a ``date …`` first line, the date and headline come from it."""
    text = text_normalise(bytes_decode(raw))
    first, _, rest = text.partition("\n")
    header = _DATED_HEADER.match(first)
    if header:
        published: date | None = _parse_iso_date(header.group(1))
        title = (header.group(2) or "").strip()
        body = _body(rest)
        title = title or first_line_title(body)
    else:
        published = None
        body = _body(text)
        title = first_line_title(body)
    return Document(
        text=body,
        sha256=sha256_hex(raw),
        size_bytes=len(raw),
        reader="plaintext",
        origin=origin,
        title=title,
        published=published,
        language=language_detect(body),
    )


def _markdown_title(text: str) -> str:
    """The first ``#`` heading; without one, the first line that is not a date line."""
    lines = text.split("\n")
    for line in lines:
        heading = _HEADING.match(line)
        if heading:
            return heading.group(1).strip()[:TITLE_LIMIT]
    body_lines = "\n".join(line for line in lines if not _DATE_LINE.match(line))
    return first_line_title(body_lines)


def read_markdown(raw: bytes, origin: str) -> Document:
    """A .md report: the first heading is the title; a ``Date: YYYY-MM-DD`` line, the date."""
    text = _body(text_normalise(bytes_decode(raw)))
    published = None
    for line in text.split("\n")[:_DATE_LINE_SEARCH_DEPTH]:
        found = _DATE_LINE.match(line)
        if found:
            published = _parse_iso_date(found.group(1))
            break
    return Document(
        text=text,
        sha256=sha256_hex(raw),
        size_bytes=len(raw),
        reader="markdown",
        origin=origin,
        title=_markdown_title(text),
        published=published,
        language=language_detect(text),
    )
