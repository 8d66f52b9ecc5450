"""Printable records (issue 5, point 3): an incident, a person or a case on clean A4 pages
with the record identifier, the date of printing, the claims with their quotes and sources,
the evidence hashes and a block to sign — for a relative to sign and a lawyer to file.

Printing shows protected data: it goes through the same selectors as the record pages (role
permission, per-case restriction, an audit "view" entry).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from recruitwatch.access.identity import redactor_for
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records import page_selectors as pages
from recruitwatch.records import selectors
from recruitwatch.records.models import Incident
from recruitwatch.records.views import (
    case_page_context,
    incidents_prepare,
    person_page_context,
)


@require_safe
def incident_print_view(request: HttpRequest, identifier: str) -> HttpResponse:
    incident = selectors.incident_get(user=request.user, identifier=identifier)
    context = {"incident": incident, **_bundle(request, [incident])}
    context["involvements"] = pages.incident_involvements(user=request.user, incident=incident)
    context["record_identifier"] = incident.identifier
    return render(request, "records/incident_print.html", context)


def _bundle(
    request: HttpRequest, incidents: list[Incident], *, redactor: Redactor | None = None
) -> dict[str, Any]:
    """What a printed record carries for its incidents: summary, claims with quotes and
    evidence hashes, by incident, and the moment of printing."""
    user = request.user
    redactor = redactor or redactor_for(user=user)
    ids = [incident.pk for incident in incidents]
    claims = pages.claims_shown(user=user, incident_ids=ids, redactor=redactor)
    evidence = pages.evidence_shown(user=user, incident_ids=ids)
    incidents_prepare(incidents)
    return {
        "printed_at": timezone.now(),
        "sections": [
            {
                "incident": incident,
                "summary": redactor.redact(str(incident.summary)),
                "claims": claims.get(incident.pk, []),
                "evidence": evidence.get(incident.pk, []),
            }
            for incident in incidents
        ],
        "evidence_names": pages.evidence_names_visible(user),
    }


@require_safe
def person_print_view(request: HttpRequest, identifier: str) -> HttpResponse:
    person = selectors.person_get(user=request.user, identifier=identifier)
    context = person_page_context(request, person)
    incidents = {
        row.involvement.incident_id: row.involvement.incident for row in context["timeline"]
    }
    context.update(_bundle(request, list(incidents.values())))
    context["record_identifier"] = person.identifier
    return render(request, "records/person_print.html", context)


@require_safe
def case_print_view(request: HttpRequest, identifier: str) -> HttpResponse:
    case = selectors.case_get(user=request.user, identifier=identifier)
    context = case_page_context(request, case)
    context.update(_bundle(request, context.pop("incidents"), redactor=context.pop("redactor")))
    context["record_identifier"] = case.identifier
    return render(request, "records/case_print.html", context)
