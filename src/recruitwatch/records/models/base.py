"""What every record shares: a stable human-readable identifier, timestamps, a data key.

Identifiers (``INC-2023-0042``, ``PER-0107``) are allocated from :class:`IdentifierCounter`
by ``records.services.identifiers``; counters only move forward, so an identifier is never
reused, even after its record is deleted. A database constraint refuses a record without one.

The identifier is also the *row binding* of encryption: every protected value is sealed under
the record's own data key (``data_key``, wrapped by the keyring's master key) with the table,
column and identifier as associated data, so a sealed value copied to another row or column
does not open. That is why it must be allocated before the first save and never change.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models

from recruitwatch.protection.fields import DATA_KEY_CACHE, DataKeyField


class IdentifierCounter(models.Model):
    """The last number handed out for a prefix (and year, for yearly series; 0 otherwise)."""

    prefix = models.CharField(max_length=8)
    year = models.PositiveSmallIntegerField(default=0)
    last_value = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="identifier_counter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.prefix}/{self.year}: {self.last_value}"


class Record(models.Model):
    """Abstract base of every case record."""

    #: Prefix of the identifier, e.g. "INC".
    IDENTIFIER_PREFIX: ClassVar[str] = ""
    #: Whether identifiers carry the year of creation (INC-2023-0042) or not (PER-0107).
    IDENTIFIER_YEARLY: ClassVar[bool] = False

    identifier = models.CharField(max_length=24, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The record's random data key, wrapped by the active master key (see protection.fields);
    # empty only on rows written before envelope encryption, until the next key rotation.
    data_key = DataKeyField()

    class Meta:
        abstract = True
        constraints: ClassVar[list[models.BaseConstraint]] = []

    def __getstate__(self) -> dict[str, Any]:
        # A pickled record (a cache, a session) must not carry its unwrapped data key.
        state: dict[str, Any] = super().__getstate__()
        state.pop(DATA_KEY_CACHE, None)
        return state

    def __str__(self) -> str:
        # Never a protected value: this string lands in admin logs and error messages.
        return self.identifier or f"(new {self.__class__.__name__})"


def identifier_required(model_name: str) -> models.CheckConstraint:
    """The constraint every concrete record carries: no row without an identifier."""
    return models.CheckConstraint(
        condition=~models.Q(identifier=""), name=f"{model_name}_has_identifier"
    )
