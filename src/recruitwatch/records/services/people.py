"""Creating people. Names and contacts are sealed by the model fields themselves."""

from __future__ import annotations

from typing import Any

from recruitwatch.records.models import Person
from recruitwatch.records.services.identifiers import identifier_allocate, record_create


def person_create(
    *,
    name: str,
    pseudonym: str = "",
    name_is_pseudonym: bool = False,
    aliases: list[str] | None = None,
    nationalities: list[str] | None = None,
    status: str = "other",
    contact: str = "",
    **extra: Any,
) -> Person:
    """Create a person; without a pseudonym, the identifier is what pages show."""
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
        **extra,
    )
