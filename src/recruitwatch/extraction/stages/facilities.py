"""Stage facilities: penal facilities in canonical form (IK-N, SIZO-N, KP-N, LIU-N),
migration centres, enlistment offices and police stations.

One pattern set serves English and Russian: the Russian abbreviations (ИК, СИЗО, КП, ЛИУ)
and their Latin transliterations (IK, SIZO, KP, LIU) are the same facility codes, and the
long forms ("Penal Colony Number Six", «исправительной колонии № 6») are matched by stems
so that every grammatical case is covered. Numbers written as words are converted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.languages.english import NUMBER_WORDS as EN_NUMBERS
from recruitwatch.extraction.languages.russian import NUMBER_WORDS as RU_NUMBERS
from recruitwatch.extraction.literals import literal_filter
from recruitwatch.extraction.occupancy import Occupancy
from recruitwatch.extraction.types import Mention

_NUMBER = (
    r"(?P<number>\d{1,3}|"
    + "|".join(sorted({*EN_NUMBERS, *RU_NUMBERS}, key=len, reverse=True))
    + r")"
)
_NO = r"(?:\s*(?:no\.?|number|num\.?|nr\.?|#|№)\s*|[\s-]*)"
# A number that is someone's age ("из колонии 41-летний", "the colony's 41-year-old …").
_NOT_AGE = r"(?![-‐–]?\s*(?:лет|летн|год|year))"

# (canonical prefix, type, pattern). Order matters: the first pattern to claim a stretch of
# text wins, so the specific colony-settlement comes before the general colony.
_NUMBERED: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (prefix, kind, re.compile(pattern, re.IGNORECASE))
    for prefix, kind, pattern in (
        ("KP", "colony_settlement", r"(?<!\w)(?:KP|КП)[\s-]*№?\s*" + _NUMBER + r"(?!\w)"),
        (
            "KP",
            "colony_settlement",
            r"(?<!\w)(?:colony[\s-]+settlement|колони\w*[\s-]+поселени\w*)"
            + _NO
            + _NUMBER
            + r"(?!\w)",
        ),
        ("LIU", "prison_hospital", r"(?<!\w)(?:LIU|ЛИУ)[\s-]*№?\s*" + _NUMBER + r"(?!\w)"),
        (
            "LIU",
            "prison_hospital",
            # "Medical Correctional Institution No. 7", "treatment and correctional facility"
            r"(?<!\w)(?:(?:(?:medical|treatment)(?:[\s-]+and)?[\s-]+correctional(?:\s+(?:institution|facility|colony))?|prison\s+hospital)|лечебн\w+\s+исправительн\w+\s+учреждени\w*)"
            + _NO
            + _NUMBER
            + r"(?!\w)",
        ),
        ("SIZO", "sizo", r"(?<!\w)(?:SIZO|СИЗО)[\s-]*№?\s*" + _NUMBER + r"(?!\w)"),
        (
            "SIZO",
            "sizo",
            r"(?<!\w)(?:pre-?\s*trial\s+detention\s+(?:centre|center|facility)|detention\s+cent(?:er|re)|следственн\w+\s+изолятор\w*)"
            + _NO
            + _NUMBER
            + r"(?!\w)",
        ),
        ("IK", "penal_colony", r"(?<!\w)(?:IK|ИК)[\s-]*№?\s*" + _NUMBER + r"(?!\w)"),
        (
            "IK",
            "penal_colony",
            r"(?<!\w)(?:(?:penal|correctional|prison|corrective\s+labou?r)\s+colon(?:y|ies)|исправительн\w+\s+колони\w*|колони\w*)"
            # «колонии строгого режима № 7»: the regime stands between the noun and number.
            r"(?:\s+(?:строгого|общего|особого|усиленного)\s+режима)?"
            + _NO
            + _NUMBER
            + r"(?!\w)"
            + _NOT_AGE,
        ),
        # "Colony No. 29" with no kind before it: only with the number's own marker, as a bare
        # "colony 5" may be anything.
        (
            "IK",
            "penal_colony",
            r"(?<!\w)colon(?:y|ies)\s*(?:no\.?|number|num\.?|nr\.?|#|№)\s*"
            + _NUMBER
            + r"(?!\w)"
            + _NOT_AGE,
        ),
    )
)

_NAMED: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, kind, re.compile(pattern, re.IGNORECASE))
    for name, kind, pattern in (
        (
            "migration center",
            "migration_center",
            r"(?P<city>(?-i:\b[A-Z][a-z]+)\s+)?migration[\s-]+cent(?:er|re)s?\b",
        ),
        # Where migrants are held for deportation is not where they queue for papers: a
        # detention centre for foreigners (ЦВСИГ, СУВСИГ) is named apart from a migration
        # centre (Sakharovo's "Unified Migration Centre", a ММЦ).
        (
            "migrant detention center",
            "migration_center",
            r"(?<!\w)(?:(?:temporary\s+)?detention\s+cent(?:er|re)s?\s+for\s+(?:foreign(?:ers|\s+(?:nationals|citizens))|migrants|illegal\s+migrants)"
            r"|cent(?:er|re)s?\s+for\s+(?:the\s+)?temporary\s+detention\s+of\s+foreign(?:ers|\s+(?:nationals|citizens))"
            r"|(?:migrant|immigration|deportation)\s+detention\s+cent(?:er|re)s?|deportation\s+cent(?:er|re)s?"
            r"|TsVSIG|SUVSIG)",
        ),
        (
            "migrant detention center",
            "migration_center",
            r"(?<!\w)(?:ЦВСИГ|СУВСИГ|центр\w*\s+временного\s+содержания\s+иностранн\w+\s+граждан"
            r"|специальн\w+\s+учреждени\w+\s+(?:для\s+)?временного\s+содержания\s+иностранн\w+\s+граждан)(?!\w)",
        ),
        (
            "migration center",
            "migration_center",
            r"(?<!\w)(?:миграционн\w+\s+центр\w*|единый\s+миграционный\s+центр)(?!\w)",
        ),
        (
            "military enlistment office",
            "enlistment_office",
            r"(?<!\w)(?:(?:military|district|regional|city)\s+)?(?:enlistment|draft|recruit(?:ing|ment))\s+(?:office|cent(?:er|re)|point)s?|military\s+commissariats?|voenkomat",
        ),
        (
            "military enlistment office",
            "enlistment_office",
            r"(?<!\w)(?:военкомат\w*|военн\w+\s+комиссариат\w*|пункт\w*\s+отбора(?:\s+на\s+военную\s+службу)?)",
        ),
        (
            "police station",
            "police_station",
            r"(?<!\w)(?:police\s+(?:station|department)|отдел\w*\s+полици\w*|отделени\w+\s+полици\w*|ОВД|ОМВД)(?!\w)",
        ),
    )
)


def _number(value: str) -> int | None:
    value = value.lower()
    if value.isdigit():
        return int(value)
    return EN_NUMBERS.get(value) or RU_NUMBERS.get(value)


def facility_mentions(text: str) -> list[Mention]:
    """Every facility named in ``text``, non-overlapping, in text order."""
    taken = Occupancy(len(text))
    found: list[Mention] = []
    free = taken.free
    # Skips a pattern the text cannot match; tries one only where a match could start.
    finditer = literal_filter(text).finditer

    for prefix, kind, pattern in _NUMBERED:
        for match in finditer(pattern, text):
            number = _number(match.group("number"))
            if number is None or not free(match.start(), match.end()):
                continue
            taken.take(match.start(), match.end())
            found.append(
                Mention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    "facility",
                    f"{prefix}-{number}",
                    kind,
                )
            )
    for name, kind, pattern in _NAMED:
        for match in finditer(pattern, text):
            if not free(match.start(), match.end()):
                continue
            city = match.groupdict().get("city")
            value = (
                f"{city.strip()} {name}"
                if city and city.strip().lower() not in {"the", "a", "at", "in"}
                else name
            )
            taken.take(match.start(), match.end())
            found.append(
                Mention(match.start(), match.end(), match.group(0), "facility", value, kind)
            )
    return sorted(found, key=lambda m: m.start)


def facilities(analysis: Analysis) -> Analysis:
    return replace(analysis, facilities=tuple(facility_mentions(analysis.document.text)))
