"""Model-level rules: validation of codes and vocabularies, constraints, safe __str__."""

from __future__ import annotations

import pytest
from django.core.exceptions import FieldError, ValidationError
from django.db import IntegrityError, transaction

from recruitwatch.records.models import Claim, Document, Facility, Incident, Person
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "bad_field"),
    [
        ({"region": "RU-XXX"}, "region"),
        ({"country": "ZZ"}, "country"),
        ({"coercion": ["bribery"]}, "coercion"),
        ({"victim_nationalities": ["Uzbek"]}, "victim_nationalities"),
        ({"modality": "rumoured"}, "modality"),
    ],
)
def test_incident_rejects_invalid_codes(fields, bad_field):
    with pytest.raises(ValidationError) as raised:
        record_create(Incident, **fields)
    assert bad_field in raised.value.message_dict


def test_incident_accepts_contract_values():
    incident = record_create(
        Incident,
        region="RU-VLA",
        country="RU",
        coercion=["forced_signing", "denial_of_choice"],
        victim_nationalities=["UZ", "TJ", "Central Asia"],
        victim_count_low=40,
        victim_count_high=60,
    )
    assert incident.review_state == "proposed"
    assert incident.verification_state == "unverified"
    assert incident.version == 1


def test_incident_count_range_constraint():
    incident = record_create(Incident)
    with pytest.raises(IntegrityError), transaction.atomic():
        Incident.objects.filter(pk=incident.pk).update(victim_count_low=10, victim_count_high=5)


def test_facility_numbers_are_unique_per_region_only():
    record_create(
        Facility, facility_type="penal_colony", number=6, region="RU-VLA", canonical_name="IK-6"
    )
    record_create(
        Facility, facility_type="penal_colony", number=6, region="RU-ROS", canonical_name="IK-6"
    )
    with pytest.raises(ValidationError):
        record_create(
            Facility, facility_type="penal_colony", number=6, region="RU-VLA", canonical_name="IK-6"
        )


def test_claim_span_must_be_nonempty():
    document = record_create(
        Document, sha256="a" * 64, text="Fictional text.", reader="plaintext", size_bytes=15
    )
    incident = record_create(Incident)
    with pytest.raises(ValidationError):
        record_create(Claim, incident=incident, document=document, span_start=5, span_end=5)
    claim = record_create(Claim, incident=incident, document=document, span_start=0, span_end=9)
    assert claim.quote == "Fictional"


def test_encrypted_fields_refuse_lookups():
    person_create(name="Fictional Name")
    with pytest.raises(FieldError, match="encrypted"):
        list(Person.objects.filter(name="Fictional Name"))
    assert Person.objects.filter(name__isnull=False).count() == 1


def test_person_nationalities_validated_with_iso_codes():
    with pytest.raises(ValidationError):
        person_create(name="Fictional", nationalities=["XX"])
    assert person_create(name="Fictional", nationalities=["UZ", "RU"]).nationalities == ["UZ", "RU"]
