"""RSS/Atom reader: one document per entry, bad entries reported by number.

Every feed, headline, person and place here is fictional.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from recruitwatch.extraction import ReadError, read_bytes, read_path
from recruitwatch.extraction.readers import ReadResult
from recruitwatch.extraction.readers.feeds import read_feed

# Fictional RSS 2.0 feed: HTML descriptions, one entry with content:encoded as well.
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Fictional Gazette</title>
  <link>https://example.org/</link>
  <language>en-us</language>
  <item>
    <title>Fictional workers taken from a Testgrad hostel</title>
    <link>https://example.org/news/1</link>
    <guid>https://example.org/news/1</guid>
    <pubDate>Tue, 14 Mar 2023 09:00:00 +0000</pubDate>
    <description>&lt;p&gt;Men in uniform entered a &lt;b&gt;fictional&lt;/b&gt; hostel.&lt;/p&gt;
      &lt;p&gt;Eleven residents were driven to a recruitment office.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Second fictional report</title>
    <link>https://example.org/news/2</link>
    <pubDate>Wed, 15 Mar 2023 10:30:00 +0000</pubDate>
    <description>A short teaser that the full text replaces.</description>
    <content:encoded><![CDATA[<div><h2>Depot</h2><p>A fictional driver was stopped
      at the <a href="https://example.org/depot">Testgrad depot</a>.</p>
      <script>trackReader()</script><p>He was released the same day.</p></div>]]></content:encoded>
  </item>
</channel>
</rss>
"""

# Fictional Atom feed: xml:lang on the feed, HTML and plain-text entries.
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <title>Вымышленный вестник</title>
  <id>urn:uuid:00000000-0000-4000-8000-000000000000</id>
  <updated>2023-04-02T08:00:00Z</updated>
  <entry>
    <title>Вымышленная повестка</title>
    <link href="https://example.org/ru/1"/>
    <id>urn:uuid:00000000-0000-4000-8000-000000000001</id>
    <published>2023-04-01T01:30:00+03:00</published>
    <content type="html">&lt;p&gt;Вымышленному жителю Тестограда вручили повестку.&lt;/p&gt;
      &lt;p&gt;Второй абзац.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="html">Вторая &lt;i&gt;вымышленная&lt;/i&gt; заметка</title>
    <link href="https://example.org/ru/2"/>
    <id>urn:uuid:00000000-0000-4000-8000-000000000002</id>
    <updated>2023-04-02T08:00:00Z</updated>
    <summary type="text">Сумма &lt; 100 рублей, адрес &lt;info@example.org&gt;.</summary>
  </entry>
</feed>
"""


def _rss(*items: str, language: str = "") -> bytes:
    lang = f"<language>{language}</language>" if language else ""
    body = "".join(f"<item>{item}</item>" for item in items)
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fictional</title>{lang}'
        f"{body}</channel></rss>"
    ).encode()


def test_read_feed_rss_entries_become_documents():
    result = read_feed(RSS.encode(), "gazette.rss")
    assert result.errors == ()
    first, second = result.documents
    assert first.title == "Fictional workers taken from a Testgrad hostel"
    assert first.text == (
        "Men in uniform entered a fictional hostel.\n"
        "Eleven residents were driven to a recruitment office."
    )
    assert first.published == date(2023, 3, 14)
    assert first.url == "https://example.org/news/1"
    assert first.origin == "gazette.rss#1"
    assert second.origin == "gazette.rss#2"
    assert {d.reader for d in result.documents} == {"feed"}
    assert {d.channel for d in result.documents} == {"news"}
    assert {d.language for d in result.documents} == {"en"}  # "en-us" in the feed


def test_read_feed_rss_content_preferred_over_description_and_html_stripped():
    second = read_feed(RSS.encode(), "gazette.rss").documents[1]
    assert second.text == (
        "Depot\nA fictional driver was stopped at the Testgrad depot.\n"
        "He was released the same day."
    )
    assert "teaser" not in second.text
    assert "trackReader" not in second.text
    assert "<" not in second.text
    assert second.published == date(2023, 3, 15)


def test_read_feed_atom_entries_become_documents():
    result = read_feed(ATOM.encode(), "vestnik.atom")
    assert result.errors == ()
    first, second = result.documents
    assert first.title == "Вымышленная повестка"
    assert first.text == "Вымышленному жителю Тестограда вручили повестку.\nВторой абзац."
    assert first.url == "https://example.org/ru/1"
    assert first.language == "ru"
    assert second.title == "Вторая вымышленная заметка"  # type="html" title stripped
    assert second.published == date(2023, 4, 2)  # <updated> when there is no <published>
    assert [d.origin for d in result.documents] == ["vestnik.atom#1", "vestnik.atom#2"]


def test_read_feed_atom_plain_text_summary_kept_as_written():
    # type="text": angle brackets are characters, not markup to strip.
    second = read_feed(ATOM.encode(), "vestnik.atom").documents[1]
    assert second.text == "Сумма < 100 рублей, адрес <info@example.org>."


def test_read_feed_date_is_the_day_the_feed_states_not_utc():
    # 01:00 in UTC+3 is still 31 January in UTC; the publisher meant 1 February.
    raw = _rss(
        "<title>t</title><description>x</description>"
        "<pubDate>Wed, 01 Feb 2023 01:00:00 +0300</pubDate>"
    )
    (document,) = read_feed(raw, "f.rss").documents
    assert document.published == date(2023, 2, 1)


def test_read_feed_atom_date_keeps_its_offset():
    # Fictional: published at 01:30 in UTC+3 on 1 April, which is 31 March in UTC.
    assert read_feed(ATOM.encode(), "v.atom").documents[0].published == date(2023, 4, 1)


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("<pubDate>Tue, 14 Mar 2023 09:00:00 GMT</pubDate>", date(2023, 3, 14)),
        ("<pubDate>2023-03-14</pubDate>", date(2023, 3, 14)),
        ("<pubDate>last Tuesday</pubDate>", None),
        ("<pubDate>Tue, 31 Feb 2023 09:00:00 GMT</pubDate>", None),
        ("", None),
    ],
)
def test_read_feed_published_dates(stated, expected):
    raw = _rss(f"<title>t</title><description>fictional</description>{stated}")
    (document,) = read_feed(raw, "f.rss").documents
    assert document.published == expected


def test_read_feed_same_feed_read_twice_gives_same_hashes():
    first = read_feed(RSS.encode(), "gazette.rss").documents
    again = read_feed(RSS.encode(), "copy-of-gazette.rss").documents
    assert [d.sha256 for d in first] == [d.sha256 for d in again]
    assert len({d.sha256 for d in first}) == 2


def test_read_feed_hash_is_of_link_title_and_text():
    (document,) = read_feed(
        _rss("<title>T</title><link>https://example.org/x</link><description>Body.</description>"),
        "f.rss",
    ).documents
    canonical = json.dumps(
        ["https://example.org/x", "T", "Body."], ensure_ascii=False, separators=(",", ":")
    ).encode()
    assert document.sha256 == hashlib.sha256(canonical).hexdigest()
    assert document.size_bytes == len(canonical)


def test_read_feed_hash_survives_changes_elsewhere_in_the_feed():
    item = "<title>T</title><link>https://example.org/x</link><description>Body.</description>"
    other = "<title>New</title><description>A newer fictional entry.</description>"
    (alone,) = read_feed(_rss(item), "f.rss").documents
    later = read_feed(_rss(other, item, language="en"), "f.rss").documents
    assert later[1].sha256 == alone.sha256


def test_read_feed_entry_without_text_is_an_error_others_still_read():
    raw = _rss(
        "<title>Fictional one</title><description>First fictional body.</description>",
        "<title>Only a title</title>",
        "<title>Empty</title><description>&lt;p&gt; &lt;/p&gt;</description>",
        "<title>Fictional four</title><description>Fourth fictional body.</description>",
    )
    result = read_feed(raw, "f.rss")
    assert [d.origin for d in result.documents] == ["f.rss#1", "f.rss#4"]
    assert [str(e) for e in result.errors] == [
        "entry 2: no text (neither content nor summary)",
        "entry 3: no text (neither content nor summary)",
    ]
    assert all(isinstance(e, ReadError) for e in result.errors)


def test_read_feed_entry_without_title_takes_first_line():
    (document,) = read_feed(_rss("<description>Fictional first line.</description>"), "f").documents
    assert document.title == "Fictional first line."


def test_read_feed_url_only_for_absolute_http_links():
    # With no <link>, feedparser offers the guid as the link; a guid is not an address.
    raw = _rss(
        "<title>a</title><guid>fictional-guid-1</guid><description>x</description>",
        "<title>b</title><link>/relative/2</link><description>y</description>",
    )
    assert [d.url for d in read_feed(raw, "f.rss").documents] == [None, None]


def test_read_feed_language_detected_when_feed_states_none():
    raw = _rss(
        "<description>A fictional recruiter called.</description>",
        "<description>Вымышленный вербовщик позвонил.</description>",
    )
    assert [d.language for d in read_feed(raw, "f.rss").documents] == ["en", "ru"]


@pytest.mark.parametrize(
    "raw",
    [
        b"<html><head><title>Fictional</title></head><body><p>A page.</p></body></html>",
        b"Just a fictional sentence, no markup.",
        b'{"text": "fictional"}',
        b"<<<<",
        b"<?xml version='1.0'?><note><to>Fictional</to></note>",
    ],
)
def test_read_feed_not_a_feed_raises(raw):
    with pytest.raises(ReadError, match=r"^not an RSS or Atom feed$"):
        read_feed(raw, "f.rss")


@pytest.mark.parametrize(
    "raw",
    [
        b'<rss version="2.0"><channel><title>Fictional</title></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Fictional</title></feed>',
    ],
)
def test_read_feed_empty_feed_raises(raw):
    with pytest.raises(ReadError, match=r"^no entries in the feed$"):
        read_feed(raw, "f.rss")


@pytest.mark.parametrize("cut", [10, 60, 120, 200, 400, 700, 900, len(RSS.encode()) - 10])
def test_read_feed_truncated_feed_gives_documents_or_read_error(cut):
    refusal: ReadError | None = None
    try:
        result = read_feed(RSS.encode()[:cut], "cut.rss")
    except ReadError as exc:
        refusal = exc
    if refusal is not None:
        assert str(refusal)
        return
    assert isinstance(result, ReadResult)
    assert all(isinstance(e, ReadError) for e in result.errors)
    for document in result.documents:
        assert document.text.strip()


def test_read_feed_truncated_after_first_entry_keeps_it():
    cut = RSS.index("<title>Second fictional report")
    result = read_feed(RSS[:cut].encode(), "cut.rss")
    assert result.documents[0].title == "Fictional workers taken from a Testgrad hostel"
    assert result.documents[0].text.endswith("recruitment office.")


def test_read_feed_declared_legacy_encoding_does_not_garble_utf8_bytes():
    # A feed saved as UTF-8 that still claims windows-1251 in its declaration.
    raw = RSS.replace('encoding="utf-8"', 'encoding="windows-1251"').replace(
        "Fictional workers", "Вымышленные рабочие"
    )
    first = read_feed(raw.encode(), "f.rss").documents[0]
    assert first.title.startswith("Вымышленные рабочие")


def test_read_feed_utf16_reads_like_utf8():
    utf8 = read_feed(ATOM.encode(), "v.atom").documents
    utf16 = read_feed(ATOM.replace("utf-8", "utf-16").encode("utf-16"), "v.atom").documents
    assert [d.text for d in utf16] == [d.text for d in utf8]
    assert [d.sha256 for d in utf16] == [d.sha256 for d in utf8]


@pytest.mark.parametrize(
    "raw",
    [b"", b"  \n", b"%PDF-1.4 fictional", "<rss>Вымышленный</rss>".encode("cp1251")],
)
def test_read_feed_whole_file_problems_raise(raw):
    with pytest.raises(ReadError):
        read_feed(raw, "f.rss")


def test_read_feed_bytes_naming_a_local_file_are_not_opened(tmp_path):
    # feedparser.parse(b"/path") would open the file; the reader must read the bytes only.
    secret = tmp_path / "fictional-secret.rss"
    secret.write_bytes(_rss("<title>Leaked</title><description>Secret.</description>"))
    with pytest.raises(ReadError, match="not an RSS or Atom feed"):
        read_feed(str(secret).encode(), "f.rss")


def test_read_feed_external_entities_not_resolved(tmp_path):
    target = tmp_path / "fictional.txt"
    target.write_text("FICTIONAL-SECRET")
    raw = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{target}">]>'
        '<rss version="2.0"><channel><item><title>t</title>'
        "<description>before &x; after</description></item></channel></rss>"
    ).encode()
    result = read_feed(raw, "f.rss")
    assert all("FICTIONAL-SECRET" not in d.text for d in result.documents)


def test_read_feed_character_reference_to_surrogate_is_a_read_error():
    # feedparser itself raises UnicodeEncodeError on this; it must not escape.
    raw = _rss("<title>t</title><description>a &#xD800; b</description>")
    with pytest.raises(ReadError, match="damaged Unicode"):
        read_feed(raw, "f.rss")


def test_read_feed_deeply_nested_html_does_not_crash():
    body = "&lt;div&gt;" * 5000 + "fictional" + "&lt;/div&gt;" * 5000
    raw = _rss(f"<title>Deep</title><description>{body}</description>")
    result = read_feed(raw, "f.rss")
    assert len(result.documents) + len(result.errors) == 1


@pytest.mark.parametrize("suffix", [".rss", ".atom", ".RSS"])
def test_read_path_feed_suffixes_use_the_feed_reader(tmp_path, suffix):
    path = tmp_path / f"gazette{suffix}"
    path.write_text(RSS, encoding="utf-8")
    result = read_path(path)
    assert [d.reader for d in result.documents] == ["feed", "feed"]
    assert result.documents[0].origin == f"gazette{suffix}#1"


def test_read_bytes_feed_suffix_registered():
    result = read_bytes(ATOM.encode(), origin="v.atom", suffix=".atom")
    assert len(result.documents) == 2
