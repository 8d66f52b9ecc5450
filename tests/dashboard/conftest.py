"""Fixtures of the dashboard tests: the access tests' fictional world (an open and a
restricted case) plus a few fictional incidents with facets to count."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from django.core.cache import cache

from recruitwatch.records.models import Facility, Incident
from recruitwatch.records.services.identifiers import record_create
from tests.access.helpers import World, world_build


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    """Cached counts of another test's database must never be read (the local-memory cache
    outlives a test)."""
    cache.clear()
    yield
    cache.clear()


@dataclass
class Counted:
    world: World
    facility: Facility
    accepted: Incident  # open, accepted, at the facility, dated
    rejected: Incident  # open, rejected: never counted


@pytest.fixture
def counted(db) -> Counted:
    world = world_build()  # its two incidents are proposals, undated, one restricted
    facility = record_create(
        Facility,
        facility_type="penal_colony",
        number=6,
        region="RU-VLA",
        canonical_name="IK-6",
    )
    accepted = record_create(
        Incident,
        summary="Fictional accepted incident at IK-6.",
        facility=facility,
        region="RU-VLA",
        date_start=date(2023, 4, 12),
        coercion=["threat_of_prosecution", "forced_signing"],
        victim_nationalities=["UZ"],
        review_state="accepted",
        verification_state="corroborated",
    )
    rejected = record_create(
        Incident,
        summary="Fictional rejected proposal.",
        facility=facility,
        region="RU-VLA",
        date_start=date(2023, 4, 20),
        coercion=["deception"],
        review_state="rejected",
    )
    world.restricted_incident.region = "RU-ROS"
    world.restricted_incident.coercion = ["threat_of_deportation"]
    world.restricted_incident.victim_nationalities = ["TJ"]
    world.restricted_incident.date_start = date(2023, 5, 2)
    world.restricted_incident.save()
    return Counted(world=world, facility=facility, accepted=accepted, rejected=rejected)
