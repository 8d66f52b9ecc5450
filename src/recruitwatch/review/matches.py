"""What a proposed incident may be merged with: the open "same incident" suggestions that
name it, then likely matches no suggestion names yet.

A likely match is found in two steps:

1. candidates, in one query through the records selectors (so only incidents the user may
   see): not rejected, not the incident itself, the same modality, at the same place — the
   same facility record, or (where one side names no facility) the same region; two
   different facilities never match — and dated near it or undated, newest first, at most
   ``CANDIDATES_MAX``;
2. each candidate scored by ``linking.services.incidents.incident_match``, the rule that
   proposes "same incident" suggestions at ingest (place, overlapping dates, victims alike,
   coercion in common, copies), so the page and the suggestions agree on what is alike.

Unlike the suggestions made at ingest, incidents told in the same document are candidates
too: extraction may have split one event into two proposals, and a reviewer may join them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Q

from recruitwatch.linking.models import LinkSuggestion, SuggestionKind, SuggestionState
from recruitwatch.linking.reasons_display import reason_shown

# The bulk context incident_match takes (victims, documents, copy groups of every incident
# scored): linking builds it the same way for its own candidates.
from recruitwatch.linking.services.incidents import MatchContext, incident_match
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records import selectors
from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Incident
from recruitwatch.review.selectors import require_reviewer
from recruitwatch.verification.conflicts import date_range, incident_conflicts

# Candidates scored per page view, newest first: incident_match opens each one's sealed
# victim description, so this bounds the work (linking scores 200 per ingest, off-line).
CANDIDATES_MAX = 60
# Likely matches offered besides the open suggestions: the reviewer reads each one.
MATCHES_SHOWN_MAX = 8
# A candidate's date may stand for a whole year (precision "year", stored as 1 January), so
# one that starts up to a year before this incident's dates may still overlap them.
_DATE_REACH = timedelta(days=366)


@dataclass(frozen=True)
class MergeChoice:
    """An incident the reviewed one may be merged with, and why it is offered."""

    incident: Incident
    score: float
    reasons: tuple[str, ...]  # in the reader's language (linking.reasons_display)
    suggestion: str  # the open suggestion's identifier, or "" for a likely match
    conflicts: tuple[str, ...]  # what the merge would dispute (verification.conflicts), likewise


def _conflicts(incident: Incident, other: Incident) -> tuple[str, ...]:
    kept, absorbed = (incident, other) if incident.pk < other.pk else (other, incident)
    return tuple(reason_shown(c.reason) for c in incident_conflicts(kept=kept, absorbed=absorbed))


def _candidates(user: Any, incident: Incident, exclude: list[str]) -> list[Incident]:
    """Step 1 of the module docstring. One query per kind of place, each newest first and
    cut at CANDIDATES_MAX: an equality on the facility key (or on "no facility") walks its
    index in primary-key order, which an OR of the two would not."""
    if incident.facility_id:
        places = [Q(facility_id=incident.facility_id)]
        if incident.region:
            places.append(Q(facility__isnull=True, region=incident.region))
    elif incident.region:
        places = [Q(region=incident.region)]
    else:
        return []  # nowhere named: abstain rather than guess
    rows = (
        selectors.incident_list(user=user)
        .filter(modality=incident.modality)
        .exclude(pk=incident.pk)
        .exclude(identifier__in=exclude)
        .exclude(review_state=ReviewState.REJECTED)
        .select_related("facility")
        .order_by("-pk")
    )
    dates = date_range(incident)
    if dates is not None:
        first, last = dates
        near = Q(date_start__lte=last, date_start__gte=first - _DATE_REACH)
        rows = rows.filter(near | Q(date_start__isnull=True))
    found = [row for place in places for row in rows.filter(place)[:CANDIDATES_MAX]]
    return sorted(found, key=lambda row: -row.pk)[:CANDIDATES_MAX]


def merge_choices(*, user: Any, incident: Incident, redactor: Redactor) -> list[MergeChoice]:
    """The open suggestions naming ``incident`` (best first), then the likely matches (best
    first), only incidents the user may see and never a rejected one."""
    require_reviewer(user)
    suggestions = {
        (s.right if s.left == incident.identifier else s.left): s
        for s in LinkSuggestion.objects.filter(
            kind=SuggestionKind.INCIDENT, state=SuggestionState.OPEN
        )
        .filter(Q(left=incident.identifier) | Q(right=incident.identifier))
        .order_by("-score", "id")
    }
    suggested = {
        other.identifier: other
        for other in selectors.incident_list(user=user)
        .filter(identifier__in=list(suggestions))
        .exclude(review_state=ReviewState.REJECTED)
        .select_related("facility")
    }
    choices = [
        MergeChoice(
            incident=suggested[other],
            score=suggestion.score,
            reasons=tuple(
                reason_shown(redactor.redact(str(reason))) for reason in suggestion.reasons
            ),
            suggestion=suggestion.identifier,
            conflicts=_conflicts(incident, suggested[other]),
        )
        for other, suggestion in suggestions.items()
        if other in suggested
    ]
    candidates = _candidates(user, incident, exclude=list(suggestions))
    context = MatchContext.of([incident, *candidates])
    matches = []
    for other in candidates:
        match = incident_match(incident, other, context)
        if match is not None:
            matches.append((match, other))
    matches.sort(key=lambda pair: (-pair[0].score, -pair[1].pk))
    choices += [
        MergeChoice(
            incident=other,
            score=match.score,
            reasons=tuple(map(reason_shown, match.reasons)),
            suggestion="",
            conflicts=_conflicts(incident, other),
        )
        for match, other in matches[:MATCHES_SHOWN_MAX]
    ]
    return choices
