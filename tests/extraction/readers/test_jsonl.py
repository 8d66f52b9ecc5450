"""JSON Lines reader: one report per line, bad lines reported by number. Records are fictional."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from recruitwatch.extraction import ReadError
from recruitwatch.extraction.readers.jsonl import KNOWN_CHANNELS, read_jsonl

# Fictional records.
GOOD = {
    "text": "A fictional worker was told to sign a contract at the Testgrad depot.",
    "title": "Fictional depot",
    "published": "2023-05-02",
    "channel": "testimony",
    "url": "https://example.org/fictional/1",
}
OTHER = {"text": "Вымышленного рабочего увезли со склада ночью."}


def _jsonl(*records: object) -> bytes:
    return "\n".join(
        r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records
    ).encode()


def test_read_jsonl_good_lines_become_documents():
    result = read_jsonl(_jsonl(GOOD, OTHER), "batch.jsonl")
    assert result.errors == ()
    first, second = result.documents
    assert first.text == GOOD["text"]
    assert first.title == "Fictional depot"
    assert first.published == date(2023, 5, 2)
    assert first.channel == "testimony"
    assert first.url == "https://example.org/fictional/1"
    assert first.reader == "jsonl"
    assert first.language == "en"
    assert second.language == "ru"
    assert second.title == ""
    assert second.published is None
    assert second.channel is None
    assert second.url is None


def test_read_jsonl_origin_names_file_and_line_number():
    raw = _jsonl(GOOD, "", OTHER, "   ", GOOD)
    result = read_jsonl(raw, "batch.jsonl")
    assert [d.origin for d in result.documents] == [
        "batch.jsonl:1",
        "batch.jsonl:3",
        "batch.jsonl:5",
    ]


def test_read_jsonl_sha256_is_per_line():
    line = json.dumps(GOOD).encode()
    result = read_jsonl(line + b"\n" + line + b"\n", "batch.jsonl")
    first, second = result.documents
    assert first.sha256 == second.sha256 == hashlib.sha256(line).hexdigest()
    assert first.size_bytes == len(line)


def test_read_jsonl_different_lines_have_different_sha256():
    result = read_jsonl(_jsonl(GOOD, {**GOOD, "title": "Another fictional title"}), "b.jsonl")
    first, second = result.documents
    assert first.text == second.text
    assert first.sha256 != second.sha256


def test_read_jsonl_sha256_ignores_crlf_line_end():
    line = json.dumps(OTHER).encode()
    crlf = read_jsonl(line + b"\r\n" + line + b"\r\n", "b.jsonl").documents
    lf = read_jsonl(line + b"\n", "b.jsonl").documents
    assert {d.sha256 for d in crlf} == {lf[0].sha256}


def test_read_jsonl_blank_lines_skipped():
    raw = b"\n\n" + _jsonl(GOOD) + b"\n \t \n\r\n\n" + _jsonl(OTHER) + b"\n\n"
    result = read_jsonl(raw, "b.jsonl")
    assert len(result.documents) == 2
    assert result.errors == ()


BAD_LINES = [
    ('{"text": "fictional", ', "invalid JSON"),
    ("not json at all", "invalid JSON"),
    ('["a list", "not an object"]', "JSON object"),
    ('"just a string"', "JSON object"),
    ("42", "JSON object"),
    ("null", "JSON object"),
    ('{"title": "no text key"}', "no 'text'"),
    ('{"text": ""}', "no 'text'"),
    ('{"text": "   \\n\\t  "}', "no 'text'"),
    ('{"text": null}', "no 'text'"),
    ('{"text": 42}', "'text' must be text"),
    ('{"text": ["a", "b"]}', "'text' must be text"),
    ('{"text": {"nested": "x"}}', "'text' must be text"),
    ('{"text": "fictional", "published": "2023-02-30"}', "not an ISO date"),
    ('{"text": "fictional", "published": "last Tuesday"}', "not an ISO date"),
    ('{"text": "fictional", "published": 20230216}', "'published' must be text"),
    ('{"text": "fictional", "channel": "rumour"}', "unknown channel"),
    ('{"text": "fictional", "channel": 3}', "'channel' must be text"),
    ('{"text": "fictional", "title": false}', "'title' must be text"),
    ("[" * 100_000, "nested too deeply"),
]


@pytest.mark.parametrize(("bad_line", "reason"), BAD_LINES)
def test_read_jsonl_bad_line_reported_by_number_good_lines_kept(bad_line, reason):
    raw = _jsonl(GOOD, "", bad_line, OTHER)
    result = read_jsonl(raw, "batch.jsonl")
    assert [d.origin for d in result.documents] == ["batch.jsonl:1", "batch.jsonl:4"]
    (error,) = result.errors
    assert isinstance(error, ReadError)
    assert str(error).startswith("line 3: ")
    assert reason in str(error)


def test_read_jsonl_all_lines_bad_gives_errors_not_exception():
    result = read_jsonl(b"one\ntwo\n{}\n", "b.jsonl")
    assert result.documents == ()
    assert [str(e).split(":")[0] for e in result.errors] == ["line 1", "line 2", "line 3"]


@pytest.mark.parametrize("channel", sorted(KNOWN_CHANNELS))
def test_read_jsonl_known_channels_accepted(channel):
    (document,) = read_jsonl(_jsonl({"text": "fictional", "channel": channel}), "b").documents
    assert document.channel == channel


def test_read_jsonl_explicit_language_wins_over_detection():
    record = {"text": "Fictional English words.", "language": "ru"}
    (document,) = read_jsonl(_jsonl(record), "b").documents
    assert document.language == "ru"


def test_read_jsonl_text_is_normalised():
    # Fictional: decomposed "й", CRLF, and surrounding whitespace inside the JSON string.
    record = {"text": "  Серге\u0438\u0306\r\nработал\u2028на складе  "}
    (document,) = read_jsonl(_jsonl(record), "b").documents
    assert document.text == "Сергей\nработал\nна складе"


def test_read_jsonl_bom_on_first_line_does_not_lose_it():
    raw = b"\xef\xbb\xbf" + _jsonl(GOOD, OTHER)
    result = read_jsonl(raw, "b.jsonl")
    assert result.errors == ()
    assert len(result.documents) == 2


@pytest.mark.parametrize(
    "raw", [b"", b"\n\n  \n", b"%PDF-1.4\n{}", '{"text": "й"}'.encode("cp1251")]
)
def test_read_jsonl_whole_file_problems_raise(raw):
    with pytest.raises(ReadError):
        read_jsonl(raw, "b.jsonl")


def test_read_jsonl_huge_integer_is_a_line_error():
    raw = _jsonl(GOOD, '{"text": "fictional", "n": ' + "1" * 5000 + "}")
    result = read_jsonl(raw, "b.jsonl")
    assert len(result.documents) == 1
    assert str(result.errors[0]).startswith("line 2: ")


def test_read_jsonl_utf16_file_reads_every_line():
    raw = (json.dumps(GOOD) + "\n" + json.dumps(OTHER) + "\n").encode("utf-16")
    result = read_jsonl(raw, "b.jsonl")
    assert result.errors == ()
    assert [d.text for d in result.documents] == [GOOD["text"], OTHER["text"]]
