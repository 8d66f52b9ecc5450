"""Facility records from extracted locations, keyed by the place resolver. Fictional inputs."""

from __future__ import annotations

import pytest

from recruitwatch.extraction.types import Location
from recruitwatch.records.models import Facility
from recruitwatch.records.services.facilities import facility_for_location, facility_key_of


def _location(written: str, *, facility: str = "IK-6", kind: str = "penal_colony", region=None):
    return Location(
        facility=facility,
        facility_as_written=written,
        facility_type=kind,
        region=region,
        country="RU",
    )


def test_the_phrase_names_its_own_region():
    key = facility_key_of(_location("ИК-6 УФСИН России по Владимирской области"))
    assert (key.facility_type, key.number, key.region, key.canonical_name) == (
        "penal_colony",
        6,
        "RU-VLA",
        "IK-6",
    )


def test_the_phrases_region_outranks_the_sentences():
    key = facility_key_of(_location("ИК-6 УФСИН России по Владимирской области", region="RU-ROS"))
    assert key.region == "RU-VLA"


def test_the_sentences_region_fills_a_phrase_without_one():
    key = facility_key_of(_location("IK-6", region="RU-TVE"))
    assert (key.number, key.region) == (6, "RU-TVE")


def test_a_numbered_facility_in_no_region_gets_no_key():
    assert facility_key_of(_location("IK-6")) is None


def test_an_educational_colony_is_not_a_penal_colony():
    key = facility_key_of(_location("воспитательной колонии № 2", facility="IK-2", region="RU-TUL"))
    assert (key.facility_type, key.canonical_name, key.region) == (
        "educational_colony",
        "VK-2",
        "RU-TUL",
    )


def test_a_settlement_in_the_gazetteer_gives_the_number():
    key = facility_key_of(
        _location("the penal colony in Melekhovo", facility="penal colony", region=None)
    )
    assert (key.canonical_name, key.region) == ("IK-6", "RU-VLA")


def test_an_unnumbered_facility_keeps_extractions_wording():
    key = facility_key_of(
        _location(
            "Moscow migration-center",
            facility="Moscow migration center",
            kind="migration_center",
            region="RU-MOW",
        )
    )
    assert (key.facility_type, key.number, key.canonical_name) == (
        "migration_centre",
        None,
        "Moscow migration center",
    )


def test_no_facility_no_key():
    assert facility_key_of(Location(region="RU-VLA")) is None


@pytest.mark.django_db
def test_one_record_per_key_whatever_the_wording():
    first = facility_for_location(location=_location("IK-6", region="RU-VLA"))
    second = facility_for_location(location=_location("ИК-6 УФСИН России по Владимирской области"))
    third = facility_for_location(location=_location("IK-6", region="RU-ROS"))
    assert first.pk == second.pk != third.pk
    assert Facility.objects.count() == 2
    assert first.country == "RU"
