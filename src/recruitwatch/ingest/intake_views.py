"""Intake pages: a testimony taken by phone or in person, an incident entered by hand with
its people (warned before a person is created twice), and a report file uploaded. Thin: the
forms check, the services in ``ingest.intake`` and ``ingest.services`` store,
``ingest.intake_selectors`` finds the people who may exist already.
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from recruitwatch.ingest.intake import IntakeError, PersonEntry, incident_enter, testimony_intake
from recruitwatch.ingest.intake_forms import (
    CHOICE_NEW,
    IncidentForm,
    PersonFormSet,
    PersonRowForm,
    ReportUploadForm,
    TestimonyForm,
)
from recruitwatch.ingest.intake_selectors import (
    facilities_for_choice,
    person_candidates,
    person_chosen_get,
)
from recruitwatch.ingest.services import IngestReport, upload_ingest
from recruitwatch.records.validators import is_region_code

PEOPLE_PREFIX = "people"
_ROW_PREFIX = re.compile(rf"^{PEOPLE_PREFIX}-\d{{1,2}}$")


def _url_first(routes: list[tuple[str, list[str]]], fallback: str) -> str:
    """The first of ``routes`` that exists: pages other parts of the app build may not be
    there yet (the review page), and a missing one must not break intake."""
    for name, args in routes:
        try:
            return reverse(name, args=args)
        except NoReverseMatch:
            continue
    return fallback


@permission_required("records.add_document", raise_exception=True)
@require_http_methods(["GET", "POST"])
def testimony_intake_view(request: HttpRequest) -> HttpResponse:
    form = TestimonyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = testimony_intake(testimony=form.testimony(), user=request.user)
        except IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            document = result.document.identifier
            if not result.created:
                messages.warning(
                    request,
                    _("This testimony was recorded before, as %(document)s: nothing was added.")
                    % {"document": document},
                )
            elif not result.analysed:
                messages.warning(
                    request,
                    _("Testimony recorded as %(document)s, but its text could not be analysed.")
                    % {"document": document},
                )
            elif result.proposed:
                messages.success(
                    request,
                    ngettext(
                        "Testimony recorded as %(document)s; %(count)d incident proposed.",
                        "Testimony recorded as %(document)s; %(count)d incidents proposed.",
                        len(result.proposed),
                    )
                    % {"document": document, "count": len(result.proposed)},
                )
            else:
                messages.info(
                    request,
                    _(
                        "Testimony recorded as %(document)s; no incident was recognised in it. "
                        "Enter one by hand if it describes one."
                    )
                    % {"document": document},
                )
            document_url = reverse("document_detail", args=[document])
            routes = [("review_incident", [result.proposed[0]])] if result.proposed else []
            return redirect(_url_first(routes, document_url))
    return render(request, "ingest/intake_testimony.html", {"form": form})


def _formset_with_more_rows(data: QueryDict) -> Any:
    """The people rows as posted, plus one blank row (the "add a row" button, without
    JavaScript)."""
    data = data.copy()
    key = f"{PEOPLE_PREFIX}-TOTAL_FORMS"
    try:
        total = int(data.get(key, "0"))
    except ValueError:
        total = 0
    data[key] = str(min(total + 1, PersonFormSet.absolute_max))
    return PersonFormSet(data, prefix=PEOPLE_PREFIX)


def _people_resolve(
    request: HttpRequest, form: IncidentForm, rows: list[PersonRowForm], *, check_all: bool
) -> tuple[list[PersonEntry], bool]:
    """Each filled row as a ``PersonEntry``, and whether every row is decided.

    A row is undecided when its name resembles people on record and the caseworker has not
    chosen between one of them and a new person; its candidates are set on the row
    (``row.candidates``) for the page to show. ``check_all`` lists candidates even for rows
    already decided "new" (the "check" button).
    """
    entries: list[PersonEntry] = []
    decided = True
    facility = form.cleaned_data.get("facility")
    region = form.cleaned_data.get("region") or ""
    for row in rows:
        data = row.cleaned_data
        row.checked = False  # type: ignore[attr-defined]
        row.candidates = []  # type: ignore[attr-defined]
        existing = None
        if row.chosen_identifier:
            existing = person_chosen_get(user=request.user, identifier=row.chosen_identifier)
            if existing is None:
                row.add_error(None, _("That person cannot be found; choose again."))
                decided = False
                continue
        elif not data["name_is_pseudonym"] and (check_all or data["choice"] != CHOICE_NEW):
            row.candidates = person_candidates(  # type: ignore[attr-defined]
                name=data["name"], user=request.user, facility=facility, region=region
            )
            row.checked = True  # type: ignore[attr-defined]
            if row.candidates and data["choice"] != CHOICE_NEW:  # type: ignore[attr-defined]
                decided = False
        entries.append(
            PersonEntry(
                role=data["role"],
                name=data["name"],
                name_is_pseudonym=data["name_is_pseudonym"],
                person_status=data["person_status"],
                status_after=data["status_after"],
                existing=existing,
            )
        )
    return entries, decided


@permission_required("records.add_incident", raise_exception=True)
@require_http_methods(["GET", "POST"])
def incident_new_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method != "POST":
        form = IncidentForm(user=user)
        formset = PersonFormSet(prefix=PEOPLE_PREFIX)
        return render(request, "ingest/intake_incident.html", _context(form, formset))
    action = request.POST.get("action", "save")
    form = IncidentForm(request.POST, user=user)
    if action == "more":
        formset = _formset_with_more_rows(request.POST)
        return render(request, "ingest/intake_incident.html", _context(form, formset))
    formset = PersonFormSet(request.POST, prefix=PEOPLE_PREFIX)
    if not (form.is_valid() and formset.is_valid()):
        return render(request, "ingest/intake_incident.html", _context(form, formset))
    rows = [row for row in formset if row.filled]
    entries, decided = _people_resolve(request, form, rows, check_all=action == "check")
    if action == "check" or not decided:
        if not decided:
            messages.warning(
                request,
                _(
                    "Some people may be on record already. For each one listed, choose the "
                    "recorded person or a new person, then save."
                ),
            )
        return render(request, "ingest/intake_incident.html", _context(form, formset))
    try:
        incident = incident_enter(entry=form.entry(), people=entries, user=user)
    except IntakeError as exc:
        form.add_error(None, str(exc))
        return render(request, "ingest/intake_incident.html", _context(form, formset))
    messages.success(
        request,
        _("Incident %(incident)s recorded, waiting for review.")
        % {"incident": incident.identifier},
    )
    routes = [
        ("review_incident", [incident.identifier]),
        ("incident_detail", [incident.identifier]),
    ]
    return redirect(_url_first(routes, reverse("incident_new")))


def _context(form: IncidentForm, formset: Any) -> dict[str, Any]:
    return {"form": form, "formset": formset, "choice_new": CHOICE_NEW}


@permission_required("records.add_incident", raise_exception=True)
@require_POST
def person_candidates_view(request: HttpRequest) -> HttpResponse:
    """The candidates of one people row, as a fragment (htmx; the page's "check" button does
    the same for every row without JavaScript)."""
    prefix = request.POST.get("prefix", "")
    if not _ROW_PREFIX.match(prefix):
        return HttpResponseBadRequest("unknown row")
    name = " ".join(request.POST.get(f"{prefix}-name", "").split())
    facility = None
    facility_pk = request.POST.get("facility", "")
    if facility_pk.isdigit():
        facility = facilities_for_choice(user=request.user).filter(pk=int(facility_pk)).first()
    region = request.POST.get("region", "")
    region = region if region and is_region_code(region) else ""
    pseudonym = bool(request.POST.get(f"{prefix}-name_is_pseudonym"))
    candidates = []
    if name and not pseudonym:
        candidates = person_candidates(
            name=name, user=request.user, facility=facility, region=region
        )
    context = {
        "prefix": prefix,
        "candidates": candidates,
        "chosen": request.POST.get(f"{prefix}-choice", ""),
        "checked": bool(name) and not pseudonym,
        "choice_new": CHOICE_NEW,
    }
    return render(request, "ingest/intake_person_candidates.html", context)


@permission_required("records.add_document", raise_exception=True)
@require_http_methods(["GET", "POST"])
def report_upload_view(request: HttpRequest) -> HttpResponse:
    """A report file ingested as `recruitwatch ingest` would: stored, its incidents proposed,
    and the review opened on the first of them."""
    form = ReportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["report"]
        report = upload_ingest(
            name=upload.name,
            data=upload.read(),
            channel=form.cleaned_data["channel"],
            user=request.user,
        )
        if report.problems and not (report.added or report.already_present):
            for problem in report.problems:
                form.add_error("report", problem.message)
            return render(request, "ingest/intake_report.html", {"form": form})
        _report_messages(request, report)
        documents = report.added or report.already_present
        routes = [("review_incident", [report.proposed[0]])] if report.proposed else []
        return redirect(_url_first(routes, reverse("document_detail", args=[documents[0]])))
    return render(request, "ingest/intake_report.html", {"form": form})


def _report_messages(request: HttpRequest, report: IngestReport) -> None:
    documents = ", ".join(report.added or report.already_present)
    if report.added:
        messages.success(
            request,
            ngettext(
                "Report added as %(documents)s; %(count)d incident proposed for review.",
                "Report added as %(documents)s; %(count)d incidents proposed for review.",
                len(report.proposed),
            )
            % {"documents": documents, "count": len(report.proposed)},
        )
    else:
        messages.warning(
            request,
            _("This report was added before, as %(documents)s: nothing was added.")
            % {"documents": documents},
        )
    # A line of a JSON Lines file, a message of an export, a text extraction refused (the
    # document is kept all the same).
    for problem in report.problems:
        messages.warning(
            request,
            _("Not everything could be read or analysed: %(problem)s") % {"problem": str(problem)},
        )
