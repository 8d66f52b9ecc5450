"""HTML pages: the article text by trafilatura, falling back to all visible text."""

from __future__ import annotations

import logging
from datetime import date

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date
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


# <meta> names and properties that state a publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "datepublished",
)
_MISSING = object()


def _meta_date(markup: str) -> date | object | None:
    """The date a ``<meta>`` tag states: a date, None when the stated date is impossible
    (never "corrected" into another day), or ``_MISSING`` when no tag states one."""
    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return _MISSING
    stated: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and meta.get("content"):
            stated.setdefault(key, str(meta.get("content")).strip())
    for key in _DATE_META:
        if key in stated:
            try:
                return date.fromisoformat(stated[key][:10])
            except ValueError:
                return None
    return _MISSING


def _published(markup: str) -> date | None:
    """Publication date from the page's own metadata, never from dates in the body text:
    those are usually the dates of the events reported, and taking one as the publication
    date would shift every relative date ("last week") resolved against it."""
    stated = _meta_date(markup)
    if stated is not _MISSING:
        return stated if isinstance(stated, date) else None
    # htmldate is handed a parsed tree, never the text: a text that looks like a URL
    # ("https://…" without a space) it would download, and a report must never make this
    # machine contact anyone. A whole document, always rooted at <html>: a fragment's root
    # ("<body><script>" parses to a lone <script>) has no parent, and htmldate's cleaning
    # then fails an assertion inside lxml when it drops that root.
    try:
        tree = lxml.html.document_fromstring(
            markup.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
        )
    except (ValueError, lxml.etree.ParserError):
        return None
    found = find_date(tree, extensive_search=False, original_date=True)
    if not found:
        return None
    try:
        return date.fromisoformat(found[:10])
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
        published = _published(markup)
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
        published=published,
        language=language_detect(text),
        url=(metadata.url if metadata and metadata.url else None),
    )
