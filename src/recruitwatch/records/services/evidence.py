"""Evidence files, stored content-addressed and sealed on disk.

Layout: ``<data dir>/evidence/ab/cd/<sha256>``, where the name is the SHA-256 of the plain
bytes. The file holds the bytes sealed with the keyring, bound to that hash, so a file swapped
for another on disk does not open. Writes go to a temporary name and are renamed into place,
so a crash never leaves half a file under a real name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from recruitwatch.protection.crypto import seal, unseal
from recruitwatch.protection.fields import active_keyring
from recruitwatch.records.models import Evidence
from recruitwatch.records.services.identifiers import record_create


class EvidenceIntegrityError(Exception):
    """A stored evidence file no longer matches its recorded SHA-256."""


def evidence_path(sha256: str) -> Path:
    return Path(settings.RECRUITWATCH_EVIDENCE_DIR) / sha256[:2] / sha256[2:4] / sha256


def _aad(sha256: str) -> bytes:
    return f"evidence:{sha256}".encode()


def _write_atomically(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
    """Store a file once per content; returns the evidence record and whether it is new."""
    sha256 = hashlib.sha256(data).hexdigest()
    existing = Evidence.objects.filter(sha256=sha256).first()
    if existing is not None:
        return existing, False
    path = evidence_path(sha256)
    if not path.exists():
        token = seal(active_keyring(), data, aad=_aad(sha256))
        _write_atomically(path, token.encode("ascii"))
    evidence = record_create(
        Evidence,
        sha256=sha256,
        media_type=media_type,
        size_bytes=len(data),
        original_name=original_name,
        description=description,
        incident=incident,
        uploaded_by=uploaded_by,
    )
    return evidence, True


def evidence_read(evidence: Evidence) -> bytes:
    """The plain bytes of ``evidence``, checked against its recorded hash."""
    token = evidence_path(evidence.sha256).read_text(encoding="ascii")
    data = unseal(active_keyring(), token, aad=_aad(evidence.sha256))
    if hashlib.sha256(data).hexdigest() != evidence.sha256:
        raise EvidenceIntegrityError(f"{evidence.identifier}: content does not match its hash")
    return data
