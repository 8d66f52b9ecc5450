"""A document: the raw text of a report as ingested, addressed by the SHA-256 of its bytes."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from recruitwatch.protection.fields import EncryptedTextField
from recruitwatch.records.choices import Channel
from recruitwatch.records.models.base import Record, identifier_required


class Document(Record):
    IDENTIFIER_PREFIX = "DOC"
    IDENTIFIER_YEARLY = True

    sha256 = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of the raw bytes as received"
    )
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.NEWS)
    # Titles, bodies and file names can all carry the name of someone at risk: sealed.
    title = EncryptedTextField(blank=True, default="")
    text = EncryptedTextField(help_text="the text as read (Unicode NFC); offsets refer to it")
    origin = EncryptedTextField(blank=True, default="", help_text="origin URL or file name")
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True, default="")
    reader = models.CharField(max_length=32, help_text="the reader that produced the text")
    size_bytes = models.PositiveBigIntegerField()
    source = models.ForeignKey(
        "records.Source",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
        help_text="who published or told it",
    )
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [identifier_required("document")]
