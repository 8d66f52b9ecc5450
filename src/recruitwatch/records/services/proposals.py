"""Storing what extraction proposed: incidents in review state "proposed", each with its
claims (source, document, character span) and the facility and sources it names.

Idempotent per document: a document that already has claims gets no new proposals, so
ingesting the same bytes twice, or re-running ingestion after a crash, proposes once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction

from recruitwatch.extraction.types import ExtractionResult, IncidentProposal, PersonRef, SourceRef
from recruitwatch.records.choices import SourceKind
from recruitwatch.records.models import Claim, Document, Facility, Incident, Source
from recruitwatch.records.services.facilities import facility_for_location
from recruitwatch.records.services.identifiers import identifier_allocate, record_create
from recruitwatch.records.services.victims import victims_record
from recruitwatch.records.validators import is_country_code, is_region_code

# Roles whose names are public by the nature of the role; others get a label that names no one.
_PUBLIC_ROLES = frozenset({"advocate", "official", "journalist", "outlet"})


def _date_from(start: str | None) -> date | None:
    if not start:
        return None
    parts = [int(p) for p in start.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _source(ref: SourceRef, *, actor: Any = None) -> Source:
    kind = ref.role if ref.role in SourceKind.values else SourceKind.OTHER
    public = kind in _PUBLIC_ROLES and not ref.pseudonym
    if public:
        existing = Source.objects.filter(label=ref.name, kind=kind).first()
        if existing is not None:
            return existing
    identifier = identifier_allocate(prefix=Source.IDENTIFIER_PREFIX, yearly=False)
    return record_create(
        Source,
        audit_actor=actor,
        identifier=identifier,
        label=ref.name if public else f"{kind} ({identifier})",
        name=ref.name,
        kind=kind,
    )


@transaction.atomic
def incident_propose(
    *,
    proposal: IncidentProposal,
    document: Document,
    people: tuple[PersonRef, ...] = (),
    created_by: Any = None,
) -> Incident:
    """One proposed incident with a claim per evidence span (attributed to its first source)
    and its named victim, if extraction names one among ``people``, as a person record."""
    facility = facility_for_location(location=proposal.location, actor=created_by)
    incident = record_create(
        Incident,
        summary=proposal.summary,
        modality=proposal.modality,
        date_start=_date_from(proposal.date.start),
        date_precision=proposal.date.precision,
        facility=facility,
        region=_incident_region(proposal, facility),
        country=proposal.location.country
        if proposal.location.country and is_country_code(proposal.location.country)
        else "",
        location_as_written=proposal.location.facility_as_written or "",
        coercion=list(proposal.coercion),
        victim_description=proposal.victims.group_or_name,
        victim_count_low=proposal.victims.count,
        victim_nationalities=list(proposal.victims.nationality),
        victim_status=proposal.victims.status,
        perpetrator_labels=list(proposal.perpetrators),
        created_by=created_by,
    )
    sources = [_source(ref, actor=created_by) for ref in proposal.sources]
    retellers = _retellers(proposal.sources[0], actor=created_by) if proposal.sources else []
    claims = []
    for span in proposal.evidence:
        claim = record_create(
            Claim,
            audit_actor=created_by,
            incident=incident,
            document=document,
            source=sources[0] if sources else None,
            source_role=sources[0].kind if sources else "",
            span_start=span.start,
            span_end=span.end,
        )
        claims.append(claim)
        for outlet in retellers:  # innermost first: each retells the claim it heard
            claim = record_create(
                Claim,
                audit_actor=created_by,
                incident=incident,
                document=document,
                source=outlet,
                source_role=outlet.kind,
                retells=claim,
                span_start=span.start,
                span_end=span.end,
            )
            claims.append(claim)
    victims_record(
        incident=incident, proposal=proposal, people=people, claims=claims, actor=created_by
    )
    return incident


def _incident_region(proposal: IncidentProposal, facility: Facility | None) -> str:
    """The facility's region when it has one (its phrase may name it more exactly than the
    sentence around it), else the region extraction read."""
    if facility is not None and facility.region:
        return str(facility.region)
    region = proposal.location.region
    return region if region and is_region_code(region) else ""


def _retellers(ref: SourceRef, *, actor: Any = None) -> list[Source]:
    """The outlets an account came through, innermost first ("Vot Tak → iStories" gives
    iStories, then Vot Tak). A retelling is a claim that retells another, not a new source."""
    if not ref.via:
        return []
    names = [name.strip() for name in ref.via.split("→") if name.strip()]
    return [
        _source(SourceRef(name=name, role=SourceKind.OUTLET), actor=actor)
        for name in reversed(names)
    ]


@transaction.atomic
def proposals_create(
    *, result: ExtractionResult, document: Document, created_by: Any = None
) -> list[Incident]:
    """Store every incident of ``result`` for ``document``, unless it has proposals already."""
    if Claim.objects.filter(document=document).exists():
        return []
    return [
        incident_propose(
            proposal=proposal, document=document, people=result.people, created_by=created_by
        )
        for proposal in result.incidents
    ]
