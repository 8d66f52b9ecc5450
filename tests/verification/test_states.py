"""Verification states: counted, confirmed, disputed, reopened — each change with history,
an audit entry and a reason. Texts and users are fictional."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.access import roles
from recruitwatch.audit.models import AuditEntry
from recruitwatch.linking.errors import DecisionNotPermitted, ReasonRequired
from recruitwatch.linking.models import IncidentVerification
from recruitwatch.linking.services.merges import incident_merge
from recruitwatch.records.models import Incident
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.verification.errors import GradeInvalid, TransitionRefused
from recruitwatch.verification.grading import claim_grade, grade_parse
from recruitwatch.verification.states import (
    incident_dispute,
    incident_reopen,
    incident_verify,
    state_recompute,
    why,
)
from tests.linking.fixtures import INDEPENDENT, ORIGINAL, ingest_text, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def incident(tmp_path):
    document = ingest_text(tmp_path, "a.txt", ORIGINAL)
    return Incident.objects.get(claims__document=document)


def test_one_source_is_unverified_and_why_says_so(incident):
    assert incident.verification_state == "unverified"
    assert why(incident).startswith("Unverified: 1 independent source; corroboration needs 2")


def test_a_reviewer_verifies_with_a_reason_and_counting_does_not_undo_it(incident, tmp_path):
    reviewer = user_with_role("fictional-reviewer")
    incident_verify(incident=incident, user=reviewer, reason="checked against the court file")
    incident.refresh_from_db()
    assert incident.verification_state == "verified"
    history = IncidentVerification.objects.get(incident=incident, to_state="verified")
    assert history.actor == reviewer
    assert history.reason == "checked against the court file"
    assert history.from_state == "unverified"
    assert history.independent_sources == 1
    entry = AuditEntry.objects.filter(object_identifier=incident.identifier).last()
    assert entry.actor == "fictional-reviewer"
    assert "unverified -> verified" in entry.detail
    assert "court file" not in entry.detail
    assert "by fictional-reviewer" in why(incident)
    # A second independent claim arrives: the reviewer's state stands.
    other = ingest_text(tmp_path, "c.txt", INDEPENDENT)
    incident_merge(
        first=incident.identifier,
        second=Incident.objects.get(claims__document=other).identifier,
        actor=reviewer,
    )
    assert state_recompute(incident=incident).verification_state == "verified"
    # Reopened, counting applies again: two sources now.
    incident_reopen(incident=incident, user=reviewer, reason="new evidence to weigh")
    incident.refresh_from_db()
    assert incident.verification_state == "corroborated"


def test_dispute_needs_permission_a_reason_and_a_change(incident):
    viewer = user_with_role("fictional-viewer", roles.VIEWER)
    reviewer = user_with_role("fictional-reviewer")
    with pytest.raises(DecisionNotPermitted):
        incident_dispute(incident=incident, user=viewer, reason="conflict")
    with pytest.raises(ReasonRequired):
        incident_dispute(incident=incident, user=reviewer, reason="")
    incident_dispute(incident=incident, user=reviewer, reason="the two dates conflict")
    with pytest.raises(TransitionRefused):
        incident_dispute(incident=incident, user=reviewer, reason="again")
    assert why(Incident.objects.get(pk=incident.pk)).startswith("Disputed")


def test_an_incident_without_claims_cannot_be_verified():
    empty = record_create(Incident, summary="Fictional, no claims")
    reviewer = user_with_role("fictional-reviewer")
    with pytest.raises(TransitionRefused):
        incident_verify(incident=empty, user=reviewer, reason="trust me")
    with pytest.raises(TransitionRefused):
        incident_reopen(incident=empty, user=reviewer, reason="nothing to reopen")


def test_recompute_without_a_change_writes_nothing(incident):
    before = AuditEntry.objects.count()
    state_recompute(incident=incident)
    assert AuditEntry.objects.count() == before


@pytest.mark.parametrize(
    ("grade", "parsed"), [("A1", ("A", 1)), ("f6", ("F", 6)), (" c3 ", ("C", 3))]
)
def test_grade_parse_reads_the_admiralty_scale(grade, parsed):
    assert grade_parse(grade) == parsed


@given(st.text(max_size=4))
def test_grade_parse_refuses_everything_off_the_scale(text):
    cleaned = text.strip().upper()
    on_scale = len(cleaned) == 2 and cleaned[0] in "ABCDEF" and cleaned[1] in "123456"
    if on_scale:
        assert grade_parse(text) == (cleaned[0], int(cleaned[1]))
    else:
        with pytest.raises(GradeInvalid):
            grade_parse(text)


def test_a_reviewer_grades_a_claim(incident):
    claim = incident.claims.first()
    assert (claim.reliability, claim.credibility) == ("F", 6)  # extraction cannot judge
    reviewer = user_with_role("fictional-reviewer")
    claim_grade(claim=claim, user=reviewer, grade="B2")
    claim.refresh_from_db()
    assert (claim.reliability, claim.credibility) == ("B", 2)
    viewer = user_with_role("fictional-viewer", roles.VIEWER)
    with pytest.raises(DecisionNotPermitted):
        claim_grade(claim=claim, user=viewer, grade="A1")
