"""HTML pages: the article text by trafilatura, falling back to all visible text."""

from __future__ import annotations

import logging
from datetime import date

import trafilatura
from trafilatura.metadata import extract_metadata

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.readers._bytes import (
    bytes_decode,
    first_line_title,
    sha256_hex,
    text_normalise,
)
from recruitwatch.extraction.types import Document

# trafilatura logs every page it finds too short at WARNING; that is our fallback path, not a
# problem worth a line on the caseworker's terminal.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _published(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_html(raw: bytes, origin: str) -> Document:
    markup = bytes_decode(raw)
    try:
        text = trafilatura.extract(
            markup, include_comments=False, include_tables=True, favor_recall=True
        )
        if not text:
            text = trafilatura.html2txt(markup)
        metadata = extract_metadata(markup)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise ReadError(f"cannot parse the HTML ({exc.__class__.__name__})") from None
    text = text_normalise(text or "").strip()
    if not text:
        raise ReadError("no readable text in the HTML")
    title = (metadata.title if metadata and metadata.title else "") or first_line_title(text)
    return Document(
        text=text,
        sha256=sha256_hex(raw),
        size_bytes=len(raw),
        reader="html",
        origin=origin,
        title=text_normalise(title).strip(),
        published=_published(metadata.date if metadata else None),
        language=language_detect(text),
        url=(metadata.url if metadata and metadata.url else None),
    )
