"""What accepting a suggestion does to the records: merges that move, never delete.

* person — the absorbed person's involvements move to the kept person (where the kept one
  already has that part in that incident, the claims move onto it instead), and the absorbed
  name and aliases become aliases of the kept person;
* facility — incidents at the absorbed facility move to the kept one, aliases follow;
* incident — claims and involvements move to the kept incident; the emptied incident stays,
  in review state "rejected", and both incidents' verification states are recomputed. The
  kept incident takes the lowest victim count of the two (different counts are not a
  conflict), and where the two disagree on facility, region or dates
  (``verification.conflicts``) it still merges — the reviewer decided they are one incident —
  but goes to "disputed" with the conflicts as the reason;
* copy — the two documents' copy groups become one.

The kept record is the older one (lower primary key). Nothing is deleted — the absorbed
record remains, so history and identifiers stay valid — and every row changed gets its own
audit entry.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models, transaction

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record, record_update
from recruitwatch.linking.errors import RecordNotFound
from recruitwatch.linking.models import SuggestionKind
from recruitwatch.linking.services.copies import copy_groups_join
from recruitwatch.linking.services.people import person_keys_forget, person_keys_record
from recruitwatch.linking.services.suggestions import suggestions_redirect
from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Document, Facility, Incident, Involvement, Person
from recruitwatch.verification.conflicts import incident_conflicts, victim_counts_merged
from recruitwatch.verification.states import incident_conflict_record, state_recompute

R = TypeVar("R", bound=models.Model)


def records_pair(model: type[R], first: str, second: str) -> tuple[R, R]:
    """The two records named, locked, the older (kept) one first."""
    rows = list(
        model._default_manager.select_for_update()
        .filter(identifier__in=[first, second])
        .order_by("pk")
    )
    if len(rows) != 2:
        raise RecordNotFound(f"{first} or {second} no longer exists; the suggestion is stale")
    return rows[0], rows[1]


def _involvements_move(
    involvements: models.QuerySet[Involvement], *, actor: Any, detail: str, **target: Any
) -> None:
    """Point each involvement at ``target`` (person= or incident=); where the target already
    has that part, its claims join the existing involvement and the duplicate stays put."""
    for involvement in involvements.select_for_update().order_by("pk"):
        person = target.get("person", involvement.person)
        incident = target.get("incident", involvement.incident)
        twin = Involvement.objects.filter(
            person=person, incident=incident, role=involvement.role
        ).first()
        if twin is not None and twin.pk != involvement.pk:
            twin.claims.add(*involvement.claims.all())
            audit_record(
                actor=actor, action=AuditAction.UPDATE, obj=twin, fields=["claims"], detail=detail
            )
            continue
        for name, value in target.items():
            setattr(involvement, name, value)
        record_update(involvement, list(target), actor=actor, detail=detail)


def _aliases_with(existing: list[str], *names: str) -> list[str]:
    merged = list(existing)
    for name in names:
        if name and name not in merged:
            merged.append(name)
    return merged


@transaction.atomic
def person_merge(*, first: str, second: str, actor: Any) -> Person:
    kept, absorbed = records_pair(Person, first, second)
    detail = f"merged {absorbed.identifier} into {kept.identifier}"
    _involvements_move(absorbed.involvements.all(), actor=actor, detail=detail, person=kept)
    kept.aliases = _aliases_with(
        list(kept.aliases or []), str(absorbed.name or ""), *list(absorbed.aliases or [])
    )
    kept.nationalities = sorted(set(kept.nationalities) | set(absorbed.nationalities))
    record_update(kept, ["aliases", "nationalities"], actor=actor, detail=detail)
    # The kept person is now found under the absorbed one's names too; the absorbed one no
    # longer stands for anybody, so nothing new is proposed for him.
    person_keys_record(person=kept)
    person_keys_forget(person=absorbed)
    suggestions_redirect(
        kind=SuggestionKind.PERSON, absorbed=absorbed.identifier, kept=kept.identifier, actor=actor
    )
    return kept


@transaction.atomic
def facility_merge(*, first: str, second: str, actor: Any) -> Facility:
    kept, absorbed = records_pair(Facility, first, second)
    detail = f"merged {absorbed.identifier} into {kept.identifier}"
    for incident in Incident.objects.select_for_update().filter(facility=absorbed).order_by("pk"):
        incident.facility = kept
        incident.version += 1
        record_update(incident, ["facility", "version"], actor=actor, detail=detail)
    kept.aliases = _aliases_with(list(kept.aliases), absorbed.canonical_name, *absorbed.aliases)
    record_update(kept, ["aliases"], actor=actor, detail=detail)
    suggestions_redirect(
        kind=SuggestionKind.FACILITY,
        absorbed=absorbed.identifier,
        kept=kept.identifier,
        actor=actor,
    )
    return kept


@transaction.atomic
def incident_merge(*, first: str, second: str, actor: Any) -> Incident:
    kept, absorbed = records_pair(Incident, first, second)
    detail = f"merged {absorbed.identifier} into {kept.identifier}"
    conflicts = incident_conflicts(kept=kept, absorbed=absorbed)  # the facts as proposed
    for claim in absorbed.claims.select_for_update().order_by("pk"):
        claim.incident = kept
        record_update(claim, ["incident"], actor=actor, detail=detail)
    _involvements_move(absorbed.involvements.all(), actor=actor, detail=detail, incident=kept)
    absorbed.review_state = ReviewState.REJECTED
    absorbed.version += 1
    record_update(absorbed, ["review_state", "version"], actor=actor, detail=detail)
    kept.version += 1
    changed = ["version"]
    counts = victim_counts_merged(kept, absorbed)
    if counts != (kept.victim_count_low, kept.victim_count_high):
        kept.victim_count_low, kept.victim_count_high = counts
        changed += ["victim_count_low", "victim_count_high"]
    record_update(kept, changed, actor=actor, detail=detail)
    suggestions_redirect(
        kind=SuggestionKind.INCIDENT,
        absorbed=absorbed.identifier,
        kept=kept.identifier,
        actor=actor,
    )
    if conflicts:
        incident_conflict_record(
            incident=kept, conflicts=conflicts, actor=actor, merged=absorbed.identifier
        )
    else:
        state_recompute(incident=kept, actor=actor)
    state_recompute(incident=absorbed, actor=actor)
    kept.refresh_from_db()
    return kept


@transaction.atomic
def copy_merge(*, first: str, second: str, actor: Any) -> str:
    older, newer = records_pair(Document, first, second)
    return copy_groups_join(first=older, second=newer, actor=actor, why="accepted as copies")
