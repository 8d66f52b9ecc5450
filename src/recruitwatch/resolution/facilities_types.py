"""Facility type and number in one place mention: "IK-6", «исправительной колонии № 6»,
"Penal Colony Number Six", «в СИЗО-2», "a colony in Kopeysk", «военкомат».

Why not the extraction stage's recogniser (``extraction.stages.facilities``): it finds
facilities in running text and knows four numbered types. Resolving one mention needs the
type the *whole phrase* implies — «воспитательной колонии № 2» is an educational colony (VK),
not a penal colony, "prison No. 2" is a prison (T) — and types without a number ("a colony in
Kopeysk" → IK). The number words are the extraction package's, so both read "six" and «шесть»
alike.

Patterns are tried in :data:`_FACILITY_PATTERNS` order and the first match wins, so each
specific form (colony-settlement, educational colony, prison hospital) comes before the
general one it contains (colony, prison).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from recruitwatch.extraction.languages.english import NUMBER_WORDS as EN_NUMBERS
from recruitwatch.extraction.languages.russian import NUMBER_WORDS as RU_NUMBERS

#: The contract's facility types (shared/contracts/linking-format.md).
FACILITY_TYPES: Final = frozenset(
    {"IK", "SIZO", "KP", "LIU", "VK", "T", "migration_centre", "enlistment_office"}
)

# Facility numbers in reports are small; anything longer is a date, a case number or an
# article of the criminal code, and is not read as a facility number.
MAX_FACILITY_NUMBER: Final = 999

_NUMBER_WORD = "|".join(sorted({*EN_NUMBERS, *RU_NUMBERS}, key=len, reverse=True))
_NUMBER: Final = r"(?P<number>\d{1,3}|" + _NUMBER_WORD + r")(?![\w/])"
# What may stand between a type and its number: "No.", "Number", "#", "№", «номер», a dash.
_NO: Final = r"(?:[\s\-–—]*(?:no\.?|number|num\.?|nr\.?|n\.|#|№|номер)?\s*)"
# Regime words reports put between the type and the number: «исправительная колония
# строгого режима № 6», "penal colony (strict regime) No. 6".
_REGIME: Final = (
    r"(?:[\s,(]*(?:строгого|общего|особого|усиленного|максимального)\s+режима[\s,)]*"
    r"|[\s,(]*(?:strict|general|special|maximum|high)[\s-]+(?:regime|security)[\s,)]*)?"
)
_END: Final = r"(?!\w)"
_START: Final = r"(?<!\w)"


def _long(words: str) -> str:
    """A long form, optionally followed by a regime and a number."""
    return _START + r"(?:" + words + r")" + _END + r"(?:" + _REGIME + _NO + _NUMBER + r")?"


def _abbreviation(letters: str, *, number_required: bool) -> str:
    number = _NO + _NUMBER
    return (
        _START
        + r"(?:ФКУ\s+)?(?:"
        + letters
        + r")"
        + (number if number_required else r"(?:" + number + r"|" + _END + r")")
    )


# (type, pattern). Abbreviations that are also everyday letters (КП, ВК, Т, KP, VK, T) count
# only with a number; the distinctive ones (ИК, СИЗО, ЛИУ, ЦВСИГ) also alone.
_FACILITY_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("KP", _abbreviation(r"KP|КП", number_required=True)),
        (
            "KP",
            _long(
                r"colony[\s-]+settlements?|settlement[\s-]+colon(?:y|ies)|open\s+colony"
                r"|колони\w*[\s-]+поселени\w*"
            ),
        ),
        ("VK", _abbreviation(r"VK|ВК", number_required=True)),
        (
            "VK",
            _long(
                r"(?:educational|juvenile|youth|children's|minors')\s+colon(?:y|ies)"
                r"|воспитательн\w+\s+колони\w*"
            ),
        ),
        ("LIU", _abbreviation(r"LIU|ЛИУ", number_required=False)),
        (
            "LIU",
            _long(
                r"medical\s+correctional\s+(?:institution|facility|colony)|prison\s+hospital"
                r"|лечебн\w*[\s-]+исправительн\w+\s+учреждени\w*"
            ),
        ),
        ("SIZO", _abbreviation(r"SIZO|СИЗО", number_required=False)),
        (
            "SIZO",
            _long(
                r"pre-?\s*trial\s+detention\s+(?:centres?|centers?|facility|facilities|prison)"
                r"|remand\s+(?:prison|centre|center|facility)|detention\s+(?:centre|center)"
                r"(?=\W*(?:no\.?|number|#|№)?\s*\d)|следственн\w+\s+изолятор\w*"
            ),
        ),
        ("migration_centre", _START + r"(?:ЦВСИГ|СУВСИГ|TsVSIG|CVSIG)" + _END),
        (
            "migration_centre",
            _START + r"(?:(?:temporary\s+)?(?:migration|migrant|deportation|immigration)"
            r"\s+(?:detention\s+)?(?:centres?|centers?|facility|facilities|camp)"
            r"|(?:temporary\s+)?detention\s+(?:centres?|centers?|facility)\s+for\s+"
            r"(?:foreign(?:ers|\s+(?:nationals|citizens))|migrants|stateless\s+persons)"
            r"|(?:специальн\w+\s+учреждени\w+|центр\w*)\s+временного\s+содержания\s+"
            r"иностранн\w+\s+граждан\w*|миграционн\w+\s+центр\w*|центр\w*\s+депортации"
            r"|спецпри[её]мник\w*\s+для\s+(?:временного\s+содержания\s+)?иностран\w*)" + _END,
        ),
        (
            "enlistment_office",
            _START + r"(?:(?:military\s+)?(?:enlistment|draft|recruit(?:ing|ment)|conscription)"
            r"\s+(?:offices?|centres?|centers?|points?|stations?)"
            r"|military\s+commissariats?|(?:military\s+)?commissariat|voenkomat\w*"
            r"|(?:contract\s+)?selection\s+points?"
            r"|военкомат\w*|военн\w+\s+комиссариат\w*|пункт\w*\s+отбора\w*"
            r"(?:\s+на\s+(?:военную\s+службу|контракт))?)" + _END,
        ),
        ("IK", _abbreviation(r"IK|ИК|ITK|ИТК", number_required=False)),
        (
            "IK",
            _long(
                r"(?:penal|correctional|prison|corrective|labou?r|corrective[\s-]+labou?r)"
                r"\s+colon(?:y|ies)|colon(?:y|ies)|исправительн\w+(?:[\s-]+трудов\w+)?"
                r"\s+колони\w*|колони\w*|зон\w*"
            ),
        ),
        ("T", _abbreviation(r"T|Т", number_required=True)),
        ("T", _long(r"(?:federal\s+)?prisons?|тюрьм\w*|тюрем")),
    )
)

# Words that name a facility type only when a number follows: «зона» is the prisoners' word
# for a colony but also an everyday word ("a zone"); English "prison" is what reporters call
# any colony ("the prison in Kharp"), so without a number it says nothing about the type.
_WEAK_WORDS: Final = re.compile(r"^(?:зон\w*|prisons?|federal|commissariat)$", re.IGNORECASE)


@dataclass(frozen=True)
class FacilityTypeMatch:
    """The facility type a mention names, its number if written, and where (character
    offsets into the text given to :func:`facility_type_find`)."""

    facility_type: str
    number: str | None
    start: int
    end: int


def _number_value(raw: str) -> str | None:
    if raw.isdigit():
        value = int(raw)
    else:
        word = raw.lower().replace("ё", "е")
        value = EN_NUMBERS.get(word) or RU_NUMBERS.get(word) or RU_NUMBERS.get(raw.lower()) or 0
    return str(value) if 0 < value <= MAX_FACILITY_NUMBER else None


def _accept(kind: str, match: re.Match[str]) -> FacilityTypeMatch | None:
    raw = match.groupdict().get("number")
    number = _number_value(raw) if raw else None
    head = match.group(0).split()[0] if match.group(0).split() else ""
    if number is None and _WEAK_WORDS.match(head):
        return None
    return FacilityTypeMatch(kind, number, match.start(), match.end())


def facility_types_find(text: str) -> list[FacilityTypeMatch]:
    """Every facility type named in ``text``, non-overlapping, in text order."""
    found: list[FacilityTypeMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _FACILITY_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            accepted = _accept(kind, match)
            if accepted is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(accepted)
    return sorted(found, key=lambda item: item.start)


__all__ = ["FACILITY_TYPES", "MAX_FACILITY_NUMBER", "FacilityTypeMatch", "facility_types_find"]
