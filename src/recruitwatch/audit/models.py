"""The audit log's tables: the entries, and one head row that serialises appends.

Entries hold identifiers and field *names*, never values: the log must be safe to show to an
auditor who may not see the people in the records. The ORM refuses to change or delete an
entry (a guard against mistakes, not attackers: someone with the database can still edit
rows, and that is what the hash chain and the checkpoints are for).
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.db import models

from recruitwatch.audit.chain import GENESIS_HASH
from recruitwatch.audit.errors import AuditEntryImmutableError


class AuditAction(models.TextChoices):
    CREATE = "create", "create"
    UPDATE = "update", "update"
    DELETE = "delete", "delete"
    EXPORT = "export", "export"
    VIEW = "view", "view"
    RESTORE = "restore", "restore"
    ROTATE = "rotate", "rotate"


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    """Bulk updates and deletes are refused: the log is append-only."""

    def update(self, **kwargs: Any) -> NoReturn:
        raise AuditEntryImmutableError("audit entries are append-only")

    def delete(self) -> NoReturn:
        raise AuditEntryImmutableError("audit entries are append-only")


class AuditEntry(models.Model):
    """One event. ``entry_hash`` covers every other field (see ``audit.chain``)."""

    sequence = models.PositiveBigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(editable=False)
    actor = models.CharField(max_length=150, editable=False)
    # A plain number, not a foreign key: deleting a user must not rewrite (SET NULL) or remove
    # (CASCADE) hashed history.
    actor_id = models.BigIntegerField(null=True, blank=True, editable=False)
    action = models.CharField(max_length=16, choices=AuditAction.choices, editable=False)
    object_type = models.CharField(max_length=64, blank=True, editable=False)
    object_identifier = models.CharField(max_length=64, blank=True, editable=False)
    fields = models.JSONField(default=list, blank=True, editable=False)
    detail = models.CharField(max_length=200, blank=True, editable=False)
    prev_hash = models.CharField(max_length=64, editable=False)
    entry_hash = models.CharField(max_length=64, editable=False)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ("sequence",)
        verbose_name_plural = "audit entries"
        constraints = [
            models.CheckConstraint(condition=models.Q(sequence__gte=1), name="audit_sequence_gte_1")
        ]
        indexes = [models.Index(fields=["object_type", "object_identifier"])]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.object_identifier or self.object_type}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Guard, not logic: an entry is written once, by audit.services.audit_record.
        if not self._state.adding:
            raise AuditEntryImmutableError("audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AuditEntryImmutableError("audit entries are append-only")


class AuditHead(models.Model):
    """The single row (pk 1) holding the last sequence and hash.

    Appending locks this row (``SELECT … FOR UPDATE``; SQLite's IMMEDIATE transactions
    serialise writers anyway), so concurrent writers in any number of processes get
    consecutive sequences and each entry links to the one committed before it. Verification
    also compares it with the log's end, which catches a naive truncation without a checkpoint.
    """

    HEAD_PK = 1

    last_sequence = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)

    def __str__(self) -> str:
        return f"audit head at {self.last_sequence}"
