"""A person: victim, relative, witness, recruiter. Names and contacts are sealed at rest."""

from __future__ import annotations

from django.db import models

from recruitwatch.protection.fields import BlindIndexField, EncryptedJSONField, EncryptedTextField
from recruitwatch.records.choices import PersonStatus
from recruitwatch.records.models.base import Record, identifier_required
from recruitwatch.records.validators import validate_nationalities


class Person(Record):
    IDENTIFIER_PREFIX = "PER"

    pseudonym = models.CharField(
        max_length=120, help_text="the label shown by default, instead of the real name"
    )
    name = EncryptedTextField(blank=True, default="", help_text="the name as known")
    # Keyed HMAC of the normalised name, for exact-name lookups (people_find_by_name).
    name_index = BlindIndexField(source="name")
    name_is_pseudonym = models.BooleanField(
        default=False, help_text="the known name is itself a pseudonym ('not his real name')"
    )
    aliases = EncryptedJSONField(default=list, blank=True)
    nationalities = models.JSONField(
        default=list, blank=True, validators=[validate_nationalities], help_text="ISO 3166-1"
    )
    status = models.CharField(max_length=16, choices=PersonStatus.choices, default="other")
    birth_date = EncryptedTextField(blank=True, default="", help_text="as precise as known")
    contact = EncryptedTextField(blank=True, default="")
    notes = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ["identifier"]
        constraints = [identifier_required("person")]
