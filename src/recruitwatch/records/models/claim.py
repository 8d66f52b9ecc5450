"""A claim: a source, in a document, at a character span, supports an incident.

Claims are the unit of corroboration: an incident's independent sources are counted over its
claims. The quote is not stored twice: it is ``document.text[span_start:span_end]``.
"""

from __future__ import annotations

from django.db import models

from recruitwatch.records.choices import Reliability, SourceKind
from recruitwatch.records.models.base import Record, identifier_required


class Claim(Record):
    IDENTIFIER_PREFIX = "CLM"

    incident = models.ForeignKey(
        "records.Incident", on_delete=models.CASCADE, related_name="claims"
    )
    document = models.ForeignKey(
        "records.Document", on_delete=models.PROTECT, related_name="claims"
    )
    source = models.ForeignKey(
        "records.Source", null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    source_role = models.CharField(max_length=16, choices=SourceKind.choices, blank=True)
    # A retelling points at the claim it retells: the chain outlet → relative → prisoner.
    retells = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="retellings"
    )
    span_start = models.PositiveIntegerField(help_text="offset into document.text, inclusive")
    span_end = models.PositiveIntegerField(help_text="offset into document.text, exclusive")
    reliability = models.CharField(max_length=1, choices=Reliability.choices, default="F")
    credibility = models.PositiveSmallIntegerField(
        default=6, help_text="information credibility 1–6 (Admiralty scale); 6 = cannot be judged"
    )

    class Meta:
        ordering = ["incident", "span_start"]
        constraints = [
            identifier_required("claim"),
            models.CheckConstraint(
                condition=models.Q(span_end__gt=models.F("span_start")), name="claim_span_nonempty"
            ),
            models.CheckConstraint(
                condition=models.Q(credibility__gte=1) & models.Q(credibility__lte=6),
                name="claim_credibility_1_to_6",
            ),
        ]

    @property
    def quote(self) -> str:
        return str(self.document.text)[self.span_start : self.span_end]
