"""Evidence files, stored content-addressed and sealed on disk.

Layout: ``<data dir>/evidence/ab/cd/<sha256>``, where the name is the SHA-256 of the plain
bytes. Each file is sealed in chunks (``protection.files``) under a data key of its own, which
the Evidence row keeps wrapped by the master key (``file_key``); chunks and wrapped key are
bound to the SHA-256, so a file swapped for another on disk does not open. Writes go to a
temporary name and are renamed into place, so a crash never leaves half a file under a real
name.

Files sealed before envelope encryption are ``rw1`` tokens under the master key itself; they
still open, and a key rotation re-seals them (:func:`evidence_files_reseal_legacy`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction

from recruitwatch.protection.crypto import is_sealed, unseal
from recruitwatch.protection.envelope import data_key_generate, data_key_unwrap, data_key_wrap
from recruitwatch.protection.errors import DecryptionError
from recruitwatch.protection.fields import WrappedKeyField, active_keyring
from recruitwatch.protection.files import file_open, file_seal
from recruitwatch.records.models import Evidence
from recruitwatch.records.services.identifiers import record_create

_LEGACY_MARK = b"rw1."


class EvidenceIntegrityError(Exception):
    """A stored evidence file no longer matches its recorded SHA-256."""


def evidence_path(sha256: str) -> Path:
    return Path(settings.RECRUITWATCH_EVIDENCE_DIR) / sha256[:2] / sha256[2:4] / sha256


def _legacy_aad(sha256: str) -> bytes:
    return f"evidence:{sha256}".encode()


def _file_key_field() -> WrappedKeyField:
    field = Evidence._meta.get_field("file_key")
    assert isinstance(field, WrappedKeyField)  # noqa: S101 - a model declaration
    return field


def _file_key_new(sha256: str) -> tuple[bytes, str]:
    """A fresh data key for one file, and its wrapped form for the Evidence row."""
    file_key = data_key_generate()
    wrapped = data_key_wrap(
        active_keyring(), file_key, aad=_file_key_field().aad_for_binding(sha256)
    )
    return file_key, wrapped


def _write_temporary(path: Path, payload: bytes) -> Path:
    """``payload`` flushed to a private temporary file beside ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _write_atomically(path: Path, payload: bytes) -> None:
    os.replace(_write_temporary(path, payload), path)


@transaction.atomic
def evidence_store(
    *,
    data: bytes,
    media_type: str,
    original_name: str = "",
    description: str = "",
    incident: Any = None,
    uploaded_by: Any = None,
) -> tuple[Evidence, bool]:
    """Store a file once per content; returns the evidence record and whether it is new.

    The row (with the file's wrapped key) is inserted before the file is written: a second
    process storing the same bytes waits on the row's unique hash and then finds it, so it
    never overwrites the file with one sealed under a key no row holds.
    """
    sha256 = hashlib.sha256(data).hexdigest()
    existing = Evidence.objects.filter(sha256=sha256).first()
    if existing is not None:
        return existing, False
    file_key, wrapped = _file_key_new(sha256)
    try:
        with transaction.atomic():
            evidence = record_create(
                Evidence,
                sha256=sha256,
                media_type=media_type,
                size_bytes=len(data),
                file_key=wrapped,
                original_name=original_name,
                description=description,
                incident=incident,
                uploaded_by=uploaded_by,
            )
    except IntegrityError:
        # Lost a race with another store of the same bytes: theirs is the evidence.
        return Evidence.objects.get(sha256=sha256), False
    _write_atomically(evidence_path(sha256), file_seal(file_key, data, binding=sha256))
    return evidence, True


def _file_open(evidence: Evidence, blob: bytes) -> bytes:
    if blob.startswith(_LEGACY_MARK):
        token = blob.decode("ascii", errors="replace")
        return unseal(active_keyring(), token, aad=_legacy_aad(evidence.sha256))
    if not evidence.file_key:
        raise DecryptionError(f"{evidence.identifier}: the evidence file has no key")
    aad = _file_key_field().aad_for_binding(evidence.sha256)
    file_key = data_key_unwrap(active_keyring(), evidence.file_key, aad=aad)
    return file_open(file_key, blob, binding=evidence.sha256)


def evidence_read(evidence: Evidence) -> bytes:
    """The plain bytes of ``evidence``, checked against its recorded hash."""
    data = _file_open(evidence, evidence_path(evidence.sha256).read_bytes())
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        raise EvidenceIntegrityError(f"{evidence.identifier}: content does not match its hash")
    return data


def _is_legacy_file(evidence: Evidence) -> bool:
    try:
        with evidence_path(evidence.sha256).open("rb") as handle:
            return is_sealed(handle.read(len(_LEGACY_MARK)).decode("ascii", errors="replace"))
    except FileNotFoundError:
        return False


class EvidenceFiles:
    """The evidence store as key rotation sees it (``protection.rotation.SealedFileStore``)."""

    label = "evidence files"

    def legacy_count(self) -> int:
        """Files still sealed directly under a master key (``rw1``)."""
        return sum(1 for evidence in Evidence.objects.only("sha256") if _is_legacy_file(evidence))

    def legacy_reseal(self, *, on_file: Callable[[], None] | None = None) -> int:
        """Re-seal every ``rw1`` file under a fresh data key of its own; returns how many."""
        return evidence_files_reseal_legacy(on_file=on_file)


def evidence_file_reseal(evidence: Evidence) -> None:
    """Re-seal one legacy file under a fresh file key, wrapped by the active master key.

    Crash-safe order: the new file is flushed to a temporary name; the row's new key commits;
    only then is the file renamed into place. Until the rename the old file still opens (the
    old master key is removed only once no legacy file is left).
    """
    data = evidence_read(evidence)
    file_key, wrapped = _file_key_new(evidence.sha256)
    path = evidence_path(evidence.sha256)
    temporary = _write_temporary(path, file_seal(file_key, data, binding=evidence.sha256))
    try:
        with transaction.atomic():
            Evidence.objects.filter(pk=evidence.pk).update(file_key=wrapped)
            transaction.on_commit(lambda: os.replace(temporary, path))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def evidence_files_reseal_legacy(*, on_file: Callable[[], None] | None = None) -> int:
    resealed = 0
    for evidence in Evidence.objects.order_by("pk").iterator():
        if _is_legacy_file(evidence):
            evidence_file_reseal(evidence)
            resealed += 1
        if on_file is not None:
            on_file()
    return resealed
