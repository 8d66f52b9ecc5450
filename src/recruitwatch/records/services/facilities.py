"""The facility record an extracted location names, found or created through the resolver.

Extraction reports a facility as it reads it in running text (``Location``: canonical form,
the words as written, type, and the region the surrounding sentences give). The record's key
comes from ``resolution.places`` — the same resolver `recruitwatch resolve` uses — because it
reads the whole phrase: «воспитательной колонии № 2» is an educational colony, not IK-2;
"prison No. 2" is a prison; "ИК-6 УФСИН России по Владимирской области" carries its own
region; "the penal colony in Melekhovo" is IK-6 of Vladimir by the facility gazetteer. Where
the phrase is silent, extraction's reading stands.

Numbers restart in every region, so a numbered facility without a region gets no record:
IK-6 of nowhere in particular must not become IK-6 of Vladimir by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recruitwatch.extraction.types import Location
from recruitwatch.records.choices import FacilityType
from recruitwatch.records.models import Facility
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.validators import is_country_code, is_region_code
from recruitwatch.resolution.places import PlaceResolution, place_resolve

# Extraction's facility types (``extraction.stages.facilities``) → the record's choices.
_EXTRACTION_TYPES = {
    "penal_colony": FacilityType.PENAL_COLONY,
    "sizo": FacilityType.SIZO,
    "colony_settlement": FacilityType.COLONY_SETTLEMENT,
    "prison_hospital": FacilityType.PRISON_HOSPITAL,
    "migration_center": FacilityType.MIGRATION_CENTRE,
    "enlistment_office": FacilityType.ENLISTMENT_OFFICE,
    "police_station": FacilityType.POLICE_STATION,
}
# The resolver's types (the linking contract's) → the record's choices, and the prefix of the
# canonical name ("IK-6", "VK-2", "T-2").
_RESOLVER_TYPES = {
    "IK": FacilityType.PENAL_COLONY,
    "SIZO": FacilityType.SIZO,
    "KP": FacilityType.COLONY_SETTLEMENT,
    "LIU": FacilityType.PRISON_HOSPITAL,
    "VK": FacilityType.EDUCATIONAL_COLONY,
    "T": FacilityType.PRISON,
    "migration_centre": FacilityType.MIGRATION_CENTRE,
    "enlistment_office": FacilityType.ENLISTMENT_OFFICE,
}


@dataclass(frozen=True)
class FacilityKey:
    """What identifies a facility record: type, number (numbered types) and region."""

    facility_type: str
    number: int | None
    region: str
    canonical_name: str


def _region(code: str | None) -> str:
    return code if code and is_region_code(code) else ""


def _number(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _from_resolver(found: PlaceResolution, location: Location) -> FacilityKey | None:
    kind = _RESOLVER_TYPES.get(found.facility_type or "")
    if kind is None:
        return None
    number = _number(found.number)
    # The phrase's own region ("ИК-6 по Владимирской области") outranks the sentence's.
    region = _region(found.region) or _region(location.region)
    if number is not None:
        canonical = f"{found.facility_type}-{number}"
    else:  # an unnumbered type: keep extraction's wording ("Moscow migration center")
        canonical = location.facility or str(found.facility_type)
    return FacilityKey(kind, number, region, canonical)


def _from_extraction(location: Location) -> FacilityKey:
    kind = _EXTRACTION_TYPES.get(location.facility_type or "", FacilityType.OTHER)
    facility = location.facility or ""
    number = _number(facility.rsplit("-", 1)[-1])
    return FacilityKey(kind, number, _region(location.region), facility)


def facility_key_of(location: Location) -> FacilityKey | None:
    """The key of the facility ``location`` names; None when it names none, or names a
    numbered facility in no known region (abstain rather than guess)."""
    if not location.facility:
        return None
    key = None
    written = location.facility_as_written or location.facility
    found = place_resolve(written)
    if found.kind == "facility":
        key = _from_resolver(found, location)
    if key is None:
        key = _from_extraction(location)
    if key.number is not None and not key.region:
        return None
    return key


def facility_for_location(*, location: Location, actor: Any = None) -> Facility | None:
    """The facility record of ``location``: the one with its key, or a new one."""
    key = facility_key_of(location)
    if key is None:
        return None
    existing = Facility.objects.filter(
        facility_type=key.facility_type, number=key.number, region=key.region
    )
    if key.number is None:
        existing = existing.filter(canonical_name=key.canonical_name)
    found = existing.first()
    if found is not None:
        return found
    country = location.country if location.country and is_country_code(location.country) else ""
    return record_create(
        Facility,
        audit_actor=actor,
        facility_type=key.facility_type,
        number=key.number,
        region=key.region,
        country=(key.region[:2] if key.region else country) or "RU",
        canonical_name=key.canonical_name,
        aliases=[location.facility_as_written] if location.facility_as_written else [],
    )
