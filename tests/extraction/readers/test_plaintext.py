"""Plain text and Markdown readers. Every report text here is fictional."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

import pytest

from recruitwatch.extraction import ReadError
from recruitwatch.extraction.readers.plaintext import read_markdown, read_plaintext

# Fictional seed-format report: the first line carries the date and the headline.
SEED_REPORT = (
    " date 2023-02-16 Recruiters visit a fictional hostel in Testgrad\n"
    "Two men in uniform came to the hostel on Example Street.\n"
    "They collected passports from twelve residents.\n"
)


@pytest.mark.parametrize(
    "first_line",
    [
        "date 2023-02-16 Recruiters visit a fictional hostel in Testgrad",
        " date 2023-02-16 Recruiters visit a fictional hostel in Testgrad",
        "\t  date 2023-02-16   Recruiters visit a fictional hostel in Testgrad  ",
        "date\t2023-02-16\tRecruiters visit a fictional hostel in Testgrad",
    ],
)
def test_read_plaintext_seed_header_gives_date_and_title(first_line):
    raw = (first_line + "\nTwo men in uniform came to the hostel.\n").encode()
    document = read_plaintext(raw, "seed.txt")
    assert document.published == date(2023, 2, 16)
    assert document.title == "Recruiters visit a fictional hostel in Testgrad"
    assert document.text == "Two men in uniform came to the hostel."


def test_read_plaintext_seed_header_is_not_part_of_the_text():
    document = read_plaintext(SEED_REPORT.encode(), "seed.txt")
    assert "date 2023-02-16" not in document.text
    assert "Testgrad" not in document.text
    assert document.text.startswith("Two men in uniform")
    assert document.text.endswith("twelve residents.")


@pytest.mark.parametrize("phrase", ["Example Street", "passports", "twelve residents"])
def test_read_plaintext_seed_offsets_refer_to_returned_text(phrase):
    document = read_plaintext(SEED_REPORT.encode(), "seed.txt")
    start = document.text.index(phrase)
    assert document.text[start : start + len(phrase)] == phrase
    # The offset is into the body, not into the raw file with its header line.
    assert start < SEED_REPORT.index(phrase)


def test_read_plaintext_seed_header_without_headline_takes_first_body_line():
    # Fictional.
    raw = b"date 2023-02-16\n\nA fictional witness describes the visit.\nMore detail.\n"
    document = read_plaintext(raw, "seed.txt")
    assert document.published == date(2023, 2, 16)
    assert document.title == "A fictional witness describes the visit."


def test_read_plaintext_seed_header_with_nothing_after_raises():
    with pytest.raises(ReadError, match="no text after the header"):
        read_plaintext(b"date 2023-02-16 A headline alone\n  \n", "seed.txt")


@pytest.mark.parametrize("bad_date", ["2023-02-30", "2023-13-01", "2023-00-10"])
def test_read_plaintext_invalid_header_date_raises(bad_date):
    raw = f"date {bad_date} Fictional headline\nFictional body.\n".encode()
    with pytest.raises(ReadError, match="not a real date"):
        read_plaintext(raw, "seed.txt")


def test_read_plaintext_without_header_titles_first_line():
    # Fictional.
    raw = b"\n\nA fictional letter from a worker\nI was told to sign a contract.\n"
    document = read_plaintext(raw, "letter.txt")
    assert document.title == "A fictional letter from a worker"
    assert document.published is None
    assert document.text == "A fictional letter from a worker\nI was told to sign a contract."
    assert document.reader == "plaintext"
    assert document.origin == "letter.txt"


@pytest.mark.parametrize(
    "first_line",
    [
        "Date 2023-02-16 capitalised keyword is not the seed header",
        "update 2023-02-16 the keyword must stand alone",
        "date: 2023-02-16 a colon is the Markdown form, not the seed form",
    ],
)
def test_read_plaintext_near_miss_header_is_ordinary_text(first_line):
    document = read_plaintext((first_line + "\nFictional body.\n").encode(), "x.txt")
    assert document.published is None
    assert document.text.startswith(first_line)


def test_read_plaintext_sha256_and_size_are_of_raw_bytes():
    raw = SEED_REPORT.encode()
    document = read_plaintext(raw, "seed.txt")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.size_bytes == len(raw)


def test_read_markdown_title_from_heading_and_date_line():
    # Fictional statement.
    raw = (
        b"# Statement of a fictional witness\n"
        b"\n"
        b"Date: 2024-02-10\n"
        b"\n"
        b"I saw the bus leave the fictional market at night.\n"
    )
    document = read_markdown(raw, "statement.md")
    assert document.title == "Statement of a fictional witness"
    assert document.published == date(2024, 2, 10)
    assert document.reader == "markdown"
    assert document.text.startswith("# Statement")


@pytest.mark.parametrize(
    "date_line",
    ["Date: 2024-02-10", "date:2024-02-10", "  DATE : 2024-02-10  ", "Дата: 2024-02-10"],
)
def test_read_markdown_date_line_variants(date_line):
    raw = f"# Fictional heading\n{date_line}\nFictional body.\n".encode()
    assert read_markdown(raw, "x.md").published == date(2024, 2, 10)


def test_read_markdown_date_line_below_search_depth_is_ignored():
    # Fictional: the date sits far below the heading, in the body.
    raw = ("# Fictional heading\n" + "line\n" * 10 + "Date: 2024-02-10\n").encode()
    assert read_markdown(raw, "x.md").published is None


def test_read_markdown_invalid_date_line_raises():
    raw = b"# Fictional heading\nDate: 2023-02-30\nFictional body.\n"
    with pytest.raises(ReadError, match="not a real date"):
        read_markdown(raw, "x.md")


def test_read_markdown_title_is_first_heading_even_after_date_line():
    # Fictional: a date line above the heading, as front matter often is.
    raw = b"Date: 2024-02-10\n\n# Statement of a fictional witness\n\nFictional body.\n"
    assert read_markdown(raw, "x.md").title == "Statement of a fictional witness"


@pytest.mark.parametrize("reader", [read_plaintext, read_markdown])
def test_read_text_decomposed_letters_become_composed(reader):
    # Fictional: "Сергей" written with a decomposed "й" (и + combining breve).
    decomposed = "Серге\u0438\u0306 работал на складе.\n"
    assert unicodedata.normalize("NFD", "й") == "\u0438\u0306"
    document = reader(decomposed.encode(), "x.txt")
    assert "\u0306" not in document.text
    assert document.text == "Сергей работал на складе."
    assert unicodedata.is_normalized("NFC", document.text)


@pytest.mark.parametrize("reader", [read_plaintext, read_markdown])
@pytest.mark.parametrize("line_end", ["\r\n", "\r", "\u2028"])
def test_read_text_line_ends_become_lf(reader, line_end):
    # Fictional.
    raw = line_end.join(["First fictional line", "Second line", "Third line"]).encode()
    document = reader(raw, "x.txt")
    assert "\r" not in document.text
    assert document.text == "First fictional line\nSecond line\nThird line"


def test_read_plaintext_seed_header_with_crlf():
    raw = SEED_REPORT.replace("\n", "\r\n").encode()
    document = read_plaintext(raw, "seed.txt")
    assert document.published == date(2023, 2, 16)
    assert document.title == "Recruiters visit a fictional hostel in Testgrad"
    assert "\r" not in document.text
    assert "\r" not in document.title


@pytest.mark.parametrize(
    "quoted",
    [
        "He said \u201csign here\u201d and left.",
        "Он сказал: \u00abподпиши\u00bb \u2014 и ушёл.",
        "It\u2019s the \u2018fictional\u2019 depot.",
    ],
)
def test_read_plaintext_typographic_quotes_kept_as_written(quoted):
    document = read_plaintext(quoted.encode(), "x.txt")
    assert document.text == quoted


def test_read_plaintext_control_characters_removed_tabs_kept():
    raw = b"Fictional\x07 text\t\x0bwith\x1b controls\x7f"
    document = read_plaintext(raw, "x.txt")
    assert document.text == "Fictional text\twith controls"


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Two fictional men promised work at a warehouse near the border.", "en"),
        ("Двое вымышленных мужчин обещали работу на складе у границы.", "ru"),
        ("12 345 — 67 89", ""),
    ],
)
def test_read_plaintext_detects_language(body, language):
    raw = f"date 2023-02-16 Headline\n{body}\n".encode()
    assert read_plaintext(raw, "seed.txt").language == language


def test_read_markdown_detects_russian():
    # Fictional.
    raw = "# Заявление\n\nМеня заставили подписать контракт.\n".encode()
    assert read_markdown(raw, "x.md").language == "ru"
