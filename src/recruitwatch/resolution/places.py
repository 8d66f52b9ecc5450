"""Places and facilities: one mention as written in a report → ISO codes and a facility key.

``place_resolve("в ИК-6 Владимирской области")`` returns a :class:`PlaceResolution` whose
:meth:`~PlaceResolution.contract` is the JSON object of ``shared/contracts/linking-format.md``
(kind, facility_type, number, region, country, canonical), plus the reasons a reviewer reads.

The steps, in order:

1. normalise (Unicode NFC, one kind of dash and space);
2. read the facility type and number (:mod:`.facilities_types`): "IK-6", «СИЗО-2», "a colony";
3. find the names of places and known facilities in the rest (:mod:`.places_index`);
4. decide the region, abstaining when the names disagree: facility numbers restart in every
   region, so a region that the text does not determine stays null — a guessed region would
   merge two different colonies;
5. fill a facility's number from the facility gazetteer only when the text names the facility
   by nickname ("Polar Wolf") or names its type in a settlement with one known facility of
   that type ("the penal colony in Melekhovo" → IK-6 RU-VLA).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Final

from recruitwatch.resolution.facilities_types import FacilityTypeMatch, facility_types_find
from recruitwatch.resolution.places_index import PlaceHit, Target, place_hits_find

#: Longer lines are not place mentions (a whole sentence or paragraph was pasted); they are
#: answered "unknown" with a reason instead of being searched for a place that might be any
#: of the several it names.
MAX_MENTION_CHARS: Final = 500

# A facility's country when the text names no region: the types are those of the Russian
# penal system (and its military enlistment offices), so the country is Russia unless a
# country is named.
_FACILITY_DEFAULT_COUNTRY: Final = "RU"

# Words that name *some* facility without saying which type ("the prison in Kharp", "the
# detention centre in Sakharovo"). They give a type only through the facility gazetteer: when
# every facility it knows in the settlement named has one type.
_GENERIC_FACILITY: Final = re.compile(
    r"(?<!\w)(?:prisons?|jails?|detention\s+(?:centres?|centers?|facility)|camps?|facility"
    r"|тюрьм\w*|изолятор\w*|учреждени\w*|лагер\w*)(?!\w)",
    re.IGNORECASE,
)

# "near Moscow", «под Петербургом»: the surroundings of Moscow and St Petersburg are another
# region (the Moscow region, the Leningrad region) as often as their own outskirts, so the
# text does not say which; near any other town the region is the town's («под Читой» is in
# Zabaykalsky Krai; Sevastopol's territory takes in the villages around it).
_NEAR: Final = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:near|outside|around|close\s+to|под|около|возле|недалеко\s+от"
    r"|рядом\s+с|вблизи|в\s+окрестностях)\s",
    re.IGNORECASE,
)
_FEDERAL_CITIES: Final = frozenset({"RU-MOW", "RU-SPE"})
# How far into the mention the city may stand ("a colony near Moscow", not a list's last).
_NEAR_WITHIN: Final = 40
# A town named with its region in brackets, "Donetsk (Rostov Oblast)": a namesake of the
# better-known town, in the region the brackets name.
_BRACKETS: Final = re.compile(r"\([^()]*\)")

_DASHES: Final = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "\u00a0": " "})


@dataclass(frozen=True)
class PlaceResolution:
    """The answer for one mention. ``kind``: facility, region, country, settlement or unknown;
    ``why``: one reason per decision, in words a caseworker can check against the text."""

    text: str
    kind: str
    facility_type: str | None = None
    number: str | None = None
    region: str | None = None
    country: str | None = None
    why: tuple[str, ...] = field(default=())

    @property
    def canonical(self) -> str | None:
        """The contract's key: ``IK-6 RU-VLA``, ``IK-6``, ``IK RU-CHE``, ``RU-OMS``, ``KG``."""
        if self.kind == "facility" and self.facility_type:
            head = f"{self.facility_type}-{self.number}" if self.number else self.facility_type
            return f"{head} {self.region}" if self.region else head
        if self.kind in {"region", "settlement"}:
            return self.region or self.country
        if self.kind == "country":
            return self.country
        return None

    def contract(self) -> dict[str, Any]:
        """The JSON object of the linking contract, with ``why`` as an extra key."""
        return {
            "text": self.text,
            "kind": self.kind,
            "facility_type": self.facility_type,
            "number": self.number,
            "region": self.region,
            "country": self.country,
            "canonical": self.canonical,
            "why": list(self.why),
        }


# Abbreviations of region words, written out so that the gazetteer's names match:
# «Ростовской обл.», «Респ. Коми», "Rostov obl.", «ХМАО-Югра».
_ABBREVIATIONS: Final = (
    (re.compile(r"(?<!\w)обл(?:\.|(?!\w))", re.IGNORECASE), "область"),
    (re.compile(r"(?<!\w)респ(?:\.|(?!\w))", re.IGNORECASE), "республика"),
    (re.compile(r"(?<!\w)obl(?:\.|(?!\w))", re.IGNORECASE), "oblast"),
    (re.compile(r"(?<!\w)resp(?:\.|(?!\w))", re.IGNORECASE), "republic"),
)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _country_of(code: str) -> str:
    return code.split("-", 1)[0]


def _place_codes(hits: list[PlaceHit]) -> tuple[set[str], set[str]]:
    """Subnational codes and country codes named by the hits."""
    regions = {hit.code for hit in hits if "-" in hit.code}
    countries = {hit.code for hit in hits if "-" not in hit.code}
    return regions, countries


def _describe(hit: PlaceHit) -> str:
    roles = sorted({target.role for target in hit.targets})
    how = {
        "en": "English name",
        "ru": "Russian name, any case",
        "translit": "transliterated Russian",
        "ru-stem": "Russian case ending",
    }[hit.channel]
    return f"{hit.code} from {hit.text!r} ({'/'.join(roles)}; {how})"


def _facility_number(
    facility_type: str, number: str | None, hits: list[PlaceHit], why: list[str]
) -> str | None:
    """The text's own number, or one the gazetteer knows for a nickname or a settlement."""
    if number is not None:
        return number
    nicknamed = {
        target.facility
        for hit in hits
        for target in hit.targets
        if target.role == "facility" and target.facility is not None
    }
    candidates = {f for f in nicknamed if f.facility_type == facility_type}
    if not candidates:
        candidates = {
            target.facility
            for hit in hits
            for target in hit.targets
            if target.role == "facility_settlement"
            and target.facility is not None
            and target.facility.facility_type == facility_type
        }
    numbers = {f.number for f in candidates}
    if len(numbers) == 1 and None not in numbers:
        entry = next(iter(candidates))
        why.append(f"number {entry.number} from the facility gazetteer ({entry.label})")
        return entry.number
    if len(numbers) > 1:
        why.append(
            "number left out: the gazetteer knows several "
            + ", ".join(sorted(f.label for f in candidates))
        )
    return None


def _nickname_type(hits: list[PlaceHit], *, generic: bool) -> tuple[str | None, str | None]:
    """The type (and number) of the facility a nickname names, or — when the text says only
    "prison" or "detention centre" — of the facilities the gazetteer knows in the settlement
    named, if they all have one type (the number then comes from :func:`_facility_number`)."""
    entries = {
        target.facility
        for hit in hits
        for target in hit.targets
        if target.role == "facility" and target.facility is not None
    }
    if not entries and generic:
        settled = {
            target.facility
            for hit in hits
            for target in hit.targets
            if target.role == "facility_settlement" and target.facility is not None
        }
        if len({entry.facility_type for entry in settled}) == 1:
            return next(iter(settled)).facility_type, None
    if len({(e.facility_type, e.number) for e in entries}) == 1:
        entry = next(iter(entries))
        return entry.facility_type, entry.number
    return None, None


def _facility_resolution(
    text: str, types: list[FacilityTypeMatch], hits: list[PlaceHit], why: list[str]
) -> PlaceResolution:
    if types:
        kinds = {match.facility_type for match in types}
        numbers = {match.number for match in types if match.number}
        facility_type = types[0].facility_type if len(kinds) == 1 else None
        number = next(iter(numbers)) if len(numbers) == 1 else None
        if facility_type is None or len(numbers) > 1:
            why.append("several different facilities named; type or number left out")
        else:
            why.append(f"type {facility_type} from {text[types[0].start : types[0].end]!r}")
    else:
        facility_type, number = _nickname_type(hits, generic=bool(_GENERIC_FACILITY.search(text)))
        if facility_type:
            why.append(f"type {facility_type} from the facility gazetteer")
    if facility_type is None:
        return PlaceResolution(text=text, kind="unknown", why=tuple(why))
    number = _facility_number(facility_type, number, hits, why)
    regions, countries = _place_codes(hits)
    region: str | None = None
    country = _FACILITY_DEFAULT_COUNTRY
    if len(regions) == 1 and countries <= {_country_of(next(iter(regions)))}:
        region = next(iter(regions))
        country = _country_of(region)
        why.extend(_describe(hit) for hit in hits)
    elif regions or len(countries) > 1:
        why.append(
            "region left out: the text names "
            + ", ".join(sorted(regions | countries))
            + " and a facility number restarts in every region"
        )
    elif countries:
        country = next(iter(countries))
        why.append("no region named: a facility number restarts in every region")
    else:
        why.append("no region named: a facility number restarts in every region")
    return PlaceResolution(
        text=text,
        kind="facility",
        facility_type=facility_type,
        number=number,
        region=region,
        country=country,
        why=tuple(why),
    )


def _place_kind(hits: list[PlaceHit]) -> str:
    roles = {target.role for hit in hits for target in hit.targets}
    if roles & {"settlement", "facility_settlement"}:
        return "settlement"
    if roles & {"region", "adjective"}:
        return "region"
    return "country"


def _place_resolution(text: str, hits: list[PlaceHit], why: list[str]) -> PlaceResolution:
    if not hits:
        return PlaceResolution(text=text, kind="unknown", why=("no place or facility named",))
    regions, countries = _place_codes(hits)
    if len(regions) > 1 or len(countries) > 1:
        why.append("several places named (" + ", ".join(sorted(regions | countries)) + ")")
        return PlaceResolution(text=text, kind="unknown", why=tuple(why))
    why.extend(_describe(hit) for hit in hits)
    if regions:
        region = next(iter(regions))
        if countries and countries != {_country_of(region)}:
            why.append("the region and the country named disagree")
            return PlaceResolution(text=text, kind="unknown", why=tuple(why))
        return PlaceResolution(
            text=text,
            kind=_place_kind(hits),
            region=region,
            country=_country_of(region),
            why=tuple(why),
        )
    country = next(iter(countries))
    return PlaceResolution(text=text, kind=_place_kind(hits), country=country, why=tuple(why))


def place_resolve(text: str) -> PlaceResolution:
    """Resolve one place or facility mention (any language or case, with or without "in
    the" / «в»). Never raises for odd input: what cannot be resolved is ``unknown``."""
    mention = _normalise(text)
    if len(mention) > MAX_MENTION_CHARS:
        return PlaceResolution(
            text=text,
            kind="unknown",
            why=(f"longer than {MAX_MENTION_CHARS} characters: not one place mention",),
        )
    types = facility_types_find(mention)
    skip = [(match.start, match.end) for match in types]
    hits = place_hits_find(mention, skip=skip, region_adjectives=bool(types))
    why: list[str] = []
    hits = _read_in_context(mention, hits, why)
    roles = {target.role for hit in hits for target in hit.targets}
    is_facility = (
        bool(types)
        or "facility" in roles
        or ("facility_settlement" in roles and bool(_GENERIC_FACILITY.search(mention)))
    )
    if is_facility:
        return _replace_text(_facility_resolution(mention, types, hits, why), text)
    return _replace_text(_place_resolution(mention, hits, why), text)


def _read_in_context(mention: str, hits: list[PlaceHit], why: list[str]) -> list[PlaceHit]:
    """The hits the words around them leave standing: none for a federal city the mention is
    only near ("near Moscow"), and only the bracketed region for a town named with it
    ("Donetsk (Rostov Oblast)")."""
    if _NEAR.match(mention):
        near = [h for h in hits if h.code in _FEDERAL_CITIES and h.start < _NEAR_WITHIN]
        if near:
            why.append(f"near {near[0].text!r}: the city or the region around it")
            hits = [h for h in hits if h not in near]
    brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(mention)]
    if brackets and len({h.code for h in hits}) > 1:
        inside = [h for h in hits if any(a <= h.start and h.end <= b for a, b in brackets)]
        outside = [h for h in hits if h not in inside]
        if (
            len({h.code for h in inside}) == 1
            and all(t.role == "region" for h in inside for t in h.targets)
            and outside
            and all(t.role == "settlement" for h in outside for t in h.targets)
        ):
            why.append(f"a town named with its region in brackets ({inside[0].text!r})")
            hits = inside
    return hits


def _replace_text(resolution: PlaceResolution, text: str) -> PlaceResolution:
    return PlaceResolution(
        text=text,
        kind=resolution.kind,
        facility_type=resolution.facility_type,
        number=resolution.number,
        region=resolution.region,
        country=resolution.country,
        why=resolution.why,
    )


def places_resolve(texts: list[str]) -> list[PlaceResolution]:
    """Resolve each mention, in order (the CLI's batch)."""
    return [place_resolve(text) for text in texts]


__all__ = ["MAX_MENTION_CHARS", "PlaceResolution", "Target", "place_resolve", "places_resolve"]
