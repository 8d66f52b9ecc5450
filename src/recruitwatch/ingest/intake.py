"""Intake by hand: a testimony taken by phone or in person, and an incident entered directly.

``testimony_intake``, in order, in one transaction:

1. build the document (``intake_header.testimony_document``): a short header in the
   testimony's own language (how it was taken, who called and their relationship, the person
   concerned, the facility and region as told, the consent) above the caseworker's account;
   its SHA-256 is of the form as submitted (canonical JSON), so a double submission stores
   one document;
2. run the ingestion chain on it (``ingest.services.document_ingest``: store, fingerprint,
   extract, propose incidents and links) with channel "testimony";
3. record the caller as a ``Source`` (kind relative, victim…; name, contact, relationship and
   consent sealed), make it the document's source and the teller of every claim extraction
   could attribute to nobody in particular, and index the document again for search (its
   source label is part of its entry).

The caller's name and contact never enter the document text: they live, sealed, in the
source. Consent has no column of its own (``Source`` has none): it is written in the header,
where a reader of the testimony sees it, and in the source's sealed notes.

``incident_enter`` stores an incident typed in by a caseworker, with its facility (chosen or
new), perpetrators, and victims and other people: each one either a person already on record
(the caseworker chose "use PER-…" after ``intake_selectors.person_candidates`` warned) or a
new person, who gets blocking keys and "same person" suggestions as at ingest; the incident
gets "same incident" suggestions, and it and its new people are indexed for search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record, record_update
from recruitwatch.extraction import ExtractionError
from recruitwatch.ingest.intake_header import Consent, TakenBy, Testimony, testimony_document
from recruitwatch.ingest.services import document_ingest
from recruitwatch.linking.services.copies import document_fingerprint_record
from recruitwatch.linking.services.incidents import incident_suggestions_propose
from recruitwatch.linking.services.people import person_suggestions_propose
from recruitwatch.records.choices import (
    Channel,
    DatePrecision,
    FacilityType,
    InvolvementRole,
    PersonStatus,
    ReviewState,
)
from recruitwatch.records.models import (
    Claim,
    Document,
    Facility,
    Incident,
    Involvement,
    Organization,
    Person,
    Source,
)
from recruitwatch.records.services.documents import document_create
from recruitwatch.records.services.identifiers import identifier_allocate, record_create
from recruitwatch.records.services.people import person_create
from recruitwatch.search.services import (
    search_index_document,
    search_index_incident,
    search_index_person,
)

# An incident typed in by hand is reviewed like an extracted one: a second pair of eyes
# accepts it in the review queue. Set to ACCEPTED to trust the person entering it instead.
MANUAL_REVIEW_STATE = ReviewState.PROPOSED
# Canonical-name prefixes of numbered facility types ("IK-6"), as the resolver writes them.
FACILITY_PREFIXES = {
    FacilityType.PENAL_COLONY: "IK",
    FacilityType.SIZO: "SIZO",
    FacilityType.COLONY_SETTLEMENT: "KP",
    FacilityType.PRISON_HOSPITAL: "LIU",
    FacilityType.EDUCATIONAL_COLONY: "VK",
    FacilityType.PRISON: "T",
}


class IntakeError(Exception):
    """An entry that cannot be stored as given; the message (in the user's language, never
    holding a name or any text typed in) says what to change."""


def _require(user: Any, permission: str) -> None:
    if not (user and user.is_authenticated and user.has_perm(permission)):
        raise PermissionDenied


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass
class TestimonyResult:
    document: Document
    created: bool  # False: the same submission was stored before
    proposed: list[str] = field(default_factory=list)  # incident identifiers
    source: Source | None = None
    analysed: bool = True  # False: extraction failed; the document is kept anyway


def _caller_record(testimony: Testimony, *, user: Any) -> Source:
    identifier = identifier_allocate(prefix=Source.IDENTIFIER_PREFIX, yearly=False)
    notes = [
        f"Relationship: {_one_line(testimony.relationship) or '-'}",
        f"Consent to share: {testimony.consent} "
        f"(recorded at intake on {testimony.taken_on.isoformat()})",
    ]
    return record_create(
        Source,
        audit_actor=user,
        identifier=identifier,
        # The label is what pages show: it names nobody (as proposals_create labels people).
        label=f"{testimony.caller_kind} ({identifier})",
        name=_one_line(testimony.caller_name),
        kind=testimony.caller_kind,
        contact=testimony.caller_contact.strip(),
        notes="\n".join(notes),
    )


def _proposed_before(document: Document) -> list[str]:
    incidents = (
        Claim.objects.filter(document=document)
        .order_by("incident_id")
        .values_list("incident__identifier", flat=True)
        .distinct()
    )
    return list(incidents)


@transaction.atomic
def testimony_intake(*, testimony: Testimony, user: Any) -> TestimonyResult:
    """Store a testimony, propose incidents from it, and record its caller; all or nothing."""
    _require(user, "records.add_document")
    if not testimony.what_happened.strip():
        raise IntakeError(_("The account of what happened is empty."))
    if testimony.consent not in Consent.values:
        raise IntakeError(_("Say what the caller agreed to share."))
    if testimony.taken_by not in TakenBy.values:
        raise IntakeError(_("Say how the testimony was taken."))
    read = testimony_document(testimony)
    analysed = True
    try:
        document, created, proposed = document_ingest(
            read=read, channel=Channel.TESTIMONY, user=user
        )
    except ExtractionError:
        # As file_ingest does: the testimony is worth keeping even when nothing is proposed.
        document, created = document_create(read=read, channel=Channel.TESTIMONY, ingested_by=user)
        document_fingerprint_record(document=document, actor=user)
        search_index_document(document=document)
        proposed, analysed = [], False
    if not created:
        return TestimonyResult(
            document=document, created=False, proposed=_proposed_before(document)
        )
    source = _caller_record(testimony, user=user)
    document.source = source
    record_update(document, ["source"], actor=user, detail="caller recorded at intake")
    for claim in Claim.objects.filter(document=document, source__isnull=True).order_by("pk"):
        claim.source = source
        claim.source_role = source.kind
        record_update(claim, ["source", "source_role"], actor=user, detail="told by the caller")
    search_index_document(document=document)  # again: its source label is part of it
    return TestimonyResult(
        document=document, created=True, proposed=proposed, source=source, analysed=analysed
    )


@dataclass(frozen=True)
class NewFacility:
    """A facility not on record yet; ``name`` is needed where the type has no number."""

    facility_type: str
    number: int | None = None
    name: str = ""


@dataclass(frozen=True)
class IncidentEntry:
    summary: str
    modality: str
    coercion: tuple[str, ...] = ()
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    facility: Facility | None = None
    new_facility: NewFacility | None = None
    region: str = ""
    perpetrator_labels: tuple[str, ...] = ()
    perpetrator_organizations: tuple[Organization, ...] = ()


@dataclass(frozen=True)
class PersonEntry:
    """One person in the incident: ``existing`` when the caseworker chose "use PER-…"."""

    role: str
    name: str = ""
    name_is_pseudonym: bool = False
    person_status: str = PersonStatus.OTHER
    status_after: str = "unknown"
    existing: Person | None = None


def facility_canonical_name(new: NewFacility) -> str:
    prefix = FACILITY_PREFIXES.get(FacilityType(new.facility_type))
    if prefix and new.number is not None:
        return f"{prefix}-{new.number}"
    return _one_line(new.name) or (
        f"{FacilityType(new.facility_type).label} {new.number}".strip()
        if new.number is not None
        else ""
    )


def facility_find_or_create(*, new: NewFacility, region: str, user: Any) -> Facility:
    """The facility record with this type, number and region, or a new one. Numbers restart
    in every region, so a numbered facility needs its region (as at ingest)."""
    canonical = facility_canonical_name(new)
    if not canonical:
        raise IntakeError(_("Give the new facility a number or a name."))
    if new.number is not None and not region:
        raise IntakeError(_("A numbered facility needs its region: numbers restart in each one."))
    existing = Facility.objects.filter(
        facility_type=new.facility_type, number=new.number, region=region
    )
    if new.number is None:
        existing = existing.filter(canonical_name=canonical)
    found = existing.first()
    if found is not None:
        return found
    _require(user, "records.add_facility")
    return record_create(
        Facility,
        audit_actor=user,
        facility_type=new.facility_type,
        number=new.number,
        region=region,
        country=region[:2] if region else "RU",
        canonical_name=canonical,
        aliases=[_one_line(new.name)] if new.name.strip() and new.name.strip() != canonical else [],
    )


def _date_at_precision(when: date | None, precision: str) -> date | None:
    """Month precision stores the first of the month, year precision the first of the year
    (the model's convention); an unknown precision keeps no date."""
    if when is None or precision == DatePrecision.UNKNOWN:
        return None
    if precision == DatePrecision.MONTH:
        return when.replace(day=1)
    if precision == DatePrecision.YEAR:
        return when.replace(month=1, day=1)
    return when


def _agreed_status(people: Sequence[PersonEntry]) -> str:
    statuses = {
        p.existing.status if p.existing is not None else p.person_status
        for p in people
        if p.role == InvolvementRole.VICTIM
    }
    return statuses.pop() if len(statuses) == 1 else PersonStatus.OTHER


@transaction.atomic
def incident_enter(*, entry: IncidentEntry, people: Sequence[PersonEntry], user: Any) -> Incident:
    """Store an incident typed in by hand with its facility, perpetrators and people; new
    people get blocking keys and "same person" suggestions, the incident "same incident"
    suggestions, as at ingest. One transaction, every row audited."""
    _require(user, "records.add_incident")
    if entry.facility is not None and entry.new_facility is not None:
        raise IntakeError(_("Choose a recorded facility or describe a new one, not both."))
    facility = entry.facility
    region = entry.region
    if entry.new_facility is not None:
        facility = facility_find_or_create(new=entry.new_facility, region=region, user=user)
    if facility is not None and facility.region:
        if region and region != facility.region:
            raise IntakeError(
                _("%(facility)s is in %(facility_region)s, not in %(region)s.")
                % {
                    "facility": facility.canonical_name,
                    "facility_region": facility.region,
                    "region": region,
                }
            )
        region = str(facility.region)
    chosen = [(p.existing.pk, p.role) for p in people if p.existing is not None]
    if len(chosen) != len(set(chosen)):
        raise IntakeError(_("The same recorded person is listed twice in the same role."))
    victims = [p for p in people if p.role == InvolvementRole.VICTIM]
    incident = record_create(
        Incident,
        summary=entry.summary.strip(),
        modality=entry.modality,
        date_start=_date_at_precision(entry.date_start, entry.date_precision),
        date_end=entry.date_end,
        date_precision=entry.date_precision,
        facility=facility,
        region=region,
        country=region[:2] if region else (facility.country if facility is not None else ""),
        coercion=list(entry.coercion),
        victim_count_low=len(victims) or None,
        victim_status=_agreed_status(people),
        perpetrator_labels=[_one_line(label) for label in entry.perpetrator_labels if label],
        review_state=MANUAL_REVIEW_STATE,
        created_by=user,
    )
    if entry.perpetrator_organizations:
        incident.perpetrator_organizations.set(entry.perpetrator_organizations)
        audit_record(
            actor=user,
            action=AuditAction.UPDATE,
            obj=incident,
            fields=["perpetrator_organizations"],
        )
    created: list[Person] = []
    for person_entry in people:
        person = person_entry.existing
        if person is None:
            if not person_entry.name.strip():
                raise IntakeError(_("Every new person needs a name or a pseudonym."))
            _require(user, "records.add_person")
            person = person_create(
                name=_one_line(person_entry.name),
                name_is_pseudonym=person_entry.name_is_pseudonym,
                status=person_entry.person_status,
                audit_actor=user,
            )
            created.append(person)
        record_create(
            Involvement,
            audit_actor=user,
            person=person,
            incident=incident,
            role=person_entry.role,
            date_start=incident.date_start,
            date_end=incident.date_end,
            date_precision=incident.date_precision,
            status_after=person_entry.status_after,
        )
    # After the involvements: a person's facility and region come from his incidents.
    for person in created:
        person_suggestions_propose(person=person, actor=user)
    incident_suggestions_propose(incident=incident, actor=user)
    # Last, as at ingest: the incident and its new people become findable.
    search_index_incident(incident=incident)
    for person in created:
        search_index_person(person=person)
    return incident
