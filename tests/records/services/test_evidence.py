"""Evidence files: content-addressed, sealed on disk, checked on read."""

from __future__ import annotations

import hashlib

import pytest

from recruitwatch.protection import DecryptionError
from recruitwatch.records.services.evidence import evidence_path, evidence_read, evidence_store

pytestmark = pytest.mark.django_db

DATA = b"Fictional scanned letter: my son was told to sign.\n"


def test_evidence_store_is_content_addressed_and_sealed():
    evidence, created = evidence_store(data=DATA, media_type="text/plain", original_name="a.txt")
    assert created
    assert evidence.sha256 == hashlib.sha256(DATA).hexdigest()
    assert evidence.size_bytes == len(DATA)
    stored = evidence_path(evidence.sha256).read_bytes()
    assert b"my son" not in stored
    assert evidence_read(evidence) == DATA

    again, created_again = evidence_store(data=DATA, media_type="text/plain")
    assert (again.pk, created_again) == (evidence.pk, False)


def test_evidence_swapped_on_disk_does_not_open():
    first, _ = evidence_store(data=DATA, media_type="text/plain")
    second, _ = evidence_store(data=DATA + b"more", media_type="text/plain")
    evidence_path(first.sha256).write_bytes(evidence_path(second.sha256).read_bytes())
    with pytest.raises(DecryptionError):
        evidence_read(first)
