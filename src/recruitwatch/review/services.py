"""A reviewer's writes on a proposed incident: save edits, accept, reject, merge into another.

Every service, in one transaction:

1. checks the permission (``records.change_incident``: reviewer, editor, admin);
2. locks the incident's row (``select_for_update``) and compares its stored ``version`` with
   the one the reviewer's form was rendered with: a difference means someone else saved in
   between, and the write is refused with ``IncidentChangedMeanwhile`` — never a silent
   overwrite (optimistic locking; the page then shows what the other person changed);
3. applies the edits that differ from what is stored, validates the whole incident, and
   refuses invalid values with ``ReviewInvalid`` (field names and messages, no values);
4. increments ``version`` and writes the row through ``audit.services.record_update`` with
   the changed field names, so the audit log says who changed which fields and when;
5. for accept, reject and merge, stores a ``ReviewDecision`` (the reason sealed; the audit
   entry carries a hash of it).

A merge goes through ``linking``: the open "same incident" suggestion for the pair, when
there is one, is accepted (``suggestion_accept``), else the two are merged directly
(``incident_merge``); either way the older incident is kept and the newer one rejected.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from recruitwatch.audit.services import record_update
from recruitwatch.linking.errors import LinkingError
from recruitwatch.linking.models import SuggestionKind, SuggestionState
from recruitwatch.linking.services.decisions import reason_digest
from recruitwatch.linking.services.merges import incident_merge
from recruitwatch.linking.services.review import suggestion_accept
from recruitwatch.linking.services.suggestions import suggestion_find
from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Facility, Incident
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.review.errors import (
    IncidentChangedMeanwhile,
    MergeRefused,
    ReasonRequired,
    ReviewInvalid,
    ReviewNotPermitted,
    ReviewStateRefused,
)
from recruitwatch.review.models import ReviewDecision, ReviewOutcome
from recruitwatch.search.services import search_index_incident

#: The permission every review write needs (and the review pages).
REVIEW_PERMISSION = "records.change_incident"
# Long enough for a paragraph citing evidence, short enough to stay a reason (as linking's).
REASON_MAX_LENGTH = 2000

#: The incident fields a reviewer edits, in the order the form shows them.
EDITABLE_FIELDS = (
    "summary",
    "modality",
    "date_start",
    "date_end",
    "date_precision",
    "facility",
    "region",
    "coercion",
    "victim_description",
    "victim_count_low",
    "victim_count_high",
    "victim_nationalities",
    "victim_status",
    "perpetrator_labels",
)
_SEALED_FIELDS = frozenset({"summary", "victim_description"})
_LIST_FIELDS = frozenset({"coercion", "victim_nationalities", "perpetrator_labels"})
_SET_LIKE_FIELDS = frozenset({"coercion", "victim_nationalities"})


def user_check(user: Any) -> Any:
    """``user`` when signed in and allowed to review; refused otherwise (fail closed)."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise ReviewNotPermitted("reviewing needs a signed-in reviewer")
    if not user.has_perm(REVIEW_PERMISSION):
        raise ReviewNotPermitted(f"reviewing needs the permission {REVIEW_PERMISSION}")
    return user


def reason_check(reason: str) -> str:
    """The reason stripped; refused when empty or longer than REASON_MAX_LENGTH."""
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ReasonRequired("give a reason; it is kept with the decision")
    if len(cleaned) > REASON_MAX_LENGTH:
        raise ReasonRequired(f"a reason is at most {REASON_MAX_LENGTH} characters")
    return cleaned


def _locked(incident: Incident, version: int) -> Incident:
    """The incident's row, locked for this transaction, when still at ``version``."""
    locked = Incident.objects.select_for_update().get(pk=incident.pk)
    if locked.version != int(version):
        raise IncidentChangedMeanwhile(
            identifier=locked.identifier, expected=int(version), stored=locked.version
        )
    return locked


def _stored(incident: Incident, name: str) -> Any:
    if name == "facility":
        return incident.facility_id
    value = getattr(incident, name)
    if name in _SEALED_FIELDS:
        return str(value)
    if name in _LIST_FIELDS:
        return list(value or [])
    return value


def _given(name: str, value: Any) -> Any:
    """A change as the model stores it: a facility as its primary key, text stripped, lists
    as lists, blanks as the field's empty value."""
    if name == "facility":
        return value.pk if isinstance(value, Facility) else value
    if name == "region":
        return (value or "").strip().upper()
    if name in _SEALED_FIELDS:
        return (value or "").strip()
    if name in _LIST_FIELDS:
        return [str(item).strip() for item in (value or []) if str(item).strip()]
    if name in {"date_start", "date_end"} and value is not None and not isinstance(value, date):
        return date.fromisoformat(str(value))
    return value


def _unchanged(name: str, given: Any, stored: Any) -> bool:
    """Whether ``given`` says what is stored. A form sends text stripped and the checked
    coercion types in the form's order, so neither whitespace around stored text nor the
    order of a set-like list counts as a change (an audit entry would name a field nobody
    changed)."""
    if name in _SEALED_FIELDS:
        return bool(given == stored.strip())
    if name in _SET_LIKE_FIELDS:
        return sorted(given) == sorted(stored)
    if name in _LIST_FIELDS:
        return bool(given == [item.strip() for item in stored if item.strip()])
    return bool(given == stored)


def _apply(incident: Incident, changes: Mapping[str, Any]) -> list[str]:
    """Set the changes that differ from what is stored; the names of the fields changed."""
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ReviewInvalid(
            identifier=incident.identifier,
            errors={name: ["not a field a reviewer edits"] for name in unknown},
        )
    changed = []
    for name in EDITABLE_FIELDS:
        if name not in changes:
            continue
        value = _given(name, changes[name])
        if _unchanged(name, value, _stored(incident, name)):
            continue
        setattr(incident, "facility_id" if name == "facility" else name, value)
        changed.append(name)
    if changed:
        try:
            incident.full_clean(validate_unique=False)
        except ValidationError as exc:
            raise ReviewInvalid(identifier=incident.identifier, errors=exc.message_dict) from None
    return changed


def _write(incident: Incident, fields: list[str], *, user: Any, detail: str) -> Incident:
    incident.version += 1
    record_update(incident, [*fields, "version"], actor=user, detail=detail)
    search_index_incident(incident=incident)  # an edited summary is found by its new words
    return incident


def _proposed(incident: Incident, doing: str) -> None:
    if incident.review_state != ReviewState.PROPOSED:
        raise ReviewStateRefused(
            f"{incident.identifier} is {incident.review_state}: only a proposed incident is {doing}"
        )


def _decision(
    incident: Incident, *, outcome: str, user: Any, reason: str = "", **extra: str
) -> ReviewDecision:
    return record_create(
        ReviewDecision,
        audit_actor=user,
        incident=incident,
        outcome=outcome,
        reason=reason,
        version=incident.version,
        actor=user,
        **extra,
    )


@transaction.atomic
def incident_review_save(
    *, incident: Incident, user: Any, changes: Mapping[str, Any], version: int
) -> Incident:
    """Save a reviewer's edits, whatever the review state. Nothing differs: nothing written
    (the version stays); a stale ``version`` is refused even then."""
    user_check(user)
    locked = _locked(incident, version)
    changed = _apply(locked, changes)
    if changed:
        _write(locked, changed, user=user, detail="review: edited")
    return locked


@transaction.atomic
def incident_accept(
    *, incident: Incident, user: Any, changes: Mapping[str, Any], version: int
) -> Incident:
    """Save the edits and accept the proposed incident, as one write."""
    user_check(user)
    locked = _locked(incident, version)
    _proposed(locked, "accepted")
    changed = _apply(locked, changes)
    locked.review_state = ReviewState.ACCEPTED
    _write(locked, [*changed, "review_state"], user=user, detail="review: accepted")
    _decision(locked, outcome=ReviewOutcome.ACCEPTED, user=user)
    return locked


@transaction.atomic
def incident_reject(*, incident: Incident, user: Any, reason: str, version: int) -> Incident:
    """Reject the proposed incident ("not an incident", "not coercion"), with a reason."""
    user_check(user)
    reason = reason_check(reason)
    locked = _locked(incident, version)
    _proposed(locked, "rejected")
    locked.review_state = ReviewState.REJECTED
    _write(
        locked,
        ["review_state"],
        user=user,
        detail=f"review: rejected; reason sha256 {reason_digest(reason)}",
    )
    _decision(locked, outcome=ReviewOutcome.REJECTED, user=user, reason=reason)
    return locked


def _carry_acceptance(kept: Incident, *, absorbed_state: str, user: Any, detail: str) -> None:
    """The kept incident is the older one, so a proposal can absorb an accepted incident; the
    acceptance then stays with the record that now carries the claims."""
    if kept.review_state == ReviewState.PROPOSED and absorbed_state == ReviewState.ACCEPTED:
        kept.review_state = ReviewState.ACCEPTED
        _write(kept, ["review_state"], user=user, detail=detail)


@transaction.atomic
def incident_merge_into(
    *, incident: Incident, target: Incident, user: Any, reason: str, version: int
) -> Incident:
    """Merge the proposed ``incident`` with ``target`` ("the same incident"); returns the
    incident kept — the older of the two (``linking.services.merges``), so identifiers stay
    valid; the other is emptied and rejected. Where the two disagree on facility, region or
    dates the kept incident becomes disputed (``verification.conflicts``).

    The caller resolved ``target`` through the selectors with the same user, so a target in a
    case the user may not see never reaches here.
    """
    user_check(user)
    reason = reason_check(reason)
    if target.pk == incident.pk:
        raise MergeRefused(f"{incident.identifier} cannot be merged into itself")
    # Both rows locked in primary-key order (as the merge locks them), then the version.
    pair = {
        row.pk: row
        for row in Incident.objects.select_for_update()
        .filter(pk__in=[incident.pk, target.pk])
        .order_by("pk")
    }
    if len(pair) != 2:
        raise MergeRefused(f"{target.identifier} no longer exists")
    locked = _locked(incident, version)
    _proposed(locked, "merged")
    other = pair[target.pk]
    if other.review_state == ReviewState.REJECTED:
        raise MergeRefused(
            f"{other.identifier} is rejected (or was merged away): merge into a live incident"
        )
    states = {locked.pk: locked.review_state, other.pk: other.review_state}
    suggestion = suggestion_find(
        kind=SuggestionKind.INCIDENT, first=locked.identifier, second=other.identifier
    )
    try:
        if suggestion is not None and suggestion.state == SuggestionState.OPEN:
            suggestion_accept(suggestion=suggestion, user=user, reason=reason)
        else:
            incident_merge(first=locked.identifier, second=other.identifier, actor=user)
    except LinkingError as exc:
        raise MergeRefused(str(exc)) from exc
    kept = Incident.objects.get(pk=min(locked.pk, other.pk))
    absorbed_pk = max(locked.pk, other.pk)
    _carry_acceptance(
        kept,
        absorbed_state=states[absorbed_pk],
        user=user,
        detail=f"review: merged {pair[absorbed_pk].identifier} into {kept.identifier}",
    )
    reviewed = Incident.objects.get(pk=locked.pk)
    _decision(
        reviewed,
        outcome=ReviewOutcome.MERGED,
        user=user,
        reason=reason,
        merged_with=other.identifier,
        kept=kept.identifier,
    )
    for merged in pair.values():  # the kept one now holds both; the other is rejected
        search_index_incident(incident=Incident.objects.get(pk=merged.pk))
    return kept
