"""A person mention as read from the linking contract, checked, and prepared for comparison.

``PersonMention`` is the input (``shared/contracts/linking-format.md``); ``mention_prepare``
turns it into a ``PreparedMention``: the parsed name (``names.name_parse``) and attributes in
comparable form — birth date split into year/month/day, the facility as its key ("IK-6", by
extraction's facility recogniser, so «ИК-6», "IK-6" and "penal colony No. 6" agree), region
and nationality upper-cased. Bad input raises ``PeopleInputError`` naming the field, never
the value (the value is a person's data).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from recruitwatch.resolution.names import ParsedName, name_parse

__all__ = [
    "PeopleInputError",
    "PersonMention",
    "PreparedMention",
    "facility_key",
    "mention_from_json",
    "mention_prepare",
]

# Longest name we accept: a name with patronymic and particles is far below it; a longer
# value is a mistake in the input, not a name.
MAX_NAME_LENGTH = 200

_BIRTH_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_REGION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class PeopleInputError(ValueError):
    """A mention that does not follow the contract; the message names the field."""


@dataclass(frozen=True, slots=True)
class PersonMention:
    id: str
    name: str
    birth_date: str | None = None
    nationality: str | None = None
    facility: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedMention:
    mention: PersonMention
    parsed: ParsedName
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    nationality: str | None
    facility: str | None  # facility key such as "IK-6"; None when absent or unrecognised
    region: str | None


def _optional_text(obj: dict[str, Any], field: str, *, line: int) -> str | None:
    value = obj.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise PeopleInputError(f"line {line}: {field!r} must be a string")
    return value.strip() or None


def mention_from_json(obj: object, *, line: int) -> PersonMention:
    """Check one decoded JSON line against the contract."""
    if not isinstance(obj, dict):
        raise PeopleInputError(f"line {line}: not a JSON object")
    mention_id = obj.get("id")
    if not isinstance(mention_id, str) or not mention_id.strip():
        raise PeopleInputError(f"line {line}: 'id' must be a non-empty string")
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        raise PeopleInputError(f"line {line}: 'name' must be a non-empty string")
    if len(name) > MAX_NAME_LENGTH:
        raise PeopleInputError(f"line {line}: 'name' is longer than {MAX_NAME_LENGTH} characters")
    birth_date = _optional_text(obj, "birth_date", line=line)
    if birth_date is not None:
        match = _BIRTH_DATE.match(birth_date)
        if not match or not _valid_date(match):
            raise PeopleInputError(f"line {line}: 'birth_date' must be YYYY, YYYY-MM or YYYY-MM-DD")
    nationality = _optional_text(obj, "nationality", line=line)
    if nationality is not None and not _COUNTRY.match(nationality.upper()):
        raise PeopleInputError(f"line {line}: 'nationality' must be an ISO 3166-1 alpha-2 code")
    region = _optional_text(obj, "region", line=line)
    if region is not None and not _REGION.match(region.upper()):
        raise PeopleInputError(f"line {line}: 'region' must be an ISO 3166-2 code")
    return PersonMention(
        id=mention_id,
        name=name,
        birth_date=birth_date,
        nationality=nationality.upper() if nationality else None,
        facility=_optional_text(obj, "facility", line=line),
        region=region.upper() if region else None,
    )


def _valid_date(match: re.Match[str]) -> bool:
    month = int(match.group(2)) if match.group(2) else 1
    day = int(match.group(3)) if match.group(3) else 1
    return 1 <= month <= 12 and 1 <= day <= 31


@functools.lru_cache(maxsize=10_000)
def facility_key(written: str) -> str | None:
    """The facility key of a facility as written ("IK-6"), or None when it names none."""
    from recruitwatch.extraction.stages.facilities import facility_mentions

    found = facility_mentions(written)
    return found[0].value if found else None


def mention_prepare(mention: PersonMention) -> PreparedMention:
    year = month = day = None
    if mention.birth_date:
        match = _BIRTH_DATE.match(mention.birth_date)
        if match:
            year = int(match.group(1))
            month = int(match.group(2)) if match.group(2) else None
            day = int(match.group(3)) if match.group(3) else None
    return PreparedMention(
        mention=mention,
        parsed=name_parse(mention.name),
        birth_year=year,
        birth_month=month,
        birth_day=day,
        nationality=mention.nationality,
        facility=facility_key(mention.facility) if mention.facility else None,
        region=mention.region,
    )
