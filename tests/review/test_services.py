"""The review services: accept with edits, reject with a reason, merge, optimistic locking,
permissions. Incidents are fictional and made through record_create (the records service);
the merge tests go through the linking services as the review page does."""

from __future__ import annotations

from datetime import date

import pytest

from recruitwatch.access import roles
from recruitwatch.audit.models import AuditAction, AuditEntry
from recruitwatch.linking.models import SuggestionKind, SuggestionState
from recruitwatch.linking.services.decisions import reason_digest
from recruitwatch.linking.services.suggestions import suggestion_find, suggestion_propose
from recruitwatch.records.models import Facility, Incident
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.review import services
from recruitwatch.review.errors import (
    IncidentChangedMeanwhile,
    MergeRefused,
    ReasonRequired,
    ReviewInvalid,
    ReviewNotPermitted,
    ReviewStateRefused,
)
from recruitwatch.review.models import ReviewDecision
from recruitwatch.review.selectors import incident_changes_since
from tests.review.helpers import incident_make, user_with_role

pytestmark = pytest.mark.django_db

REASON = "Fictional reason: the report describes an ordinary transfer, not recruitment."


_incident = incident_make


@pytest.fixture
def reviewer():
    return user_with_role("fictional-reviewer", roles.REVIEWER)


def _updates(incident: Incident) -> list[AuditEntry]:
    return list(
        AuditEntry.objects.filter(
            object_identifier=incident.identifier, action=AuditAction.UPDATE
        ).order_by("sequence")
    )


def test_incident_accept_saves_the_edits_and_accepts_in_one_write(reviewer):
    incident = _incident()
    accepted = services.incident_accept(
        incident=incident,
        user=reviewer,
        changes={"victim_count_low": 25, "summary": "Edited fictional summary", "region": "RU-TVE"},
        version=1,
    )
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.review_state, stored.version) == ("accepted", 2)
    assert (stored.victim_count_low, str(stored.summary)) == (25, "Edited fictional summary")
    [update] = _updates(incident)
    assert update.actor == reviewer.username
    assert update.fields == ["review_state", "summary", "version", "victim_count_low"]
    assert accepted.version == 2
    [decision] = ReviewDecision.objects.filter(incident=incident)
    assert (decision.outcome, decision.version, decision.actor_id) == ("accepted", 2, reviewer.pk)


def test_incident_review_save_with_nothing_changed_writes_nothing(reviewer):
    incident = _incident(
        facility=record_create(
            Facility, facility_type="penal_colony", number=4, region="RU-TVE", canonical_name="IK-4"
        )
    )
    unchanged = {
        "summary": "  Fictional incident for the review tests ",
        "facility": incident.facility,
        "coercion": ["forced_signing"],
        "date_start": date(2023, 4, 1),
    }
    services.incident_review_save(incident=incident, user=reviewer, changes=unchanged, version=1)
    assert Incident.objects.get(pk=incident.pk).version == 1
    assert _updates(incident) == []


def test_incident_review_save_changes_facility_and_lists(reviewer):
    facility = record_create(
        Facility, facility_type="penal_colony", number=6, region="RU-VLA", canonical_name="IK-6"
    )
    incident = _incident()
    services.incident_review_save(
        incident=incident,
        user=reviewer,
        changes={
            "facility": facility,
            "region": "ru-vla",
            "coercion": ["forced_signing", "deception"],
            "victim_nationalities": ["TJ", "UZ"],
            "perpetrator_labels": ["Fictional Group", " "],
        },
        version=1,
    )
    stored = Incident.objects.get(pk=incident.pk)
    assert stored.facility_id == facility.pk
    assert stored.region == "RU-VLA"
    assert stored.coercion == ["forced_signing", "deception"]
    assert stored.victim_nationalities == ["TJ", "UZ"]
    assert stored.perpetrator_labels == ["Fictional Group"]
    assert stored.review_state == "proposed"
    assert stored.version == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"region": "XX-NOWHERE"}, "region"),
        ({"coercion": ["bribery"]}, "coercion"),
        ({"victim_nationalities": ["Atlantis"]}, "victim_nationalities"),
        ({"victim_count_low": 40, "victim_count_high": 10}, "__all__"),
        ({"review_state": "accepted"}, "review_state"),  # not a field a reviewer edits
    ],
)
def test_invalid_changes_are_refused_and_nothing_is_written(reviewer, changes, field):
    incident = _incident()
    with pytest.raises(ReviewInvalid) as refused:
        services.incident_accept(incident=incident, user=reviewer, changes=changes, version=1)
    assert field in refused.value.errors
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.review_state, stored.version, stored.region) == ("proposed", 1, "RU-TVE")


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_incident_reject_needs_a_reason(reviewer, reason):
    incident = _incident()
    with pytest.raises(ReasonRequired):
        services.incident_reject(incident=incident, user=reviewer, reason=reason, version=1)
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.review_state, stored.version) == ("proposed", 1)
    assert not ReviewDecision.objects.exists()


def test_incident_reject_keeps_the_reason_sealed_and_audits_only_its_hash(reviewer):
    incident = _incident()
    services.incident_reject(incident=incident, user=reviewer, reason=f"  {REASON} ", version=1)
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.review_state, stored.version) == ("rejected", 2)
    [decision] = ReviewDecision.objects.filter(incident=incident)
    assert (decision.outcome, str(decision.reason)) == ("rejected", REASON)
    [update] = _updates(incident)
    assert reason_digest(REASON) in update.detail
    assert "transfer" not in update.detail
    with pytest.raises(ReviewStateRefused):  # decided once
        services.incident_reject(incident=stored, user=reviewer, reason=REASON, version=2)


def _older_and_newer() -> tuple[Incident, Incident]:
    return _incident(summary="Fictional older report"), _incident(summary="Fictional newer")


def test_incident_merge_into_accepts_the_open_suggestion(reviewer):
    older, newer = _older_and_newer()
    suggestion_propose(
        kind=SuggestionKind.INCIDENT,
        left=older.identifier,
        right=newer.identifier,
        score=0.9,
        reasons=["same region RU-TVE"],
    )
    kept = services.incident_merge_into(
        incident=newer, target=older, user=reviewer, reason=REASON, version=1
    )
    assert kept.pk == older.pk
    suggestion = suggestion_find(
        kind=SuggestionKind.INCIDENT, first=older.identifier, second=newer.identifier
    )
    assert suggestion.state == SuggestionState.ACCEPTED
    assert str(suggestion.reason) == REASON
    assert Incident.objects.get(pk=newer.pk).review_state == "rejected"
    [decision] = ReviewDecision.objects.filter(incident=newer)
    assert (decision.outcome, decision.merged_with, decision.kept) == (
        "merged",
        older.identifier,
        older.identifier,
    )


def test_incident_merge_into_an_older_proposal_keeps_it_and_carries_the_acceptance(reviewer):
    older, newer = _older_and_newer()
    services.incident_accept(incident=newer, user=reviewer, changes={}, version=1)
    kept = services.incident_merge_into(
        incident=older, target=newer, user=reviewer, reason=REASON, version=1
    )
    assert kept.pk == older.pk
    assert Incident.objects.get(pk=older.pk).review_state == "accepted"
    assert Incident.objects.get(pk=newer.pk).review_state == "rejected"


@pytest.mark.parametrize("target", ["itself", "rejected"])
def test_incident_merge_into_refuses_itself_and_a_rejected_incident(reviewer, target):
    older, newer = _older_and_newer()
    if target == "rejected":
        services.incident_reject(incident=older, user=reviewer, reason=REASON, version=1)
    other = newer if target == "itself" else Incident.objects.get(pk=older.pk)
    with pytest.raises(MergeRefused):
        services.incident_merge_into(
            incident=newer, target=other, user=reviewer, reason=REASON, version=1
        )
    assert Incident.objects.get(pk=newer.pk).review_state == "proposed"


def test_incident_merge_into_needs_a_reason(reviewer):
    older, newer = _older_and_newer()
    with pytest.raises(ReasonRequired):
        services.incident_merge_into(
            incident=newer, target=older, user=reviewer, reason=" ", version=1
        )


def _accept(incident, user, version):
    return services.incident_accept(
        incident=incident, user=user, changes={"victim_count_low": 3}, version=version
    )


def _save(incident, user, version):
    return services.incident_review_save(
        incident=incident, user=user, changes={"victim_count_low": 3}, version=version
    )


def _reject(incident, user, version):
    return services.incident_reject(incident=incident, user=user, reason=REASON, version=version)


def _merge(incident, user, version):
    target = Incident.objects.exclude(pk=incident.pk).order_by("pk").first()
    return services.incident_merge_into(
        incident=incident, target=target, user=user, reason=REASON, version=version
    )


WRITES = {"save": _save, "accept": _accept, "reject": _reject, "merge": _merge}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_stale_version_is_refused_and_nothing_is_overwritten(reviewer, write):
    _incident(summary="Fictional merge target")
    incident = _incident()
    other = user_with_role("fictional-editor", roles.EDITOR)
    services.incident_review_save(
        incident=incident, user=other, changes={"summary": "Fictional: their edit"}, version=1
    )
    with pytest.raises(IncidentChangedMeanwhile) as refused:
        WRITES[write](incident, reviewer, 1)  # the version the reviewer's page was opened at
    assert (refused.value.expected, refused.value.stored) == (1, 2)
    assert "their edit" not in str(refused.value)  # names fields and versions, never values
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.version, stored.review_state, str(stored.summary)) == (
        2,
        "proposed",
        "Fictional: their edit",
    )
    assert stored.victim_count_low == 30
    [change] = incident_changes_since(user=reviewer, incident=stored, version=1)
    assert (change.actor, change.fields) == ("fictional-editor", ("summary",))
    # At the version now stored, the same write goes through.
    WRITES[write](stored, reviewer, 2)
    assert Incident.objects.get(pk=incident.pk).version >= 3


@pytest.mark.parametrize("role", [roles.VIEWER, roles.REPORT_VIEWER, None])
@pytest.mark.parametrize("write", sorted(WRITES))
def test_only_reviewers_editors_and_admins_may_write(role, write):
    _incident(summary="Fictional merge target")
    incident = _incident()
    user = user_with_role(f"fictional-{role or 'nobody'}".replace(" ", "-"), role)
    with pytest.raises(ReviewNotPermitted):
        WRITES[write](incident, user, 1)
    assert Incident.objects.get(pk=incident.pk).version == 1


@pytest.mark.parametrize("role", [roles.REVIEWER, roles.EDITOR, roles.ADMIN])
def test_reviewers_editors_and_admins_may_accept(role):
    incident = _incident()
    _accept(incident, user_with_role(f"fictional-{role}", role), 1)
    assert Incident.objects.get(pk=incident.pk).review_state == "accepted"


def test_an_anonymous_user_may_not_write():
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(ReviewNotPermitted):
        _accept(_incident(), AnonymousUser(), 1)


def test_a_word_of_an_edited_summary_is_found_by_search_at_once(reviewer):
    """The review re-indexes what it writes: the new word finds the incident, and a word
    that is gone no longer does."""
    from recruitwatch.search.facets import IncidentFilters
    from recruitwatch.search.selectors import search_all
    from recruitwatch.search.services import search_index_incident

    incident = _incident()
    search_index_incident(incident=incident)
    editor = user_with_role("fictional-search-reader", roles.EDITOR)

    def found(word: str) -> list[int]:
        return search_all(user=editor, query=word, filters=IncidentFilters()).incidents.ids

    assert found("quarry") == []
    assert found("review tests") == [incident.pk]  # words of the summary as proposed
    services.incident_accept(
        incident=incident,
        user=reviewer,
        changes={"summary": "Fictional: prisoners sent to a quarry before the contract."},
        version=1,
    )
    assert found("quarry") == [incident.pk]
    assert found("quarries") == [incident.pk]  # any inflection
    assert found("review tests") == []
