"""People (and the names of sources): creating, renaming, finding by exact name.

Names and contacts are sealed by the model fields themselves. Each sealed name has a blind
index beside it (``name_index``: a truncated keyed HMAC of the normalised name, see
``protection.blind_index``), which the field recomputes whenever the name is saved; lookups
here use it to fetch a handful of candidates and open only those.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.db import models, transaction

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.protection.blind_index import name_normalise
from recruitwatch.protection.fields import BlindIndexField
from recruitwatch.records.models import Person, Source
from recruitwatch.records.services.identifiers import identifier_allocate, record_create

M = TypeVar("M", Person, Source)


def person_create(
    *,
    name: str,
    pseudonym: str = "",
    name_is_pseudonym: bool = False,
    aliases: list[str] | None = None,
    nationalities: list[str] | None = None,
    status: str = "other",
    contact: str = "",
    audit_actor: Any = None,
    **extra: Any,
) -> Person:
    """Create a person; without a pseudonym, the identifier is what pages show.

    ``audit_actor`` is the user the audit entry names (default: "system")."""
    identifier = identifier_allocate(prefix=Person.IDENTIFIER_PREFIX, yearly=False)
    return record_create(
        Person,
        identifier=identifier,
        name=name,
        pseudonym=pseudonym or identifier,
        name_is_pseudonym=name_is_pseudonym,
        aliases=aliases or [],
        nationalities=nationalities or [],
        status=status,
        contact=contact,
        audit_actor=audit_actor,
        **extra,
    )


@transaction.atomic
def person_name_set(*, person: Person, name: str, audit_actor: Any = None) -> Person:
    """Change a person's known name; its blind index follows in the same write."""
    person.name = name
    person.full_clean(exclude=["identifier"])
    person.save(update_fields=["name", "name_index", "updated_at"])
    audit_record(actor=audit_actor, action=AuditAction.UPDATE, obj=person, fields=["name"])
    return person


def _find_by_name(model: type[M], name: str) -> list[M]:
    wanted = name_normalise(name)
    if not wanted:
        raise ValueError("an empty name matches nothing; give the name to look for")
    field = model._meta.get_field("name_index")
    assert isinstance(field, BlindIndexField)  # noqa: S101 - a model declaration
    candidates = model.objects.filter(name_index=field.index_of(name)).order_by("identifier")
    # The index is truncated, so unrelated names share values: open each candidate to confirm.
    return [record for record in candidates if name_normalise(str(record.name)) == wanted]


def people_find_by_name(*, name: str) -> list[Person]:
    """People whose known name is exactly ``name``, ignoring case, Unicode form and spacing.

    No user: callers that show the result check permissions themselves (selectors do).
    """
    return _find_by_name(Person, name)


def sources_find_by_name(*, name: str) -> list[Source]:
    """Sources whose real name is exactly ``name`` (same rules as people_find_by_name)."""
    return _find_by_name(Source, name)


def name_indexes_rebuild(*, on_row: Callable[[], None] | None = None) -> int:
    """Recompute every blind index (after an upgrade, or a new blind-index key); returns the
    number of rows whose index changed. Opens every name, so it needs the keyring."""
    changed = 0
    for model in (Person, Source):
        field = model._meta.get_field("name_index")
        assert isinstance(field, BlindIndexField)  # noqa: S101 - a model declaration
        with transaction.atomic():
            record: models.Model
            for record in model.objects.order_by("pk").iterator():
                index = field.index_of(str(getattr(record, "name", "") or ""))
                if index != getattr(record, "name_index", ""):
                    model.objects.filter(pk=record.pk).update(name_index=index)
                    changed += 1
                if on_row is not None:
                    on_row()
    return changed
