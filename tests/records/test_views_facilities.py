"""Facility pages: the list with incident counts, and a facility's incidents on a timeline
grouped by month, with counts by coercion type taken in the database.

Facilities, incidents and users here are fictional.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.records import views
from recruitwatch.records.models import Facility, Incident
from recruitwatch.records.services.identifiers import record_create
from tests.access.helpers import sign_in, world_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return world_build()


@pytest.fixture
def colony():
    return record_create(
        Facility,
        facility_type="penal_colony",
        number=6,
        region="RU-VLA",
        canonical_name="IK-6",
        aliases=["ИК-6", "colony No. 6"],
    )


def _incident(facility, start=None, precision="month", **fields):
    return record_create(
        Incident, facility=facility, date_start=start, date_precision=precision, **fields
    )


def _page(client, world, facility, query="", who=roles.VIEWER):
    sign_in(client, world.users[who])
    response = client.get(reverse("facility_detail", args=[facility.identifier]) + query)
    assert response.status_code == 200
    return response.content.decode()


def _months(body: str) -> list[str]:
    """The month headings of the timeline, in page order, with their counts."""
    return [
        " ".join(re.sub(r"<[^>]+>", " ", heading).split())
        for heading in re.findall(r'<section class="month"[^>]*>\s*<h3>(.*?)</h3>', body, re.DOTALL)
    ]


def test_facility_timeline_groups_incidents_by_month_newest_first(client, world, colony):
    january = [_incident(colony, date(2023, 1, d), "day") for d in (5, 20)]
    march = _incident(colony, date(2023, 3, 1))
    undated = _incident(colony)
    body = _page(client, world, colony)
    assert _months(body) == [
        "March 2023 1 incident",
        "January 2023 2 incidents",
        "Date unknown 1 incident",
    ]
    order = [body.index(i.identifier) for i in (march, january[1], january[0], undated)]
    assert order == sorted(order)


def test_month_total_counts_incidents_on_later_pages(client, world, colony, monkeypatch):
    monkeypatch.setattr(views, "PER_PAGE", 2)
    for day in (1, 2, 3):
        _incident(colony, date(2023, 5, day), "day")
    _incident(colony, date(2023, 4, 1))
    first = _page(client, world, colony)
    assert _months(first) == ["May 2023 3 incidents"]
    assert first.count('class="ident" href="/incidents/') == 2
    second = _page(client, world, colony, "?page=2")
    assert _months(second) == ["May 2023 3 incidents", "April 2023 1 incident"]
    assert second.count('class="ident" href="/incidents/') == 2
    # The month index links each month to the page it starts on.
    assert 'href="?page=1#month-2023-05"' in first
    assert 'href="?page=2#month-2023-04"' in first


def test_facility_page_counts_by_coercion_type(client, world, colony):
    _incident(colony, date(2023, 1, 1), coercion=["forced_signing", "threat_of_prosecution"])
    _incident(colony, date(2023, 2, 1), coercion=["forced_signing"])
    _incident(colony, date(2023, 2, 1), coercion=[])
    body = _page(client, world, colony)
    counts = dict(
        (label.strip(), int(count))
        for count, label in re.findall(r'<span class="count">(\d+)</span>([^<]+)</li>', body)
    )
    assert counts == {"Forced signing": 2, "Threat of prosecution": 1}


def test_facility_page_leaves_out_rejected_and_restricted_incidents(client, world, colony):
    shown = _incident(colony, date(2023, 4, 1))
    rejected = _incident(colony, date(2023, 4, 1), review_state="rejected")
    world.restricted_incident.facility = colony
    world.restricted_incident.save(update_fields=["facility"])
    body = _page(client, world, colony)
    assert shown.identifier in body
    assert rejected.identifier not in body
    assert world.restricted_incident.identifier not in body
    assert rejected.identifier in _page(client, world, colony, "?state=rejected")
    assert world.restricted_incident.identifier in _page(
        client, world, colony, "?state=all", who=roles.ADMIN
    )


def test_facility_page_shows_aliases_and_key(client, world, colony):
    body = _page(client, world, colony)
    assert "ИК-6" in body
    assert "RU-VLA" in body
    assert "Penal colony (IK)" in body


def test_facility_page_queries_do_not_grow_with_incidents(
    client, world, colony, django_assert_max_num_queries
):
    for month in range(1, 4):
        _incident(colony, date(2022, month, 1), coercion=["deception"])
    sign_in(client, world.users[roles.VIEWER])
    url = reverse("facility_detail", args=[colony.identifier])
    client.get(url)  # session and permission caches warm
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for month in range(1, 13):
        for _ in range(3):
            _incident(colony, date(2021, month, 1), coercion=["deception"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_facility_list_shows_region_type_number_and_count(client, world, colony):
    other = record_create(
        Facility, facility_type="sizo", number=1, region="RU-ROS", canonical_name="SIZO-1"
    )
    for _ in range(3):
        _incident(colony, date(2023, 1, 1))
    _incident(colony, date(2023, 1, 1), review_state="rejected")
    sign_in(client, world.users[roles.VIEWER])
    body = client.get(reverse("facility_list")).content.decode()
    row = re.search(rf"{colony.identifier}.*?</tr>", body, re.DOTALL).group(0)
    cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td.*?</td>", row)]
    assert cells[-4:] == ["Penal colony (IK)", "6", "RU-VLA", "3"]
    assert other.identifier in body
    filtered = client.get(reverse("facility_list") + "?region=ru-ros").content.decode()
    assert other.identifier in filtered
    assert colony.identifier not in filtered


def test_unknown_facility_is_404_and_role_less_user_403(client, world):
    sign_in(client, world.users[roles.VIEWER])
    assert client.get(reverse("facility_detail", args=["FAC-9999"])).status_code == 404
    sign_in(client, world.users["no role"])
    assert client.get(reverse("facility_detail", args=["FAC-9999"])).status_code == 403
