"""An involvement: a person's part in an incident, with its dates and the outcome after it."""

from __future__ import annotations

from django.db import models

from recruitwatch.protection.fields import EncryptedTextField
from recruitwatch.records.choices import DatePrecision, InvolvementRole, OutcomeStatus
from recruitwatch.records.models.base import Record, identifier_required


class Involvement(Record):
    IDENTIFIER_PREFIX = "INV"

    person = models.ForeignKey(
        "records.Person", on_delete=models.PROTECT, related_name="involvements"
    )
    incident = models.ForeignKey(
        "records.Incident", on_delete=models.CASCADE, related_name="involvements"
    )
    role = models.CharField(max_length=16, choices=InvolvementRole.choices)
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    status_after = models.CharField(
        max_length=12, choices=OutcomeStatus.choices, default=OutcomeStatus.UNKNOWN
    )
    claims = models.ManyToManyField("records.Claim", blank=True, related_name="involvements")
    note = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ["incident", "role"]
        constraints = [
            identifier_required("involvement"),
            models.UniqueConstraint(
                fields=["person", "incident", "role"], name="involvement_unique_role"
            ),
        ]
