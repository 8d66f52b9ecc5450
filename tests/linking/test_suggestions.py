"""Suggestions: one per pair, decided once; accepting merges, rejecting remembers.
People and names here are fictional."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.access import roles
from recruitwatch.audit.models import AuditEntry
from recruitwatch.linking.errors import (
    DecisionNotPermitted,
    ReasonRequired,
    SuggestionAlreadyDecided,
)
from recruitwatch.linking.models import LinkSuggestion
from recruitwatch.linking.services.review import suggestion_accept, suggestion_reject
from recruitwatch.linking.services.suggestions import (
    pair_order,
    suggestion_find,
    suggestion_propose,
    suggestions_open,
)
from recruitwatch.records.models import Incident, Involvement, Person
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create
from tests.linking.fixtures import user_with_role

pytestmark = pytest.mark.django_db


def _person_pair():
    first = person_create(name="Farkhod Tojiev (fictional)")
    second = person_create(name="Фарход Тожиев (fictional)", aliases=["Farhod T."])
    return first, second


def _propose_people(first, second, score=0.91):
    return suggestion_propose(
        kind="person",
        left=second.identifier,
        right=first.identifier,
        score=score,
        reasons=["surname Tojiev ~ Тожиев (ICAO)"],
    )


def test_rejecting_a_suggested_person_merge_means_it_is_not_suggested_again():
    first, second = _person_pair()
    suggestion = _propose_people(first, second)
    assert suggestion is not None
    assert suggestion.state == "open"
    editor = user_with_role("fictional-editor", roles.EDITOR)
    suggestion_reject(suggestion=suggestion, user=editor, reason="different birth years")

    # Proposed again, in either order and with a higher score: nothing new is suggested.
    assert _propose_people(first, second, score=0.99) is None
    assert (
        suggestion_propose(
            kind="person", left=first.identifier, right=second.identifier, score=1.0, reasons=[]
        )
        is None
    )
    assert suggestions_open(kind="person") == []
    assert LinkSuggestion.objects.filter(kind="person").count() == 1
    stored = suggestion_find(kind="person", first=first.identifier, second=second.identifier)
    assert stored.state == "rejected"
    assert stored.decided_by == editor
    assert stored.reason == "different birth years"
    assert Person.objects.get(pk=second.pk).involvements.count() == 0  # nothing merged


def test_accepting_a_person_merge_moves_involvements_and_keeps_both_records():
    first, second = _person_pair()
    incident = record_create(Incident, summary="Fictional incident")
    other = record_create(Incident, summary="Another fictional incident")
    # The same part in one incident (merged onto the kept involvement), another elsewhere.
    record_create(Involvement, person=first, incident=incident, role="victim")
    duplicate = record_create(Involvement, person=second, incident=incident, role="victim")
    moved = record_create(Involvement, person=second, incident=other, role="victim")
    editor = user_with_role("fictional-editor", roles.EDITOR)
    suggestion_accept(
        suggestion=_propose_people(first, second), user=editor, reason="same passport number"
    )
    assert Involvement.objects.get(pk=moved.pk).person_id == first.pk
    assert Involvement.objects.get(pk=duplicate.pk).person_id == second.pk  # kept, not lost
    kept = Person.objects.get(pk=first.pk)
    assert "Фарход Тожиев (fictional)" in kept.aliases
    assert "Farhod T." in kept.aliases
    assert Person.objects.filter(pk=second.pk).exists()
    details = AuditEntry.objects.values_list("detail", flat=True)
    assert any(f"merged {second.identifier} into {first.identifier}" in d for d in details)
    assert not any("same passport number" in d for d in details)  # the reason is not logged


def test_a_rejection_carries_over_to_the_record_a_merge_keeps():
    first, second = _person_pair()
    third = person_create(name="Another fictional person")
    editor = user_with_role("fictional-editor", roles.EDITOR)
    rejected = suggestion_propose(
        kind="person", left=second.identifier, right=third.identifier, score=0.8, reasons=["x"]
    )
    suggestion_reject(suggestion=rejected, user=editor, reason="not the same")
    suggestion_accept(suggestion=_propose_people(first, second), user=editor, reason="same")
    # second is now first; first and third were never proposed, yet "not the same" holds.
    assert (
        suggestion_propose(
            kind="person", left=first.identifier, right=third.identifier, score=0.9, reasons=["y"]
        )
        is None
    )


def test_a_decision_is_made_once_with_a_reason_by_a_permitted_user():
    first, second = _person_pair()
    suggestion = _propose_people(first, second)
    viewer = user_with_role("fictional-viewer", roles.VIEWER)
    editor = user_with_role("fictional-editor", roles.EDITOR)
    with pytest.raises(DecisionNotPermitted):
        suggestion_accept(suggestion=suggestion, user=viewer, reason="looks the same")
    with pytest.raises(DecisionNotPermitted):
        suggestion_accept(suggestion=suggestion, user=None, reason="looks the same")
    with pytest.raises(ReasonRequired):
        suggestion_reject(suggestion=suggestion, user=editor, reason="   ")
    assert LinkSuggestion.objects.get(pk=suggestion.pk).state == "open"
    suggestion_reject(suggestion=suggestion, user=editor, reason="different people")
    with pytest.raises(SuggestionAlreadyDecided):
        suggestion_accept(suggestion=suggestion, user=editor, reason="changed my mind")


@pytest.mark.parametrize(
    ("kind", "left", "right", "score"),
    [
        ("spouse", "PER-0001", "PER-0002", 0.5),
        ("person", "PER-0001", "PER-0001", 0.5),
        ("person", "", "PER-0002", 0.5),
        ("person", "PER-0001", "PER-0002", 1.5),
        ("person", "PER-0001", "PER-0002", -0.1),
    ],
)
def test_suggestion_propose_refuses_bad_input(kind, left, right, score):
    with pytest.raises(ValueError, match=r"suggestion|score|kind"):
        suggestion_propose(kind=kind, left=left, right=right, score=score, reasons=[])


@given(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20))
def test_pair_order_is_the_same_whichever_way_round(first, second):
    assert pair_order(first, second) == pair_order(second, first)
    assert pair_order(first, second)[0] <= pair_order(first, second)[1]
