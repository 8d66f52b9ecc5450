"""Validators for ISO codes (pycountry) and controlled lists stored as JSON."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pycountry
from django.core.exceptions import ValidationError

from recruitwatch.records.choices import Coercion

# The contract lets a nationality list name the region when no country is given.
REGIONAL_NATIONALITY_MARKERS = frozenset({"Central Asia"})


def is_country_code(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def is_region_code(code: str) -> bool:
    subdivision = pycountry.subdivisions.get(code=code.upper())  # type: ignore[no-untyped-call]
    return subdivision is not None


def validate_country_code(value: str) -> None:
    if value and not is_country_code(value):
        raise ValidationError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")


def validate_region_code(value: str) -> None:
    if value and not is_region_code(value):
        raise ValidationError(f"{value!r} is not an ISO 3166-2 subdivision code")


def _as_list(value: Any, what: str) -> Iterable[Any]:
    if not isinstance(value, list):
        raise ValidationError(f"{what} must be a list")
    return value


def validate_nationalities(value: Any) -> None:
    for code in _as_list(value, "nationalities"):
        if not isinstance(code, str) or not (
            is_country_code(code) or code in REGIONAL_NATIONALITY_MARKERS
        ):
            raise ValidationError(f"{code!r} is not an ISO 3166-1 alpha-2 code")


def validate_coercion_types(value: Any) -> None:
    allowed = set(Coercion.values)
    for item in _as_list(value, "coercion types"):
        if item not in allowed:
            raise ValidationError(f"{item!r} is not a coercion type")


def validate_string_list(value: Any) -> None:
    for item in _as_list(value, "the list"):
        if not isinstance(item, str):
            raise ValidationError("every item must be text")
