"""Issue 7 acceptance: the same story from two outlets (one a reprint) and a third,
independent account become one incident with three claims, two independent sources, state
"corroborated" — through suggestions a reviewer accepts. All texts are fictional."""

from __future__ import annotations

import pytest

from recruitwatch.audit.models import AuditEntry
from recruitwatch.linking.models import DocumentFingerprint, LinkSuggestion, SuggestionState
from recruitwatch.linking.services.review import suggestion_accept
from recruitwatch.linking.services.suggestions import suggestion_find, suggestions_open
from recruitwatch.records.models import Claim, Incident
from recruitwatch.verification.corroboration import independent_sources
from recruitwatch.verification.states import why
from tests.linking.fixtures import INDEPENDENT, ORIGINAL, REPRINT, ingest_text, user_with_role

pytestmark = pytest.mark.django_db


def _incident_of(document):
    return Incident.objects.get(claims__document=document)


def test_two_outlets_and_an_independent_account_are_one_corroborated_incident(tmp_path):
    original = ingest_text(tmp_path, "original.txt", ORIGINAL)
    reprint = ingest_text(tmp_path, "reprint.txt", REPRINT)
    independent = ingest_text(tmp_path, "independent.txt", INDEPENDENT)

    groups = dict(DocumentFingerprint.objects.values_list("document__identifier", "copy_group"))
    assert groups[reprint.identifier] == groups[original.identifier] == original.identifier
    assert groups[independent.identifier] == independent.identifier

    first, second, third = (_incident_of(d) for d in (original, reprint, independent))
    assert len({first.pk, second.pk, third.pk}) == 3  # nothing merged before a reviewer
    assert [i.verification_state for i in (first, second, third)] == ["unverified"] * 3
    open_incidents = suggestions_open(kind="incident")
    assert {(s.left, s.right) for s in open_incidents} >= {
        (first.identifier, second.identifier),
        (first.identifier, third.identifier),
    }

    reviewer = user_with_role("fictional-reviewer")
    for attached in (second, third):
        suggestion = suggestion_find(
            kind="incident", first=first.identifier, second=attached.identifier
        )
        assert suggestion is not None
        assert suggestion.state == SuggestionState.OPEN
        suggestion_accept(
            suggestion=suggestion, user=reviewer, reason="same colony, month and victims"
        )

    incident = Incident.objects.get(pk=first.pk)
    assert Claim.objects.filter(incident=incident).count() == 3
    assert Incident.objects.exclude(review_state="rejected").count() == 1
    sources = independent_sources(incident)
    assert len(sources) == 2
    assert sorted(s.documents for s in sources) == sorted(
        [(original.identifier, reprint.identifier), (independent.identifier,)]
    )
    assert incident.verification_state == "corroborated"
    assert why(incident).startswith("Corroborated: 2 independent sources")
    assert "copies of one another: one source" in why(incident)
    # The change is audited on the incident, with the count and no reason text.
    entry = [
        e
        for e in AuditEntry.objects.filter(object_identifier=incident.identifier)
        if "verification_state" in e.fields
    ][-1]
    assert "unverified -> corroborated, 2 independent source(s)" in entry.detail
    # Nothing is left for the reviewer about this incident: B–C was carried over and merged.
    assert not [
        s for s in suggestions_open(kind="incident") if incident.identifier in (s.left, s.right)
    ]
    assert LinkSuggestion.objects.filter(state="accepted", kind="incident").count() == 2


def test_the_reprint_alone_does_not_corroborate(tmp_path):
    original = ingest_text(tmp_path, "original.txt", ORIGINAL)
    reprint = ingest_text(tmp_path, "reprint.txt", REPRINT)
    first, second = _incident_of(original), _incident_of(reprint)
    reviewer = user_with_role("fictional-reviewer")
    suggestion = suggestion_find(kind="incident", first=first.identifier, second=second.identifier)
    assert suggestion is not None
    assert "told in documents that are copies of one another" in suggestion.reasons
    suggestion_accept(suggestion=suggestion, user=reviewer, reason="a reprint")
    incident = Incident.objects.get(pk=first.pk)
    assert incident.claims.count() == 2
    assert len(independent_sources(incident)) == 1
    assert incident.verification_state == "unverified"
