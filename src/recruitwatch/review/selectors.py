"""Reads behind the review queue and the review page, built on ``records.selectors``.

The rules of every read here:

1. the review permission first (``records.change_incident``): PermissionDenied (403) before
   any lookup, so the answer never depends on the identifier asked for;
2. per-case restriction through ``records.selectors`` / ``access.visibility``: an incident,
   document or merge target the user may not see is left out (or is a 404 when asked for);
3. the incident opened for review and each document shown beside it write an audit "view"
   entry (the queue, like the document list, does not write one per row);
4. sealed values are opened only for the rows a page shows, and free text goes through the
   user's redactor (``access.identity``): pseudonyms unless the user may see identities.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast, Coalesce

from recruitwatch.access.identity import identity_visible, source_display_name
from recruitwatch.audit.models import AuditAction, AuditEntry
from recruitwatch.audit.services import audit_view
from recruitwatch.linking.models import LinkSuggestion, SuggestionKind, SuggestionState
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records import selectors
from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Claim, Document, Facility, Incident
from recruitwatch.review.highlight import text_marked
from recruitwatch.review.services import REVIEW_PERMISSION

#: Rows per page of the queue.
QUEUE_PAGE_SIZE = 50
# Changes listed when a save is refused as stale: more than two people rarely race on one
# incident; past this the page says how many more there were.
CHANGES_SHOWN_MAX = 20
_DOCUMENTS_PERMISSION = "records.view_document"
_SOURCES_PERMISSION = "records.view_source"
_QUEUE_ORDER = ("-created_at", "-id")


def _allowed(user: Any, permission: str) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(permission))


def require_reviewer(user: Any) -> None:
    """PermissionDenied (403) unless ``user`` may review: before any lookup."""
    if not _allowed(user, REVIEW_PERMISSION):
        raise PermissionDenied


# -- the queue --------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFilters:
    """What the queue is narrowed to; empty values narrow nothing."""

    region: str = ""
    facility: Facility | None = None
    coercion: str = ""
    modality: str = ""
    victim_status: str = ""
    verification_state: str = ""
    date_from: date | None = None
    date_to: date | None = None


def queue_filter(incidents: QuerySet[Incident], filters: QueueFilters) -> QuerySet[Incident]:
    """``incidents`` narrowed by ``filters``. A date range keeps incidents whose dates
    overlap it (an undated incident matches no range)."""
    exact = {
        "region": filters.region,
        "facility": filters.facility,
        "modality": filters.modality,
        "victim_status": filters.victim_status,
        "verification_state": filters.verification_state,
    }
    incidents = incidents.filter(**{name: value for name, value in exact.items() if value})
    if filters.coercion:
        # A JSON list of a fixed vocabulary: its text holds each value in double quotes and no
        # quoted value is part of another, so a substring test is exact on both databases.
        incidents = incidents.annotate(coercion_text=Cast("coercion", TextField())).filter(
            coercion_text__contains=f'"{filters.coercion}"'
        )
    if filters.date_to:
        incidents = incidents.filter(date_start__lte=filters.date_to)
    if filters.date_from:
        incidents = incidents.annotate(date_last=Coalesce("date_end", "date_start")).filter(
            date_last__gte=filters.date_from
        )
    return incidents


def review_queue(*, user: Any, filters: QueueFilters) -> QuerySet[Incident]:
    """The proposed incidents ``user`` may see and review, narrowed, newest first. Nothing
    sealed is opened here: the caller paginates, then ``queue_rows`` opens one page."""
    require_reviewer(user)
    proposed = selectors.incident_list(user=user).filter(review_state=ReviewState.PROPOSED)
    return (
        queue_filter(proposed, filters)
        .select_related("facility")
        .defer("victim_description", "location_as_written")
        .order_by(*_QUEUE_ORDER)
    )


@dataclass(frozen=True)
class QueueRow:
    incident: Incident
    summary: str  # opened and redacted for the reader
    open_suggestions: int  # open "same incident" suggestions naming it


def open_suggestion_counts(identifiers: list[str]) -> dict[str, int]:
    """How many open "same incident" suggestions name each of ``identifiers``."""
    if not identifiers:
        return {}
    pairs = LinkSuggestion.objects.filter(
        kind=SuggestionKind.INCIDENT, state=SuggestionState.OPEN
    ).filter(Q(left__in=identifiers) | Q(right__in=identifiers))
    counts: Counter[str] = Counter()
    wanted = set(identifiers)
    for left, right in pairs.values_list("left", "right"):
        counts.update(side for side in (left, right) if side in wanted)
    return {identifier: counts[identifier] for identifier in identifiers}


def queue_rows(*, incidents: list[Incident], redactor: Redactor) -> list[QueueRow]:
    """One page of the queue, each summary opened and redacted."""
    counts = open_suggestion_counts([incident.identifier for incident in incidents])
    return [
        QueueRow(
            incident=incident,
            summary=redactor.redact(str(incident.summary)),
            open_suggestions=counts[incident.identifier],
        )
        for incident in incidents
    ]


def _position_after(incident: Incident) -> Q:
    """Rows after ``incident`` in queue order (older)."""
    return Q(created_at__lt=incident.created_at) | Q(
        created_at=incident.created_at, id__lt=incident.pk
    )


def _position_before(incident: Incident) -> Q:
    return Q(created_at__gt=incident.created_at) | Q(
        created_at=incident.created_at, id__gt=incident.pk
    )


def queue_neighbours(
    *, user: Any, incident: Incident, filters: QueueFilters
) -> tuple[str | None, str | None]:
    """The identifiers of the proposed incidents before and after ``incident`` in the
    (filtered) queue, whatever its own state now."""
    queue = review_queue(user=user, filters=filters)
    previous = (
        queue.filter(_position_before(incident))
        .order_by("created_at", "id")
        .values_list("identifier", flat=True)
        .first()
    )
    following = queue.filter(_position_after(incident)).values_list("identifier", flat=True)
    return previous, following.first()


def queue_next(*, user: Any, incident: Incident, filters: QueueFilters) -> str | None:
    """Where a reviewer goes after deciding on ``incident``: the next proposed incident after
    it in the queue, else the newest one left (the queue wraps round), else None."""
    queue = review_queue(user=user, filters=filters).exclude(pk=incident.pk)
    after = queue.filter(_position_after(incident)).values_list("identifier", flat=True).first()
    return after or queue.values_list("identifier", flat=True).first()


# -- the review page --------------------------------------------------------------------------


def incident_for_review(*, user: Any, identifier: str) -> Incident:
    """The incident to review: 403 without the review permission (before any lookup), 404
    when unknown or in a case the user may not see; audited as viewed."""
    require_reviewer(user)
    return selectors.incident_get(user=user, identifier=identifier)


def merge_target_get(*, user: Any, identifier: str) -> Incident:
    """A merge target named in a form: the same rules as the incident under review."""
    require_reviewer(user)
    return selectors.incident_get(user=user, identifier=identifier)


@dataclass(frozen=True)
class ClaimShown:
    identifier: str
    quote: str  # redacted for the reader
    source_label: str
    reliability: str
    credibility: int


@dataclass(frozen=True)
class DocumentShown:
    document: Document
    title: str  # redacted for the reader
    marked: str  # the text as safe HTML, evidence spans in <mark>
    claims: list[ClaimShown]


def _source_labels(user: Any, claims: list[Claim]) -> dict[int, str]:
    if not _allowed(user, _SOURCES_PERMISSION):
        return {}
    reader = user if identity_visible(user) else None
    wanted = {claim.source_id for claim in claims if claim.source_id}
    return {
        source.pk: source_display_name(user=reader, source=source)
        for source in selectors.source_list(user=user).filter(pk__in=wanted)
    }


def review_documents(
    *, user: Any, incident: Incident, redactor: Redactor
) -> tuple[list[DocumentShown], int]:
    """The documents behind ``incident``'s claims, each with its evidence spans marked, and
    the number of documents left out (not the user's to read). Each document shown is
    audited as viewed; each text is opened once."""
    claims = list(
        selectors.claim_list(user=user)
        .filter(incident=incident)
        .order_by("document_id", "span_start", "id")
    )
    wanted = {claim.document_id for claim in claims}
    documents: dict[int, Document] = {}
    if _allowed(user, _DOCUMENTS_PERMISSION):
        visible = selectors.document_list(user=user).filter(pk__in=wanted).defer(None)
        documents = {document.pk: document for document in visible.order_by("pk")}
    labels = _source_labels(user, claims)
    shown = []
    for document in documents.values():
        audit_view(user, document, fields=["text"])
        text = str(document.text)
        own = [claim for claim in claims if claim.document_id == document.pk]
        shown.append(
            DocumentShown(
                document=document,
                title=redactor.redact(str(document.title)),
                marked=text_marked(
                    text, [(c.span_start, c.span_end) for c in own], redactor=redactor
                ),
                claims=[
                    ClaimShown(
                        identifier=claim.identifier,
                        quote=redactor.redact(text[claim.span_start : claim.span_end]),
                        source_label=labels.get(claim.source_id, "") if claim.source_id else "",
                        reliability=claim.reliability,
                        credibility=claim.credibility,
                    )
                    for claim in own
                ],
            )
        )
    return shown, len(wanted) - len(documents)


# -- what changed meanwhile -------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeMade:
    """One write to the incident by someone else: who, when, which fields (never values)."""

    actor: str
    when: datetime
    fields: tuple[str, ...]


def incident_changes_since(*, user: Any, incident: Incident, version: int) -> list[ChangeMade]:
    """The writes that took ``incident`` from ``version`` to its stored version, oldest
    first, from the audit log: every write that moves the version names "version" among its
    fields, so the last (stored - version) such entries are exactly those writes."""
    require_reviewer(user)
    missed = min(max(incident.version - int(version), 0), CHANGES_SHOWN_MAX)
    if not missed:
        return []
    entries = (
        AuditEntry.objects.filter(
            object_type="records.Incident",
            object_identifier=incident.identifier,
            action=AuditAction.UPDATE,
        )
        .order_by("-sequence")
        .values_list("actor", "created_at", "fields")
    )
    found: list[ChangeMade] = []
    for actor, when, fields in entries.iterator():
        if "version" not in (fields or []):
            continue
        shown = tuple(name for name in fields if name not in {"version", "updated_at"})
        found.append(ChangeMade(actor=actor, when=when, fields=shown))
        if len(found) == missed:
            break
    return list(reversed(found))


def facility_choices() -> QuerySet[Facility]:
    """Every facility, for the facility selects (facilities belong to no case)."""
    return Facility.objects.order_by("region", "canonical_name", "id").only(
        "id", "identifier", "canonical_name", "region"
    )
