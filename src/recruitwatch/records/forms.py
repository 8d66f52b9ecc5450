"""Forms of the record pages: the incident list's filters and the evidence upload."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from recruitwatch.records.choices import Coercion, Modality, ReviewState, VerificationState


def _blank(choices: Any) -> list[tuple[str, Any]]:
    return [("", _("Any")), *choices]


class IncidentFilterForm(forms.Form):
    review_state = forms.ChoiceField(
        label=_("Review"), required=False, choices=_blank(ReviewState.choices)
    )
    verification_state = forms.ChoiceField(
        label=_("Verification"), required=False, choices=_blank(VerificationState.choices)
    )
    modality = forms.ChoiceField(
        label=_("Modality"), required=False, choices=_blank(Modality.choices)
    )
    coercion = forms.ChoiceField(
        label=_("Coercion"), required=False, choices=_blank(Coercion.choices)
    )
    region = forms.CharField(label=_("Region"), required=False, max_length=8)
    facility = forms.CharField(label=_("Facility"), required=False, max_length=24)


class EvidenceUploadForm(forms.Form):
    file = forms.FileField(label=_("File"))
    description = forms.CharField(
        label=_("Description"), required=False, max_length=500, widget=forms.Textarea({"rows": 2})
    )
