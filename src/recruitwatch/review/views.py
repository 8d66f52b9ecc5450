"""The review queue and the review page. Thin: the selectors read (and check access), the
services write (and check again); these views only route between them and the templates."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from recruitwatch.access.identity import redactor_for
from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Incident
from recruitwatch.review import display, matches, selectors, services
from recruitwatch.review.errors import (
    IncidentChangedMeanwhile,
    MergeRefused,
    ReasonRequired,
    ReviewInvalid,
    ReviewNotPermitted,
    ReviewStateRefused,
)
from recruitwatch.review.forms import (
    IncidentReviewForm,
    MergeForm,
    QueueFilterForm,
    RejectForm,
    field_rows,
)
from recruitwatch.verification.states import why

# Free-text fields shown through the reader's redactor.
_SEALED_FIELDS = ("summary", "victim_description")
_CHANGE_STATUS = 409  # a stale version: the request conflicts with the stored incident
_INVALID_STATUS = 400


@require_safe
def review_queue_view(request: HttpRequest) -> HttpResponse:
    filter_form = QueueFilterForm(request.GET)
    queue = selectors.review_queue(user=request.user, filters=filter_form.filters())
    page = Paginator(queue, selectors.QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    incidents = list(page.object_list)
    # Built only for a page with rows: it opens every protected name once.
    redactor = redactor_for(user=request.user) if incidents else None
    rows = selectors.queue_rows(incidents=incidents, redactor=redactor) if redactor else []
    query = filter_form.query()
    context = {
        "filter_fields": field_rows(filter_form),
        "page": page,
        "lines": display.queue_lines(rows, query),
        "query": query,
        "regions": display.regions_datalist(),
    }
    return render(request, "review/queue.html", context)


def _sealed_shown(incident: Incident, redactor: Any) -> tuple[dict[str, str], frozenset[str]]:
    """Each sealed field as this reader sees it, and those that redaction changed."""
    shown, locked = {}, set()
    for name in _SEALED_FIELDS:
        stored = str(getattr(incident, name))
        shown[name] = redactor.redact(stored)
        if shown[name] != stored:
            locked.add(name)
    return shown, frozenset(locked)


def _page(
    request: HttpRequest,
    incident: Incident,
    *,
    filter_form: QueueFilterForm,
    review_form: IncidentReviewForm | None = None,
    reject_form: RejectForm | None = None,
    merge_form: MergeForm | None = None,
    changed: IncidentChangedMeanwhile | None = None,
    status: int = 200,
) -> HttpResponse:
    user = request.user
    redactor = redactor_for(user=user)
    sealed, locked = _sealed_shown(incident, redactor)
    filters = filter_form.filters()
    documents, hidden = selectors.review_documents(user=user, incident=incident, redactor=redactor)
    proposed = incident.review_state == ReviewState.PROPOSED
    choices = (
        matches.merge_choices(user=user, incident=incident, redactor=redactor) if proposed else []
    )
    offered = [(choice.incident.identifier, choice.incident.identifier) for choice in choices]
    fresh = {"version": incident.version}
    previous, following = selectors.queue_neighbours(user=user, incident=incident, filters=filters)
    query = filter_form.query()
    review_form = review_form or IncidentReviewForm(
        incident=incident, sealed_shown=sealed, sealed_locked=locked
    )
    changes = (
        selectors.incident_changes_since(user=user, incident=incident, version=changed.expected)
        if changed
        else []
    )
    context = {
        "incident": incident,
        "review_form": review_form,
        "review_fields": field_rows(review_form),
        "reject_form": reject_form or RejectForm(initial=fresh),
        "merge_form": merge_form or MergeForm(initial=fresh, offered=offered),
        "choices": choices,
        "documents": documents,
        "hidden_documents": hidden,
        "why": why(incident),
        "proposed": proposed,
        "changed": changed,
        "changes": changes,
        "changed_values": _stored_values(incident, sealed, changes),
        "previous_url": _review_url(previous, query) if previous else "",
        "next_url": _review_url(following, query) if following else "",
        "queue_url": reverse("review_queue") + (f"?{query}" if query else ""),
        "regions": display.regions_datalist(),
    }
    return render(request, "review/incident.html", context, status=status)


def _stored_values(
    incident: Incident, sealed: dict[str, str], changes: list[selectors.ChangeMade]
) -> list[tuple[str, str]]:
    """The stored value of each form field the other writes changed, as this reader may see
    it (sealed text redacted), labelled as the form labels it."""
    names = {name for change in changes for name in change.fields}
    initial = IncidentReviewForm.initial_for(incident, sealed)
    shown = []
    for name in services.EDITABLE_FIELDS:
        if name not in names:
            continue
        field = IncidentReviewForm.base_fields[name]
        value: Any = initial[name]
        if name == "facility":
            value = str(incident.facility.canonical_name) if incident.facility else ""
        elif name == "coercion":
            value = ", ".join(display.coercion_labels(value))
        elif isinstance(field, forms.ChoiceField):
            choices: Any = field.choices
            value = dict(choices).get(value, value)
        shown.append((str(field.label), "" if value is None else str(value)))
    return shown


def _review_url(identifier: str, query: str) -> str:
    url = reverse("review_incident", args=[identifier])
    return f"{url}?{query}" if query else url


def _after_decision(
    request: HttpRequest, incident: Incident, filters: Any, query: str
) -> HttpResponse:
    """The next proposed incident in the queue, or the queue when none is left."""
    following = selectors.queue_next(user=request.user, incident=incident, filters=filters)
    if following is None:
        messages.info(request, _("No proposed incident is left in this queue."))
        return redirect(reverse("review_queue") + (f"?{query}" if query else ""))
    return redirect(_review_url(following, query))


@require_http_methods(["GET", "HEAD", "POST"])
def review_incident_view(request: HttpRequest, identifier: str) -> HttpResponse:
    incident = selectors.incident_for_review(user=request.user, identifier=identifier)
    filter_form = QueueFilterForm(request.GET)
    if request.method != "POST":
        return _page(request, incident, filter_form=filter_form)
    action = request.POST.get("action", "")
    handlers = {"save": _edit, "accept": _edit, "reject": _reject, "merge": _merge}
    if action not in handlers:
        raise Http404("No such review action")
    try:
        return handlers[action](request, incident, action, filter_form)
    except ReviewNotPermitted:
        raise PermissionDenied from None
    except IncidentChangedMeanwhile as exc:
        incident.refresh_from_db()
        return _stale(request, incident, action, filter_form, exc)


def _stale(
    request: HttpRequest,
    incident: Incident,
    action: str,
    filter_form: QueueFilterForm,
    changed: IncidentChangedMeanwhile,
) -> HttpResponse:
    """The page again, at the stored version, with the other person's changes listed and the
    reviewer's own entries kept in the form (at the new version: sending it again is a
    decision taken knowing what changed)."""
    data = request.POST.copy()
    data["version"] = str(incident.version)
    redactor = redactor_for(user=request.user)
    sealed, locked = _sealed_shown(incident, redactor)
    entered: dict[str, Any] = {}
    if action in {"save", "accept"}:
        entered["review_form"] = IncidentReviewForm(
            data, incident=incident, sealed_shown=sealed, sealed_locked=locked
        )
    elif action == "reject":
        entered["reject_form"] = RejectForm(data)
    else:
        choices = matches.merge_choices(user=request.user, incident=incident, redactor=redactor)
        offered = [(choice.incident.identifier, choice.incident.identifier) for choice in choices]
        entered["merge_form"] = MergeForm(data, offered=offered)
    return _page(
        request,
        incident,
        filter_form=filter_form,
        changed=changed,
        status=_CHANGE_STATUS,
        **entered,
    )


def _edit(
    request: HttpRequest, incident: Incident, action: str, filter_form: QueueFilterForm
) -> HttpResponse:
    redactor = redactor_for(user=request.user)
    sealed, locked = _sealed_shown(incident, redactor)
    form = IncidentReviewForm(
        request.POST, incident=incident, sealed_shown=sealed, sealed_locked=locked
    )
    if not form.is_valid():
        return _page(
            request, incident, filter_form=filter_form, review_form=form, status=_INVALID_STATUS
        )
    write = services.incident_accept if action == "accept" else services.incident_review_save
    try:
        saved = write(
            incident=incident,
            user=request.user,
            changes=form.changes(),
            version=form.cleaned_data["version"],
        )
    except ReviewInvalid as exc:
        form.errors_from_service(exc.errors)
        return _page(
            request, incident, filter_form=filter_form, review_form=form, status=_INVALID_STATUS
        )
    except ReviewStateRefused:
        messages.error(request, _("Only a proposed incident can be accepted."))
        return redirect(_review_url(incident.identifier, filter_form.query()))
    if action == "accept":
        messages.success(request, _("%(identifier)s accepted.") % {"identifier": saved.identifier})
        return _after_decision(request, saved, filter_form.filters(), filter_form.query())
    messages.success(request, _("%(identifier)s saved.") % {"identifier": saved.identifier})
    return redirect(_review_url(saved.identifier, filter_form.query()))


def _reject(
    request: HttpRequest, incident: Incident, action: str, filter_form: QueueFilterForm
) -> HttpResponse:
    form = RejectForm(request.POST)
    if not form.is_valid():
        return _page(
            request, incident, filter_form=filter_form, reject_form=form, status=_INVALID_STATUS
        )
    try:
        rejected = services.incident_reject(
            incident=incident,
            user=request.user,
            reason=form.cleaned_data["reason"],
            version=form.cleaned_data["version"],
        )
    except ReasonRequired:
        form.add_error("reason", _("Give a reason for rejecting."))
        return _page(
            request, incident, filter_form=filter_form, reject_form=form, status=_INVALID_STATUS
        )
    except ReviewStateRefused:
        messages.error(request, _("Only a proposed incident can be rejected."))
        return redirect(_review_url(incident.identifier, filter_form.query()))
    messages.success(request, _("%(identifier)s rejected.") % {"identifier": rejected.identifier})
    return _after_decision(request, rejected, filter_form.filters(), filter_form.query())


def _merge(
    request: HttpRequest, incident: Incident, action: str, filter_form: QueueFilterForm
) -> HttpResponse:
    redactor = redactor_for(user=request.user)
    choices = matches.merge_choices(user=request.user, incident=incident, redactor=redactor)
    offered = [(choice.incident.identifier, choice.incident.identifier) for choice in choices]
    form = MergeForm(request.POST, offered=offered)
    if form.is_valid():
        try:
            target = selectors.merge_target_get(
                user=request.user, identifier=form.cleaned_data["chosen"]
            )
            kept = services.incident_merge_into(
                incident=incident,
                target=target,
                user=request.user,
                reason=form.cleaned_data["reason"],
                version=form.cleaned_data["version"],
            )
        except Http404:
            form.add_error("other", _("No such incident."))
        except ReasonRequired:
            form.add_error("reason", _("Give a reason for merging."))
        except ReviewStateRefused:
            form.add_error(None, _("Only a proposed incident can be merged."))
        except MergeRefused:
            form.add_error(
                None,
                _(
                    "This merge cannot be made: the other incident is this one, or it was "
                    "rejected or merged away already."
                ),
            )
        else:
            messages.success(
                request,
                _("%(first)s and %(second)s merged; %(kept)s is kept.")
                % {
                    "first": incident.identifier,
                    "second": target.identifier,
                    "kept": kept.identifier,
                },
            )
            if kept.pk == incident.pk:
                return redirect(_review_url(kept.identifier, filter_form.query()))
            return _after_decision(request, incident, filter_form.filters(), filter_form.query())
    return _page(
        request,
        incident,
        filter_form=filter_form,
        merge_form=form,
        status=_INVALID_STATUS,
    )
