"""Record pages (issue 5, point 3): lists and detail pages of incidents, people, facilities,
organisations, sources and cases, each detail page with its history, and evidence upload on
an incident. The printable views are in ``records.print_views``, the forms in
``records.forms``.

Views are thin: access (role permission, per-case restriction, the audit "view" entry) is
decided by ``records.selectors`` and ``records.page_selectors``; the upload is checked and
stored by ``ingest.uploads.evidence_upload``. Sealed values are opened for the rows shown
only, and free text goes through the user's redactor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from recruitwatch.access.identity import identity_visible, redactor_for
from recruitwatch.ingest.uploads import MAX_UPLOAD_BYTES, UploadRefused, evidence_upload
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records import page_selectors as pages
from recruitwatch.records import selectors
from recruitwatch.records.choices import (
    Coercion,
    FacilityType,
    OutcomeStatus,
    ReviewState,
)
from recruitwatch.records.forms import EvidenceUploadForm, IncidentFilterForm
from recruitwatch.records.models import Case, Incident, Person
from recruitwatch.verification.states import why

PER_PAGE = 50
UPLOAD_PERMISSION = "records.add_evidence"
COERCION_LABELS = dict(Coercion.choices)


def _page(request: HttpRequest, rows: Any) -> Page[Any]:
    return Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))


def _query_without_page(request: HttpRequest) -> str:
    """The filters of the current page, for the links to the next and previous pages."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def date_label(value: date | None, precision: str) -> str:
    """A date as precisely as it is known, in the reader's language ("April 2023")."""
    if value is None:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


def _victims_label(incident: Incident) -> str:
    low, high = incident.victim_count_low, incident.victim_count_high
    if low and high and high != low:
        return f"{low}–{high}"
    if low:
        return str(low)
    return f"≤ {high}" if high else "—"


def incidents_prepare(incidents: Any) -> None:
    """Give each incident what its row shows, worked out once here rather than by a template
    include per row: ``coercion_labels`` in the reader's language, ``when`` (the date as
    precisely as known, "" when unknown) and ``victims`` (the count or range)."""
    for incident in incidents:
        incident.coercion_labels = [COERCION_LABELS.get(v, v) for v in incident.coercion or []]
        incident.when = date_label(incident.date_start, incident.date_precision)
        incident.victims = _victims_label(incident)


# -- incidents -------------------------------------------------------------------------------


@require_safe
def incident_list_view(request: HttpRequest) -> HttpResponse:
    incidents = selectors.incident_list(user=request.user).select_related("facility")
    form = IncidentFilterForm(request.GET or None)
    if form.is_valid():
        chosen = form.cleaned_data
        for field in ("review_state", "verification_state", "modality"):
            if chosen[field]:
                incidents = incidents.filter(**{field: chosen[field]})
        if chosen["coercion"]:
            incidents = pages.incidents_with_coercion(incidents, chosen["coercion"])
        if chosen["region"]:
            incidents = incidents.filter(region=chosen["region"].strip().upper())
        if chosen["facility"]:
            incidents = incidents.filter(facility__identifier=chosen["facility"].strip().upper())
    # Newest first by primary key: rows are numbered as they are created, and the key's
    # order needs no sort of the table (created_at has no index of its own).
    page = _page(request, incidents.order_by("-id"))
    incidents_prepare(page.object_list)
    context = {"page": page, "form": form, "query": _query_without_page(request)}
    return render(request, "records/incident_list.html", context)


def _incident_context(
    request: HttpRequest, incident: Incident, upload_form: EvidenceUploadForm | None = None
) -> dict[str, Any]:
    user = request.user
    redactor = redactor_for(user=user)
    incidents_prepare([incident])
    context: dict[str, Any] = {
        "incident": incident,
        "summary": redactor.redact(str(incident.summary)),
        "victim_description": redactor.redact(str(incident.victim_description)),
        "location_as_written": redactor.redact(str(incident.location_as_written)),
        "organizations": incident.perpetrator_organizations.all(),
        "claims": pages.claims_shown(user=user, incident_ids=[incident.pk], redactor=redactor).get(
            incident.pk, []
        ),
        "involvements": pages.incident_involvements(user=user, incident=incident),
        "evidence": pages.evidence_shown(user=user, incident_ids=[incident.pk]).get(
            incident.pk, []
        ),
        "evidence_names": pages.evidence_names_visible(user),
        "cases": selectors.case_list(user=user).filter(incidents=incident),
        "history": pages.record_history(user=user, record=incident),
    }
    # The explanation names sources by their labels: for roles that may see sources.
    if user.has_perm(pages.SOURCES_PERMISSION):
        context["why"] = why(incident)
    if user.has_perm(UPLOAD_PERMISSION):
        context["upload_form"] = upload_form or EvidenceUploadForm()
    return context


@require_safe
def incident_detail_view(request: HttpRequest, identifier: str) -> HttpResponse:
    incident = selectors.incident_get(user=request.user, identifier=identifier)
    return render(request, "records/incident_detail.html", _incident_context(request, incident))


def incident_evidence_upload_view(request: HttpRequest, incident: str) -> HttpResponse:
    """POST a file as evidence of the incident; the page then shows its SHA-256.

    The permission is checked before the lookup (403 for any identifier), the incident
    through the selectors (404 for a restricted case's incident), and only then the method:
    a GET goes back to the incident page.
    """
    if not request.user.has_perm(UPLOAD_PERMISSION):
        raise PermissionDenied
    record = selectors.incident_get(user=request.user, identifier=incident)
    detail = reverse("incident_detail", args=[record.identifier])
    if request.method != "POST":
        return redirect(detail)
    form = EvidenceUploadForm(request.POST, request.FILES)
    limit = int(getattr(settings, "RECRUITWATCH_UPLOAD_MAX_BYTES", MAX_UPLOAD_BYTES))
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > limit:  # before reading it into memory
                raise UploadRefused(f"the file is {upload.size:,} bytes; the limit is {limit:,}")
            evidence, created = evidence_upload(
                data=upload.read(),
                declared_name=upload.name or "",
                description=form.cleaned_data["description"],
                incident=record,
                uploaded_by=request.user,
            )
        except UploadRefused as refused:
            form.add_error("file", gettext("Not stored: %(reason)s") % {"reason": refused})
        else:
            _upload_message(request, evidence=evidence, created=created, incident=record)
            return redirect(f"{detail}#evidence")
    context = _incident_context(request, record, upload_form=form)
    return render(request, "records/incident_detail.html", context, status=400)


def _upload_message(request: HttpRequest, *, evidence: Any, created: bool, incident: Any) -> None:
    values = {"identifier": evidence.identifier, "sha256": evidence.sha256}
    if created:
        text = gettext("Stored as %(identifier)s. SHA-256: %(sha256)s") % values
    elif evidence.incident_id == incident.pk:
        text = gettext("Already stored as %(identifier)s. SHA-256: %(sha256)s") % values
    else:
        # Stored before for another incident, or for none: the identifier is not shown, since
        # that incident may be one the uploader may not see.
        text = gettext(
            "This file was stored before and is not attached to this incident. SHA-256: %(sha256)s"
        ) % {"sha256": evidence.sha256}
    messages.success(request, text)


# -- people ----------------------------------------------------------------------------------


@require_safe
def person_list_view(request: HttpRequest) -> HttpResponse:
    people = selectors.person_list(user=request.user)
    wanted = request.GET.get("q", "").strip()
    if wanted:
        people = people.filter(Q(pseudonym__icontains=wanted) | Q(identifier__iexact=wanted))
    page = _page(request, people.order_by("identifier"))
    persons = list(page.object_list)
    names = pages.person_names(user=request.user, persons=persons)
    counts = pages.person_involvement_counts(user=request.user, person_ids=[p.pk for p in persons])
    rows = [(person, names[person.pk], counts.get(person.pk, 0)) for person in persons]
    context = {"page": page, "rows": rows, "q": wanted, "query": _query_without_page(request)}
    return render(request, "records/person_list.html", context)


def _status_path(timeline: list[pages.InvolvementShown]) -> list[str]:
    """victim → recruited → deployed → killed: the outcomes in date order, repeats dropped."""
    path: list[str] = []
    for row in timeline:
        status = row.involvement.status_after
        if status != OutcomeStatus.UNKNOWN:
            label = str(row.involvement.get_status_after_display())
            if not path or path[-1] != label:
                path.append(label)
    return path


def person_page_context(request: HttpRequest, person: Person) -> dict[str, Any]:
    """What the person page and its printed view share: the name shown and the timeline."""
    user = request.user
    timeline = pages.person_timeline(user=user, person=person)
    names = pages.person_names(user=user, persons=[person])
    shows_identity = identity_visible(user)
    return {
        "person": person,
        "display_name": names[person.pk],
        "shows_identity": shows_identity,
        "aliases": list(person.aliases or []) if shows_identity else [],
        "timeline": timeline,
        "status_path": _status_path(timeline),
    }


@require_safe
def person_detail_view(request: HttpRequest, identifier: str) -> HttpResponse:
    person = selectors.person_get(user=request.user, identifier=identifier)
    context = person_page_context(request, person)
    # Notes are sealed free text about someone at risk: shown whole to those who see
    # identities, and not at all to others (a redactor would open every stored name).
    context["notes"] = str(person.notes) if context["shows_identity"] else None
    context["cases"] = selectors.case_list(user=request.user).filter(persons=person)
    context["history"] = pages.record_history(user=request.user, record=person)
    return render(request, "records/person_detail.html", context)


# -- facilities ------------------------------------------------------------------------------


@require_safe
def facility_list_view(request: HttpRequest) -> HttpResponse:
    facilities = pages.facility_list(user=request.user)
    region = request.GET.get("region", "").strip().upper()
    kind = request.GET.get("type", "")
    if region:
        facilities = facilities.filter(region=region)
    if kind in FacilityType.values:
        facilities = facilities.filter(facility_type=kind)
    page = _page(request, facilities.order_by("region", "canonical_name", "id"))
    shown = list(page.object_list)
    counted = selectors.incident_list(user=request.user).filter(
        review_state__in=pages.TIMELINE_REVIEW_STATES
    )
    counts = pages.incident_counts_by(
        user=request.user, field="facility", keys=[f.pk for f in shown], incidents=counted
    )
    context = {
        "page": page,
        "rows": [(facility, counts.get(facility.pk, 0)) for facility in shown],
        "region": region,
        "type": kind,
        "types": FacilityType.choices,
        "query": _query_without_page(request),
    }
    return render(request, "records/facility_list.html", context)


#: The review-state choices of a facility's timeline: the query value → the states shown.
TIMELINE_STATES = {
    "": pages.TIMELINE_REVIEW_STATES,
    "accepted": (ReviewState.ACCEPTED,),
    "proposed": (ReviewState.PROPOSED,),
    "rejected": (ReviewState.REJECTED,),
    "all": tuple(ReviewState.values),
}


def _month_groups(
    incidents: list[Incident], summary: pages.TimelineSummary
) -> list[dict[str, Any]]:
    """The page's incidents under their month (newest first), undated ones last; each month
    with its total at the facility, which may run onto the next page."""
    groups: list[dict[str, Any]] = []
    for incident in incidents:
        start = incident.date_start
        month = date(start.year, start.month, 1) if start else None
        if not groups or groups[-1]["month"] != month:
            groups.append({"month": month, "count": summary.count_of(month), "incidents": []})
        groups[-1]["incidents"].append(incident)
    return groups


@require_safe
def facility_detail_view(request: HttpRequest, facility: str) -> HttpResponse:
    """A facility and its incidents on a timeline: two queries over its incidents whatever
    their number (the grouped counts, then one page of rows)."""
    user = request.user
    record = pages.facility_get(user=user, identifier=facility)
    state = request.GET.get("state", "")
    states = TIMELINE_STATES.get(state, pages.TIMELINE_REVIEW_STATES)
    incidents = pages.facility_incidents(user=user, facility=record, review_states=states)
    summary = pages.timeline_summary(incidents=incidents, per_page=PER_PAGE)
    paginator = Paginator(incidents, PER_PAGE)
    paginator.count = summary.total  # counted with the months: no second COUNT(*)
    page = paginator.get_page(request.GET.get("page"))
    shown = list(page.object_list)
    incidents_prepare(shown)
    context = {
        "facility": record,
        "page": page,
        "groups": _month_groups(shown, summary),
        "months": summary.months,
        "coercion": [(COERCION_LABELS[v], n) for v, n in summary.coercion.items() if n],
        "state": state if state in TIMELINE_STATES else "",
        "query": _query_without_page(request),
        "history": pages.record_history(user=user, record=record),
    }
    return render(request, "records/facility_detail.html", context)


# -- organisations and sources ---------------------------------------------------------------


@require_safe
def organization_list_view(request: HttpRequest) -> HttpResponse:
    page = _page(request, pages.organization_list(user=request.user).order_by("name", "id"))
    shown = list(page.object_list)
    counts = pages.incident_counts_by(
        user=request.user, field="perpetrator_organizations", keys=[o.pk for o in shown]
    )
    rows = [(organization, counts.get(organization.pk, 0)) for organization in shown]
    context = {"page": page, "rows": rows, "query": _query_without_page(request)}
    return render(request, "records/organization_list.html", context)


@require_safe
def organization_detail_view(request: HttpRequest, organization: str) -> HttpResponse:
    user = request.user
    record = pages.organization_get(user=user, identifier=organization)
    incidents = selectors.incident_list(user=user).filter(perpetrator_organizations=record)
    page = _page(request, incidents.select_related("facility").order_by("-id"))
    incidents_prepare(page.object_list)
    sources: QuerySet[Any] | list[Any] = []
    if user.has_perm(pages.SOURCES_PERMISSION):
        sources = selectors.source_list(user=user).filter(organization=record)
    context = {
        "organization": record,
        "page": page,
        "sources": sources,
        "query": _query_without_page(request),
        "history": pages.record_history(user=user, record=record),
    }
    return render(request, "records/organization_detail.html", context)


@require_safe
def source_list_view(request: HttpRequest) -> HttpResponse:
    sources = selectors.source_list(user=request.user).select_related("organization")
    page = _page(request, sources.order_by("label", "id"))
    shown = list(page.object_list)
    names = pages.source_names(user=request.user, sources=shown)
    counts = pages.source_claim_counts(user=request.user, source_ids=[s.pk for s in shown])
    rows = [(source, names[source.pk], counts.get(source.pk, 0)) for source in shown]
    context = {"page": page, "rows": rows, "query": _query_without_page(request)}
    return render(request, "records/source_list.html", context)


@require_safe
def source_detail_view(request: HttpRequest, identifier: str) -> HttpResponse:
    user = request.user
    source = selectors.source_get(user=user, identifier=identifier)
    incidents = selectors.incident_list(user=user).filter(claims__source=source).distinct()
    page = _page(request, incidents.select_related("facility").order_by("-id"))
    incidents_prepare(page.object_list)
    documents: Any = []
    if user.has_perm(pages.DOCUMENTS_PERMISSION):
        documents = selectors.document_list(user=user).filter(source=source)[:PER_PAGE]
    context = {
        "source": source,
        "display_name": pages.source_names(user=user, sources=[source])[source.pk],
        "page": page,
        "documents": documents,
        "query": _query_without_page(request),
        "history": pages.record_history(user=user, record=source),
    }
    return render(request, "records/source_detail.html", context)


# -- cases -----------------------------------------------------------------------------------


def _case_titles(cases: list[Case], redactor: Redactor) -> dict[int, str]:
    return {case.pk: redactor.redact(str(case.title)) for case in cases}


@require_safe
def case_list_view(request: HttpRequest) -> HttpResponse:
    page = _page(request, selectors.case_list(user=request.user).select_related("assignee"))
    shown = list(page.object_list)
    titles = _case_titles(shown, redactor_for(user=request.user)) if shown else {}
    rows = [(case, titles[case.pk]) for case in shown]
    context = {"page": page, "rows": rows, "query": _query_without_page(request)}
    return render(request, "records/case_list.html", context)


def case_page_context(request: HttpRequest, case: Case) -> dict[str, Any]:
    """What the case page and its printed view share; ``redactor`` is for the printed claims."""
    user = request.user
    redactor = redactor_for(user=user)
    persons = pages.case_persons(user=user, case=case)
    incidents = list(pages.case_incidents(user=user, case=case))
    incidents_prepare(incidents)
    return {
        "case": case,
        "title": redactor.redact(str(case.title)),
        "summary": redactor.redact(str(case.summary)),
        "persons": [(p, name) for p, name in zip(persons, _names(request, persons), strict=True)],
        "incidents": incidents,
        "redactor": redactor,  # for the printed view's claims: built once per page
    }


def _names(request: HttpRequest, persons: list[Person]) -> list[str]:
    names = pages.person_names(user=request.user, persons=persons)
    return [names[person.pk] for person in persons]


@require_safe
def case_detail_view(request: HttpRequest, identifier: str) -> HttpResponse:
    case = selectors.case_get(user=request.user, identifier=identifier)
    context = case_page_context(request, case)
    del context["redactor"]
    context["history"] = pages.record_history(user=request.user, record=case)
    return render(request, "records/case_detail.html", context)
