"""Envelope-encrypted model fields: row binding, wrong keys, refused writes, legacy rows.

Every name and number here is fictional.
"""

from __future__ import annotations

import pickle

import pytest
from django.core.exceptions import FieldError
from django.db import connection, transaction
from django.db.models import F, Value

from recruitwatch.protection import DecryptionError, ProtectionError, keyring_create
from recruitwatch.protection.crypto import seal
from recruitwatch.protection.fields import (
    DATA_KEY_CACHE,
    SealedValue,
    active_keyring,
    keyring_cache_clear,
)
from recruitwatch.protection.keyring import keyring_load, keyring_write
from recruitwatch.records.models import Incident, Person
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create

pytestmark = pytest.mark.django_db

NAME = "Ravshanbek Fictionalov"  # fictional
OTHER_NAME = "Dilnoza Inventedova"  # fictional
PHONE = "+7 900 000-11-22"  # fictional


@pytest.fixture
def keyring_path(tmp_path, settings):
    """A keyring of this test's own, so tests may replace or rotate it."""
    path = tmp_path / "keyring.json"
    keyring_create(path)
    settings.RECRUITWATCH_KEYRING_PATH = path
    keyring_cache_clear()
    yield path
    keyring_cache_clear()


def _raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def _set_raw(table: str, column: str, pk: int, value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", [value, pk])  # noqa: S608


def test_field_value_is_bound_to_its_row(keyring_path):
    first = person_create(name=NAME)
    second = person_create(name=OTHER_NAME)
    _set_raw("records_person", "name", second.pk, _raw("records_person", "name", first.pk))
    with pytest.raises(DecryptionError):
        _ = Person.objects.get(pk=second.pk).name
    assert Person.objects.get(pk=first.pk).name == NAME


def test_field_value_and_data_key_moved_together_still_do_not_open(keyring_path):
    first = person_create(name=NAME)
    second = person_create(name=OTHER_NAME)
    for column in ("name", "data_key"):
        _set_raw("records_person", column, second.pk, _raw("records_person", column, first.pk))
    with pytest.raises(DecryptionError):
        _ = Person.objects.get(pk=second.pk).name


def test_field_value_moved_to_another_field_of_the_same_row_does_not_open(keyring_path):
    person = person_create(name=NAME, contact=PHONE)
    _set_raw("records_person", "notes", person.pk, _raw("records_person", "name", person.pk))
    with pytest.raises(DecryptionError):
        _ = Person.objects.get(pk=person.pk).notes


def test_field_value_moved_to_another_table_does_not_open(keyring_path):
    person = person_create(name=NAME)
    incident = record_create(Incident, summary="Fictional summary.")
    assert _raw("records_incident", "data_key", incident.pk).startswith("rwk1.")
    _set_raw("records_incident", "summary", incident.pk, _raw("records_person", "name", person.pk))
    with pytest.raises(DecryptionError):
        _ = Incident.objects.get(pk=incident.pk).summary


def test_wrong_master_key_raises_and_never_returns_ciphertext(keyring_path):
    person = person_create(name=NAME)
    keyring_path.unlink()
    keyring_create(keyring_path)  # another deployment's keyring
    keyring_cache_clear()
    reloaded = Person.objects.get(pk=person.pk)
    with pytest.raises(DecryptionError, match="lacks"):
        _ = reloaded.name


def test_same_master_key_id_with_other_key_material_raises(keyring_path):
    person = person_create(name=NAME)
    keyring = keyring_load(keyring_path)
    forged = keyring.without_retired_keys()
    forged = type(forged)(
        active_key_id=keyring.active_key_id,
        keys={keyring.active_key_id: bytes(32)},
        index_key_id=keyring.index_key_id,
        index_key=keyring.index_key,
    )
    keyring_write(keyring_path, forged)
    keyring_cache_clear()
    with pytest.raises(DecryptionError, match="does not open"):
        _ = Person.objects.get(pk=person.pk).name


def test_missing_data_key_raises(keyring_path):
    person = person_create(name=NAME)
    _set_raw("records_person", "data_key", person.pk, "")
    with pytest.raises(DecryptionError, match="no data key"):
        _ = Person.objects.get(pk=person.pk).name


def test_damaged_data_key_raises(keyring_path):
    person = person_create(name=NAME)
    wrapped = _raw("records_person", "data_key", person.pk)
    _set_raw("records_person", "data_key", person.pk, wrapped[:-6] + "AAAAAA")
    with pytest.raises(DecryptionError):
        _ = Person.objects.get(pk=person.pk).name


def test_queryset_update_of_protected_field_is_refused(keyring_path):
    person = person_create(name=NAME)
    with pytest.raises(ProtectionError, match="saving the record"), transaction.atomic():
        Person.objects.filter(pk=person.pk).update(name=OTHER_NAME)
    for expression in (Value(OTHER_NAME), F("contact")):
        with pytest.raises(ProtectionError, match="expression"), transaction.atomic():
            Person.objects.filter(pk=person.pk).update(name=expression)
    assert Person.objects.get(pk=person.pk).name == NAME


def test_bulk_update_of_protected_field_is_refused(keyring_path):
    person = person_create(name=NAME)
    person.name = OTHER_NAME
    with pytest.raises(ProtectionError), transaction.atomic():
        Person.objects.bulk_update([person], ["name"])
    assert Person.objects.get(pk=person.pk).name == NAME


@pytest.mark.parametrize("lookup", ["exact", "iexact", "contains", "startswith", "in"])
def test_lookups_on_protected_field_are_refused(keyring_path, lookup):
    person_create(name=NAME)
    value = [NAME] if lookup == "in" else NAME
    with pytest.raises(FieldError, match="encrypted"):
        list(Person.objects.filter(**{f"name__{lookup}": value}))


def test_isnull_lookup_still_works(keyring_path):
    person_create(name=NAME)
    assert Person.objects.filter(name__isnull=False).count() == 1


def test_values_gives_sealed_values_that_refuse_to_print(keyring_path):
    person_create(name=NAME)
    (value,) = Person.objects.values_list("name", flat=True)
    assert isinstance(value, SealedValue)
    assert repr(value) == "<sealed value>"
    with pytest.raises(DecryptionError):
        str(value)


def test_deferred_protected_field_loads_and_opens(keyring_path):
    person = person_create(name=NAME, contact=PHONE)
    reloaded = Person.objects.only("pseudonym").get(pk=person.pk)
    assert reloaded.contact == PHONE
    assert reloaded.name == NAME


def test_save_after_change_reseals_under_the_same_data_key(keyring_path):
    person = person_create(name=NAME, contact=PHONE)
    data_key = _raw("records_person", "data_key", person.pk)
    before = _raw("records_person", "contact", person.pk)
    person.contact = "+7 900 000-33-44"
    person.save()
    assert _raw("records_person", "data_key", person.pk) == data_key
    assert _raw("records_person", "contact", person.pk) != before
    assert Person.objects.get(pk=person.pk).contact == "+7 900 000-33-44"


def test_untouched_values_are_written_back_unchanged(keyring_path):
    person = person_create(name=NAME, contact=PHONE)
    before = _raw("records_person", "contact", person.pk)
    reloaded = Person.objects.get(pk=person.pk)
    reloaded.status = "migrant"
    reloaded.save()
    assert _raw("records_person", "contact", person.pk) == before


def test_record_without_identifier_cannot_seal(keyring_path):
    with pytest.raises(ProtectionError, match="identifier"):
        Person(name=NAME, pseudonym="x").save()


def test_pickled_record_carries_no_data_key(keyring_path):
    person = Person.objects.get(pk=person_create(name=NAME).pk)
    assert person.name == NAME
    assert DATA_KEY_CACHE in person.__dict__
    assert DATA_KEY_CACHE not in pickle.loads(pickle.dumps(person)).__dict__  # noqa: S301


def _legacy_person(name: str) -> Person:
    """A row as the version before envelope encryption wrote it: rw1 values, no data key."""
    person = person_create(name="placeholder")
    legacy = seal(active_keyring(), name.encode(), aad=b"records.Person.name")
    _set_raw("records_person", "name", person.pk, legacy)
    _set_raw("records_person", "data_key", person.pk, "")
    return person


def test_legacy_rw1_row_still_opens(keyring_path):
    person = _legacy_person(NAME)
    assert Person.objects.get(pk=person.pk).name == NAME


def test_legacy_row_saved_stays_legacy_and_loses_nothing(keyring_path):
    person = _legacy_person(NAME)
    reloaded = Person.objects.get(pk=person.pk)
    reloaded.contact = PHONE
    reloaded.save()
    assert _raw("records_person", "data_key", person.pk) == ""
    assert _raw("records_person", "contact", person.pk).startswith("rw1.")
    again = Person.objects.get(pk=person.pk)
    assert (again.name, again.contact) == (NAME, PHONE)


def test_legacy_token_planted_in_a_keyed_record_is_refused(keyring_path):
    person = person_create(name=OTHER_NAME)
    legacy = seal(active_keyring(), NAME.encode(), aad=b"records.Person.name")
    _set_raw("records_person", "name", person.pk, legacy)
    with pytest.raises(DecryptionError, match="legacy"):
        _ = Person.objects.get(pk=person.pk).name


def test_stale_instance_rewraps_its_data_key_under_the_new_master_key(keyring_path):
    person = Person.objects.get(pk=person_create(name=NAME).pk)
    assert person.name == NAME
    rotated = keyring_load(keyring_path).with_new_master_key()
    keyring_write(keyring_path, rotated)
    person.contact = PHONE
    person.save()
    assert _raw("records_person", "data_key", person.pk).startswith(
        f"rwk1.{rotated.active_key_id}."
    )
    keyring_write(keyring_path, rotated.without_retired_keys())
    keyring_cache_clear()
    again = Person.objects.get(pk=person.pk)
    assert (again.name, again.contact) == (NAME, PHONE)
