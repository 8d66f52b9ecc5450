"""The review queue's filters and the review page's forms.

Forms turn what the browser sends into values; the services decide and validate again
(``review.services``), so the CLI or an API calling them gets the same rules.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from recruitwatch.records.choices import (
    Coercion,
    DatePrecision,
    Modality,
    PersonStatus,
    VerificationState,
)
from recruitwatch.records.models import Facility, Incident
from recruitwatch.records.validators import REGIONAL_NATIONALITY_MARKERS, is_region_code
from recruitwatch.review.selectors import QueueFilters, facility_choices
from recruitwatch.review.services import EDITABLE_FIELDS, REASON_MAX_LENGTH

_ANY = [("", _("Any"))]
_NATIONALITY_SEPARATOR = re.compile(r"[,;]")


class FacilityChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Facility) -> str:
        region = f" {obj.region}" if obj.region else ""
        return f"{obj.canonical_name}{region} · {obj.identifier}"


def _region_clean(value: str) -> str:
    code = (value or "").strip().upper()
    if code and not is_region_code(code):
        raise ValidationError(_("Not an ISO 3166-2 region code (for example RU-TVE)."))
    return code


class DateInput(forms.DateInput):
    input_type = "date"


class QueueFilterForm(forms.Form):
    """GET parameters of the queue; an invalid value narrows nothing and says why."""

    region = forms.CharField(label=_("Region"), required=False, max_length=8)
    facility = FacilityChoiceField(
        label=_("Facility"),
        queryset=Facility.objects.none(),
        required=False,
        to_field_name="identifier",
        empty_label=_("Any"),
    )
    coercion = forms.ChoiceField(
        label=_("Coercion"), choices=_ANY + list(Coercion.choices), required=False
    )
    modality = forms.ChoiceField(
        label=_("Modality"), choices=_ANY + list(Modality.choices), required=False
    )
    victim_status = forms.ChoiceField(
        label=_("Victims"), choices=_ANY + list(PersonStatus.choices), required=False
    )
    verification_state = forms.ChoiceField(
        label=_("Verification"), choices=_ANY + list(VerificationState.choices), required=False
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput)
    date_to = forms.DateField(label=_("To"), required=False, widget=DateInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["facility"].queryset = facility_choices()  # type: ignore[attr-defined]
        self.fields["region"].widget.attrs["list"] = "review-regions"

    def clean_region(self) -> str:
        return _region_clean(self.cleaned_data.get("region", ""))

    def filters(self) -> QueueFilters:
        """The valid filters (an invalid field is left out, its error shown)."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return QueueFilters(
            region=data.get("region") or "",
            facility=data.get("facility"),
            coercion=data.get("coercion") or "",
            modality=data.get("modality") or "",
            victim_status=data.get("victim_status") or "",
            verification_state=data.get("verification_state") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )

    def query(self) -> str:
        """The valid filters as a query string, for links that keep them."""
        filters = self.filters()
        pairs = [
            ("region", filters.region),
            ("facility", filters.facility.identifier if filters.facility else ""),
            ("coercion", filters.coercion),
            ("modality", filters.modality),
            ("victim_status", filters.victim_status),
            ("verification_state", filters.verification_state),
            ("date_from", filters.date_from.isoformat() if filters.date_from else ""),
            ("date_to", filters.date_to.isoformat() if filters.date_to else ""),
        ]
        return urlencode([(name, value) for name, value in pairs if value])


class IncidentReviewForm(forms.Form):
    """Every field a reviewer edits, and the version the page was rendered with.

    ``sealed_locked`` names the free-text fields shown redacted to this reader (they hold a
    name the reader may not see): those are shown but disabled, since saving the redacted
    text would overwrite the names with pseudonyms.
    """

    summary = forms.CharField(label=_("Summary"), required=False, widget=forms.Textarea)
    modality = forms.ChoiceField(label=_("Modality"), choices=Modality.choices)
    date_start = forms.DateField(label=_("Date (start)"), required=False, widget=DateInput)
    date_end = forms.DateField(label=_("Date (end)"), required=False, widget=DateInput)
    date_precision = forms.ChoiceField(label=_("Date precision"), choices=DatePrecision.choices)
    facility = FacilityChoiceField(
        label=_("Facility"),
        queryset=Facility.objects.none(),
        required=False,
        empty_label=_("None"),
    )
    region = forms.CharField(label=_("Region (ISO 3166-2)"), required=False, max_length=8)
    coercion = forms.MultipleChoiceField(
        label=_("Coercion"),
        choices=Coercion.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    victim_description = forms.CharField(
        label=_("Victims as described"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    victim_count_low = forms.IntegerField(
        label=_("Victims (lowest count)"), required=False, min_value=0
    )
    victim_count_high = forms.IntegerField(
        label=_("Victims (highest count)"), required=False, min_value=0
    )
    victim_nationalities = forms.CharField(
        label=_("Victims' nationalities (ISO codes, comma-separated)"),
        required=False,
        max_length=200,
    )
    victim_status = forms.ChoiceField(label=_("Victim status"), choices=PersonStatus.choices)
    perpetrator_labels = forms.CharField(
        label=_("Perpetrators as written (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(
        self,
        *args: Any,
        incident: Incident,
        sealed_shown: dict[str, str],
        sealed_locked: frozenset[str] = frozenset(),
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("initial", self.initial_for(incident, sealed_shown))
        super().__init__(*args, **kwargs)
        self.fields["facility"].queryset = facility_choices()  # type: ignore[attr-defined]
        self.fields["region"].widget.attrs["list"] = "review-regions"
        self.fields["summary"].widget.attrs["rows"] = 4
        for name in sealed_locked:
            self.fields[name].disabled = True

    @staticmethod
    def initial_for(incident: Incident, sealed_shown: dict[str, str]) -> dict[str, Any]:
        """The form's values from the incident; sealed text as this reader may see it."""
        initial: dict[str, Any] = {
            name: getattr(incident, name)
            for name in EDITABLE_FIELDS
            if name not in {"facility", "victim_nationalities", "perpetrator_labels"}
        }
        initial.update(sealed_shown)
        initial["facility"] = incident.facility_id
        initial["victim_nationalities"] = ", ".join(incident.victim_nationalities or [])
        initial["perpetrator_labels"] = "\n".join(incident.perpetrator_labels or [])
        initial["version"] = incident.version
        return initial

    def clean_region(self) -> str:
        return _region_clean(self.cleaned_data.get("region", ""))

    def clean_victim_nationalities(self) -> list[str]:
        codes = []
        for part in _NATIONALITY_SEPARATOR.split(self.cleaned_data.get("victim_nationalities", "")):
            code = part.strip()
            if not code:
                continue
            codes.append(code if code in REGIONAL_NATIONALITY_MARKERS else code.upper())
        return codes

    def clean_perpetrator_labels(self) -> list[str]:
        text = self.cleaned_data.get("perpetrator_labels", "")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def changes(self) -> dict[str, Any]:
        """The editable values sent (disabled fields left out); the service keeps those
        that differ from what is stored."""
        return {
            name: self.cleaned_data[name]
            for name in EDITABLE_FIELDS
            if name in self.cleaned_data and not self.fields[name].disabled
        }

    def errors_from_service(self, errors: dict[str, list[str]]) -> None:
        for name, messages in errors.items():
            for message in messages:
                self.add_error(name if name in self.fields else None, message)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "reject_%s")  # three forms on one page: distinct ids
        super().__init__(*args, **kwargs)
        self.fields["reason"].widget.attrs["id"] = "review-reject-reason"


class MergeForm(forms.Form):
    """Merge into one of the offered incidents, or into another named by identifier."""

    target = forms.ChoiceField(
        label=_("Merge with"), required=False, widget=forms.RadioSelect, choices=[]
    )
    other = forms.CharField(
        label=_("or another incident (identifier)"), required=False, max_length=24
    )
    reason = forms.CharField(
        label=_("Reason for merging"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, offered: list[tuple[str, str]], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "merge_%s")
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = offered  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        chosen = (cleaned.get("other") or "").strip().upper() or cleaned.get("target") or ""
        if not chosen:
            raise ValidationError(_("Choose the incident to merge with."))
        cleaned["chosen"] = chosen
        return cleaned


# -- rendering choices without a template per option ----------------------------------------
# Django renders each <option> and checkbox through a template of its own; with the facility
# list that alone cost more than the rest of the queue page (benchmarks/web_pages.py). The
# review templates loop over these plain tuples instead.


def _as_text(field: forms.Field, value: Any) -> str:
    if isinstance(value, Facility):
        return str(getattr(value, getattr(field, "to_field_name", None) or "pk"))
    return "" if value is None else str(value)


def choice_options(bound: forms.BoundField) -> list[tuple[str, str, bool]] | None:
    """(value, label, selected) for each choice of a choice field; None for other fields."""
    field = bound.field
    if not isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
        return None
    current = bound.value()
    chosen = {_as_text(field, v) for v in current} if isinstance(current, list) else None
    if chosen is None:
        chosen = {_as_text(field, current)}
    if isinstance(field, forms.ModelChoiceField):
        key = field.to_field_name or "pk"
        pairs = [("", str(field.empty_label))] if field.empty_label is not None else []
        objects: Any = field.queryset
        pairs += [(str(getattr(o, key)), field.label_from_instance(o)) for o in objects]
    else:
        choices: Any = field.choices
        pairs = [(str(value), str(label)) for value, label in choices]
    return [(value, label, value in chosen) for value, label in pairs]


def field_rows(form: forms.Form) -> list[tuple[forms.BoundField, Any]]:
    """Each visible field with its choice options (None for a field rendered as usual)."""
    return [(bound, choice_options(bound)) for bound in form.visible_fields()]
