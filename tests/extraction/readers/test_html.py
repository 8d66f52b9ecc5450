"""HTML reader: article text, title and date from a page. Pages here are fictional."""

from __future__ import annotations

import contextlib
import re
from datetime import date

import pytest

from recruitwatch.extraction import ReadError
from recruitwatch.extraction.readers.html import read_html

# Fictional news page.
ARTICLE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fictional workers taken from a Testgrad hostel</title>
  <meta name="date" content="2023-03-14">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Fictional workers taken from a Testgrad hostel</h1>
    <p>Early on Tuesday, men in uniform entered a hostel on Example Street in the
    fictional town of Testgrad and asked every resident for a passport.</p>
    <p>According to two residents, eleven men were put on a bus and driven to a
    recruitment office, where they were told to sign one-year contracts.</p>
    <p>One of them, a fictional construction worker, said he refused and was held
    for six hours before being released.</p>
  </article>
  <footer>Copyright Fictional Gazette</footer>
</body>
</html>
"""

PARAGRAPH_PHRASES = [
    "asked every resident for a passport",
    "told to sign one-year contracts",
    "held for six hours",
]


def test_read_html_article_text_title_and_date():
    document = read_html(ARTICLE.encode(), "gazette.html")
    assert document.title == "Fictional workers taken from a Testgrad hostel"
    assert document.published == date(2023, 3, 14)
    assert document.reader == "html"
    assert document.origin == "gazette.html"
    assert document.language == "en"


@pytest.mark.parametrize("phrase", PARAGRAPH_PHRASES)
def test_read_html_text_contains_paragraphs(phrase):
    document = read_html(ARTICLE.encode(), "gazette.html")
    # Line breaks inside a <p> may come out as spaces or newlines; compare by words.
    assert phrase in " ".join(document.text.split())


def test_read_html_text_has_no_markup():
    document = read_html(ARTICLE.encode(), "gazette.html")
    assert "<p>" not in document.text
    assert "<article" not in document.text
    assert "\r" not in document.text


def test_read_html_russian_page():
    # Fictional.
    page = (
        "<html><head><title>Вымышленная новость</title></head><body><article>"
        "<p>Вымышленные рабочие рассказали, что у них забрали паспорта на складе "
        "в Тестограде и отвезли в пункт отбора.</p></article></body></html>"
    )
    document = read_html(page.encode(), "novost.html")
    assert document.title == "Вымышленная новость"
    assert "забрали паспорта" in document.text
    assert document.language == "ru"


def test_read_html_without_title_takes_first_line():
    # Fictional.
    page = b"<html><body><p>A fictional short notice about a recruitment visit.</p></body></html>"
    document = read_html(page, "notice.html")
    assert document.title == "A fictional short notice about a recruitment visit."
    assert document.published is None


@pytest.mark.parametrize(
    "cut",
    [
        len(ARTICLE) // 2,
        ARTICLE.index("<p>") + 2,  # inside a tag
        ARTICLE.index("</article>") + 3,
        ARTICLE.index('content="2023') + 5,  # inside an attribute value
        ARTICLE.index("<title>") + 4,
        20,
    ],
)
def test_read_html_truncated_page_gives_text_or_read_error(cut):
    truncated = ARTICLE[:cut].encode()
    try:
        document = read_html(truncated, "cut.html")
    except ReadError:
        return  # a clean refusal is an allowed outcome; any other exception fails the test
    assert document.text == document.text.strip() != ""
    assert not re.search(r"</?[a-z]+[\s>]", document.text)


def test_read_html_truncated_after_first_paragraph_keeps_it():
    cut = ARTICLE.index("<p>According")
    document = read_html(ARTICLE[:cut].encode(), "cut.html")
    assert "asked every resident" in " ".join(document.text.split())


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title></title></head><body></body></html>",
        b"<html><body><script>var fictional = 1;</script><style>p{}</style></body></html>",
        b"<html><body><div>   </div><img src='x.png'></body></html>",
        b"<",
        # Parsed as a fragment, its root (a lone <script>) has no parent: lxml failed an
        # assertion when htmldate dropped it (found by the property tests).
        b"<body><script>",
        b"<script>",
    ],
)
def test_read_html_page_without_text_raises(page):
    with pytest.raises(ReadError, match="no readable text"):
        read_html(page, "empty.html")


def test_read_html_binary_is_refused_before_parsing():
    with pytest.raises(ReadError, match="binary"):
        read_html(b"\x89PNG\r\n\x1a\n<html>", "image.html")


@pytest.mark.parametrize(
    ("content", "published"),
    [
        ("2023-03-14", date(2023, 3, 14)),
        ("2023-03-14T08:30:00+03:00", date(2023, 3, 14)),
    ],
)
def test_read_html_meta_date_forms(content, published):
    # Fictional.
    page = (
        f'<html><head><meta name="date" content="{content}"></head>'
        "<body><p>A fictional paragraph about a recruitment visit.</p></body></html>"
    )
    assert read_html(page.encode(), "x.html").published == published


@pytest.mark.parametrize("content", ["2023-02-30", "2023-13-45"])
def test_read_html_impossible_meta_date_is_not_invented(content):
    # Fictional.
    page = (
        f'<html><head><meta name="date" content="{content}"></head>'
        "<body><p>A fictional paragraph about a recruitment visit.</p></body></html>"
    )
    try:
        document = read_html(page.encode(), "x.html")
    except ReadError:
        return  # refusing the page, as the plain-text reader does, is also correct
    assert document.published is None


@pytest.mark.parametrize(
    "markup", ["https://tracker.invalid/pixel?case=1", "http://tracker.invalid", "<p>x</p>"]
)
def test_reading_a_page_never_downloads_anything(markup, monkeypatch):
    """htmldate downloads a text that looks like a URL: a report must never make this machine
    contact anyone (it would tell the sender the report was opened, and from where)."""
    import htmldate.utils

    def refuse(*args, **kwargs):
        raise AssertionError(f"a download was attempted: {args!r}")

    monkeypatch.setattr(htmldate.utils, "fetch_url", refuse)
    with contextlib.suppress(ReadError):  # refusing the page is fine; reaching out is not
        read_html(markup.encode(), "page.html")
