"""Identifiers: human-readable, stable, never reused."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from recruitwatch.records.models import Facility, Incident, Person
from recruitwatch.records.services.identifiers import identifier_allocate, record_create
from recruitwatch.records.services.people import person_create

pytestmark = pytest.mark.django_db


def test_identifier_allocate_formats_yearly_and_plain_series():
    when = datetime(2023, 5, 1, tzinfo=UTC)
    assert identifier_allocate(prefix="INC", yearly=True, when=when) == "INC-2023-0001"
    assert identifier_allocate(prefix="INC", yearly=True, when=when) == "INC-2023-0002"
    assert identifier_allocate(
        prefix="INC", yearly=True, when=datetime(2024, 1, 1, tzinfo=UTC)
    ) == ("INC-2024-0001")
    assert identifier_allocate(prefix="PER", yearly=False) == "PER-0001"


def test_identifier_never_reused_after_delete():
    first = person_create(name="Fictional Person One")
    first_identifier = first.identifier
    first.delete()
    second = person_create(name="Fictional Person Two")
    assert second.identifier != first_identifier
    assert int(second.identifier.split("-")[-1]) == int(first_identifier.split("-")[-1]) + 1


def test_record_create_gives_incidents_yearly_identifiers():
    incident = record_create(Incident, summary="A fictional incident.")
    assert re.fullmatch(rf"INC-{timezone.now().year}-\d{{4}}", incident.identifier)


def test_identifier_grows_past_four_digits():
    for _ in range(3):
        identifier_allocate(prefix="TST", yearly=False)
    from recruitwatch.records.models import IdentifierCounter

    IdentifierCounter.objects.filter(prefix="TST").update(last_value=9999)
    assert identifier_allocate(prefix="TST", yearly=False) == "TST-10000"


def test_record_without_identifier_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Facility.objects.create(facility_type="penal_colony", canonical_name="IK-1")


def test_person_pseudonym_defaults_to_identifier():
    person = person_create(name="Fictional Name")
    assert person.pseudonym == person.identifier
    assert str(person) == person.identifier
    assert Person.objects.get(pk=person.pk).name == "Fictional Name"
