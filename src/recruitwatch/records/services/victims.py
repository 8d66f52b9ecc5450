"""Named victims of a proposed incident, as person records with their involvement.

Extraction says who an incident happened to in ``Victims.group_or_name``: a group ("about 40
prisoners") or one person. A single victim whose name is one of the people extraction found
becomes a ``Person`` (name sealed; "not his real name" kept as ``name_is_pseudonym``) with a
"victim" involvement citing the incident's claims, so that linking can propose that he is the
man another report names in another script. Groups stay descriptions: nobody is invented from
"prisoners".
"""

from __future__ import annotations

from typing import Any

from recruitwatch.extraction.types import IncidentProposal, PersonRef
from recruitwatch.records.choices import DatePrecision, InvolvementRole, PersonStatus
from recruitwatch.records.models import Claim, Incident, Involvement, Person
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create
from recruitwatch.records.validators import is_country_code

# Roles extraction gives people who may be an incident's victim: a person named as the
# victim, or merely mentioned (the incident's grouping decided he is its victim). Advocates,
# officials and journalists are never made victims by name.
_VICTIM_ROLES = frozenset({"victim", "mentioned", "anonymous"})


def _named_victim(proposal: IncidentProposal, people: tuple[PersonRef, ...]) -> PersonRef | None:
    victims = proposal.victims
    if victims.count not in (None, 1):
        return None
    wanted = victims.group_or_name.strip()
    return next((p for p in people if p.name == wanted and p.role in _VICTIM_ROLES), None)


def victims_record(
    *,
    incident: Incident,
    proposal: IncidentProposal,
    people: tuple[PersonRef, ...],
    claims: list[Claim],
    actor: Any = None,
) -> list[Person]:
    """Create the incident's named victim (at most one: extraction names one or a group) as
    a person involved in it; returns the people created."""
    ref = _named_victim(proposal, people)
    if ref is None:
        return []
    status = proposal.victims.status
    person = person_create(
        name=ref.name,
        name_is_pseudonym=ref.pseudonym,
        nationalities=[c for c in proposal.victims.nationality if is_country_code(c)],
        status=status if status in PersonStatus.values else PersonStatus.OTHER,
        audit_actor=actor,
    )
    involvement = record_create(
        Involvement,
        audit_actor=actor,
        person=person,
        incident=incident,
        role=InvolvementRole.VICTIM,
        date_start=incident.date_start,
        date_precision=incident.date_precision or DatePrecision.UNKNOWN,
    )
    involvement.claims.set(claims)
    return [person]
