"""Evidence: an uploaded file, stored content-addressed by the SHA-256 of its bytes.

The file itself is sealed on disk under the data directory (``records.services.evidence``)
with a data key of its own, kept wrapped in ``file_key`` and bound to the file's SHA-256; the
row keeps its hash, media type and size so integrity can be checked without the key.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from recruitwatch.protection.fields import EncryptedTextField, WrappedKeyField
from recruitwatch.records.models.base import Record, identifier_required


class Evidence(Record):
    IDENTIFIER_PREFIX = "EVD"

    sha256 = models.CharField(max_length=64, unique=True)
    media_type = models.CharField(max_length=100)
    size_bytes = models.PositiveBigIntegerField()
    # The file's own data key, wrapped by the master key and bound to sha256. Empty for a file
    # sealed before envelope encryption (read with the master key until the next rotation).
    file_key = WrappedKeyField(binding_field="sha256")
    original_name = EncryptedTextField(blank=True, default="")
    description = EncryptedTextField(blank=True, default="")
    incident = models.ForeignKey(
        "records.Incident",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["-created_at"]
        constraints = [identifier_required("evidence")]
