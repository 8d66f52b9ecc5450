"""Upload checks, evidence upload and the evidence download view.

Every file built here is fictional: invented letters, tiny synthetic images and archives made
in memory. No real document, image or person is in these tests.
"""

from __future__ import annotations

import gzip
import io
import stat
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruitwatch.ingest import uploads
from recruitwatch.ingest.uploads import (
    CheckedUpload,
    UploadRefused,
    download_name,
    evidence_upload,
    upload_check,
)
from recruitwatch.ingest.views import content_disposition
from recruitwatch.records.models import Evidence
from recruitwatch.records.services.evidence import evidence_path
from tests.web.helpers import sign_in

LETTER = "Fictional letter: my son was told to sign. Вымышленное письмо.\n".encode()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(17)
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def _zip(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _zip_with_symlink() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("link-to-home")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/home/caseworker")
    return buffer.getvalue()


def _zip_marked_encrypted() -> bytes:
    """A ZIP whose only member claims to be encrypted (bit 0 of the flags, both headers)."""
    data = bytearray(_zip({"letter.txt": LETTER}, method=zipfile.ZIP_STORED))
    data[6] |= 0x1  # local file header: general purpose flags at offset 6
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1  # central directory header: flags at offset 8
    return bytes(data)


# --- type detection ------------------------------------------------------------------------

DETECTED = [
    (PDF, "application/pdf", False),
    (PNG, "image/png", True),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg", True),
    (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif", True),
    (b"RIFF\x1a\x00\x00\x00WEBPVP8 ", "image/webp", True),
    (LETTER, "text/plain", True),
    ("\ufeffТекст письма, вымышленный.".encode(), "text/plain", True),
    (b'{"text": "fictional report"}', "application/json", True),
    (b'{"text": "a"}\n{"text": "b"}\n', "application/json", True),
    (b"name,region\nFictional A,RU-SVE\nFictional B,RU-KDA\n", "text/csv", True),
    (b"<!DOCTYPE html><html><body><p>fictional</p></body></html>", "text/html", False),
    (b"A note.\n<script>alert(1)</script>\n", "text/html", False),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml", False),
    (b'<?xml version="1.0"?><rss version="2.0"></rss>', "application/xml", False),
    (_zip({"letter.txt": LETTER}), "application/zip", False),
    (gzip.compress(LETTER), "application/gzip", False),
]


@pytest.mark.parametrize(("data", "media_type", "inline"), DETECTED)
def test_upload_check_detects_type_from_content(data, media_type, inline):
    checked = upload_check(data, "declared-name-is-ignored.exe")
    assert isinstance(checked, CheckedUpload)
    assert (checked.media_type, checked.inline_allowed) == (media_type, inline)
    assert checked.data == data


def test_upload_check_ignores_the_declared_name():
    assert upload_check(PDF, "photo.png").media_type == "application/pdf"
    assert upload_check(LETTER, "scan.pdf").media_type == "text/plain"


REFUSED = [
    (b"", "empty"),
    (b"\x7fELF\x02\x01\x01" + bytes(64), "ELF executable"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(64) + b"PE\x00\x00", "Windows executable"),
    (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", "Mach-O"),
    (b"\xca\xfe\xba\xbe\x00\x00\x00\x02", "Mach-O universal"),
    (b"#!/bin/sh\nrm -rf ~\n", "script"),
    (b"\x00asm\x01\x00\x00\x00", "WebAssembly"),
    (b"Rar!\x1a\x07\x01\x00", "RAR"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(32), "legacy Office"),
    (bytes(257) + b"ustar\x0000" + bytes(64), "tar"),
    (b"\x00\x01\x02\x03 binary of no known kind", "not a recognised file type"),
    ("Письмо".encode("cp1251") + b" in Windows-1251", "not UTF-8"),
    (b"text with an escape \x1b[31m code", "control characters"),
    (_zip({}), "empty"),
]


@pytest.mark.parametrize(("data", "reason"), REFUSED)
def test_upload_check_refuses_with_a_reason(data, reason):
    with pytest.raises(UploadRefused, match=reason):
        upload_check(data, "fictional.bin")


def test_upload_check_text_starting_with_mz_is_text_not_an_executable():
    assert upload_check(b"MZ Fictional Ltd said the contract was forged.", "a.txt").kind == "text"


def test_upload_check_size_limit():
    with pytest.raises(UploadRefused, match="the limit is 10"):
        upload_check(LETTER, "a.txt", max_bytes=10)
    assert upload_check(LETTER[:10], "a.txt", max_bytes=10).data == LETTER[:10]
    assert uploads.MAX_UPLOAD_BYTES == 50 * 1024 * 1024


def test_upload_check_refuses_overlong_declared_name():
    with pytest.raises(UploadRefused, match="file name is longer"):
        upload_check(LETTER, "a" * 2000 + ".txt")


@pytest.mark.parametrize(
    "data",
    [
        b"<svg onload=alert(1)>",
        b"<html><body>fictional</body></html>",
        b'<?xml version="1.0"?><x/>',
        PDF,
        _zip({"letter.txt": LETTER}),
    ],
)
def test_upload_check_inline_refuses_active_content_and_containers(data):
    stored = upload_check(data, "page.html")  # accepted as an attachment
    assert not stored.inline_allowed
    with pytest.raises(UploadRefused, match="only as an attachment"):
        upload_check(data, "page.html", inline=True)


def test_upload_check_inline_allows_images_and_plain_text():
    assert upload_check(PNG, "a.png", inline=True).inline_allowed
    assert upload_check(LETTER, "a.txt", inline=True).inline_allowed


# --- gzip ----------------------------------------------------------------------------------


def test_gzip_bomb_refused_by_ratio():
    bomb = gzip.compress(bytes(8 * 1024 * 1024))  # ≈ 8 KiB expanding to 8 MiB: ratio ≈ 1000
    with pytest.raises(UploadRefused, match="decompression bomb"):
        upload_check(bomb, "logs.gz")


def test_gzip_refused_beyond_absolute_limit(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(UploadRefused, match="more than 1,000 bytes"):
        upload_check(gzip.compress(LETTER * 20), "letter.txt.gz")


def test_gzip_members_counted_and_nested_archives_refused():
    checked = upload_check(gzip.compress(LETTER) + gzip.compress(LETTER), "two.gz")
    assert (checked.members, checked.uncompressed_bytes) == (2, 2 * len(LETTER))
    with pytest.raises(UploadRefused, match="archives inside archives"):
        upload_check(gzip.compress(_zip({"a.txt": LETTER})), "a.zip.gz")
    with pytest.raises(UploadRefused, match="archives inside archives"):
        upload_check(gzip.compress(gzip.compress(LETTER)), "a.gz.gz")
    with pytest.raises(UploadRefused, match="ELF executable"):
        upload_check(gzip.compress(b"\x7fELF" + bytes(60)), "tool.gz")


@pytest.mark.parametrize(
    "data",
    [
        gzip.compress(LETTER)[:-6],  # cut off
        gzip.compress(LETTER)[:12],
        b"\x1f\x8b\x08\x00" + bytes(6) + b"\xff\xff\xff",  # garbage deflate stream
        gzip.compress(LETTER) + b"trailing junk",
    ],
)
def test_gzip_damaged_is_refused(data):
    with pytest.raises(UploadRefused, match="damaged gzip"):
        upload_check(data, "damaged.gz")


# --- ZIP -----------------------------------------------------------------------------------


def test_zip_accepted_with_member_count_and_size():
    checked = upload_check(_zip({"a.txt": LETTER, "scan.png": PNG, "folder/": b""}), "case.zip")
    assert checked.members == 3
    assert checked.uncompressed_bytes == len(LETTER) + len(PNG)


def test_zip_bomb_refused_by_ratio():
    bomb = _zip({"zeros.txt": bytes(4 * 1024 * 1024)})
    with pytest.raises(UploadRefused, match="decompression bomb"):
        upload_check(bomb, "case.zip")


def test_zip_refused_beyond_absolute_limit_and_member_count(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UNCOMPRESSED_BYTES", 100)
    with pytest.raises(UploadRefused, match="more than 100 bytes"):
        upload_check(_zip({"a.txt": LETTER, "b.txt": LETTER[::-1]}), "case.zip")
    monkeypatch.setattr(uploads, "MAX_ARCHIVE_MEMBERS", 2)
    with pytest.raises(UploadRefused, match="3 members; the limit is 2"):
        upload_check(_zip({"a": b"1", "b": b"2", "c": b"3"}), "case.zip")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_zip({"inner.zip": _zip({"a.txt": LETTER})}), "archives inside archives"),
        (_zip({"inner.txt": gzip.compress(LETTER)}), "archives inside archives"),
        (_zip({"setup.exe": b"MZ\x90\x00" + bytes(60)}), "Windows executable"),
        (_zip({"run.sh": b"#!/bin/sh\n"}), "script"),
        (_zip({"../../.bashrc": b"fictional"}), "outside its folder"),
        (_zip({"/etc/cron.d/x": b"fictional"}), "outside its folder"),
        (_zip({"C:\\Windows\\x.txt": b"fictional"}), "outside its folder"),
        (_zip_with_symlink(), "symbolic link"),
        (_zip_marked_encrypted(), "encrypted"),
        (_zip({"a.txt": LETTER})[:-30], "damaged ZIP"),
        (b"PK\x03\x04" + bytes(40), "damaged ZIP"),
    ],
)
def test_zip_hostile_archives_refused(data, reason):
    with pytest.raises(UploadRefused, match=reason):
        upload_check(data, "case.zip")


def test_zip_with_crc_mismatch_is_refused():
    data = bytearray(_zip({"letter.txt": LETTER}, method=zipfile.ZIP_STORED))
    data[data.find(LETTER)] ^= 0x20  # one changed byte in the stored content
    with pytest.raises(UploadRefused, match="damaged ZIP"):
        upload_check(bytes(data), "case.zip")


# --- download names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "media_type", "expected"),
    [
        ("letter.pdf", "application/pdf", "letter.pdf"),
        ("Letter.PDF", "application/pdf", "Letter.pdf"),
        ("../../etc/passwd", "text/plain", "passwd.txt"),
        ("C:\\Users\\fictional\\scan.png", "image/png", "scan.png"),
        ("invoice.pdf.exe", "application/pdf", "invoice.pdf.exe.pdf"),
        ("photo\u202egpj.exe", "image/jpeg", "photo_gpj.exe.jpg"),
        ('say "hi"; rm -rf.txt', "text/plain", "say _hi__ rm -rf.txt"),
        ("письмо матери.txt", "text/plain", "письмо матери.txt"),
        ("CON.txt", "text/plain", "evidence_CON.txt"),
        ("", "application/pdf", "evidence.pdf"),
        ("...", "application/pdf", "evidence.pdf"),
        (".htaccess", "text/plain", "htaccess.txt"),
        ("page.html", "text/html", "page.html"),
        ("page.svg", "text/html", "page.svg.html"),
        ("x\ud800y.txt", "text/plain", "x_y.txt"),
        ("report.docx", "application/x-unknown", "report.bin"),
        ("a" * 300 + ".pdf", "application/pdf", "a" * 116 + ".pdf"),
    ],
)
def test_download_name_table(declared, media_type, expected):
    assert download_name(declared, media_type=media_type) == expected


MEDIA_TYPES = [kind.media_type for kind in uploads.TYPES]


@settings(max_examples=300, deadline=None)
@given(declared=st.text(), media_type=st.sampled_from(MEDIA_TYPES))
@example(declared='a/b\\c:d*e?f"g<h>i|j\u202ek\x00l.exe', media_type="image/png")
def test_download_name_is_always_safe_and_stable(declared, media_type):
    name = download_name(declared, media_type=media_type)
    extensions = next(t.extensions for t in uploads.TYPES if t.media_type == media_type)
    assert name.endswith(extensions)
    assert 0 < len(name) <= uploads.DOWNLOAD_NAME_CHARS
    assert not name.startswith((".", " ")), name
    assert not uploads._NAME_UNSAFE.search(name)
    name.encode("utf-8")  # no lone surrogates left
    assert download_name(name, media_type=media_type) == name


def test_content_disposition_ascii_and_unicode_names():
    assert content_disposition("letter.pdf", fallback_stem="EVD-0001") == (
        'attachment; filename="letter.pdf"'
    )
    header = content_disposition("письмо.pdf", fallback_stem="EVD-0001")
    assert header.startswith("attachment; filename=\"EVD-0001.pdf\"; filename*=UTF-8''")
    assert "%D0%BF" in header  # "п", percent-encoded
    header.encode("latin-1")  # an HTTP header must be Latin-1 encodable


# --- properties: anything in, a checked upload or a refusal out --------------------------------

SAMPLES = [data for data, _, _ in DETECTED] + [data for data, _ in REFUSED if data]


@st.composite
def mutated_samples(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if operation == "flip" and position < len(data):
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif operation == "insert":
            data[position:position] = draw(st.binary(max_size=16))
        elif operation == "delete":
            del data[position : position + draw(st.integers(1, 16))]
        else:
            del data[position:]
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(st.binary(max_size=2048), mutated_samples()),
    declared=st.text(max_size=200),
    inline=st.booleans(),
)
def test_upload_check_arbitrary_input_gives_checked_upload_or_refusal(data, declared, inline):
    refusal = None
    try:
        checked = upload_check(data, declared, inline=inline)
    except UploadRefused as exc:
        refusal = str(exc)
    if refusal is not None:
        assert refusal  # says why
        assert "\n" not in refusal  # in one line
        return
    assert checked.data == data
    assert checked.media_type in MEDIA_TYPES
    assert not inline or checked.inline_allowed
    assert checked.download_name == download_name(declared, media_type=checked.media_type)


# --- evidence upload and download --------------------------------------------------------------


@pytest.mark.django_db
def test_evidence_upload_stores_detected_type_and_keeps_declared_name():
    evidence, created = evidence_upload(data=PDF, declared_name="scan of letter.png")
    assert created
    evidence.refresh_from_db()
    assert evidence.media_type == "application/pdf"
    assert evidence.original_name == "scan of letter.png"


@pytest.mark.django_db
def test_evidence_upload_refused_stores_nothing(settings):
    with pytest.raises(UploadRefused, match="ELF"):
        evidence_upload(data=b"\x7fELF" + bytes(60), declared_name="photo.jpg")
    settings.RECRUITWATCH_UPLOAD_MAX_BYTES = 16
    with pytest.raises(UploadRefused, match="the limit is 16"):
        evidence_upload(data=LETTER, declared_name="letter.txt")
    assert not Evidence.objects.exists()


def _viewer(django_user_model, *, permitted: bool):
    user = django_user_model.objects.create_user(
        username="fictional-viewer", password="fictional-password-123"
    )
    if permitted:
        user.user_permissions.add(Permission.objects.get(codename="view_evidence"))
    return user


def _url(identifier: str) -> str:
    return reverse("evidence_download", args=[identifier])


@pytest.mark.django_db
def test_evidence_download_requires_login(client):
    evidence, _ = evidence_upload(data=LETTER, declared_name="letter.txt")
    response = client.get(_url(evidence.identifier))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.django_db
def test_evidence_download_requires_permission_before_lookup(client, django_user_model):
    evidence, _ = evidence_upload(data=LETTER, declared_name="letter.txt")
    sign_in(client, _viewer(django_user_model, permitted=False))
    assert client.get(_url(evidence.identifier)).status_code == 403
    assert client.get(_url("EVD-9999")).status_code == 403  # no oracle for what exists


@pytest.mark.django_db
def test_evidence_download_unknown_identifier_is_404(client, django_user_model):
    sign_in(client, _viewer(django_user_model, permitted=True))
    assert client.get(_url("EVD-9999")).status_code == 404


@pytest.mark.django_db
def test_evidence_download_serves_attachment_never_inline(client, django_user_model):
    page = b"<html><body><script>alert(document.cookie)</script>fictional</body></html>"
    evidence, _ = evidence_upload(data=page, declared_name='../evil"name.svg')
    sign_in(client, _viewer(django_user_model, permitted=True))
    response = client.get(_url(evidence.identifier))
    assert response.status_code == 200
    assert response.content == page
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="evil_name.svg.html"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "no-store"
    assert "sandbox" in response["Content-Security-Policy"]
    assert client.post(_url(evidence.identifier)).status_code == 405


@pytest.mark.django_db
def test_evidence_download_cyrillic_name_uses_identifier_as_ascii_fallback(
    client, django_user_model
):
    evidence, _ = evidence_upload(data=PNG, declared_name="фото.png")
    sign_in(client, _viewer(django_user_model, permitted=True))
    header = client.get(_url(evidence.identifier))["Content-Disposition"]
    assert header.startswith(f'attachment; filename="{evidence.identifier}.png"; filename*=')


@pytest.mark.django_db
def test_evidence_download_damaged_file_is_a_plain_500(client, django_user_model, caplog):
    evidence, _ = evidence_upload(data=LETTER, declared_name="Fictional Name letter.txt")
    evidence_path(evidence.sha256).write_bytes(b"not a sealed token")
    sign_in(client, _viewer(django_user_model, permitted=True))
    response = client.get(_url(evidence.identifier))
    assert response.status_code == 500
    body = response.content.decode()
    assert "cannot be opened" in body
    assert "Traceback" not in body
    assert "Fictional Name" not in body
    assert evidence.identifier in caplog.text
    assert "Fictional Name" not in caplog.text
