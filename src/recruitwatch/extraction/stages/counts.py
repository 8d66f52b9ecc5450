"""Stage counts: how many victims, and the large figures a report cites.

Vague quantities are mapped to the lowest number they can mean, so that counts added up
across reports never overstate (the contract asks for the lowest figure when reports
conflict). The table, in both languages:

==========================  =======
"several", "a few", «несколько»    3
"dozens", «десятки»              24 / 20
"scores"                          40
"hundreds", «сотни»              200
"thousands", «тысячи»          2,000
"tens of thousands", «десятки тысяч»  20,000
==========================  =======
"""

from __future__ import annotations

import re
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.languages.english import MONTHS
from recruitwatch.extraction.languages.english import NUMBER_WORDS as EN_NUMBERS
from recruitwatch.extraction.languages.russian import MONTHS_GENITIVE, MONTHS_PREPOSITIONAL
from recruitwatch.extraction.languages.russian import NUMBER_WORDS as RU_NUMBERS
from recruitwatch.extraction.literals import literal_filter
from recruitwatch.extraction.types import Mention

VAGUE_COUNTS = {
    "tens of thousands": 20000, "десятки тысяч": 20000, "десятков тысяч": 20000,
    "thousands": 2000, "тысячи": 2000, "тысяч": 2000, "hundreds": 200, "сотни": 200, "сотен": 200,
    "scores": 40, "dozens": 24, "десятки": 20, "десятков": 20, "several": 3, "a few": 3,
    "несколько": 3, "нескольких": 3,
}  # fmt: skip

_PEOPLE_NOUN = (
    r"(?:prisoners?|inmates?|convicts?|men|people|migrants?|workers?|detainees?|labou?rers?|recruits?|"
    r"заключ[её]нн\w*|осужд[её]нн\w*|человек|мужчин\w*|мигрант\w*|рабоч\w+|арестант\w*|задержанн\w*)"
)
_NUMBER_WORD = "|".join(sorted({*EN_NUMBERS, *RU_NUMBERS}, key=len, reverse=True))
# What separates the groups of three digits of a large number ("50,000", «12 000»).
_GROUP_SEPARATOR = "[,\u00a0\u202f ]"
# Not after a hyphen: "an IK-13 inmate" is one inmate of colony 13, not thirteen. Nor inside
# a number written in groups of three ("50,000 inmates", «12 000 мигрантов»): that number
# is the count, not its last group.
_COUNT = re.compile(
    r"(?<![\w-])(?<!\d[,.\u00a0\u202f])(?:(?:about|around|some|at\s+least|over|more\s+than|nearly|almost|up\s+to|около|более|почти|не\s+менее|свыше|порядка)\s+)?"
    r"(?P<number>\d{1,3}(?:"
    + _GROUP_SEPARATOR
    + r"\d{3})+(?!\d)|\d{1,6}|"
    + _NUMBER_WORD
    + "|"
    + "|".join(re.escape(k) for k in sorted(VAGUE_COUNTS, key=len, reverse=True))
    + r")"
    # Up to two words between, neither a number: "on 22 November 40 men" counts forty.
    r"(?:\s+of)?(?:\s+(?:[^\W\d_]+(?:-\w+)?\s+){0,2})?\s*" + _PEOPLE_NOUN + r"(?!\w)"
    # Not whose they are: "a lawyer who represents two of the men’s families" counts families.
    r"(?![’']s?(?!\w))",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?<!\w)(?P<value>\d+(?:[.,]\d+)?\s*(?:million|thousand|млн|тыс\.?|миллион\w*)|tens\s+of\s+thousands|десятк\w+\s+тысяч|\d{1,3}(?:[ ,]\d{3})+)"
    r"(?P<what>(?:\s+(?:of\s+)?[\w-]+){1,6})",
    re.IGNORECASE,
)


# A year written before the people it is about: "In November 2025 detainees …", "in 2023
# prisoners …", «в марте 2024 мигрантов …».
_YEAR_BEFORE_NOUN = re.compile(r"(?:19[89]|20[0-4])\d")
_YEAR_CONTEXT_WORDS = (
    "in", "since", "by", "until", "of", "during", "в", "с", "до", "к",
    *MONTHS, *MONTHS_GENITIVE, *MONTHS_PREPOSITIONAL,
)  # fmt: skip
_YEAR_CONTEXT = re.compile(r"(?<!\w)(?:" + "|".join(_YEAR_CONTEXT_WORDS) + r")\s+$", re.IGNORECASE)
_DIGIT_GROUPS = re.compile(r"(?<=\d)" + _GROUP_SEPARATOR + r"(?=\d{3}(?!\d))")


def count_value(word: str) -> int | None:
    word = _DIGIT_GROUPS.sub("", word.lower())
    if word.isdigit():
        return int(word)
    return EN_NUMBERS.get(word) or RU_NUMBERS.get(word) or VAGUE_COUNTS.get(word)


def figure_value(text: str) -> int | str:
    lowered = text.lower().replace(",", ".").strip()
    match = re.match(r"(\d+(?:\.\d+)?)\s*(million|млн|миллион\w*|thousand|тыс)", lowered)
    if match:
        factor = 1_000_000 if match.group(2).startswith(("million", "млн", "миллион")) else 1000
        return round(float(match.group(1)) * factor)
    digits = re.sub(r"[ .]", "", lowered)
    return int(digits) if digits.isdigit() else text


def counts(analysis: Analysis) -> Analysis:
    text = analysis.document.text
    found = []
    # Skips a pattern the text cannot match; tries one only where a match could start.
    finditer = literal_filter(text).finditer
    for m in finditer(_COUNT, text):
        value = count_value(m.group("number"))
        if _YEAR_BEFORE_NOUN.fullmatch(m.group("number")) and _YEAR_CONTEXT.search(
            text, max(0, m.start("number") - 20), m.start("number")
        ):
            continue  # "In November 2025 detainees were told": a year, not 2,025 people
        if value is not None:
            found.append(Mention(m.start(), m.end(), m.group(0), "count", str(value), ""))
    for m in finditer(_FIGURE, text):
        figure = figure_value(m.group("value"))
        what = m.group("what").strip()
        found.append(Mention(m.start(), m.end(), m.group(0), "figure", str(figure), what))
    return replace(analysis, counts=tuple(sorted(found, key=lambda m: m.start)))
