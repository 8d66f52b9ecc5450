"""An incident's verification state, and every change to it.

    unverified ⇄ corroborated      by counting (state_recompute): ≥ CORROBORATION_MINIMUM
                                    independent sources (verification.corroboration)
    any → verified                 a reviewer confirms against evidence (incident_verify)
    any → disputed                 a reviewer finds the sources in conflict (incident_dispute)
    any → disputed                 a merge finds the two incidents' facts in conflict
                                   (incident_conflict_record, from verification.conflicts)
    verified / disputed → counted  a reviewer reopens it (incident_reopen)

A reviewer's state is never overridden by counting: new claims on a verified or disputed
incident leave it as it is until a reviewer reopens it. Every change writes an
``IncidentVerification`` row (from, to, who, the sealed reason, the count at that moment)
and an audit entry on the incident carrying a hash of the reason, in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils.translation import gettext, ngettext

from recruitwatch.audit.services import record_update
from recruitwatch.linking.models import IncidentVerification
from recruitwatch.linking.reasons_display import reason_shown
from recruitwatch.linking.services.decisions import reason_check, reason_digest, user_check
from recruitwatch.records.choices import VerificationState
from recruitwatch.records.labels import source_label_shown
from recruitwatch.records.models import Incident
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.verification.conflicts import Conflict
from recruitwatch.verification.corroboration import IndependentSource, independent_sources
from recruitwatch.verification.errors import TransitionRefused

# Two independent sources: the standard UN fact-finding bodies (commissions of inquiry, the
# OHCHR monitoring missions) apply before reporting an incident as corroborated.
CORROBORATION_MINIMUM = 2
#: The permission a reviewer's verification decision needs.
VERIFY_PERMISSION = "records.change_incident"
_REVIEWER_STATES = frozenset({VerificationState.VERIFIED, VerificationState.DISPUTED})


def counted_state(count: int) -> VerificationState:
    """The state counting alone gives: corroborated from CORROBORATION_MINIMUM sources."""
    if count >= CORROBORATION_MINIMUM:
        return VerificationState.CORROBORATED
    return VerificationState.UNVERIFIED


def _locked(incident: Incident) -> Incident:
    return Incident.objects.select_for_update().get(pk=incident.pk)


def _transition(
    incident: Incident,
    *,
    to_state: str,
    count: int,
    actor: Any,
    reason: str,
    conflicts: Sequence[Conflict] = (),
) -> Incident:
    from_state = incident.verification_state
    history = record_create(
        IncidentVerification,
        audit_actor=actor,
        incident=incident,
        from_state=from_state,
        to_state=to_state,
        independent_sources=count,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        reason=reason,
        conflicts=[conflict.as_dict() for conflict in conflicts],
    )
    incident.verification_state = to_state
    incident.version += 1
    record_update(
        incident,
        ["verification_state", "version"],
        actor=actor,
        detail=(
            f"verification {from_state} -> {to_state}, {count} independent source(s); "
            f"{history.identifier} reason sha256 {reason_digest(reason)}"
        ),
    )
    return incident


@transaction.atomic
def state_recompute(*, incident: Incident, actor: Any = None) -> Incident:
    """Set unverified / corroborated from the count of independent sources (no change to a
    reviewer's verified or disputed). Writes history and audit only when the state changes."""
    incident = _locked(incident)
    if incident.verification_state in _REVIEWER_STATES:
        return incident
    count = len(independent_sources(incident))
    target = counted_state(count)
    if target == incident.verification_state:
        return incident
    reason = f"{count} independent source(s); corroborated needs {CORROBORATION_MINIMUM}"
    return _transition(incident, to_state=target, count=count, actor=actor, reason=reason)


def _reviewer_transition(*, incident: Incident, to_state: str, user: Any, reason: str) -> Incident:
    user_check(user, VERIFY_PERMISSION)
    reason = reason_check(reason)
    incident = _locked(incident)
    if incident.verification_state == to_state:
        raise TransitionRefused(f"{incident.identifier} is already {to_state}")
    count = len(independent_sources(incident))
    if count == 0:
        raise TransitionRefused(
            f"{incident.identifier} has no claims: there is no evidence to judge it against"
        )
    return _transition(incident, to_state=to_state, count=count, actor=user, reason=reason)


@transaction.atomic
def incident_verify(*, incident: Incident, user: Any, reason: str) -> Incident:
    """A reviewer confirms the incident against its evidence: state "verified"."""
    return _reviewer_transition(
        incident=incident, to_state=VerificationState.VERIFIED, user=user, reason=reason
    )


@transaction.atomic
def incident_dispute(*, incident: Incident, user: Any, reason: str) -> Incident:
    """A reviewer finds the incident's sources in conflict: state "disputed"."""
    return _reviewer_transition(
        incident=incident, to_state=VerificationState.DISPUTED, user=user, reason=reason
    )


@transaction.atomic
def incident_conflict_record(
    *, incident: Incident, conflicts: Sequence[Conflict], actor: Any, merged: str = ""
) -> Incident:
    """The incident's sources conflict (found by ``verification.conflicts`` when a reviewer
    merged another incident into it): state "disputed", whatever it was, with the conflicts in
    the history row and its reason. ``actor`` is the reviewer who merged (the permission was
    checked by the decision); ``merged`` the absorbed incident's identifier, for the reason.

    A verified incident becomes disputed too: the new source was not part of what the reviewer
    verified. An incident already disputed gets another history row, so ``why`` lists every
    conflict found; ``incident_reopen`` hands it back to counting as for a reviewer's dispute.
    """
    if not conflicts:
        raise TransitionRefused(f"{incident.identifier}: no conflict to record")
    incident = _locked(incident)
    count = len(independent_sources(incident))
    found = "; ".join(conflict.reason for conflict in conflicts)
    merge = f" on merging {merged} into {incident.identifier}" if merged else ""
    reason = f"the sources conflict{merge}: {found}"
    return _transition(
        incident,
        to_state=VerificationState.DISPUTED,
        count=count,
        actor=actor,
        reason=reason,
        conflicts=conflicts,
    )


@transaction.atomic
def incident_reopen(*, incident: Incident, user: Any, reason: str) -> Incident:
    """Undo a reviewer's verified / disputed: the state counting gives applies again."""
    user_check(user, VERIFY_PERMISSION)
    reason = reason_check(reason)
    incident = _locked(incident)
    if incident.verification_state not in _REVIEWER_STATES:
        raise TransitionRefused(
            f"{incident.identifier} is {incident.verification_state}; only a verified or "
            "disputed incident is reopened"
        )
    count = len(independent_sources(incident))
    return _transition(
        incident, to_state=counted_state(count), count=count, actor=user, reason=reason
    )


def _source_line(number: int, source: IndependentSource) -> str:
    documents = ", ".join(source.documents)
    tellers = ", ".join(map(source_label_shown, source.tellers)) or gettext("no named teller")
    line = ngettext(
        "%(number)d. %(tellers)s — %(count)d claim in %(documents)s",
        "%(number)d. %(tellers)s — %(count)d claims in %(documents)s",
        len(source.claims),
    ) % {"number": number, "tellers": tellers, "count": len(source.claims), "documents": documents}
    if len(source.documents) > 1 and len(source.copy_groups) < len(source.documents):
        line += gettext(" (copies of one another: one source)")
    if source.retellings:
        line += ngettext(
            "; %(count)d retelling counted with what it retells",
            "; %(count)d retellings counted with what they retell",
            source.retellings,
        ) % {"count": source.retellings}
    return line


def _disputed_head(history: list[IncidentVerification]) -> str | None:
    """For a disputed incident, the conflicts found since it last became disputed (``history``
    newest first), or None when a reviewer alone disputed it. A conflict's reason names no
    protected value (``verification.conflicts``), unlike a reviewer's reason, which is never
    repeated here."""
    streak: list[IncidentVerification] = []  # the rows since it last became disputed
    for row in history:
        if row.to_state != VerificationState.DISPUTED:
            break
        streak.append(row)
        if row.from_state != VerificationState.DISPUTED:
            break
    conflicts: list[str] = []
    for row in reversed(streak):  # oldest first
        for conflict in row.conflicts or []:
            shown = reason_shown(conflict["reason"])
            if shown not in conflicts:
                conflicts.append(shown)
    if not conflicts:
        return None
    found = "; ".join(conflicts)
    if any(not row.conflicts for row in streak):
        return gettext("Disputed by a reviewer; the sources also conflict — %(found)s.") % {
            "found": found
        }
    return gettext("Disputed: the sources conflict — %(found)s.") % {"found": found}


def why(incident: Incident) -> str:
    """Why the incident has its verification state, in words the review page shows.

    Names only sources' safe labels (outlets, or pseudonymous labels) and record identifiers,
    never a protected value; the reviewer's own reason is not repeated here (it is sealed in
    the history, shown to those who may read it).
    """
    sources = independent_sources(incident)
    state = incident.verification_state
    counts = {"count": len(sources), "needed": CORROBORATION_MINIMUM}
    head = {
        VerificationState.UNVERIFIED: ngettext(
            "Unverified: %(count)d independent source; corroboration needs %(needed)d.",
            "Unverified: %(count)d independent sources; corroboration needs %(needed)d.",
            len(sources),
        )
        % counts,
        VerificationState.CORROBORATED: ngettext(
            "Corroborated: %(count)d independent source (at least %(needed)d needed).",
            "Corroborated: %(count)d independent sources (at least %(needed)d needed).",
            len(sources),
        )
        % counts,
        VerificationState.VERIFIED: gettext("Verified by a reviewer against the evidence."),
        VerificationState.DISPUTED: gettext("Disputed by a reviewer: the sources conflict."),
    }[VerificationState(state)]
    history = list(
        IncidentVerification.objects.filter(incident=incident)
        .select_related("actor")
        .order_by("-id")
    )
    if state == VerificationState.DISPUTED:
        head = _disputed_head(history) or head
    lines = [head, *(_source_line(n, s) for n, s in enumerate(sources, start=1))]
    last = history[0] if history else None
    if last is not None:
        who = last.actor.get_username() if last.actor else gettext("counting (system)")
        lines.append(
            gettext("Last change %(change)s: %(before)s → %(after)s by %(who)s, %(date)s.")
            % {
                "change": last.identifier,
                "before": VerificationState(last.from_state).label if last.from_state else "—",
                "after": VerificationState(last.to_state).label,
                "who": who,
                "date": f"{last.created_at:%Y-%m-%d}",
            }
        )
    return "\n".join(lines)
