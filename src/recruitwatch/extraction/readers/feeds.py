"""RSS and Atom feeds, read with feedparser: one document per entry.

1. Whole-file checks (empty, binary, encoding) as for every other reader. The decoded text is
   handed to feedparser as UTF-8 bytes in a stream, never as ``bytes`` or ``str``: feedparser
   treats a bare string as a URL or a file name and would fetch or open it.
2. feedparser parses strictly, and on malformed XML falls back to a lenient parser, so a
   truncated feed still yields the entries before the damage. A feed with no entries is
   refused whole; an entry without text is reported by number and the others are still read.
3. Each entry's text is its content (else its summary), HTML turned into one line per block.

A document's ``sha256`` is of a canonical JSON of the entry's link, title and text, not of the
feed's bytes: a feed is re-fetched with new entries and changed metadata, and the same entry
must hash the same in every copy.
"""

from __future__ import annotations

import io
import json
import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import lxml.etree
import lxml.html

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.readers._bytes import (
    bytes_decode,
    first_line_title,
    sha256_hex,
    text_normalise,
)
from recruitwatch.extraction.readers._result import ReadResult
from recruitwatch.extraction.types import Document

# The decoded text is re-encoded as UTF-8, so the XML declaration's encoding (often wrong, and
# wrong again after our decoding) must not be applied to it a second time; for application/xml
# an HTTP charset overrides the declaration (RFC 3023), and feedparser follows that.
_AS_UTF8 = {"content-type": "application/xml; charset=utf-8"}

# Elements that end a line of text: without this every paragraph of an entry runs together.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
# feedparser's sanitiser already drops scripts and styles; this is the second lock on the door.
_INVISIBLE_TAGS = ("script", "style", "template", "noscript")
# Characters lxml refuses ("All strings must be XML compatible"), including lone surrogates.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_].*)?", re.IGNORECASE)


def _html_text(markup: str) -> str:
    """HTML to plain text: one line per block, whitespace within a line collapsed."""
    markup = _NOT_XML.sub("", markup)
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
        # Comments and processing instructions go, their tails stay; invisible elements go whole.
        lxml.etree.strip_elements(
            root, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False
        )
        lxml.etree.strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
        pieces: list[str] = []
        # iterwalk, not recursion: an entry may nest elements deeper than Python's stack.
        for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
            block = str(element.tag).lower() in _BLOCK_TAGS
            if event == "start":
                if block:
                    pieces.append("\n")
                if element.text:
                    pieces.append(_SPACE.sub(" ", element.text))
            else:
                if block:
                    pieces.append("\n")
                if element is not root and element.tail:
                    pieces.append(_SPACE.sub(" ", element.tail))
    except (ValueError, lxml.etree.LxmlError):
        return ""
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _detail_text(value: object, content_type: object) -> str:
    """The text of a feedparser value: plain text as written, anything else as HTML."""
    if not isinstance(value, str):
        return ""
    if content_type == "text/plain":
        return text_normalise(value).strip()
    return text_normalise(_html_text(value)).strip()


def _details(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """Candidate texts, fullest first: each ``<content>``, then the summary."""
    found: list[dict[str, Any]] = []
    contents = dict.get(entry, "content")
    if isinstance(contents, list):
        found.extend(c for c in contents if isinstance(c, dict))
    summary_detail = dict.get(entry, "summary_detail")
    if isinstance(summary_detail, dict):
        found.append(summary_detail)
    elif isinstance(dict.get(entry, "summary"), str):
        # Atom entries with only <content> get it copied to "summary" without a detail.
        found.append({"value": dict.get(entry, "summary"), "type": "text/html"})
    return found


def _language(tag: object) -> str:
    """``"en-GB"`` → ``"en"``; ``""`` for anything that is not a language tag."""
    if not isinstance(tag, str):
        return ""
    match = _LANGUAGE_TAG.fullmatch(tag.strip())
    return match.group(1).lower() if match else ""


def _stated_date(value: object) -> date | None:
    """The calendar date as the feed wrote it, in the feed's own time zone."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()  # Atom: RFC 3339
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _published(entry: dict[str, Any]) -> date | None:
    """The entry's publication date, else its update date.

    The date as written comes first: feedparser's ``*_parsed`` values are converted to UTC,
    which moves "Wed, 01 Feb 2023 01:00 +0300" to 31 January. They are the fallback for the
    many other formats feedparser understands and we do not.
    """
    # dict.get, not entry.get: FeedParserDict maps a missing "updated" to "published" with a
    # DeprecationWarning.
    for key in ("published", "updated"):
        stated = _stated_date(dict.get(entry, key))
        if stated is not None:
            return stated
        parsed = dict.get(entry, f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                pass
    return None


def _canonical(*values: str) -> bytes:
    try:
        return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        raise ReadError("the entry contains damaged Unicode (a lone surrogate)") from None


def _entry_document(entry: dict[str, Any], *, feed_language: str, origin: str) -> Document:
    text = ""
    language = ""
    for detail in _details(entry):
        text = _detail_text(detail.get("value"), detail.get("type"))
        if text:
            language = _language(detail.get("language"))
            break
    if not text:
        raise ReadError("no text (neither content nor summary)")
    title_detail = dict.get(entry, "title_detail")
    if isinstance(title_detail, dict):
        title = _detail_text(title_detail.get("value"), title_detail.get("type"))
    else:
        title = _detail_text(dict.get(entry, "title"), "text/plain")
    title = " ".join(title.split()) or first_line_title(text)
    link = dict.get(entry, "link")
    link = link.strip() if isinstance(link, str) else ""
    # feedparser puts an entry's id into "link" when there is no link (e.g. "urn:uuid:…"),
    # and leaves relative links unresolved; neither points anywhere, so neither is a url.
    try:
        parts = urlsplit(link)
    except ValueError:
        # "Invalid IPv6 URL": a "[" without its "]" in the host (found by `make fuzz`). Not a
        # link anyone can follow, so no url; the entry itself is still read.
        url = None
    else:
        url = link if parts.scheme in ("http", "https") and parts.netloc else None
    canonical = _canonical(link, title, text)
    return Document(
        text=text,
        sha256=sha256_hex(canonical),
        size_bytes=len(canonical),
        reader="feed",
        origin=origin,
        title=title,
        published=_published(entry),
        language=language or feed_language or language_detect(text),
        channel="news",
        url=url,
    )


def _parse(text: str) -> Any:
    try:
        return feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=_AS_UTF8)
    except UnicodeEncodeError:
        # feedparser re-encodes character references such as &#xD800; and fails on them.
        raise ReadError("cannot parse the feed (it contains damaged Unicode)") from None
    except Exception as exc:
        # feedparser is a large lenient parser over two XML back ends; whatever escapes it
        # means this input is not a feed we can read, which the caller must hear as a ReadError.
        raise ReadError(f"cannot parse the feed ({exc.__class__.__name__})") from None


def read_feed(raw: bytes, origin: str) -> ReadResult:
    """An RSS or Atom file: entries become documents, numbered from 1 in ``origin#n``."""
    text = bytes_decode(raw)
    parsed = _parse(text)
    entries = parsed.get("entries") if isinstance(parsed, dict) else None
    if not entries:
        # feedparser's "bozo" flag is no guide here: an HTML page parses without it, and a
        # well-formed feed can carry it for an encoding notice. The version says what it saw.
        if isinstance(parsed, dict) and parsed.get("version"):
            raise ReadError("no entries in the feed")
        raise ReadError("not an RSS or Atom feed")
    feed = parsed.get("feed")
    feed_language = _language(dict.get(feed, "language")) if isinstance(feed, dict) else ""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for index, entry in enumerate(entries, start=1):
        try:
            if not isinstance(entry, dict):
                raise ReadError("not an entry")
            documents.append(
                _entry_document(entry, feed_language=feed_language, origin=f"{origin}#{index}")
            )
        except ReadError as exc:
            errors.append(ReadError(f"entry {index}: {exc}"))
    return ReadResult(documents=tuple(documents), errors=tuple(errors))
