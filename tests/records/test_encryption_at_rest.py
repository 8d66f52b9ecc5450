"""Protected values are sealed in the database and open only with the keyring.

Since envelope encryption: each value is an ``rw2`` token under the record's own data key,
which is stored wrapped (``rwk1``) by the master key. Records are opened on attribute access,
so a value that does not open raises there. Names and numbers are fictional.
"""

from __future__ import annotations

import pytest
from django.db import connection

from recruitwatch.protection import DecryptionError
from recruitwatch.protection.fields import EncryptedTextField, _SealedFieldMixin
from recruitwatch.records.models import Person
from recruitwatch.records.services.people import person_create

pytestmark = pytest.mark.django_db

# Fictional.
NAME = "Ravshanbek Fictionalov"
PHONE = "+7 900 000-11-22"


def _raw_column(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_person_name_and_contact_stored_sealed():
    person = person_create(name=NAME, contact=PHONE, aliases=["Ravshan F."])
    for column, secret in (("name", NAME), ("contact", PHONE), ("aliases", "Ravshan")):
        raw = _raw_column("records_person", column, person.pk)
        assert raw.startswith("rw2.")
        assert secret not in raw
    assert _raw_column("records_person", "data_key", person.pk).startswith("rwk1.")
    assert NAME not in _raw_column("records_person", "name_index", person.pk)
    reloaded = Person.objects.get(pk=person.pk)
    assert (reloaded.name, reloaded.contact, reloaded.aliases) == (NAME, PHONE, ["Ravshan F."])


def test_sealed_value_moved_to_another_column_does_not_open():
    person = person_create(name=NAME, contact=PHONE)
    sealed_name = _raw_column("records_person", "name", person.pk)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE records_person SET contact = %s WHERE id = %s", [sealed_name, person.pk]
        )
    reloaded = Person.objects.get(pk=person.pk)
    assert reloaded.name == NAME
    with pytest.raises(DecryptionError):
        _ = reloaded.contact


def test_tampered_value_raises_instead_of_returning_ciphertext():
    person = person_create(name=NAME)
    sealed = _raw_column("records_person", "name", person.pk)
    tampered = sealed[:-3] + ("AAA" if not sealed.endswith("AAA") else "BBB")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE records_person SET name = %s WHERE id = %s", [tampered, person.pk])
    reloaded = Person.objects.get(pk=person.pk)
    with pytest.raises(DecryptionError):
        _ = reloaded.name


def test_every_protected_field_is_encrypted():
    """The fields the brief names as protected are all EncryptedTextField/JSON."""
    from recruitwatch.records import models

    protected = {
        models.Person: ["name", "aliases", "contact", "birth_date", "notes"],
        models.Document: ["title", "text", "origin"],
        models.Source: ["name", "contact", "notes"],
        models.Incident: ["summary", "victim_description", "location_as_written"],
        models.Case: ["title", "summary"],
        models.Evidence: ["original_name", "description"],
    }
    for model, names in protected.items():
        for name in names:
            field = model._meta.get_field(name)
            assert field.get_internal_type() == "TextField"
            assert isinstance(field, _SealedFieldMixin), f"{model.__name__}.{name} is not sealed"
    assert issubclass(type(models.Person._meta.get_field("name")), EncryptedTextField)


def test_every_record_gets_its_own_data_key():
    first = person_create(name=NAME)
    second = person_create(name=NAME)
    first_key = _raw_column("records_person", "data_key", first.pk)
    second_key = _raw_column("records_person", "data_key", second.pk)
    assert first_key.startswith("rwk1.")
    assert second_key.startswith("rwk1.")
    assert first_key != second_key
    # Same name, different rows: different ciphertexts; the same blind index.
    assert _raw_column("records_person", "name", first.pk) != _raw_column(
        "records_person", "name", second.pk
    )
    assert _raw_column("records_person", "name_index", first.pk) == _raw_column(
        "records_person", "name_index", second.pk
    )


def test_raw_database_holds_no_protected_name_anywhere_in_the_row():
    person = person_create(name=NAME, contact=PHONE, aliases=["Ravshan F."])
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM records_person WHERE id = %s", [person.pk])
        row = cursor.fetchone()
    flattened = " ".join(str(value) for value in row)
    for secret in (NAME, PHONE, "Ravshan", "ravshanbek"):
        assert secret not in flattened
