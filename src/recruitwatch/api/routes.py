"""The REST API's endpoints: documents, incidents, search (django-ninja, OpenAPI 3).

Each endpoint reads through the same selectors as the pages, as the token's user: the role's
view permission (403), per-case restriction (records of restricted cases the user may not
open are absent: 404 or left out of lists), an audit "view" entry for each record opened by
identifier, and identity redaction (pseudonyms and redacted free text unless the user may
see identities). Only the JSON schema is served (``/api/openapi.json``, to signed-in
users); ninja's docs page loads its scripts from a CDN, which the CSP forbids.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Query

from recruitwatch.access.identity import (
    documents_for_display,
    person_display_name,
    redactor_for,
    source_display_name,
)
from recruitwatch.access.visibility import documents_visible, sources_visible
from recruitwatch.api.auth import TokenAuth
from recruitwatch.api.schemas import (
    DocumentDetail,
    DocumentPage,
    ErrorOut,
    IncidentDetail,
    IncidentFilterQuery,
    IncidentPage,
    PageQuery,
    SearchOut,
)
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records import selectors
from recruitwatch.records.models import Document, Incident, Source
from recruitwatch.search.errors import FilterInvalid
from recruitwatch.search.facets import IncidentFilters
from recruitwatch.search.selectors import search_all, search_incidents

api = NinjaAPI(
    title="RecruitWatch API",
    version="1",
    description=(
        "Documents, incidents and search of a RecruitWatch deployment. Authenticate with "
        "`Authorization: Bearer <token>`; tokens are issued with `recruitwatch api_token "
        "create USER --name NAME`. Everything is read as the token's user."
    ),
    urls_namespace="api",
    docs_url=None,
    auth=TokenAuth(),
)
ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "Forbidden"}, status=403)


@api.exception_handler(FilterInvalid)
def _filter_invalid(request: HttpRequest, exc: Exception) -> HttpResponse:
    # The message names the parameter and what it accepts, never the value sent.
    return api.create_response(request, {"detail": str(exc)}, status=422)


def _caller(request: HttpRequest) -> Any:
    """The token's user (set by TokenAuth; every endpoint requires it)."""
    return request.auth  # type: ignore[attr-defined]


class _Reader:
    """What one request shows of records, as its user may see them."""

    def __init__(self, user: Any) -> None:
        self.user = user
        self._redactor: Redactor | None = None

    @property
    def redactor(self) -> Redactor:
        if self._redactor is None:  # opens every sealed name: once per request, if needed
            self._redactor = redactor_for(user=self.user)
        return self._redactor

    def visible_sources(self, ids: Iterable[int | None]) -> dict[int, Source]:
        wanted = {pk for pk in ids if pk is not None}
        if not wanted or not self.user.has_perm("records.view_source"):
            return {}
        return {s.pk: s for s in sources_visible(self.user, Source.objects.filter(pk__in=wanted))}

    def incident(self, incident: Incident) -> dict[str, Any]:
        facility = incident.facility
        return {
            "identifier": incident.identifier,
            "summary": self.redactor.redact(str(incident.summary)),
            "modality": incident.modality,
            "date_start": incident.date_start,
            "date_end": incident.date_end,
            "date_precision": incident.date_precision,
            "facility": {
                "identifier": facility.identifier,
                "name": facility.canonical_name,
                "region": facility.region or None,
            }
            if facility
            else None,
            "region": incident.region or None,
            "country": incident.country or None,
            "coercion": list(incident.coercion),
            "victim_count_low": incident.victim_count_low,
            "victim_count_high": incident.victim_count_high,
            "victim_nationalities": list(incident.victim_nationalities),
            "victim_status": incident.victim_status,
            "review_state": incident.review_state,
            "verification_state": incident.verification_state,
        }

    def documents(self, documents: list[Document]) -> list[dict[str, Any]]:
        sources = self.visible_sources(d.source_id for d in documents)
        return [
            {
                "identifier": d.identifier,
                "title": str(d.title),
                "channel": d.channel,
                "published": d.published,
                "language": d.language,
                "source": sources[d.source_id].identifier if d.source_id in sources else None,
            }
            for d in documents_for_display(user=self.user, documents=documents)
        ]

    def claims(self, incident: Incident) -> list[dict[str, Any]]:
        claims = list(
            selectors.claim_list(user=self.user)
            .filter(incident=incident)
            .select_related("document", "source")
            .order_by("span_start", "pk")
        )
        sources = self.visible_sources(c.source_id for c in claims)
        documents: set[int] = set()
        if self.user.has_perm("records.view_document"):
            documents = set(
                documents_visible(
                    self.user, Document.objects.filter(pk__in={c.document_id for c in claims})
                ).values_list("pk", flat=True)
            )
        return [
            {
                "identifier": claim.identifier,
                "document": claim.document.identifier if claim.document_id in documents else None,
                "source": {
                    "identifier": sources[claim.source_id].identifier,
                    "label": source_display_name(user=self.user, source=sources[claim.source_id]),
                }
                if claim.source_id in sources
                else None,
                "quote": self.redactor.redact(claim.quote)
                if claim.document_id in documents
                else None,
                "reliability": claim.reliability,
                "credibility": claim.credibility,
            }
            for claim in claims
        ]


@api.get(
    "/documents",
    response={200: DocumentPage, **ERRORS},
    url_name="document_list",
    tags=["documents"],
)
def document_list(request: HttpRequest, page: Query[PageQuery]) -> dict[str, Any]:
    """Documents, newest first; titles redacted for users who may not see identities."""
    documents = selectors.document_list(user=_caller(request)).select_related("source")
    rows = list(documents[page.offset : page.offset + page.limit])
    return {"count": documents.count(), "items": _Reader(_caller(request)).documents(rows)}


@api.get(
    "/documents/{document_identifier}",
    response={200: DocumentDetail, **ERRORS},
    url_name="document_detail",
    tags=["documents"],
)
def document_detail(request: HttpRequest, document_identifier: str) -> dict[str, Any]:
    """One document with its text (redacted as on its page); audited as a view."""
    document = selectors.document_get(user=_caller(request), identifier=document_identifier)
    [shown] = _Reader(_caller(request)).documents([document])
    [display] = documents_for_display(user=_caller(request), documents=[document])
    return {**shown, "text": str(display.text)}


@api.get(
    "/incidents",
    response={200: IncidentPage, **ERRORS},
    url_name="incident_list",
    tags=["incidents"],
)
def incident_list(
    request: HttpRequest, filters: Query[IncidentFilterQuery], page: Query[PageQuery]
) -> dict[str, Any]:
    """Incidents, newest first, narrowed by the search page's facets."""
    incidents, _ = search_incidents(user=_caller(request), query="", filters=filters.dict())
    rows = incidents.select_related("facility")[page.offset : page.offset + page.limit]
    reader = _Reader(_caller(request))
    return {"count": incidents.count(), "items": [reader.incident(i) for i in rows]}


@api.get(
    "/incidents/{incident_identifier}",
    response={200: IncidentDetail, **ERRORS},
    url_name="incident_detail",
    tags=["incidents"],
)
def incident_detail(request: HttpRequest, incident_identifier: str) -> dict[str, Any]:
    """One incident with its claims (source, document, quote); audited as a view."""
    incident = selectors.incident_get(user=_caller(request), identifier=incident_identifier)
    reader = _Reader(_caller(request))
    return {**reader.incident(incident), "claims": reader.claims(incident)}


@api.get("/search", response={200: SearchOut, **ERRORS}, url_name="search", tags=["search"])
def search(
    request: HttpRequest,
    filters: Query[IncidentFilterQuery],
    page: Query[PageQuery],
    q: str = "",
) -> dict[str, Any]:
    """The search page's search: incidents matching every word of ``q`` (any inflection)
    and the facets, best match first; with a query, also the first documents and people."""
    found = search_all(
        user=_caller(request), query=q, filters=IncidentFilters.from_mapping(filters.dict())
    )
    reader = _Reader(_caller(request))
    end = page.offset + page.limit
    incidents = list(found.incidents[page.offset : end])
    documents = people = None
    if found.documents is not None:
        shown = list(found.documents[: page.limit])
        documents = {"count": len(found.documents), "items": reader.documents(shown)}
    if found.people is not None:
        people = {
            "count": len(found.people),
            "items": [
                {
                    "identifier": person.identifier,
                    "name": person_display_name(user=_caller(request), person=person),
                    "status": person.status,
                }
                for person in found.people[: page.limit]
            ],
        }
    return {
        "incidents": {
            "count": len(found.incidents),
            "items": [reader.incident(i) for i in incidents],
        },
        "documents": documents,
        "people": people,
    }
