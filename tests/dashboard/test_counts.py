"""The dashboard's counts: rejected proposals and restricted cases' incidents left out, the
cache following every change. Records are fictional (tests/dashboard/conftest.py)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from recruitwatch.access import roles
from recruitwatch.dashboard.counts import UNDATED, UNSPECIFIED, counts_global
from recruitwatch.dashboard.selectors import dashboard_counts, suggestions_open_by_kind
from recruitwatch.linking.models import LinkSuggestion
from recruitwatch.records import selectors
from recruitwatch.records.services.identifiers import record_create

pytestmark = pytest.mark.django_db


def test_dashboard_counts_exclude_rejected_incidents(counted):
    counts = dashboard_counts(user=counted.world.users[roles.ADMIN])
    assert counts.total == 3  # two proposals of the world, one accepted; not the rejected
    assert counts.by_review_state == {"proposed": 2, "accepted": 1}
    assert counts.by_month_coercion[("2023-04", "deception")] == 0
    assert counts.by_month_coercion[("2023-04", "threat_of_prosecution")] == 1
    assert counts.by_month_coercion[("2023-04", "forced_signing")] == 1
    assert counts.by_facility[counted.facility.pk] == 1


def test_dashboard_counts_exclude_restricted_incidents_the_user_cannot_open(counted):
    users = counted.world.users
    viewer = dashboard_counts(user=users[roles.VIEWER])
    member = dashboard_counts(user=users["member"])
    admin = dashboard_counts(user=users[roles.ADMIN])
    assert viewer.total == 2
    assert member.total == admin.total == 3
    assert viewer.by_region["RU-ROS"] == 0
    assert member.by_region["RU-ROS"] == 1
    assert viewer.by_nationality["TJ"] == 0
    assert member.by_nationality["TJ"] == 1
    assert viewer.by_month_coercion[("2023-05", "threat_of_deportation")] == 0
    assert member.by_month_coercion[("2023-05", "threat_of_deportation")] == 1


@pytest.mark.parametrize("who", [*roles.ROLES, "member"])
def test_dashboard_total_equals_the_incidents_the_selector_shows(counted, who):
    user = counted.world.users[who]
    expected = selectors.incident_list(user=user).exclude(review_state="rejected").count()
    assert dashboard_counts(user=user).total == expected


def test_dashboard_counts_need_the_incident_view_permission(counted):
    with pytest.raises(PermissionDenied):
        dashboard_counts(user=counted.world.users["no role"])
    with pytest.raises(PermissionDenied):
        suggestions_open_by_kind(user=counted.world.users["no role"])


def test_dashboard_counts_follow_a_change_of_an_incident(counted):
    admin = counted.world.users[roles.ADMIN]
    assert dashboard_counts(user=admin).by_review_state["accepted"] == 1
    counted.rejected.review_state = "accepted"
    counted.rejected.save()
    after = dashboard_counts(user=admin)
    assert after.by_review_state["accepted"] == 2
    assert after.by_month_coercion[("2023-04", "deception")] == 1


def test_dashboard_global_counts_are_cached_until_the_table_changes(
    counted, django_assert_max_num_queries
):
    counts_global()
    with django_assert_max_num_queries(3):  # the marker only
        counts_global()


def test_dashboard_counts_empty_lists_and_dates_as_unspecified(counted):
    counts = dashboard_counts(user=counted.world.users[roles.VIEWER])
    assert counts.undated[UNDATED] == 1  # the world's open proposal
    assert counts.by_nationality[UNSPECIFIED] == 1
    assert counts.by_month_coercion[(UNDATED, UNSPECIFIED)] == 1
    assert counts.proposed_by_age["under_1_day"] == 1


def test_open_suggestions_pairing_a_hidden_record_are_not_counted(counted):
    world = counted.world
    record_create(
        LinkSuggestion,
        kind="person",
        left=world.open_person.identifier,
        right=world.restricted_person.identifier,
        score=0.9,
    )
    record_create(
        LinkSuggestion,
        kind="incident",
        left=world.open_incident.identifier,
        right=counted.accepted.identifier,
        score=0.8,
    )
    viewer = suggestions_open_by_kind(user=world.users[roles.VIEWER])
    member = suggestions_open_by_kind(user=world.users["member"])
    assert viewer == {"incident": 1}
    assert member == {"incident": 1, "person": 1}


def test_dashboard_counts_follow_a_change_of_the_restricted_cases(counted):
    viewer = counted.world.users[roles.VIEWER]
    assert dashboard_counts(user=viewer).by_review_state["accepted"] == 1
    counted.world.restricted_case.incidents.add(counted.accepted)
    assert dashboard_counts(user=viewer).by_review_state["accepted"] == 0
    assert dashboard_counts(user=counted.world.users["member"]).by_review_state["accepted"] == 1
