"""Proposing "same incident" links: place, dates and victims must all agree.
Incidents here are fictional."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.linking.services.incidents import date_range, incident_match
from recruitwatch.linking.services.suggestions import suggestions_open
from recruitwatch.records.models import Incident
from tests.linking.fixtures import (
    ORIGINAL,
    OTHER_VICTIMS,
    fictional_facility,
    fictional_incident,
    ingest_text,
)

pytestmark = pytest.mark.django_db


_facility = fictional_facility
_incident = fictional_incident


def test_same_facility_month_and_victims_match_with_reasons():
    facility = _facility()
    match = incident_match(_incident(facility=facility), _incident(facility=facility))
    assert match is not None
    assert match.score >= 0.7
    assert "same facility IK-4 RU-TVE" in match.reasons
    assert any(reason.startswith("dates overlap") for reason in match.reasons)


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"facility_number": 5}, "another colony of the same region"),
        ({"region": "RU-VLA", "facility_region": "RU-VLA"}, "another region"),
        ({"date_start": date(2023, 6, 1)}, "months that do not overlap"),
        ({"victim_status": "migrant"}, "prisoners against migrants"),
        ({"modality": "feared"}, "occurred against feared"),
    ],
)
def test_a_conflict_means_no_match(changes, why):
    facility = _facility()
    number = changes.pop("facility_number", 4)
    region = changes.pop("facility_region", "RU-TVE")
    other_facility = facility if (number, region) == (4, "RU-TVE") else _facility(number, region)
    left = _incident(facility=facility)
    right = _incident(facility=other_facility, **changes)
    assert incident_match(left, right) is None, why


def test_disjoint_victim_nationalities_conflict():
    left = _incident(victim_nationalities=["TJ"], victim_status="migrant")
    right = _incident(victim_nationalities=["UZ"], victim_status="migrant")
    assert incident_match(left, right) is None


def test_ingest_does_not_propose_an_incident_at_another_facility_with_other_victims(tmp_path):
    ingest_text(tmp_path, "a.txt", ORIGINAL)
    ingest_text(tmp_path, "d.txt", OTHER_VICTIMS)
    assert Incident.objects.count() == 2
    assert suggestions_open(kind="incident") == []


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
def test_date_range_covers_the_date_and_its_precision(start, precision):
    if precision == "month":
        start = start.replace(day=1)
    if precision == "year":
        start = start.replace(month=1, day=1)
    incident = Incident(date_start=start, date_precision=precision)
    first, last = date_range(incident)
    assert first == start <= last
    assert (last.year, last.month if precision != "year" else 12) == (
        start.year,
        start.month if precision != "year" else 12,
    )
    assert date_range(Incident(date_start=None, date_precision="unknown")) is None
