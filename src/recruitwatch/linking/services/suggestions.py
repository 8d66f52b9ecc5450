"""Proposing links for a reviewer: one suggestion per pair and kind, ever.

A pair is stored in canonical order and is unique per kind, so once a reviewer has decided it
— accepted, or rejected as "not the same" — proposing it again returns nothing: the decision
is remembered, and the review queue never shows the pair a second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import IntegrityError, models, transaction

from recruitwatch.audit.services import record_update
from recruitwatch.linking.models import LinkSuggestion, SuggestionKind, SuggestionState
from recruitwatch.records.services.identifiers import record_create

# Reasons are short phrases for a reviewer ("same facility IK-4 RU-TVE"), a handful at most.
REASONS_MAX = 20
REASON_PHRASE_MAX_LENGTH = 300


def pair_order(first: str, second: str) -> tuple[str, str]:
    """The canonical order of a pair of identifiers (code-point order, as Python sorts)."""
    return (first, second) if first < second else (second, first)


def _validate(kind: str, left: str, right: str, score: float, reasons: Sequence[str]) -> None:
    if kind not in SuggestionKind.values:
        raise ValueError(f"unknown suggestion kind {kind!r}")
    if not left or not right or left == right:
        raise ValueError("a suggestion links two different records")
    if not 0.0 <= score <= 1.0:
        raise ValueError(f"a suggestion's score is between 0 and 1, not {score}")
    if len(reasons) > REASONS_MAX or any(
        not isinstance(r, str) or not r or len(r) > REASON_PHRASE_MAX_LENGTH for r in reasons
    ):
        raise ValueError("reasons are up to 20 non-empty phrases of up to 300 characters")


def suggestion_find(*, kind: str, first: str, second: str) -> LinkSuggestion | None:
    """The suggestion for this pair and kind, in either order, whatever its state."""
    left, right = pair_order(first, second)
    return LinkSuggestion.objects.filter(kind=kind, left=left, right=right).first()


def suggestion_propose(
    *,
    kind: str,
    left: str,
    right: str,
    score: float,
    reasons: Sequence[str],
    actor: Any = None,
) -> LinkSuggestion | None:
    """Propose linking two records; returns the open suggestion, or None when this pair was
    decided before (never proposed again). An open suggestion proposed again keeps the
    better score and its reasons."""
    _validate(kind, left, right, score, reasons)
    left, right = pair_order(left, right)
    existing = suggestion_find(kind=kind, first=left, second=right)
    if existing is not None:
        return _refresh(existing, score=score, reasons=reasons, actor=actor)
    try:
        with transaction.atomic():  # a savepoint: a concurrent proposer may win the race
            return record_create(
                LinkSuggestion,
                audit_actor=actor,
                kind=kind,
                left=left,
                right=right,
                score=round(score, 4),
                reasons=list(reasons),
            )
    except IntegrityError:
        existing = suggestion_find(kind=kind, first=left, second=right)
        if existing is None:
            raise
        return _refresh(existing, score=score, reasons=reasons, actor=actor)


def _refresh(
    suggestion: LinkSuggestion, *, score: float, reasons: Sequence[str], actor: Any
) -> LinkSuggestion | None:
    if suggestion.state != SuggestionState.OPEN:
        return None
    if score > suggestion.score:
        suggestion.score = round(score, 4)
        suggestion.reasons = list(reasons)
        record_update(suggestion, ["score", "reasons"], actor=actor)
    return suggestion


def suggestions_open(*, kind: str | None = None) -> list[LinkSuggestion]:
    """Open suggestions, best score first (what the review queue lists)."""
    rows = LinkSuggestion.objects.filter(state=SuggestionState.OPEN)
    if kind is not None:
        rows = rows.filter(kind=kind)
    return list(rows.order_by("-score", "id"))


@transaction.atomic
def suggestions_redirect(*, kind: str, absorbed: str, kept: str, actor: Any = None) -> int:
    """After ``absorbed`` was merged into ``kept``: carry its links over to ``kept``.

    An open suggestion naming ``absorbed`` is superseded and proposed again for ``kept`` (unless
    that pair was decided, or is ``kept`` itself); a rejection ("X is not ``absorbed``") is
    carried over as a rejection of (``kept``, X), since ``absorbed`` is now ``kept``. Returns
    the number of suggestions superseded.
    """
    superseded = 0
    named = (
        LinkSuggestion.objects.select_for_update()
        .filter(kind=kind)
        .filter(models.Q(left=absorbed) | models.Q(right=absorbed))
    )
    for suggestion in named.order_by("pk"):
        other = suggestion.right if suggestion.left == absorbed else suggestion.left
        if other == kept:
            continue
        if suggestion.state == SuggestionState.REJECTED:
            _rejection_carry(suggestion, kind=kind, kept=kept, other=other, actor=actor)
        elif suggestion.state == SuggestionState.OPEN:
            suggestion.state = SuggestionState.SUPERSEDED
            record_update(
                suggestion,
                ["state"],
                actor=actor,
                detail=f"superseded: {absorbed} was merged into {kept}",
            )
            superseded += 1
            suggestion_propose(
                kind=kind,
                left=kept,
                right=other,
                score=suggestion.score,
                reasons=[*suggestion.reasons, f"carried over from {suggestion.identifier}"][
                    :REASONS_MAX
                ],
                actor=actor,
            )
    return superseded


def _rejection_carry(
    rejected: LinkSuggestion, *, kind: str, kept: str, other: str, actor: Any
) -> None:
    existing = suggestion_find(kind=kind, first=kept, second=other)
    if existing is not None and existing.state != SuggestionState.OPEN:
        return  # decided already: that decision stands
    if existing is None:
        left, right = pair_order(kept, other)
        existing = record_create(
            LinkSuggestion,
            audit_actor=actor,
            kind=kind,
            left=left,
            right=right,
            score=rejected.score,
            reasons=[f"carried over from {rejected.identifier}"],
        )
    existing.state = SuggestionState.REJECTED
    existing.decided_by = rejected.decided_by
    existing.decided_at = rejected.decided_at
    existing.reason = f"carried over from {rejected.identifier}: {rejected.reason}"
    record_update(
        existing,
        ["state", "decided_by", "decided_at", "reason"],
        actor=actor,
        detail=f"rejection {rejected.identifier} carried over to {kept} + {other}",
    )
