"""The curated facility gazetteer, ``resolution/data/facilities.yaml``: nicknames, proper
names and settlements of facilities, each entry with its source (see the file's header for
the curation rules and how to add an entry).

The loader refuses the whole file rather than skip a bad entry: a silently dropped entry
would turn "Polar Wolf" from IK-3 of Yamal into an unknown, and nobody would notice.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

import yaml

from recruitwatch.extraction.gazetteers.regions import place_by_code
from recruitwatch.resolution.facilities_types import FACILITY_TYPES, MAX_FACILITY_NUMBER

_DATA_FILE: Final = "facilities.yaml"


class FacilityGazetteerError(ValueError):
    """``facilities.yaml`` is malformed; the message names the entry and the field."""


@dataclass(frozen=True)
class FacilityEntry:
    """One facility of the gazetteer."""

    facility_type: str
    number: str | None
    region: str
    names_en: tuple[str, ...]
    names_ru: tuple[str, ...]
    settlements_en: tuple[str, ...]
    settlements_ru: tuple[str, ...]
    source: str

    @property
    def label(self) -> str:
        """``IK-6 RU-VLA``: how errors and reasons name the entry."""
        head = f"{self.facility_type}-{self.number}" if self.number else self.facility_type
        return f"{head} {self.region}"


@dataclass(frozen=True)
class SettlementEntry:
    """A settlement that the regions gazetteer does not list, with its region."""

    names_en: tuple[str, ...]
    names_ru: tuple[str, ...]
    region: str
    source: str


@dataclass(frozen=True)
class FacilityGazetteer:
    facilities: tuple[FacilityEntry, ...]
    settlements: tuple[SettlementEntry, ...]


def _names(entry: dict[str, Any], field: str, where: str) -> tuple[str, ...]:
    value = entry.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FacilityGazetteerError(f"{_DATA_FILE}: {where}: {field!r} must be a list of names")
    return tuple(v.strip() for v in value)


def _region(entry: dict[str, Any], where: str) -> str:
    region = entry.get("region")
    if not isinstance(region, str) or place_by_code(region) is None or "-" not in region:
        raise FacilityGazetteerError(
            f"{_DATA_FILE}: {where}: region {region!r} is not a region of regions.json"
        )
    return region


def _source(entry: dict[str, Any], where: str) -> str:
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise FacilityGazetteerError(f"{_DATA_FILE}: {where}: every entry needs a source")
    return " ".join(source.split())


def _facility(entry: Any, position: int) -> FacilityEntry:
    where = f"facility {position}"
    if not isinstance(entry, dict):
        raise FacilityGazetteerError(f"{_DATA_FILE}: {where}: must be a mapping")
    facility_type = entry.get("type")
    if facility_type not in FACILITY_TYPES:
        raise FacilityGazetteerError(f"{_DATA_FILE}: {where}: unknown type {facility_type!r}")
    number = entry.get("number")
    if number is not None and not (
        isinstance(number, str) and number.isdigit() and 0 < int(number) <= MAX_FACILITY_NUMBER
    ):
        raise FacilityGazetteerError(
            f'{_DATA_FILE}: {where}: number must be a quoted number ("6") or null'
        )
    facility = FacilityEntry(
        facility_type=str(facility_type),
        number=str(int(number)) if number is not None else None,
        region=_region(entry, where),
        names_en=_names(entry, "names_en", where),
        names_ru=_names(entry, "names_ru", where),
        settlements_en=_names(entry, "settlements_en", where),
        settlements_ru=_names(entry, "settlements_ru", where),
        source=_source(entry, where),
    )
    if not (
        facility.names_en or facility.names_ru or facility.settlements_en or facility.settlements_ru
    ):
        raise FacilityGazetteerError(f"{_DATA_FILE}: {where}: needs a name or a settlement")
    return facility


def _settlement(entry: Any, position: int) -> SettlementEntry:
    where = f"settlement {position}"
    if not isinstance(entry, dict):
        raise FacilityGazetteerError(f"{_DATA_FILE}: {where}: must be a mapping")
    return SettlementEntry(
        names_en=_names(entry, "names_en", where),
        names_ru=_names(entry, "names_ru", where),
        region=_region(entry, where),
        source=_source(entry, where),
    )


def facility_gazetteer_parse(text: str) -> FacilityGazetteer:
    """Parse and check the YAML text of a facility gazetteer (the file's format)."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FacilityGazetteerError(f"{_DATA_FILE}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("facilities"), list):
        raise FacilityGazetteerError(f"{_DATA_FILE}: needs a 'facilities' list")
    settlements = raw.get("settlements") or []
    if not isinstance(settlements, list):
        raise FacilityGazetteerError(f"{_DATA_FILE}: 'settlements' must be a list")
    return FacilityGazetteer(
        facilities=tuple(_facility(e, i) for i, e in enumerate(raw["facilities"], start=1)),
        settlements=tuple(_settlement(e, i) for i, e in enumerate(settlements, start=1)),
    )


@functools.cache
def facility_gazetteer() -> FacilityGazetteer:
    """The packaged gazetteer, read and checked once per process."""
    text = resources.files("recruitwatch.resolution").joinpath("data", _DATA_FILE)
    return facility_gazetteer_parse(text.read_text(encoding="utf-8"))


__all__ = [
    "FacilityEntry",
    "FacilityGazetteer",
    "FacilityGazetteerError",
    "SettlementEntry",
    "facility_gazetteer",
    "facility_gazetteer_parse",
]
