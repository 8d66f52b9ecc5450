"""The reader registry: suffix to reader, and reading files from disk. Texts are fictional."""

from __future__ import annotations

from datetime import date

import pytest

from recruitwatch.extraction import ReadError, read_bytes, read_path, supported_suffixes
from recruitwatch.extraction.readers import READERS, ReadResult
from recruitwatch.extraction.readers._bytes import MAX_INPUT_BYTES

# Fictional.
SEED = "date 2023-02-16 Fictional headline\nA fictional body about a recruitment visit.\n"


def test_supported_suffixes_sorted_and_complete():
    suffixes = supported_suffixes()
    assert list(suffixes) == sorted(READERS)
    assert {".txt", ".md", ".html", ".jsonl"} <= set(suffixes)
    assert all(s.startswith(".") and s == s.lower() for s in suffixes)


@pytest.mark.parametrize("name", ["scan.pdf", "photo.JPG", "README", "archive.tar.gz", ".hidden"])
def test_read_path_unsupported_suffix_lists_supported_types(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"fictional bytes that are never opened")
    with pytest.raises(ReadError, match="unsupported file type") as caught:
        read_path(path)
    message = str(caught.value)
    assert all(suffix in message for suffix in supported_suffixes())


def test_read_path_no_suffix_says_so(tmp_path):
    path = tmp_path / "notes"
    path.write_text(SEED)
    with pytest.raises(ReadError, match=r"\(no suffix\)"):
        read_path(path)


def test_read_path_unsupported_suffix_checked_before_opening(tmp_path):
    # The file does not exist: the suffix is refused first, without touching the disk.
    with pytest.raises(ReadError, match=r"unsupported file type \.pdf"):
        read_path(tmp_path / "missing.pdf")


@pytest.mark.parametrize("suffix", [".xml", "", "txt"])
def test_read_bytes_unsupported_suffix_raises(suffix):
    with pytest.raises(ReadError, match="supported: "):
        read_bytes(SEED.encode(), origin="x", suffix=suffix)


def test_read_path_missing_file_raises(tmp_path):
    with pytest.raises(ReadError, match="cannot read the file"):
        read_path(tmp_path / "missing.txt")


def test_read_path_directory_with_text_suffix_raises(tmp_path):
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    with pytest.raises(ReadError, match="cannot read the file"):
        read_path(folder)


def test_read_path_oversize_file_refused_by_size(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 20 MiB actually written
        handle.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(ReadError, match="limit"):
        read_path(path)


@pytest.mark.parametrize("name", ["report.txt", "REPORT.TXT", "report.text"])
def test_read_path_reads_seed_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(SEED.encode())
    result = read_path(path)
    assert isinstance(result, ReadResult)
    assert result.errors == ()
    (document,) = result.documents
    assert document.origin == name
    assert document.published == date(2023, 2, 16)
    assert document.title == "Fictional headline"
    assert document.text == "A fictional body about a recruitment visit."


@pytest.mark.parametrize(
    ("name", "content", "reader"),
    [
        ("a.md", "# Fictional heading\nFictional body.\n", "markdown"),
        ("a.markdown", "# Fictional heading\nFictional body.\n", "markdown"),
        ("a.html", "<html><body><p>Fictional body text.</p></body></html>", "html"),
        ("a.htm", "<html><body><p>Fictional body text.</p></body></html>", "html"),
        ("a.jsonl", '{"text": "Fictional body."}\n', "jsonl"),
        ("a.ndjson", '{"text": "Fictional body."}\n', "jsonl"),
    ],
)
def test_read_path_picks_reader_by_suffix(tmp_path, name, content, reader):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (document,) = read_path(path).documents
    assert document.reader == reader


def test_read_path_unreadable_file_raises(tmp_path):
    # A folder named like a report cannot be read as one, even by root (who ignores modes).
    path = tmp_path / "locked.txt"
    path.mkdir()
    with pytest.raises(ReadError, match="cannot read the file"):
        read_path(path)
