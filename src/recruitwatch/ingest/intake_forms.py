"""Forms of the intake pages. They check shape and consistency and say what to fix; the
services in ``ingest.intake`` store."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from recruitwatch.extraction import supported_suffixes
from recruitwatch.extraction.gazetteers.regions import places
from recruitwatch.extraction.readers import MAX_INPUT_BYTES
from recruitwatch.ingest.intake import IncidentEntry, NewFacility
from recruitwatch.ingest.intake_header import Consent, TakenBy, Testimony
from recruitwatch.ingest.intake_selectors import facilities_for_choice, organizations_for_choice
from recruitwatch.records.choices import (
    Channel,
    Coercion,
    DatePrecision,
    FacilityType,
    InvolvementRole,
    Modality,
    OutcomeStatus,
    PersonStatus,
    SourceKind,
)
from recruitwatch.records.models import Facility, Organization
from recruitwatch.records.validators import is_region_code

# Long enough for a detailed account taken over an hour's call; longer is a pasted file,
# which belongs in ingestion.
ACCOUNT_MAX_LENGTH = 50_000
# Shorter than this says nothing extraction or a reviewer could use ("see above").
ACCOUNT_MIN_LENGTH = 20
NAME_MAX_LENGTH = 200
CONTACT_MAX_LENGTH = 300
# People per incident in one entry; a larger group is described, not listed.
PEOPLE_MAX = 30
PEOPLE_EXTRA = 3
PERSON_IDENTIFIER = re.compile(r"^PER-\d{4,}$")
CHOICE_NEW = "new"


@functools.cache
def _regions(language: str) -> tuple[tuple[str, str], ...]:
    """Regions of the place gazetteer that are ISO 3166-2 subdivisions, named in the
    interface's language (Russian or English), sorted by name."""
    named = []
    for place in places():
        if place.kind == "country" or not is_region_code(place.code):
            continue
        names = place.names_ru if language == "ru" else place.names_en
        named.append((place.code, f"{names[0] if names else place.code} ({place.code})"))
    return tuple(sorted(named, key=lambda pair: pair[1].casefold()))


def region_choices() -> list[tuple[str, str]]:
    language = (get_language() or "en")[:2]
    return [("", "—"), *_regions("ru" if language == "ru" else "en")]


def _caller_kinds() -> list[tuple[str, Any]]:
    return [(value, label) for value, label in SourceKind.choices if value != SourceKind.OUTLET]


class TestimonyForm(forms.Form):
    taken_by = forms.ChoiceField(
        label=_("Taken"), choices=TakenBy.choices, initial=TakenBy.PHONE, widget=forms.RadioSelect
    )
    taken_on = forms.DateField(
        label=_("Date taken"), widget=forms.DateInput(attrs={"type": "date"})
    )
    caller_kind = forms.ChoiceField(
        label=_("Caller"), choices=_caller_kinds, initial=SourceKind.RELATIVE
    )
    caller_name = forms.CharField(
        label=_("Caller's name"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        help_text=_("Stored encrypted; leave empty for an anonymous caller."),
    )
    relationship = forms.CharField(
        label=_("Relationship to the person concerned"),
        required=False,
        max_length=100,
        help_text=_("For example: mother, cellmate, lawyer."),
    )
    caller_contact = forms.CharField(
        label=_("Contact"),
        required=False,
        max_length=CONTACT_MAX_LENGTH,
        help_text=_("Phone, messenger or address; stored encrypted, never in the document."),
    )
    person_concerned = forms.CharField(
        label=_("Person concerned"), required=False, max_length=NAME_MAX_LENGTH
    )
    facility_as_told = forms.CharField(
        label=_("Facility, as told"),
        required=False,
        max_length=200,
        help_text=_("For example: IK-6, the colony in Melekhovo."),
    )
    region = forms.ChoiceField(label=_("Region"), required=False, choices=region_choices)
    what_happened = forms.CharField(
        label=_("What happened"),
        min_length=ACCOUNT_MIN_LENGTH,
        max_length=ACCOUNT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("In the caller's words, in English or Russian."),
    )
    consent = forms.ChoiceField(
        label=_("Consent to share"), choices=Consent.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["taken_on"].initial = timezone.localdate()

    def clean_taken_on(self) -> Any:
        taken_on = self.cleaned_data["taken_on"]
        if taken_on > timezone.localdate():
            raise forms.ValidationError(_("The date taken cannot be in the future."))
        return taken_on

    def testimony(self) -> Testimony:
        data = self.cleaned_data
        return Testimony(
            taken_by=data["taken_by"],
            taken_on=data["taken_on"],
            caller_kind=data["caller_kind"],
            what_happened=data["what_happened"],
            consent=data["consent"],
            caller_name=data["caller_name"],
            relationship=data["relationship"],
            caller_contact=data["caller_contact"],
            person_concerned=data["person_concerned"],
            facility_as_told=data["facility_as_told"],
            region=data["region"],
        )


class IncidentForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary"), max_length=5_000, widget=forms.Textarea(attrs={"rows": 4})
    )
    modality = forms.ChoiceField(
        label=_("Modality"), choices=Modality.choices, initial=Modality.OCCURRED
    )
    coercion = forms.MultipleChoiceField(
        label=_("Coercion"),
        choices=Coercion.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    date_start = forms.DateField(
        label=_("Date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("For a month or a year, any day in it, and the precision below."),
    )
    date_precision = forms.ChoiceField(
        label=_("Precision"), choices=DatePrecision.choices, initial=DatePrecision.UNKNOWN
    )
    date_end = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    facility = forms.ModelChoiceField(
        label=_("Facility"), queryset=Facility.objects.none(), required=False, empty_label="—"
    )
    new_facility_type = forms.ChoiceField(
        label=_("Or a new facility: type"),
        choices=[("", "—"), *FacilityType.choices],
        required=False,
    )
    new_facility_number = forms.IntegerField(
        label=_("Number"), required=False, min_value=1, max_value=100_000
    )
    new_facility_name = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=120,
        help_text=_("Needed for a facility without a number."),
    )
    region = forms.ChoiceField(label=_("Region"), required=False, choices=region_choices)
    perpetrator_organizations = forms.ModelMultipleChoiceField(
        label=_("Perpetrators: organisations"),
        queryset=Organization.objects.none(),
        required=False,
    )
    perpetrator_labels = forms.CharField(
        label=_("Perpetrators as described"),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line, for example: colony administration, FSIN officers."),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        facility_field = self.fields["facility"]
        assert isinstance(facility_field, forms.ModelChoiceField)  # noqa: S101 - declared above
        facility_field.queryset = facilities_for_choice(user=user)
        organizations = self.fields["perpetrator_organizations"]
        assert isinstance(organizations, forms.ModelMultipleChoiceField)  # noqa: S101
        organizations.queryset = organizations_for_choice(user=user)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_start"), data.get("date_end")
        precision = data.get("date_precision")
        if precision == DatePrecision.UNKNOWN and start is not None:
            self.add_error("date_precision", _("Say how precise the date is."))
        if precision and precision != DatePrecision.UNKNOWN and start is None:
            self.add_error("date_start", _("Give the date, or set the precision to unknown."))
        if start is not None and end is not None and end < start:
            self.add_error("date_end", _("The end is before the start."))
        facility = data.get("facility")
        new_type = data.get("new_facility_type")
        number = data.get("new_facility_number")
        name = (data.get("new_facility_name") or "").strip()
        region = data.get("region") or ""
        if facility is not None and (new_type or number or name):
            self.add_error(
                "new_facility_type",
                _("Choose a recorded facility or describe a new one, not both."),
            )
        elif not new_type and (number or name):
            self.add_error("new_facility_type", _("Say what type of facility it is."))
        elif new_type and number is None and not name:
            self.add_error("new_facility_number", _("Give the facility a number or a name."))
        elif new_type and number is not None and not region:
            self.add_error(
                "region", _("A numbered facility needs its region: numbers restart in each one.")
            )
        if facility is not None and facility.region and region and region != facility.region:
            self.add_error(
                "region",
                _("%(facility)s is in %(facility_region)s, not in %(region)s.")
                % {
                    "facility": facility.canonical_name,
                    "facility_region": facility.region,
                    "region": region,
                },
            )
        return data

    def entry(self) -> IncidentEntry:
        data = self.cleaned_data
        new_facility = None
        if data["new_facility_type"]:
            new_facility = NewFacility(
                facility_type=data["new_facility_type"],
                number=data["new_facility_number"],
                name=data["new_facility_name"].strip(),
            )
        labels = [line.strip() for line in data["perpetrator_labels"].splitlines()]
        return IncidentEntry(
            summary=data["summary"],
            modality=data["modality"],
            coercion=tuple(data["coercion"]),
            date_start=data["date_start"],
            date_end=data["date_end"],
            date_precision=data["date_precision"],
            facility=data["facility"],
            new_facility=new_facility,
            region=data["region"],
            perpetrator_labels=tuple(label for label in labels if label),
            perpetrator_organizations=tuple(data["perpetrator_organizations"]),
        )


class PersonRowForm(forms.Form):
    """One person of the incident. Every field is optional so that blank rows pass: a row
    counts when it has a name or the choice of a recorded person."""

    name = forms.CharField(label=_("Name or pseudonym"), required=False, max_length=NAME_MAX_LENGTH)
    name_is_pseudonym = forms.BooleanField(label=_("Pseudonym"), required=False)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=InvolvementRole.choices,
        required=False,
        initial=InvolvementRole.VICTIM,
    )
    person_status = forms.ChoiceField(
        label=_("Status"),
        choices=PersonStatus.choices,
        required=False,
        initial=PersonStatus.PRISONER,
    )
    status_after = forms.ChoiceField(
        label=_("Outcome"),
        choices=OutcomeStatus.choices,
        required=False,
        initial=OutcomeStatus.UNKNOWN,
    )
    # "" (not decided), "new", or the identifier of a recorded person to use instead.
    choice = forms.CharField(required=False, max_length=24, widget=forms.HiddenInput)

    def clean_choice(self) -> str:
        choice = str(self.cleaned_data.get("choice") or "").strip()
        if choice and choice != CHOICE_NEW and not PERSON_IDENTIFIER.match(choice):
            raise forms.ValidationError(_("Choose a person from the list or a new person."))
        return choice

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["role"] = data.get("role") or InvolvementRole.VICTIM
        data["person_status"] = data.get("person_status") or PersonStatus.OTHER
        data["status_after"] = data.get("status_after") or OutcomeStatus.UNKNOWN
        data["name"] = " ".join((data.get("name") or "").split())
        return data

    @property
    def filled(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return bool(data.get("name")) or bool(PERSON_IDENTIFIER.match(data.get("choice", "")))

    @property
    def chosen_identifier(self) -> str:
        choice = self.cleaned_data.get("choice", "")
        return choice if PERSON_IDENTIFIER.match(choice) else ""


PersonFormSet = forms.formset_factory(
    PersonRowForm,
    extra=PEOPLE_EXTRA,
    max_num=PEOPLE_MAX,
    absolute_max=PEOPLE_MAX,
    validate_max=True,
)


class ReportUploadForm(forms.Form):
    """A report file to ingest from the browser, as `recruitwatch ingest` would read it."""

    report = forms.FileField(
        label=_("Report file"),
        help_text=_(
            "A news article or other report: .txt, .md, .html, .jsonl, an RSS or Atom feed, "
            "or a Telegram export (result.json)."
        ),
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=Channel.choices,
        initial=Channel.NEWS,
        help_text=_("How the report reached you, when the file does not say."),
    )

    def clean_report(self) -> Any:
        upload = self.cleaned_data["report"]
        suffix = Path(upload.name or "").suffix.lower()
        if suffix not in supported_suffixes():
            raise forms.ValidationError(
                _("This kind of file cannot be read (%(suffix)s). Supported: %(supported)s."),
                params={"suffix": suffix or "—", "supported": ", ".join(supported_suffixes())},
            )
        if upload.size > MAX_INPUT_BYTES:
            raise forms.ValidationError(
                _("The file is too large (%(size)s bytes; the limit is %(limit)s)."),
                params={"size": f"{upload.size:,}", "limit": f"{MAX_INPUT_BYTES:,}"},
            )
        return upload
