"""A source: who reports — an outlet, an advocate, a relative, the victim."""

from __future__ import annotations

from django.db import models

from recruitwatch.protection.fields import BlindIndexField, EncryptedTextField
from recruitwatch.records.choices import Reliability, SourceKind
from recruitwatch.records.models.base import Record, identifier_required


class Source(Record):
    IDENTIFIER_PREFIX = "SRC"

    label = models.CharField(
        max_length=200,
        help_text="what is safe to show: an outlet's name, or a pseudonym for a person",
    )
    name = EncryptedTextField(blank=True, default="", help_text="real name, if a person")
    # Keyed HMAC of the normalised name, for exact-name lookups (sources_find_by_name).
    name_index = BlindIndexField(source="name")
    kind = models.CharField(max_length=16, choices=SourceKind.choices, default=SourceKind.OTHER)
    reliability = models.CharField(max_length=1, choices=Reliability.choices, default=Reliability.F)
    organization = models.ForeignKey(
        "records.Organization", null=True, blank=True, on_delete=models.SET_NULL
    )
    contact = EncryptedTextField(blank=True, default="")
    notes = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ["label"]
        constraints = [identifier_required("source")]
