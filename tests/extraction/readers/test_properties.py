"""Property tests for every reader: arbitrary input never escapes as anything but ReadError.

Generated text is random, not drawn from real reports; the hand-written seeds are fictional.
"""

from __future__ import annotations

import codecs
import json
import unicodedata
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruitwatch.extraction import ReadError, read_bytes, supported_suffixes
from recruitwatch.extraction.readers import ReadResult
from recruitwatch.extraction.readers.jsonl import KNOWN_CHANNELS

SUFFIXES = supported_suffixes()

# Fragments that make generated input look like HTML, JSON and the seed header, so that the
# parsers get past their first character more often than with uniform random bytes.
FRAGMENTS = [
    "<html>",
    "<head>",
    "<title>",
    "</title>",
    "<body>",
    "<p>",
    "</p>",
    "<article>",
    "<br/>",
    '<meta name="date" content="',
    '">',
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&nbsp;",
    "<?xml version='1.0'?>",
    "<!DOCTYPE",
    "{",
    "}",
    "[",
    "]",
    '"text"',
    '"published"',
    '"channel"',
    ":",
    ",",
    '"',
    "null",
    "1e999",
    "date ",
    "2023-02-16",
    "2023-02-30",
    "# ",
    "Date: ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\u2028",
    "\x00",
    "\x0c",
    "\u0438\u0306",
    "й",
    "Вымышленный",
    "fictional",
    "\ufeff",
]

texts = st.text()
texty_bytes = st.one_of(
    texts.map(str.encode),
    st.lists(st.sampled_from(FRAGMENTS) | texts, max_size=30).map(lambda p: "".join(p).encode()),
)
any_bytes = st.one_of(
    st.binary(),
    texty_bytes,
    st.builds(lambda body: codecs.BOM_UTF8 + body, texty_bytes),
    st.builds(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), texts),
    st.builds(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), texts),
    st.builds(lambda raw: codecs.BOM_UTF16_LE + raw, st.binary()),
)


def _read_or_error(raw: bytes, suffix: str) -> ReadResult | None:
    """Read ``raw``; None when the reader refused it with a ReadError (the allowed failure)."""
    refusal: ReadError | None = None
    try:
        result = read_bytes(raw, origin="generated", suffix=suffix)
    except ReadError as exc:
        refusal = exc
    if refusal is not None:
        assert str(refusal), "a ReadError must say why"
        return None
    assert isinstance(result, ReadResult)
    assert all(isinstance(e, ReadError) for e in result.errors)
    return result


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(max_examples=200, deadline=None)
@given(raw=any_bytes)
def test_read_bytes_arbitrary_input_gives_result_or_read_error(suffix, raw):
    _read_or_error(raw, suffix)


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(max_examples=200, deadline=None)
@given(raw=texty_bytes)
@example(raw="Серге\u0438\u0306\r\nтекст\r".encode())
@example(raw=b'{"text": "\\u0438\\u0306\\r\\n x"}')
@example(raw=b"<p>\xd0\xb8\xcc\x86\r\n</p>")
def test_read_bytes_documents_are_nfc_without_cr(suffix, raw):
    result = _read_or_error(raw, suffix)
    for document in result.documents if result else ():
        for value in (document.text, document.title):
            assert unicodedata.is_normalized("NFC", value)
            assert "\r" not in value
        assert document.text.strip()


# Headline and body characters: anything but controls, surrogates and line separators, which
# the normaliser removes or turns into line breaks (covered by the NFC test above).
line_chars = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"))
headlines = st.text(line_chars, min_size=1).filter(lambda s: s.strip())
bodies = st.lists(st.text(line_chars), min_size=1, max_size=5).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=date(1, 1, 1)),
    headline=headlines,
    body=bodies.filter(lambda s: s.strip()),
    indent=st.sampled_from(["", " ", "\t", "  \t "]),
    line_end=st.sampled_from(["\n", "\r\n"]),
)
@example(
    published=date(2023, 2, 16), headline="Fictional headline", body="x", indent=" ", line_end="\n"
)
@example(
    published=date(2023, 2, 16),
    headline="\u0301 combining first",
    body="x",
    indent="",
    line_end="\r\n",
)
def test_read_plaintext_seed_header_round_trips(published, headline, body, indent, line_end):
    raw = f"{indent}date {published.isoformat()} {headline}{line_end}{body}".encode()
    (document,) = read_bytes(raw, origin="seed.txt", suffix=".txt").documents
    assert document.published == published
    assert document.title == unicodedata.normalize("NFC", headline).strip()
    assert document.text == unicodedata.normalize("NFC", body).strip("\n").rstrip()


json_text = st.text(line_chars).filter(lambda s: s.strip())
records = st.fixed_dictionaries(
    {"text": json_text},
    optional={
        "title": st.text(line_chars),
        "published": st.dates(),
        "channel": st.sampled_from(sorted(KNOWN_CHANNELS)),
        "extra": st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text()),
    },
)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(records, min_size=1, max_size=8), ascii_only=st.booleans())
@example(lines=[{"text": "Серге\u0438\u0306 "}], ascii_only=False)
def test_read_jsonl_round_trips_text(lines, ascii_only):
    encoded = [
        {**r, "published": r["published"].isoformat()} if "published" in r else r for r in lines
    ]
    raw = "\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in encoded).encode()
    result = read_bytes(raw, origin="gen.jsonl", suffix=".jsonl")
    assert result.errors == ()
    assert [d.origin for d in result.documents] == [
        f"gen.jsonl:{n}" for n in range(1, len(lines) + 1)
    ]
    for record, document in zip(lines, result.documents, strict=True):
        assert document.text == unicodedata.normalize("NFC", record["text"]).strip()
        assert document.published == record.get("published")
        assert document.channel == record.get("channel")


# Feeds and Telegram exports. Generated feeds and chats are random; fragments are fictional.
FEED_FRAGMENTS = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<?xml version="1.0" encoding="windows-1251"?>',
    '<rss version="2.0">',
    "</rss>",
    "<channel>",
    "</channel>",
    "<item>",
    "</item>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "</feed>",
    "<entry>",
    "</entry>",
    "<title>",
    "</title>",
    '<title type="html">',
    "<description>",
    "</description>",
    '<content type="html">',
    '<content type="text">',
    '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">',
    "</content>",
    "<summary>",
    "</summary>",
    "<link>https://example.org/fictional</link>",
    '<link href="https://example.org/fictional"/>',
    "<guid>fictional-1</guid>",
    "<pubDate>Wed, 01 Feb 2023 01:00:00 +0300</pubDate>",
    "<pubDate>Tue, 31 Feb 2023 09:00:00 GMT</pubDate>",
    "<published>2023-04-01T01:30:00+03:00</published>",
    "<updated>0000-00-00T00:00:00Z</updated>",
    "<language>ru-RU</language>",
    "&lt;p&gt;",
    "&lt;/p&gt;",
    "&lt;script&gt;",
    "&lt;!--",
    "<![CDATA[<p>fictional</p>",
    "]]>",
    '<!DOCTYPE rss [<!ENTITY e "fictional">]>',
    "&e;",
    "&#xD800;",
    "&#0;",
    "&nbsp;",
]
feed_bytes = st.lists(st.sampled_from(FEED_FRAGMENTS + FRAGMENTS) | texts, max_size=40).map(
    lambda parts: "".join(parts).encode()
)


@pytest.mark.parametrize("suffix", [".rss", ".atom", ".json"])
@settings(max_examples=200, deadline=None)
@given(raw=st.one_of(any_bytes, feed_bytes))
@example(raw=b'<rss version="2.0"><channel><item><description>a &#xD800; b</description>')
@example(raw=b'{"messages": [{"id": 1, "type": "message", "text": "\\ud800"}]}')
def test_read_feed_and_telegram_arbitrary_input_gives_result_or_read_error(suffix, raw):
    result = _read_or_error(raw, suffix)
    for document in result.documents if result else ():
        assert document.text.strip()
        for value in (document.text, document.title):
            assert unicodedata.is_normalized("NFC", value)
            assert "\r" not in value


text_parts = st.lists(
    st.one_of(
        st.text(line_chars),
        st.builds(
            lambda text, kind: {"type": kind, "text": text},
            st.text(line_chars),
            st.sampled_from(["plain", "bold", "italic", "link", "mention", "hashtag"]),
        ),
        st.builds(
            lambda text: {"type": "text_link", "text": text, "href": "https://example.org/f"},
            st.text(line_chars),
        ),
    ),
    max_size=6,
)
telegram_messages = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["message", "message", "message", "service"]),
        "text": st.one_of(st.text(line_chars), text_parts),
    },
    optional={
        "date": st.datetimes().map(lambda moment: moment.isoformat()),
        # A marker that can never be part of an origin, nor of a title by chance.
        "from": st.text(line_chars).map(lambda name: f"Fictional sender {name}"),
    },
)


def _joined(text: str | list[str | dict[str, str]]) -> str:
    if isinstance(text, str):
        return text
    return "".join(part if isinstance(part, str) else part["text"] for part in text)


@settings(max_examples=200, deadline=None)
@given(
    messages=st.lists(telegram_messages, max_size=8),
    first_id=st.integers(min_value=0, max_value=2**53),
    chat_id=st.integers(min_value=-(2**53), max_value=2**53),
    chat_name=st.text(line_chars),
    ascii_only=st.booleans(),
)
@example(
    messages=[{"type": "message", "text": ["Серге\u0438\u0306 ", {"type": "bold", "text": "x"}]}],
    first_id=1,
    chat_id=1,
    chat_name="Fictional",
    ascii_only=False,
)
def test_read_telegram_round_trips_message_text(messages, first_id, chat_id, chat_name, ascii_only):
    numbered = [{**m, "id": first_id + 2 * n} for n, m in enumerate(messages)]
    export = {"name": chat_name, "type": "public_channel", "id": chat_id, "messages": numbered}
    raw = json.dumps(export, ensure_ascii=ascii_only).encode()
    expected = [
        (m, unicodedata.normalize("NFC", _joined(m["text"])).strip())
        for m in numbered
        if m["type"] == "message"
    ]
    expected = [(m, text) for m, text in expected if text]
    if not expected:
        with pytest.raises(ReadError, match="no messages with text"):
            read_bytes(raw, origin="result.json", suffix=".json")
        return
    result = read_bytes(raw, origin="result.json", suffix=".json")
    assert result.errors == ()
    label = " ".join(unicodedata.normalize("NFC", chat_name).split()) or "Telegram chat"
    assert len(result.documents) == len(expected)
    for (message, text), document in zip(expected, result.documents, strict=True):
        assert document.text == text
        assert document.origin == f"result.json#{message['id']}"
        assert document.title == f"{label}: message {message['id']}"
        if "date" in message:
            assert document.published == date.fromisoformat(message["date"][:10])
        else:
            assert document.published is None
        assert "Fictional sender" not in document.origin + document.title
