"""Whole-input checks every reader shares: empty, binary, encoding, size. Texts are fictional."""

from __future__ import annotations

import codecs

import pytest

from recruitwatch.extraction import ReadError, read_bytes, supported_suffixes
from recruitwatch.extraction.readers._bytes import MAX_INPUT_BYTES, bytes_decode

# Fictional.
RUSSIAN = "Вербовщик обещал вымышленную работу в Тестограде."
ENGLISH = "A fictional recruiter promised work in Testgrad."

ALL_SUFFIXES = supported_suffixes()


@pytest.mark.parametrize("raw", [b"", b" ", b"\n\n", b" \t\r\n \x0b\x0c"])
def test_bytes_decode_empty_or_whitespace_raises_empty_file(raw):
    with pytest.raises(ReadError, match=r"^empty file$"):
        bytes_decode(raw)


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
@pytest.mark.parametrize("raw", [b"", b"  \n"])
def test_read_bytes_empty_raises_for_every_reader(suffix, raw):
    with pytest.raises(ReadError, match="empty file"):
        read_bytes(raw, origin="x", suffix=suffix)


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"Rar!\x1a\x07\x00", "RAR"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office"),
    ],
)
def test_bytes_decode_magic_numbers_raise_binary(raw, what):
    with pytest.raises(ReadError, match="binary") as caught:
        bytes_decode(raw)
    assert what in str(caught.value)


@pytest.mark.parametrize(
    "raw",
    [
        b"fictional text\x00with a NUL",
        b"\x00\x00\x00\x00",
        ENGLISH.encode("utf-16-le"),  # UTF-16 without a BOM is full of NULs
    ],
)
def test_bytes_decode_nul_bytes_raise_binary(raw):
    with pytest.raises(ReadError, match=r"binary.*NUL"):
        bytes_decode(raw)


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_read_bytes_binary_raises_for_every_reader(suffix):
    with pytest.raises(ReadError, match="binary"):
        read_bytes(b"%PDF-1.4 fictional", origin="x", suffix=suffix)


@pytest.mark.parametrize(
    "raw",
    [
        RUSSIAN.encode("cp1251"),
        RUSSIAN.encode("koi8_r"),
        ("Fictional caf" + "\u00e9").encode("latin-1"),
        b"fictional \xc3",  # a UTF-8 sequence cut short
    ],
)
def test_bytes_decode_invalid_utf8_raises_naming_utf8(raw):
    with pytest.raises(ReadError, match="not UTF-8") as caught:
        bytes_decode(raw)
    assert "offset" in str(caught.value)


def test_bytes_decode_invalid_utf8_names_the_offset():
    raw = b"fictional " + RUSSIAN.encode("cp1251")
    with pytest.raises(ReadError, match="offset 10"):
        bytes_decode(raw)


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_read_bytes_windows_1251_refused_by_every_reader(suffix):
    with pytest.raises(ReadError, match="UTF-8"):
        read_bytes(RUSSIAN.encode("cp1251"), origin="x", suffix=suffix)


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN])
def test_bytes_decode_strips_utf8_bom(text):
    decoded = bytes_decode(codecs.BOM_UTF8 + text.encode())
    assert decoded == text
    assert not decoded.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN])
def test_bytes_decode_utf16_with_bom(codec, text):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    assert bytes_decode(bom + text.encode(codec)) == text


def test_bytes_decode_damaged_utf16_raises():
    raw = codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le") + b"\x41"  # odd byte count
    with pytest.raises(ReadError, match="damaged UTF-16"):
        bytes_decode(raw)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_read_bytes_utf16_text_reads_like_utf8(suffix):
    utf8 = read_bytes(RUSSIAN.encode(), origin="x", suffix=suffix).documents[0]
    utf16 = read_bytes(RUSSIAN.encode("utf-16"), origin="x", suffix=suffix).documents[0]
    assert utf16.text == utf8.text == RUSSIAN
    assert utf16.language == "ru"


def test_bytes_decode_at_size_limit_is_accepted():
    raw = b"a" * MAX_INPUT_BYTES
    assert len(bytes_decode(raw)) == MAX_INPUT_BYTES


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_read_bytes_oversize_raises(suffix):
    raw = b"a" * (MAX_INPUT_BYTES + 1)
    with pytest.raises(ReadError, match="limit"):
        read_bytes(raw, origin="big", suffix=suffix)


def test_bytes_decode_text_starting_with_mz_is_text():
    # Fictional: a report that opens with a unit's initials.
    raw = b"MZ-7 unit, fictional report\nTwo men were taken from the depot."
    assert bytes_decode(raw).startswith("MZ-7")
