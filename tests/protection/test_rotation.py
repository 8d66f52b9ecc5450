"""Master-key rotation re-wraps everything; afterwards the old keyring opens nothing.

Runs on SQLite and PostgreSQL alike (the suite runs on both). All data is fictional.
``transaction=True``: a rotation commits once per model and renames re-sealed evidence files
only after their new keys have committed, so it refuses to run inside a test's transaction.
"""

from __future__ import annotations

import shutil

import pytest
from django.db import connection

from recruitwatch.protection import DecryptionError, RotationError, keyring_create
from recruitwatch.protection.crypto import seal
from recruitwatch.protection.fields import active_keyring, keyring_cache_clear
from recruitwatch.protection.keyring import keyring_load
from recruitwatch.protection.rotation import (
    key_usage,
    keyring_rotate,
    outstanding_references,
)
from recruitwatch.records.models import Document, Evidence, Incident, Person, Source
from recruitwatch.records.services.evidence import (
    EvidenceFiles,
    evidence_path,
    evidence_read,
    evidence_store,
)
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create

pytestmark = pytest.mark.django_db(transaction=True)

NAME = "Ravshanbek Fictionalov"  # fictional
LEGACY_NAME = "Timur Madeupov"  # fictional
SCAN = b"Fictional scanned letter: they said sign or be deported.\n"
LEGACY_SCAN = b"Fictional older scan, stored before envelope encryption.\n"


@pytest.fixture
def deployment(tmp_path, settings):
    """A keyring and an evidence folder of this test's own."""
    path = tmp_path / "keyring.json"
    keyring_create(path)
    settings.RECRUITWATCH_KEYRING_PATH = path
    settings.RECRUITWATCH_EVIDENCE_DIR = tmp_path / "evidence"
    keyring_cache_clear()
    yield path
    keyring_cache_clear()


def _set_raw(table: str, column: str, pk: int, value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", [value, pk])  # noqa: S608


def _raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def _make_legacy_person(pk: int, name: str) -> None:
    """Rewrite a person row as the version before envelope encryption stored it."""
    values = {"name": name, "aliases": "[]", "birth_date": "", "contact": "", "notes": ""}
    for column, value in values.items():
        token = seal(active_keyring(), value.encode(), aad=f"records.Person.{column}".encode())
        _set_raw("records_person", column, pk, token)
    _set_raw("records_person", "data_key", pk, "")


def _populate() -> dict[str, object]:
    """New-style records, plus a legacy person and a legacy evidence file as the previous
    version wrote them (rw1 under the master key, no data key)."""
    person = person_create(name=NAME, contact="+7 900 000-11-22", aliases=["R. F."])
    source = record_create(Source, label="relative (fictional)", name=NAME)
    document = record_create(
        Document, sha256="d" * 64, text="Fictional report text.", reader="plaintext", size_bytes=22
    )
    incident = record_create(Incident, summary="Fictional summary of a recruitment.")
    evidence, _ = evidence_store(data=SCAN, media_type="text/plain", original_name="scan.txt")

    legacy = person_create(name="placeholder")
    _make_legacy_person(legacy.pk, LEGACY_NAME)
    legacy_evidence, _ = evidence_store(data=LEGACY_SCAN, media_type="text/plain")
    _set_raw("records_evidence", "file_key", legacy_evidence.pk, "")
    legacy_token = seal(
        active_keyring(), LEGACY_SCAN, aad=f"evidence:{legacy_evidence.sha256}".encode()
    )
    evidence_path(legacy_evidence.sha256).write_bytes(legacy_token.encode("ascii"))
    return {
        "person": person,
        "source": source,
        "document": document,
        "incident": incident,
        "evidence": evidence,
        "legacy": legacy,
        "legacy_evidence": legacy_evidence,
    }


def _read_everything(records: dict[str, object]) -> dict[str, object]:
    person = Person.objects.get(pk=records["person"].pk)
    return {
        "person": (person.name, person.contact, person.aliases),
        "source": Source.objects.get(pk=records["source"].pk).name,
        "document": Document.objects.get(pk=records["document"].pk).text,
        "incident": Incident.objects.get(pk=records["incident"].pk).summary,
        "evidence": evidence_read(Evidence.objects.get(pk=records["evidence"].pk)),
        "legacy": Person.objects.get(pk=records["legacy"].pk).name,
        "legacy_evidence": evidence_read(Evidence.objects.get(pk=records["legacy_evidence"].pk)),
    }


def _rotate(path):
    return keyring_rotate(path, file_stores=(EvidenceFiles(),))


def test_rotation_rewraps_everything_and_the_old_keyring_opens_nothing(
    deployment, tmp_path, settings
):
    records = _populate()
    before = _read_everything(records)
    old_copy = tmp_path / "keyring-before-rotation.json"
    shutil.copy2(deployment, old_copy)
    old_key_id = keyring_load(deployment).active_key_id
    ciphertext_before = _raw("records_person", "name", records["person"].pk)

    report = _rotate(deployment)

    new = keyring_load(deployment)
    assert report.retired_key_ids == [old_key_id]
    assert list(new.keys) == [report.new_key_id] != [old_key_id]
    assert outstanding_references(new) == {}
    assert EvidenceFiles().legacy_count() == 0
    # The data keys were re-wrapped; the values under them were not re-encrypted.
    assert _raw("records_person", "name", records["person"].pk) == ciphertext_before
    assert _raw("records_person", "data_key", records["person"].pk).startswith(
        f"rwk1.{report.new_key_id}."
    )
    assert _raw("records_person", "name", records["legacy"].pk).startswith("rw2.")
    # Everything still reads with the new keyring.
    keyring_cache_clear()
    assert _read_everything(records) == before

    # The kept copy of the old keyring opens nothing at all.
    settings.RECRUITWATCH_KEYRING_PATH = old_copy
    keyring_cache_clear()
    person = Person.objects.get(pk=records["person"].pk)
    for attribute in ("name", "contact", "aliases"):
        with pytest.raises(DecryptionError):
            getattr(person, attribute)
    with pytest.raises(DecryptionError):
        _ = Person.objects.get(pk=records["legacy"].pk).name
    with pytest.raises(DecryptionError):
        _ = Source.objects.get(pk=records["source"].pk).name
    with pytest.raises(DecryptionError):
        _ = Document.objects.get(pk=records["document"].pk).text
    with pytest.raises(DecryptionError):
        _ = Incident.objects.get(pk=records["incident"].pk).summary
    for key in ("evidence", "legacy_evidence"):
        with pytest.raises(DecryptionError):
            evidence_read(Evidence.objects.get(pk=records[key].pk))


def test_rotation_twice_keeps_everything_readable(deployment):
    records = _populate()
    before = _read_everything(records)
    first = _rotate(deployment)
    second = _rotate(deployment)
    assert second.retired_key_ids == [first.new_key_id]
    assert sum(second.resealed.values()) == 0  # nothing legacy left after the first
    assert _read_everything(records) == before


def test_rotation_reports_progress_per_model(deployment):
    person_create(name=NAME)
    steps: list[tuple[str, int]] = []
    advanced: list[int] = []
    keyring_rotate(
        deployment,
        file_stores=(EvidenceFiles(),),
        on_step=lambda name, total: steps.append((name, total)),
        on_advance=lambda: advanced.append(1),
    )
    assert ("re-wrapping records.Person", 1) in steps
    assert len(advanced) >= sum(total for _, total in steps)


def test_rotation_stops_and_keeps_the_old_key_on_a_planted_legacy_value(deployment):
    person = person_create(name=NAME)
    old_key_id = keyring_load(deployment).active_key_id
    planted = seal(active_keyring(), b"planted", aad=b"records.Person.contact")
    _set_raw("records_person", "contact", person.pk, planted)
    with pytest.raises(RotationError, match="legacy value"):
        _rotate(deployment)
    assert old_key_id in keyring_load(deployment).keys
    assert Person.objects.get(pk=person.pk).name == NAME


def test_key_usage_counts_rows_per_master_key(deployment):
    person_create(name=NAME)
    legacy = person_create(name="placeholder")
    _set_raw("records_person", "data_key", legacy.pk, "")
    keyring = keyring_load(deployment)
    usage = key_usage(keyring)["records.Person"]
    assert usage == {"rows": 2, "none": 1, keyring.active_key_id: 1}


def test_rotation_refuses_to_run_inside_a_transaction(deployment):
    from django.db import transaction

    old_key_id = keyring_load(deployment).active_key_id
    with pytest.raises(RotationError, match="transaction"), transaction.atomic():
        _rotate(deployment)
    assert keyring_load(deployment).active_key_id == old_key_id
