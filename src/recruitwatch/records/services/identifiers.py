"""Stable, human-readable record identifiers that are never reused.

``INC-2023-0042``: prefix, year of creation (for yearly series), and a counter that only
moves forward. The counter row is locked for the allocating transaction (``SELECT … FOR
UPDATE`` on PostgreSQL; SQLite's IMMEDIATE transactions serialise writers), so concurrent
ingests never hand out the same number.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from django.db import transaction
from django.utils import timezone

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.records.models import IdentifierCounter, Record

# Four digits reads well for a deployment's first thousands of records; past 9999 the number
# simply grows wider (INC-2023-10000), which still sorts within a year when zero-padded.
IDENTIFIER_DIGITS = 4

R = TypeVar("R", bound=Record)
# Fields that say which user made a record; without an explicit audit actor, the first one
# given is who the audit entry names.
_ACTOR_FIELDS = ("ingested_by", "created_by", "uploaded_by")


def identifier_allocate(*, prefix: str, yearly: bool, when: datetime | None = None) -> str:
    year = (when or timezone.now()).year if yearly else 0
    with transaction.atomic():
        counter, _ = IdentifierCounter.objects.select_for_update().get_or_create(
            prefix=prefix, year=year
        )
        counter.last_value += 1
        counter.save(update_fields=["last_value"])
        number = counter.last_value
    if yearly:
        return f"{prefix}-{year}-{number:0{IDENTIFIER_DIGITS}d}"
    return f"{prefix}-{number:0{IDENTIFIER_DIGITS}d}"


def identifier_assign(record: Record) -> None:
    """Give a new, unsaved record its identifier (the admin calls this before saving)."""
    if record.identifier:
        return
    model = type(record)
    record.identifier = identifier_allocate(
        prefix=model.IDENTIFIER_PREFIX, yearly=model.IDENTIFIER_YEARLY
    )


@transaction.atomic
def record_create(model: type[R], /, *, audit_actor: Any = None, **fields: Any) -> R:
    """Validate and insert a record of ``model`` with a freshly allocated identifier.

    The "create" audit entry (field names only) commits with the record, so every service
    that creates through here, one row or many, is audited row by row.
    """
    record = model(**fields)
    identifier_assign(record)
    record.full_clean()
    record.save(force_insert=True)
    if audit_actor is None:
        audit_actor = next((fields[n] for n in _ACTOR_FIELDS if fields.get(n) is not None), None)
    audit_record(actor=audit_actor, action=AuditAction.CREATE, obj=record, fields=fields)
    return record
