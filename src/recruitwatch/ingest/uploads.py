"""Checking uploaded evidence files before they are stored.

An evidence file comes from outside: a scan a relative sent, a photo from a messenger, an
archive a lawyer forwarded. Anything in it may be hostile, and it will later be opened on a
caseworker's machine. So, in order:

1. **Size**: empty files and files over the limit are refused before anything is parsed.
2. **Type from content**: the media type is detected from the bytes (magic numbers), never
   from the declared name or the browser's Content-Type, which the sender controls.
   Executables and scripts (PE ``MZ``, ELF, Mach-O, ``#!``) and unknown binary formats are
   refused: fail closed.
3. **Containers**: ZIP and gzip are opened and decompressed as a stream, counting every
   byte, so a decompression bomb is stopped at the limit, not after filling the memory.
   Nested archives, executables inside, encrypted, linked or path-escaping members are
   refused.
4. **Active content**: HTML, SVG and XML can carry script; they may be stored, but only
   ever served as attachments (``CheckedUpload.inline_allowed`` is False).
5. **Download name**: the declared name is reduced to a safe file name whose extension
   matches the detected type, so "invoice.pdf.exe" cannot be saved as an executable.

Refusals raise :class:`UploadRefused` with a one-line reason the uploader can act on.
:func:`upload_check` is pure (no Django, no database): the fuzzer calls it directly.
"""

from __future__ import annotations

import json
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recruitwatch.records.models import Evidence

# 50 MiB: a phone video clip or a scanned case file of a few hundred pages fits; larger
# material is better handed over on a disk than through a web form.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# Decompression limits for ZIP and gzip. 256 MiB absolute: five times the upload limit, room
# for a folder of text documents. A ratio above 100:1 over the first MiB is what bombs do
# (42.zip reaches 10^6:1); ordinary documents, even repetitive CSV, compress far less.
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024  # below this, a high ratio is harmless (a page of spaces)
MAX_ARCHIVE_MEMBERS = 1000
# Declared names longer than this are not names but payloads.
MAX_NAME_BYTES = 1024
# A download name longer than this is shortened (most file systems allow 255 bytes).
DOWNLOAD_NAME_CHARS = 120
# How much of a text file is searched for markup that makes it active content.
MARKUP_SNIFF_CHARS = 64 * 1024

_CHUNK = 64 * 1024


class UploadRefused(ValueError):
    """An upload was refused. ``str(error)`` is one line saying why, safe to show."""


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check, with its type as detected from its bytes."""

    data: bytes
    media_type: str
    #: A human label of the type ("PDF document"), for messages.
    kind: str
    #: A safe file name for downloads; its extension matches ``media_type``.
    download_name: str
    #: False for active content (HTML, SVG, XML), containers and PDF: attachment only.
    inline_allowed: bool
    #: Members of a ZIP or gzip container (0 for other files) and their total size.
    members: int = 0
    uncompressed_bytes: int = 0


@dataclass(frozen=True)
class _Type:
    media_type: str
    kind: str
    extensions: tuple[str, ...]  # the first one is used when the declared name's is wrong
    inline: bool


_PDF = _Type("application/pdf", "PDF document", (".pdf",), False)
_PNG = _Type("image/png", "PNG image", (".png",), True)
_JPEG = _Type("image/jpeg", "JPEG image", (".jpg", ".jpeg"), True)
_GIF = _Type("image/gif", "GIF image", (".gif",), True)
_WEBP = _Type("image/webp", "WEBP image", (".webp",), True)
_ZIP = _Type("application/zip", "ZIP archive", (".zip",), False)
_GZIP = _Type("application/gzip", "gzip file", (".gz",), False)
_TEXT = _Type("text/plain", "text", (".txt", ".text", ".md", ".markdown", ".log"), True)
_CSV = _Type("text/csv", "CSV table", (".csv", ".tsv"), True)
_JSON = _Type("application/json", "JSON", (".json", ".jsonl", ".ndjson", ".geojson"), True)
_HTML = _Type("text/html", "HTML page", (".html", ".htm"), False)
_SVG = _Type("image/svg+xml", "SVG image", (".svg",), False)
_XML = _Type("application/xml", "XML document", (".xml", ".rss", ".atom"), False)
TYPES = (_PDF, _PNG, _JPEG, _GIF, _WEBP, _ZIP, _GZIP, _TEXT, _CSV, _JSON, _HTML, _SVG, _XML)
_BY_MEDIA_TYPE = {t.media_type: t for t in TYPES}

# Refused outright, with the reason. Checked before anything else, inside containers too.
_EXECUTABLE_MAGIC = (
    (b"\x7fELF", "an ELF executable"),
    (b"\xfe\xed\xfa\xce", "a Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Mach-O universal executable or Java class"),
    (b"#!", "a script (it starts with #!)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"dex\n", "an Android executable"),
)
# Archives other than ZIP and gzip: refused by name, so the uploader knows what to do.
_OTHER_ARCHIVE_MAGIC = (
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard file"),
    (b"MSCF", "a Windows cabinet archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (it may carry macros)"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_GZIP_MAGIC = b"\x1f\x8b"
_TAR_MAGIC_OFFSET = 257  # "ustar" in a POSIX tar header

_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SVG_TAG = re.compile(r"<svg[\s>/]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|frame|frameset|style|"
    r"img|a|meta|link|form|input|base|math|template|video|audio|source|details)[\s>/]",
    re.IGNORECASE,
)
# Characters never kept in a download name: path and shell separators, quotes, wildcards,
# controls, and the invisible ones that reorder or hide parts of a name ("gpj.exe" shown as
# "exe.jpg" with U+202E).
_NAME_UNSAFE = re.compile(
    r'[\x00-\x1f\x7f-\x9f"*/:<>?\\|;%`$\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]'
)
_WINDOWS_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$", re.IGNORECASE)


def _refuse_executable(head: bytes, where: str = "the file") -> None:
    for magic, what in _EXECUTABLE_MAGIC:
        if head.startswith(magic):
            raise UploadRefused(f"{where} is {what}; executables and scripts are not accepted")
    if head.startswith(b"MZ") and not _is_text(head[:4096]):
        raise UploadRefused(
            f"{where} is a Windows executable (MZ); executables and scripts are not accepted"
        )


def _archive_kind(head: bytes) -> str | None:
    """What kind of archive ``head`` starts, or None: used to refuse nested archives."""
    if head.startswith(_ZIP_MAGIC):
        return "a ZIP archive"
    if head.startswith(_GZIP_MAGIC):
        return "a gzip file"
    if head[_TAR_MAGIC_OFFSET : _TAR_MAGIC_OFFSET + 5] == b"ustar":
        return "a tar archive"
    for magic, what in _OTHER_ARCHIVE_MAGIC:
        if head.startswith(magic):
            return what
    return None


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A sniffed prefix may end inside a multi-byte character; that alone is not binary.
        if exc.start < len(data) - 3 or exc.reason != "unexpected end of data":
            return False
        text = data[: exc.start].decode("utf-8-sig")
    return not _TEXT_CONTROLS.search(text)


def _text_type(data: bytes) -> _Type:
    """The type of a UTF-8 text file: JSON, SVG, HTML, XML, CSV or plain text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadRefused(
            f"not a recognised file type: binary, or text that is not UTF-8 (invalid byte at "
            f"offset {exc.start}); {_accepted()}"
        ) from None
    if _TEXT_CONTROLS.search(text):
        raise UploadRefused(
            f"not a recognised file type: binary, or text with control characters; {_accepted()}"
        )
    head = text[:MARKUP_SNIFF_CHARS]
    if _SVG_TAG.search(head):
        return _SVG
    if _HTML_TAG.search(head):
        return _HTML
    if head.lstrip().startswith("<?xml"):
        return _XML
    if _looks_like_json(text):
        return _JSON
    if _looks_like_csv(head):
        return _CSV
    return _TEXT


def _looks_like_json(text: str) -> bool:
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return False
    try:
        json.loads(stripped)
    except (ValueError, RecursionError):
        # JSON Lines: every non-empty line an object.
        lines = [line for line in stripped.split("\n")[:50] if line.strip()]
        try:
            return all(isinstance(json.loads(line), dict) for line in lines)
        except (ValueError, RecursionError):
            return False
    return True


def _looks_like_csv(head: str) -> bool:
    """At least two lines, and every one of the first lines has the same number (≥ 1) of
    commas or tabs outside quotes: a table, not prose (prose rarely keeps the count)."""
    lines = [line for line in head.split("\n")[:20] if line.strip()]
    if len(head) >= MARKUP_SNIFF_CHARS and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off by the sniff limit
    if len(lines) < 2:
        return False
    for separator in (",", "\t", ";"):
        counts = {re.sub(r'"[^"]*"', "", line).count(separator) for line in lines}
        if len(counts) == 1 and counts.pop() >= 1:
            return True
    return False


def _accepted() -> str:
    return "accepted: PDF, PNG, JPEG, GIF, WEBP, UTF-8 text (HTML, JSON, CSV), ZIP and gzip"


def _detect(data: bytes) -> _Type:
    """The type of ``data`` from its first bytes (and, for text, its content)."""
    head = data[:512]
    _refuse_executable(head)
    if head.startswith(b"%PDF-"):
        return _PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _PNG
    if head.startswith(b"\xff\xd8\xff"):
        return _JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _WEBP
    if head.startswith(_ZIP_MAGIC):
        return _ZIP
    if head.startswith(_GZIP_MAGIC):
        return _GZIP
    other = _archive_kind(head)
    if other is not None:
        raise UploadRefused(f"the file is {other}; upload the files themselves, or one ZIP")
    return _text_type(data)


class _Budget:
    """Counts decompressed bytes across a container and stops at the limits."""

    def __init__(self, compressed_bytes: int) -> None:
        self.compressed_bytes = max(compressed_bytes, 1)
        self.total = 0

    def add(self, count: int) -> None:
        self.total += count
        if self.total > MAX_UNCOMPRESSED_BYTES:
            raise UploadRefused(
                f"the archive expands to more than {MAX_UNCOMPRESSED_BYTES:,} bytes; "
                "the limit protects against decompression bombs"
            )
        ratio = self.total / self.compressed_bytes
        if self.total > RATIO_FLOOR_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise UploadRefused(
                f"the archive expands more than {MAX_COMPRESSION_RATIO} times its size; "
                "refused as a likely decompression bomb"
            )


def _member_check(head: bytes, name: str) -> None:
    where = f"archive member {name!r}"
    _refuse_executable(head, where)
    nested = _archive_kind(head)
    if nested is not None:
        raise UploadRefused(f"{where} is {nested}; archives inside archives are not accepted")


def _zip_check(data: bytes) -> tuple[int, int]:
    """Open every member of a ZIP as a stream; returns (members, uncompressed bytes)."""
    budget = _Budget(len(data))
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
            if not members:
                raise UploadRefused("the ZIP archive is empty")
            if len(members) > MAX_ARCHIVE_MEMBERS:
                raise UploadRefused(
                    f"the archive holds {len(members):,} members; the limit is "
                    f"{MAX_ARCHIVE_MEMBERS:,}"
                )
            for info in members:
                _zip_member_check(archive, info, budget)
    except UploadRefused:
        raise
    except RuntimeError as exc:  # zipfile raises it for encrypted members without a password
        raise UploadRefused(f"the ZIP archive cannot be opened ({_short(exc)})") from None
    except NotImplementedError:
        raise UploadRefused("the ZIP archive uses a compression method we cannot check") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError) as exc:
        raise UploadRefused(f"damaged ZIP archive ({exc.__class__.__name__})") from None
    except Exception as exc:
        # zipfile and its decompressors (bz2, lzma) raise a long tail of errors on damaged
        # input; all of them mean this file cannot be checked, so it is not accepted.
        raise UploadRefused(f"damaged ZIP archive ({exc.__class__.__name__})") from None
    return len(members), budget.total


def _zip_member_check(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> None:
    name = info.filename
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", name):
        raise UploadRefused(f"archive member {name[:80]!r} would be written outside its folder")
    if info.flag_bits & 0x1:
        raise UploadRefused(f"archive member {name[:80]!r} is encrypted and cannot be checked")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise UploadRefused(f"archive member {name[:80]!r} is a symbolic link")
    if info.is_dir():
        return
    with archive.open(info) as member:
        head = b""
        while chunk := member.read(_CHUNK):
            if not head:
                head = chunk[:512]
                _member_check(head, name[:80])
            budget.add(len(chunk))


def _gzip_check(data: bytes) -> tuple[int, int]:
    """Decompress every gzip member as a stream; returns (members, uncompressed bytes)."""
    budget = _Budget(len(data))
    members = 0
    remaining = data
    try:
        while remaining:
            if not remaining.startswith(_GZIP_MAGIC):
                if remaining.strip(b"\x00"):  # padding after the last member is allowed
                    raise UploadRefused("damaged gzip file (data after the last member)")
                break
            members += 1
            if members > MAX_ARCHIVE_MEMBERS:
                raise UploadRefused(f"the gzip file holds more than {MAX_ARCHIVE_MEMBERS} members")
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            head = b""
            pending = remaining
            while not decompressor.eof:
                chunk = decompressor.decompress(pending, _CHUNK)
                progressed = bool(chunk) or len(decompressor.unconsumed_tail) < len(pending)
                pending = decompressor.unconsumed_tail
                if not progressed:
                    raise UploadRefused("damaged gzip file (it ends too soon)")
                if len(head) < 512:
                    head += chunk[: 512 - len(head)]
                budget.add(len(chunk))
            if head:
                _member_check(head, f"gzip member {members}")
            remaining = decompressor.unused_data
    except zlib.error as exc:
        raise UploadRefused(f"damaged gzip file ({_short(exc)})") from None
    return members, budget.total


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else exc.__class__.__name__


def download_name(declared_name: str, *, media_type: str, fallback_stem: str = "evidence") -> str:
    """A file name safe to offer for download: no path, no hidden or reserved name, no
    invisible or separator characters, and an extension that matches ``media_type``."""
    kind = _BY_MEDIA_TYPE.get(media_type)
    name = declared_name.encode("utf-8", "replace").decode("utf-8")  # lone surrogates → "?"
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = _NAME_UNSAFE.sub("_", name)
    name = " ".join(name.split()).strip(" ._")
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    extension = f".{extension.lower()}" if extension else ""
    if kind is None:
        extension = ".bin"
    elif extension not in kind.extensions:
        # "letter.pdf.exe" detected as PDF becomes "letter.pdf.exe.pdf": nothing is hidden,
        # and what opens it is chosen by what it is.
        stem = name
        extension = kind.extensions[0]
    stem = stem.strip(" ._")[: DOWNLOAD_NAME_CHARS - len(extension)].rstrip(" ._")
    if not stem or _WINDOWS_RESERVED.match(stem):
        stem = f"{fallback_stem}_{stem}" if stem else fallback_stem
    return stem + extension


def upload_check(
    data: bytes, declared_name: str, *, max_bytes: int = MAX_UPLOAD_BYTES, inline: bool = False
) -> CheckedUpload:
    """Check an upload and detect its type; raises :class:`UploadRefused` saying why not.

    ``inline=True`` asks for a file that may be displayed in the browser: active content
    (HTML, SVG, XML), containers and PDF are then refused instead of flagged.
    """
    if not isinstance(data, bytes | bytearray):
        raise UploadRefused("no file content")
    data = bytes(data)
    if len(declared_name.encode("utf-8", "replace")) > MAX_NAME_BYTES:
        raise UploadRefused(f"the file name is longer than {MAX_NAME_BYTES} bytes")
    if not data:
        raise UploadRefused("the file is empty")
    if len(data) > max_bytes:
        raise UploadRefused(f"the file is {len(data):,} bytes; the limit is {max_bytes:,}")
    kind = _detect(data)
    members = uncompressed = 0
    if kind is _ZIP:
        members, uncompressed = _zip_check(data)
    elif kind is _GZIP:
        members, uncompressed = _gzip_check(data)
    if inline and not kind.inline:
        raise UploadRefused(
            f"the file is a {kind.kind}, which can carry active content or other files; "
            "it can be stored only as an attachment, never shown in the browser"
        )
    return CheckedUpload(
        data=data,
        media_type=kind.media_type,
        kind=kind.kind,
        download_name=download_name(declared_name, media_type=kind.media_type),
        inline_allowed=kind.inline,
        members=members,
        uncompressed_bytes=uncompressed,
    )


def evidence_upload(
    *,
    data: bytes,
    declared_name: str,
    description: str = "",
    incident: Any = None,
    uploaded_by: Any = None,
) -> tuple[Evidence, bool]:
    """Check an uploaded file, then store it as evidence (once per content).

    The declared name is kept as written (sealed, it may name someone) for the record of
    where the file came from; downloads use :func:`download_name` of it. The size limit is
    ``settings.RECRUITWATCH_UPLOAD_MAX_BYTES`` when a deployment sets it.
    """
    from django.conf import settings

    from recruitwatch.records.services.evidence import evidence_store

    max_bytes = int(getattr(settings, "RECRUITWATCH_UPLOAD_MAX_BYTES", MAX_UPLOAD_BYTES))
    checked = upload_check(data, declared_name, max_bytes=max_bytes)
    return evidence_store(
        data=checked.data,
        media_type=checked.media_type,
        original_name=declared_name.encode("utf-8", "replace").decode("utf-8"),
        description=description,
        incident=incident,
        uploaded_by=uploaded_by,
    )


__all__ = [
    "MAX_UPLOAD_BYTES",
    "CheckedUpload",
    "UploadRefused",
    "download_name",
    "evidence_upload",
    "upload_check",
]
