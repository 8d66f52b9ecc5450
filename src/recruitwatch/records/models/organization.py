"""An organisation: Wagner Group, a ministry, the police, an NGO, an outlet."""

from __future__ import annotations

from django.db import models

from recruitwatch.records.choices import OrganizationKind
from recruitwatch.records.models.base import Record, identifier_required
from recruitwatch.records.validators import validate_country_code, validate_string_list


class Organization(Record):
    IDENTIFIER_PREFIX = "ORG"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=OrganizationKind.choices, default="other")
    aliases = models.JSONField(default=list, blank=True, validators=[validate_string_list])
    country = models.CharField(
        max_length=2, blank=True, default="", validators=[validate_country_code]
    )

    class Meta:
        ordering = ["name"]
        constraints = [identifier_required("organization")]

    def __str__(self) -> str:
        return f"{self.identifier} {self.name}"
