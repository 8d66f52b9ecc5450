"""Blind index: exact-name lookup without decrypting every name. Names are fictional."""

from __future__ import annotations

import secrets
import unicodedata

import pytest
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.protection import Keyring, KeyringError
from recruitwatch.protection.blind_index import BLIND_INDEX_HEX_CHARS, blind_index, name_normalise
from recruitwatch.records.models import Person, Source
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import (
    name_indexes_rebuild,
    people_find_by_name,
    person_create,
    person_name_set,
    sources_find_by_name,
)

NAME = "Ravshanbek Fictionalov"  # fictional
DOMAIN = "records.Person.name"


def _keyring() -> Keyring:
    return Keyring(
        active_key_id="k-test",
        keys={"k-test": secrets.token_bytes(32)},
        index_key_id="b-test",
        index_key=secrets.token_bytes(32),
    )


KEYRING = _keyring()


@pytest.mark.parametrize(
    "variant",
    [
        NAME,
        "ravshanbek fictionalov",
        "RAVSHANBEK FICTIONALOV",
        "  Ravshanbek   Fictionalov ",
        "Ravshanbek\tFictionalov\n",
        "Ravshanbek\u00a0Fictionalov",  # no-break space
    ],
)
def test_blind_index_ignores_case_and_spacing(variant):
    assert blind_index(KEYRING, variant, domain=DOMAIN) == blind_index(KEYRING, NAME, domain=DOMAIN)


def test_blind_index_ignores_unicode_form():
    composed = "Ёлкин Вымышленный"  # fictional
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert blind_index(KEYRING, composed, domain=DOMAIN) == blind_index(
        KEYRING, decomposed, domain=DOMAIN
    )


def test_blind_index_holds_no_name_and_is_truncated():
    index = blind_index(KEYRING, NAME, domain=DOMAIN)
    assert len(index) == BLIND_INDEX_HEX_CHARS
    assert int(index, 16) >= 0
    assert "ravshan" not in index.lower()


def test_blind_index_depends_on_key_and_domain():
    # Truncated to 16 bits, one pair may collide by chance; forty names all colliding cannot.
    names = [f"Fictional Person {n}" for n in range(40)]
    here = [blind_index(KEYRING, n, domain=DOMAIN) for n in names]
    other_key = [blind_index(_keyring(), n, domain=DOMAIN) for n in names]
    other_domain = [blind_index(KEYRING, n, domain="records.Source.name") for n in names]
    assert here != other_key
    assert here != other_domain


def test_blind_index_of_empty_name_is_empty():
    assert blind_index(KEYRING, "  \t ", domain=DOMAIN) == ""


def test_blind_index_without_index_key_raises():
    keyring = Keyring(active_key_id="k", keys={"k": bytes(32)})
    with pytest.raises(KeyringError, match="blind-index key"):
        blind_index(keyring, NAME, domain=DOMAIN)


@given(st.text(max_size=40), st.sampled_from([str.upper, str.lower, str.title, str.swapcase]))
def test_blind_index_same_for_case_and_space_variants(name, change):
    spaced = "  " + "   ".join(change(name).split()) + " "
    if name_normalise(change(name)) != name_normalise(name):
        return  # case changes that are not case-folding equivalents (e.g. "ß".upper())
    assert blind_index(KEYRING, spaced, domain=DOMAIN) == blind_index(KEYRING, name, domain=DOMAIN)


@given(st.text(max_size=40))
def test_name_normalise_is_idempotent(name):
    once = name_normalise(name)
    assert name_normalise(once) == once
    assert once == once.strip()
    assert "  " not in once


@pytest.mark.django_db
def test_people_find_by_name_any_case_or_spacing():
    wanted = person_create(name=NAME)
    person_create(name="Dilnoza Inventedova")  # fictional
    for query in (NAME, "ravshanbek  FICTIONALOV", " Ravshanbek\nFictionalov "):
        assert [p.pk for p in people_find_by_name(name=query)] == [wanted.pk]
    assert people_find_by_name(name="Ravshanbek") == []


@pytest.mark.django_db
def test_people_find_by_name_finds_every_namesake():
    first = person_create(name=NAME)
    second = person_create(name=NAME.upper())
    assert {p.pk for p in people_find_by_name(name=NAME)} == {first.pk, second.pk}


@pytest.mark.django_db
def test_people_find_by_name_refuses_empty_name():
    with pytest.raises(ValueError, match="empty"):
        people_find_by_name(name="   ")


@pytest.mark.django_db
def test_people_find_by_name_opens_only_candidates(django_assert_max_num_queries):
    for n in range(30):
        person_create(name=f"Fictional Person {n}")
    target = person_create(name=NAME)
    with django_assert_max_num_queries(1):
        found = people_find_by_name(name=NAME)
    assert [p.pk for p in found] == [target.pk]


@pytest.mark.django_db
def test_name_index_column_holds_no_name():
    person = person_create(name=NAME)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name_index FROM records_person WHERE id = %s", [person.pk])
        (stored,) = cursor.fetchone()
    assert len(stored) == BLIND_INDEX_HEX_CHARS
    assert "ravshan" not in stored.lower()
    assert "fictional" not in stored.lower()


@pytest.mark.django_db
def test_person_name_set_keeps_the_index_in_sync():
    person = person_create(name=NAME)
    person_name_set(person=Person.objects.get(pk=person.pk), name="Timur Madeupov")  # fictional
    assert people_find_by_name(name=NAME) == []
    assert [p.pk for p in people_find_by_name(name="timur madeupov")] == [person.pk]


@pytest.mark.django_db
def test_sources_find_by_name_uses_the_source_index():
    source = record_create(Source, label="relative (fictional)", name=NAME)
    person_create(name=NAME)
    assert [s.pk for s in sources_find_by_name(name=NAME.lower())] == [source.pk]


@pytest.mark.django_db
def test_name_indexes_rebuild_fills_missing_indexes():
    person = person_create(name=NAME)
    Person.objects.filter(pk=person.pk).update(name_index="")
    assert people_find_by_name(name=NAME) == []
    assert name_indexes_rebuild() == 1
    assert [p.pk for p in people_find_by_name(name=NAME)] == [person.pk]
    assert name_indexes_rebuild() == 0
