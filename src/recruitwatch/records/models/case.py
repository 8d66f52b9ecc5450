"""A case: casework about a person or group — an intake, an assignee, linked incidents."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from recruitwatch.protection.fields import EncryptedTextField
from recruitwatch.records.choices import CaseStatus
from recruitwatch.records.models.base import Record, identifier_required


class Case(Record):
    IDENTIFIER_PREFIX = "CASE"
    IDENTIFIER_YEARLY = True

    title = EncryptedTextField(blank=True, default="")
    summary = EncryptedTextField(blank=True, default="")
    status = models.CharField(max_length=12, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
    )
    persons = models.ManyToManyField("records.Person", blank=True, related_name="cases")
    incidents = models.ManyToManyField("records.Incident", blank=True, related_name="cases")
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [identifier_required("case")]
