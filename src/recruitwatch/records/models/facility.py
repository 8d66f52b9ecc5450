"""A facility: penal colony, SIZO, migration centre, enlistment office.

Penal facilities are numbered per region (IK-6 of Vladimir is not IK-6 of Rostov), so the
key of a numbered facility is (type, number, region), enforced by a constraint.
"""

from __future__ import annotations

from django.db import models

from recruitwatch.records.choices import FacilityType
from recruitwatch.records.models.base import Record, identifier_required
from recruitwatch.records.validators import (
    validate_country_code,
    validate_region_code,
    validate_string_list,
)


class Facility(Record):
    IDENTIFIER_PREFIX = "FAC"

    facility_type = models.CharField(max_length=24, choices=FacilityType.choices)
    number = models.PositiveIntegerField(null=True, blank=True)
    region = models.CharField(
        max_length=8,
        blank=True,
        default="",
        validators=[validate_region_code],
        help_text="ISO 3166-2",
    )
    country = models.CharField(
        max_length=2, blank=True, default="RU", validators=[validate_country_code]
    )
    canonical_name = models.CharField(max_length=120, help_text="e.g. IK-6")
    settlement = models.CharField(max_length=120, blank=True, default="")
    aliases = models.JSONField(default=list, blank=True, validators=[validate_string_list])
    notes = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["region", "canonical_name"]
        verbose_name_plural = "facilities"
        constraints = [
            identifier_required("facility"),
            models.UniqueConstraint(
                fields=["facility_type", "number", "region"],
                condition=models.Q(number__isnull=False) & ~models.Q(region=""),
                name="facility_numbered_unique_per_region",
            ),
        ]

    def __str__(self) -> str:
        region = f" {self.region}" if self.region else ""
        return f"{self.identifier} {self.canonical_name}{region}"
