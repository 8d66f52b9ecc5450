"""Proposing that a new incident is one already recorded (issue 7, point 4).

Ingestion calls ``incident_suggestions_propose`` for each incident it has just proposed. A
candidate is an existing incident, not rejected, from other documents, at the same place;
``incident_match`` then scores it:

1. place (required) — the same facility record, or the same region where one side names no
   facility; two different facilities never match;
2. modality (required) — an occurred incident is not a feared one;
3. dates (required not to conflict) — the ranges the dates stand for (a day, a month, a year)
   overlap; a date unknown on one side neither helps nor blocks;
4. victims (required: at least one sign of overlap, none of conflict) — a shared person in
   the victims, the same victim status, victim nationalities in common, descriptions alike,
   or counts of the same size; different statuses or disjoint nationalities conflict;
5. coercion types in common, and documents that are copies of one another, add weight.

The score is the sum of the weights below; from ``INCIDENT_SUGGEST_SCORE`` a suggestion
carries every reason to the reviewer, who decides. Nothing is attached without a reviewer.
Conflicts that do not block a match (``verification.conflicts``: e.g. the same facility
but another region) are added to the reasons ("conflict: region RU-TVE vs RU-VLA"), so the
reviewer sees before accepting that the merged incident will be disputed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from rapidfuzz import fuzz

from recruitwatch.linking.models import DocumentFingerprint, LinkSuggestion, SuggestionKind
from recruitwatch.linking.services.suggestions import suggestion_propose
from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Claim, Incident, Involvement
from recruitwatch.verification.conflicts import date_range, incident_conflicts

# Weights (at most 1.0 together), set by hand on the tests/linking fixtures, not fitted: the
# same facility with overlapping dates and victims (0.80) is proposed; a region-only match
# needs coercion in common as well (0.75); an unknown date on the same facility needs
# coercion too (0.65 + 0.10). Victims that conflict, or show no overlap, block a proposal.
WEIGHT_SAME_FACILITY = 0.35
WEIGHT_SAME_REGION = 0.20
WEIGHT_DATES_OVERLAP = 0.25
WEIGHT_VICTIMS = 0.20
WEIGHT_COERCION = 0.10
WEIGHT_COPIES = 0.10
INCIDENT_SUGGEST_SCORE = 0.70
# rapidfuzz token_set_ratio of the victim descriptions at or above which they are "alike".
VICTIM_DESCRIPTION_ALIKE = 80.0
# Candidates examined per new incident, newest first: a bound on work per ingest.
CANDIDATE_LIMIT = 200
# Suggestions made per new incident, best first: the reviewer attaches it to one incident, and
# a templated story about one colony must not flood the queue (make bench: hundreds otherwise).
SUGGESTIONS_PER_INCIDENT = 5


@dataclass(frozen=True)
class IncidentMatch:
    score: float
    reasons: tuple[str, ...]


def _place(new: Incident, old: Incident) -> tuple[float, str] | None:
    if new.facility_id and old.facility_id:
        if new.facility_id != old.facility_id:
            return None
        facility = new.facility
        assert facility is not None  # noqa: S101 - facility_id is set
        return WEIGHT_SAME_FACILITY, f"same facility {facility.canonical_name} {facility.region}"
    if new.region and new.region == old.region:
        return WEIGHT_SAME_REGION, f"same region {new.region}"
    return None


def _dates(new: Incident, old: Incident) -> tuple[float, str] | None:
    first, second = date_range(new), date_range(old)
    if first is None or second is None:
        return 0.0, "date unknown in one report"
    if first[0] <= second[1] and second[0] <= first[1]:
        return WEIGHT_DATES_OVERLAP, f"dates overlap ({first[0]:%Y-%m} and {second[0]:%Y-%m})"
    return None


@dataclass
class MatchContext:
    """What matching needs beyond the incident rows, fetched in bulk for all candidates
    (``MatchContext.of``): public, because the review page scores its likely matches with
    ``incident_match`` the same way."""

    victims: dict[int, set[int]]  # incident pk → victim person pks
    documents: dict[int, set[int]]  # incident pk → document pks of its claims
    groups: dict[int, str]  # document pk → copy group

    @classmethod
    def of(cls, incidents: list[Incident]) -> MatchContext:
        pks = [incident.pk for incident in incidents]
        victims: dict[int, set[int]] = {pk: set() for pk in pks}
        for incident_pk, person_pk in Involvement.objects.filter(
            incident_id__in=pks, role="victim"
        ).values_list("incident_id", "person_id"):
            victims[incident_pk].add(person_pk)
        documents: dict[int, set[int]] = {pk: set() for pk in pks}
        for incident_pk, document_pk in Claim.objects.filter(incident_id__in=pks).values_list(
            "incident_id", "document_id"
        ):
            documents[incident_pk].add(document_pk)
        all_documents = set().union(*documents.values()) if documents else set()
        groups = dict(
            DocumentFingerprint.objects.filter(document_id__in=all_documents).values_list(
                "document_id", "copy_group"
            )
        )
        return cls(victims, documents, groups)

    def copy_groups(self, incident: Incident) -> set[str]:
        return {self.groups.get(d, f"#{d}") for d in self.documents.get(incident.pk, set())}


def _victims(new: Incident, old: Incident, context: MatchContext) -> tuple[float, list[str]] | None:
    reasons = []
    if new.victim_status != "other" and old.victim_status != "other":
        if new.victim_status != old.victim_status:
            return None
        reasons.append(f"victims are {new.victim_status}s in both")
    left, right = set(new.victim_nationalities), set(old.victim_nationalities)
    if left and right:
        if not left & right:
            return None
        reasons.append("victim nationality " + ", ".join(sorted(left & right)) + " in both")
    if context.victims.get(new.pk, set()) & context.victims.get(old.pk, set()):
        reasons.append("the same person among the victims")
    described = fuzz.token_set_ratio(str(new.victim_description), str(old.victim_description))
    if new.victim_description and old.victim_description and described >= VICTIM_DESCRIPTION_ALIKE:
        reasons.append(f"victims described alike ({described / 100:.2f})")
    low_new, low_old = new.victim_count_low, old.victim_count_low
    if low_new and low_old and max(low_new, low_old) <= 2 * min(low_new, low_old):
        reasons.append(f"victim counts of the same size ({low_old} and {low_new})")
    if not reasons:
        return None
    return WEIGHT_VICTIMS, reasons


def incident_match(
    new: Incident, old: Incident, context: MatchContext | None = None
) -> IncidentMatch | None:
    """The score and reasons for "``new`` is ``old``", or None when something conflicts."""
    context = context or MatchContext.of([new, old])
    if new.modality != old.modality:
        return None
    place = _place(new, old)
    dates = _dates(new, old)
    victims = _victims(new, old, context)
    if place is None or dates is None or victims is None:
        return None
    score = place[0] + dates[0] + victims[0]
    reasons = [place[1], dates[1], *victims[1]]
    shared = sorted(set(new.coercion) & set(old.coercion))
    if shared:
        score += WEIGHT_COERCION
        reasons.append("coercion in both: " + ", ".join(shared))
    if context.copy_groups(new) & context.copy_groups(old):
        score += WEIGHT_COPIES
        reasons.append("told in documents that are copies of one another")
    return IncidentMatch(score=min(1.0, round(score, 4)), reasons=tuple(reasons))


def incident_candidates(incident: Incident) -> list[Incident]:
    """Existing incidents at the same place, not rejected, sharing no document with it."""
    if incident.facility_id:
        place = Q(facility_id=incident.facility_id)
        if incident.region:
            place |= Q(facility__isnull=True, region=incident.region)
    elif incident.region:
        place = Q(region=incident.region)
    else:
        return []  # nowhere named: abstain rather than guess
    documents = set(incident.claims.values_list("document_id", flat=True))
    rows = (
        Incident.objects.filter(place)
        .exclude(pk=incident.pk)
        .exclude(review_state=ReviewState.REJECTED)
        .exclude(claims__document_id__in=documents)
        .select_related("facility")
        .order_by("-pk")
        .distinct()[:CANDIDATE_LIMIT]
    )
    return list(rows)


def incident_suggestions_propose(*, incident: Incident, actor: Any = None) -> list[LinkSuggestion]:
    """Propose "same incident" links from ``incident`` to matching existing incidents."""
    candidates = incident_candidates(incident)
    context = MatchContext.of([incident, *candidates])
    scored = []
    for candidate in candidates:  # newest first
        match = incident_match(incident, candidate, context)
        if match is not None and match.score >= INCIDENT_SUGGEST_SCORE:
            scored.append((match, candidate))
    scored.sort(key=lambda pair: -pair[0].score)  # stable: newest first among equal scores
    proposed = []
    for match, candidate in scored[:SUGGESTIONS_PER_INCIDENT]:
        conflicts = incident_conflicts(kept=candidate, absorbed=incident)  # candidate is older
        suggestion = suggestion_propose(
            kind=SuggestionKind.INCIDENT,
            left=candidate.identifier,
            right=incident.identifier,
            score=match.score,
            reasons=[*match.reasons, *(f"conflict: {c.reason}" for c in conflicts)],
            actor=actor,
        )
        if suggestion is not None:
            proposed.append(suggestion)
    return proposed
