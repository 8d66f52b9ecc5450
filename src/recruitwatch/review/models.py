"""The review app's one table: each reviewer decision on a proposed incident.

The incident itself carries its review state; this keeps who decided, when, how (accepted,
rejected, merged into another incident) and why. A reason may name someone, so it is sealed
like every other protected value (the row is a record with its own identifier and data key),
and the audit entry for the decision carries only a hash of it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from recruitwatch.protection.fields import EncryptedTextField
from recruitwatch.records.models.base import Record, identifier_required


class ReviewOutcome(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    MERGED = "merged", _("Merged")


class ReviewDecision(Record):
    """One decision on one incident, in the order made."""

    IDENTIFIER_PREFIX = "REV"

    incident = models.ForeignKey(
        "records.Incident", on_delete=models.PROTECT, related_name="review_decisions"
    )
    outcome = models.CharField(max_length=12, choices=ReviewOutcome.choices)
    # For a merge: the other incident's identifier, and the one kept (the older of the two).
    merged_with = models.CharField(max_length=24, blank=True, default="")
    kept = models.CharField(max_length=24, blank=True, default="")
    reason = EncryptedTextField(blank=True, default="", help_text="the reviewer's reason")
    # The incident's version after the decision: which state of it the reviewer decided on.
    version = models.PositiveIntegerField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["incident", "id"]
        constraints = [identifier_required("reviewdecision")]
