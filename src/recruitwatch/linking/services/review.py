"""A reviewer's decision on a suggestion: accept (merge) or reject (remember "not the same").

Each decision is one transaction: the suggestion is locked, must still be open, the user must
hold the permission for the records it changes, and a reason is required. The decision, who
made it and when are stored on the suggestion (the reason sealed); the audit entry names the
suggestion and the pair, with a hash of the reason.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from recruitwatch.audit.services import record_update
from recruitwatch.linking.errors import SuggestionAlreadyDecided
from recruitwatch.linking.models import LinkSuggestion, SuggestionKind, SuggestionState
from recruitwatch.linking.services import merges
from recruitwatch.linking.services.decisions import reason_check, reason_digest, user_check
from recruitwatch.records.models import Document

# The permission a decision needs: the right to change the records it merges.
DECISION_PERMISSIONS = {
    SuggestionKind.PERSON: "records.change_person",
    SuggestionKind.FACILITY: "records.change_facility",
    SuggestionKind.INCIDENT: "records.change_incident",
    SuggestionKind.COPY: "records.change_document",
}
_MERGES = {
    SuggestionKind.PERSON: merges.person_merge,
    SuggestionKind.FACILITY: merges.facility_merge,
    SuggestionKind.INCIDENT: merges.incident_merge,
    SuggestionKind.COPY: merges.copy_merge,
}


def _open_locked(suggestion: LinkSuggestion) -> LinkSuggestion:
    locked = LinkSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if locked.state != SuggestionState.OPEN:
        raise SuggestionAlreadyDecided(
            f"{locked.identifier} was already {locked.state}; a decision is made once"
        )
    return locked


def _decide(suggestion: LinkSuggestion, *, state: str, user: Any, reason: str) -> LinkSuggestion:
    suggestion.state = state
    suggestion.decided_by = user
    suggestion.decided_at = timezone.now()
    suggestion.reason = reason
    record_update(
        suggestion,
        ["state", "decided_by", "decided_at", "reason"],
        actor=user,
        detail=(
            f"{state} {suggestion.kind} link {suggestion.left} + {suggestion.right}; "
            f"reason sha256 {reason_digest(reason)}"
        ),
    )
    return suggestion


@transaction.atomic
def suggestion_accept(*, suggestion: LinkSuggestion, user: Any, reason: str) -> LinkSuggestion:
    """Accept: the two records are the same; merge them (see ``merges``)."""
    user_check(user, DECISION_PERMISSIONS[SuggestionKind(suggestion.kind)])
    reason = reason_check(reason)
    locked = _open_locked(suggestion)
    _MERGES[SuggestionKind(locked.kind)](first=locked.left, second=locked.right, actor=user)
    return _decide(locked, state=SuggestionState.ACCEPTED, user=user, reason=reason)


@transaction.atomic
def suggestion_reject(*, suggestion: LinkSuggestion, user: Any, reason: str) -> LinkSuggestion:
    """Reject: "not the same". The pair is never proposed again. A rejected copy takes the
    newer document out of the copy group it was put in."""
    user_check(user, DECISION_PERMISSIONS[SuggestionKind(suggestion.kind)])
    reason = reason_check(reason)
    locked = _open_locked(suggestion)
    if locked.kind == SuggestionKind.COPY:
        from recruitwatch.linking.services.copies import copy_group_leave, copy_group_of

        older, newer = merges.records_pair(Document, locked.left, locked.right)
        if copy_group_of(older) == copy_group_of(newer):
            copy_group_leave(document=newer, actor=user, why="rejected as a copy")
    return _decide(locked, state=SuggestionState.REJECTED, user=user, reason=reason)
