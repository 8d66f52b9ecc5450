"""Stage dates: date expressions resolved against the publication date.

Rules (the contract's): a month without a year is the latest such month not after the
publication date ("at the end of January" in an article of 2023-02-16 → 2023-01; "in
November" → 2022-11). Relative expressions count back from the publication date ("last week",
«на прошлой неделе» → the month of publication minus seven days). Without a publication
date, only expressions that carry their own year are resolved. In a digest or a liveblog,
"yesterday" and "on Sunday" count back from the post's own header ("Etap | 24 February,
21:40") instead (``_post_days``). A holiday dates its month: «на Новый год» December,
«после Пасхи» the month of the latest Orthodox Easter, «после майских» May (``_HOLIDAYS``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.languages.english import MONTH_ABBREVIATIONS, MONTHS
from recruitwatch.extraction.languages.russian import MONTHS_GENITIVE, MONTHS_PREPOSITIONAL
from recruitwatch.extraction.literals import literal_filter
from recruitwatch.extraction.stages.datelines import Dateline, datelines
from recruitwatch.extraction.types import Mention

_EN_MONTH = "(?P<month>" + "|".join((*MONTHS, *MONTH_ABBREVIATIONS)) + ")"
_RU_MONTH_GEN = "(?P<month>" + "|".join(MONTHS_GENITIVE) + ")"
_RU_MONTH_PREP = "(?P<month>" + "|".join(MONTHS_PREPOSITIONAL) + ")"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_ORDINALS = {
    word: number
    for number, word in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
            "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
            "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
        ),
        start=1,
    )
}  # fmt: skip
# Longest first, so that "twenty-first" is not read as "twenty".
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))

_DAY_PATTERNS = (
    # A range ("from 16 to 20 December", «с 16 по 20 декабря», "16–20 December") starts on
    # its first day; listed first, so its end is not read as a date of its own.
    re.compile(
        r"(?<!\w)(?:(?:from|between)\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|and|until|till|-|–)\s*"
        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r"\.?(?:,?\s+" + _YEAR + r")?(?!\w)",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?:с\s+)?(?P<day>\d{1,2})\s*(?:по|до|-|–)\s*\d{1,2}\s+"
        + _RU_MONTH_GEN
        + r"(?:\s+"
        + _YEAR
        + r"(?:\s*(?:года|г\.))?)?(?!\w)",
        re.I,
    ),
    # (and spoken, as transcripts keep it: "the twelfth of September")
    re.compile(
        r"(?<!\w)(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        r"|(?:the\s+)?(?P<dayword>"
        + _ORDINAL_WORDS
        + r")\s+of\s+)"
        + _EN_MONTH
        + r"\.?(?:,?\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    # "April 7" on one line: "expelled in April.\n\n7. Case 4" is a month and a numbered item.
    # ("September the twelfth" too)
    re.compile(
        r"(?<!\w)"
        + _EN_MONTH
        + r"\.?[^\S\n]+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?|the\s+(?P<dayword>"
        + _ORDINAL_WORDS
        + r"))(?:,?\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?P<day>\d{1,2})\s+"
        + _RU_MONTH_GEN
        + r"(?:\s+"
        + _YEAR
        + r"(?:\s*(?:года|г\.))?)?(?!\w)",
        re.I,
    ),
    re.compile(r"(?<!\w)" + _YEAR + r"-(?P<monthnum>\d{2})-(?P<day>\d{2})(?!\w)"),
    # Day first, as Russian and European documents write it: "12.03.2024", «12.03.2024 г.».
    re.compile(r"(?<![\w.])(?P<day>\d{1,2})\.(?P<monthnum>\d{1,2})\." + _YEAR + r"(?![\w]|\.\d)"),
)
_MONTH_PATTERNS = (
    # A range of months ("Between August and November 2025", «с мая по июль 2024 года») starts
    # with its first month, in the year the range ends with; listed first, so its end is not
    # read as a date of its own.
    re.compile(
        r"(?<!\w)(?:between|from)\s+"
        + _EN_MONTH
        + r"\s+(?:and|to|through|until|till)\s+(?:"
        + _EN_MONTH.replace("?P<month>", "?:")
        + r")(?:,?\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    re.compile(
        r"(?<!\w)с\s+"
        + _RU_MONTH_GEN
        + r"\s+по\s+(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
        + r"(?:\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?:in|since|during|from|at\s+the\s+(?:end|beginning|start)\s+of|in\s+(?:early|mid|late)[\s-]?|early|late|mid-?"
        # "in the second half of November", "in the middle of March", "towards the end of May"
        r"|in\s+the\s+(?:(?:first|second|latter)\s+half|middle|last\s+days|first\s+days)\s+of|towards?\s+the\s+end\s+of"
        # "In the second week of March", "during the last week of May"
        r"|(?:in|during)\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:two\s+)?weeks?\s+of)\s*"
        + _EN_MONTH
        + r"(?:,?\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    re.compile(r"(?<!\w)" + _EN_MONTH + r"\s+" + _YEAR + r"(?!\w)", re.I),
    # "last October", "this March": the latest such month by publication ("last" a year
    # further back when it is publication's own month; "this", publication's year).
    re.compile(
        r"(?<!\w)(?P<rel>last|this|past)\s+" + _EN_MONTH + r"(?:,?\s+" + _YEAR + r")?(?![\w’'])",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?:в\s+(?:начале|конце|середине)|с\s+(?:начала|середины|конца)"
        # «во второй половине ноября», «в первых числах марта», «в последней декаде мая»
        r"|во?\s+(?:первой|второй)\s+половине|в\s+(?:первых|последних|десятых|двадцатых|тридцатых)\s+числах"
        r"|в\s+(?:первой|второй|третьей|последней)\s+декаде)\s+"
        + _RU_MONTH_GEN
        + r"(?:\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    re.compile(r"(?<!\w)в\s+" + _RU_MONTH_PREP + r"(?:\s+" + _YEAR + r")?(?!\w)", re.I),
    # «в прошлом октябре» is last year's October (this year's is «в этом октябре»).
    re.compile(
        r"(?<!\w)в\s+(?P<rel>прошлом|минувшем|этом)\s+" + _RU_MONTH_PREP + r"(?P<year>)(?!\w)", re.I
    ),
)
# "since 2019" dates a state (a sentence served since then), not an event: not a date here.
# "throughout March", "until May", "next April", «до конца марта»: a month ahead, the earliest
# such month not before publication (an announced plan), not the latest one before it.
_FORWARD_MONTH_PATTERNS = (
    re.compile(
        r"(?<!\w)(?:throughout|through|until|till|by|next|(?:by|until)\s+the\s+end\s+of)\s+"
        + _EN_MONTH
        + r"(?:,?\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?:до\s+конца|к\s+концу|до|в\s+течение)\s+"
        + _RU_MONTH_GEN
        + r"(?:\s+"
        + _YEAR
        + r")?(?!\w)",
        re.I,
    ),
)
# Seasons ("in early autumn", "last summer", «осенью 2022 года»): the year of the latest such
# season begun by publication ("last" one further back while it is still that season; "this"
# the publication's), at year precision. "fall" counts only after a preposition or
# "this"/"last".
_SEASON_STARTS = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
    "весной": 3, "летом": 6, "осенью": 9, "зимой": 12,
    "весны": 3, "лета": 6, "осени": 9, "зимы": 12,
}  # fmt: skip
# Which month of its season a part names: "early summer" is June, «в конце осени» November.
# Winter's months straddle two years and stay at year precision.
_SEASON_PART_MONTHS = {
    "early": 0, "ранней": 0, "начале": 0,
    "mid": 1, "середине": 1,
    "late": 2, "поздней": 2, "конце": 2,
}  # fmt: skip
# A year of the 2020s said in words, as people do in interviews: «весной двадцать третьего»,
# «в августе двадцать третьего года».
_RU_YEAR_WORDS = {
    "первого": 1, "второго": 2, "третьего": 3, "четвёртого": 4, "четвертого": 4,
    "пятого": 5, "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9,
}  # fmt: skip
_RU_YEAR_SAID = r"(?P<words>двадцать\s+(?:" + "|".join(_RU_YEAR_WORDS) + r"))(?:\s+года)?"
_SEASON_PATTERNS = (
    re.compile(
        r"(?<!\w)(?P<which>in|during|since|this|last|past)\s+(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?"
        r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + _YEAR + r")?"
        r"(?:,?\s+(?P<newyear>(?:just\s+|right\s+)?after\s+(?:the\s+)?New\s+Year)"
        # "last winter, in January": that winter's January
        r"|,\s+in\s+(?P<winter_month>December|January|February))?(?!\w)",
        re.I,
    ),
    re.compile(
        r"(?<!\w)(?:(?P<which>этой|этим|позапрошлой|позапрошлым|прошлой|прошлым|прошлого)\s+)?"
        r"(?:(?P<part>ранней|поздней)\s+)?"
        r"(?P<season>весной|летом|осенью|зимой)(?:\s+(?:"
        + _YEAR
        + r"(?:-го)?(?:\s*(?:года|г\.))?|"
        + _RU_YEAR_SAID
        + r"))?"
        # «Позапрошлой зимой, сразу после Нового года»: that winter's January.
        r"(?:,?\s+(?P<newyear>(?:сразу\s+|прямо\s+)?после\s+Нового\s+года)"
        # «Позапрошлой зимой, в январе»: that winter's January
        r"|,\s+в\s+(?P<winter_month>декабре|январе|феврале))?(?!\w)",
        re.I,
    ),
    # «в начале лета 2023-го», «в конце прошлой осени»
    re.compile(
        r"(?<!\w)в\s+(?P<part>начале|середине|конце)\s+(?:(?P<which>этой|прошлой)\s+)?"
        r"(?P<season>весны|лета|осени|зимы)(?:\s+(?:"
        + _YEAR
        + r"(?:-го)?(?:\s*(?:года|г\.))?|"
        + _RU_YEAR_SAID
        + r"))?(?!\w)",
        re.I,
    ),
)
# A year's end or start is its last or first month: "at the end of last year", "late 2022",
# «в конце прошлого года», «в начале 2023 года». (A month is never wrong where a reader
# annotates the year: it lies within it.)
_YEAR_EDGE = re.compile(
    r"(?<!\w)(?:(?:at|by|towards?)\s+the\s+(?P<en_part>end|start|beginning)\s+of|(?:in\s+)?(?P<en_edge>late|early))"
    r"\s+(?:(?P<en_last>last|the\s+previous)\s+year|(?P<en_year>(?:19|20)\d\d))(?!\w)"
    r"|(?<!\w)(?:в|к)\s+(?P<ru_part>конце|начале)\s+(?:(?P<ru_last>прошлого)\s+года"
    r"|(?P<ru_year>(?:19|20)\d\d)(?:-го)?(?:\s+(?:года|г\.))?)(?!\w)",
    re.I,
)
_YEAR_PATTERNS = (
    re.compile(r"(?<!\w)(?:in|during|by)\s+" + _YEAR + r"(?!\w)", re.I),
    re.compile(r"(?<!\w)в\s+" + _YEAR + r"\s+(?:году|г\.)", re.I),
)
# (pattern, days back from publication, precision)
_RELATIVE = (
    (
        re.compile(r"(?<!\w)(?:last|past|previous)\s+week(?![\w’'])|на\s+прошлой\s+неделе", re.I),
        7,
        "month",
    ),
    (
        re.compile(
            r"(?<!\w)(?:next|the\s+coming)\s+week(?![\w’'])|на\s+(?:следующей|будущей)\s+неделе",
            re.I,
        ),
        -7,
        "month",
    ),
    # "earlier this week", «на этой неделе»: the reference day's week, at month precision.
    (
        # ("this week's plan" names a plan, not a day: a possessive is no date)
        re.compile(
            r"(?<!\w)(?:earlier\s+)?this\s+week(?![\w’'])|на\s+(?:этой|текущей)\s+неделе", re.I
        ),
        0,
        "month",
    ),
    (
        re.compile(
            r"(?<!\w)(?:the\s+day\s+before\s+yesterday|позавчера)(?!\w)",
            re.I,
        ),
        2,
        "day",
    ),
    (re.compile(r"(?<!\w)(?:yesterday)(?!\w)|(?<!\w)вчера(?!\w)", re.I), 1, "day"),
    # «Полицейские накануне задержали…», «накануне вечером»: the day before the report's;
    # «накануне выборов» (before a noun) is the eve of something else.
    (
        re.compile(
            r"(?<!\w)накануне(?=\s*[,.;—–]|\s+(?:вечером|ночью|утром|днём|днем)(?!\w)"
            r"|\s+[а-яё]{2,}(?:ли|ла|ло|лся|лась|лись)(?!\w))",
            re.I,
        ),
        1,
        "day",
    ),
    # "Today the patients were gathered", «сегодня утром»; "Today, …" at the head of a
    # sentence speaks of the present in general, not of a day. Nor is the day of a demand
    # retold ("whoever does not sign today should forget about parole") the report's day.
    (
        re.compile(
            r"(?<!\w)(?<!sign\s)(?<!signs\s)(?:today(?!,)|tonight|this\s+(?:morning|afternoon|evening))(?!\w)"
            r"|(?<!\w)(?:сегодня(?!,|\s+же)|этой\s+ночью)(?!\w)",
            re.I,
        ),
        0,
        "day",
    ),
    (
        re.compile(
            r"(?<!\w)(?:this|earlier\s+this)\s+month(?!\w)|в\s+этом\s+месяце"
            r"|(?<!\w)at\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+month(?!\w)"
            r"|в\s+(?:начале|середине|конце)\s+(?:этого\s+)?месяца(?!\w)",
            re.I,
        ),
        0,
        "month",
    ),
    (
        re.compile(
            r"(?<!\w)(?:last|previous)\s+year(?!\w)|в\s+прошлом\s+году"
            r"|(?:в\s+(?:конце|начале|середине)\s+)?прошлого\s+года",
            re.I,
        ),
        365,
        "year",
    ),
    (re.compile(r"(?<!\w)(?:this|earlier\s+this)\s+year(?!\w)|в\s+этом\s+году", re.I), 0, "year"),
)


# A threat's deadline retold is the day it was made, not the report's: "whoever does not sign
# today goes to the SHIZO tonight", "if you don't sign, tonight you go to the cell", «кто не
# подпишет, сегодня же поедет в ШИЗО» (within the sentence of the condition).
_DEADLINE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:whoever|anyone\s+who|those\s+who|if\s+(?:you|he|they|we)|unless|кто\s+не|если\s+не)"
    r"(?!\w))[^.!?\n]*$",
    re.IGNORECASE,
)


# (pattern, months back from publication): the calendar month, whatever the day of the month.
_RELATIVE_MONTHS = (
    (
        re.compile(
            r"(?<!\w)(?:(?:at\s+the\s+(?:end|start|beginning)\s+of|in\s+the\s+middle\s+of|early|late)"
            r"\s+)?(?:last|previous|the\s+previous)\s+month(?!\w)|в\s+прошлом\s+месяце"
            # «в конце прошлого месяца», «в начале прошлого месяца», «в середине …»
            r"|в\s+(?:конце|начале|середине)\s+прошлого\s+месяца",
            re.I,
        ),
        1,
    ),
    # "earlier this month", «в начале этого месяца», «в этом месяце»: the publication's month.
    (
        re.compile(
            r"(?<!\w)(?:earlier|early|at\s+the\s+(?:start|beginning)\s+of)\s+this\s+month(?!\w)"
            r"|в\s+(?:начале|середине)\s+(?:этого|текущего)\s+месяца|в\s+этом\s+месяце",
            re.I,
        ),
        0,
    ),
    # A month ahead ("lawyers fear that next month…").
    (
        re.compile(r"(?<!\w)(?:next|the\s+coming)\s+month(?!\w)|в\s+следующем\s+месяце", re.I),
        -1,
    ),
)


# Holidays people date their lives by («На Новый год он позвонил», «после Пасхи его опять
# вызвали», «после майских вербовщики приедут»): the month of the latest such holiday begun by
# publication. New Year's Eve, and the days before it, are December; the days after it are
# January; Easter is the Orthodox one (the country's calendar); the May holidays are May.
_HOLIDAYS = (
    (
        re.compile(
            r"(?<!\w)(?:(?:перед|под)\s+Новым\s+годом|(?:на|под)\s+Новый\s+год)(?!\w)"
            r"|(?<!\w)(?:before|at|on|over)\s+(?:the\s+)?New\s+Year(?:[’']s)?(?:\s+Eve)?(?!\w)",
            re.I,
        ),
        "new_year_eve",
    ),
    (
        re.compile(
            r"(?<!\w)(?:после\s+Нового\s+года|(?:на|в|после)\s+новогодн\w+\s+(?:праздник|каникул)\w*)(?!\w)"
            r"|(?<!\w)(?:after\s+(?:the\s+)?New\s+Year|on\s+New\s+Year[’']s\s+Day|(?:over|during|after)\s+the"
            r"\s+New\s+Year\s+holidays)(?!\w)",
            re.I,
        ),
        "new_year",
    ),
    (
        re.compile(
            r"(?<!\w)(?:перед|на|после|под|к|до)\s+Пасх\w*"
            r"|(?<!\w)(?:before|at|on|over|after|around|until)\s+(?:Orthodox\s+)?Easter(?!\w)",
            re.I,
        ),
        "easter",
    ),
    (
        re.compile(
            r"(?<!\w)(?:после|на|в|перед|до)\s+майск\w+(?:\s+праздник\w*)?"
            r"|(?<!\w)(?:before|during|over|after)\s+the\s+May\s+holidays(?!\w)",
            re.I,
        ),
        "may_holidays",
    ),
)


def _orthodox_easter(year: int) -> date:
    """Orthodox Easter in the Gregorian calendar: the Julian computus (Meeus), plus the 13
    days between the calendars in 1900-2099."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def _holiday_month(holiday: str, published: date) -> str:
    year = published.year
    if holiday == "new_year_eve":
        return _format(year if published.month == 12 else year - 1, 12)
    if holiday == "new_year":
        return _format(year, 1)
    if holiday == "easter":
        easter = _orthodox_easter(year)
        easter = easter if easter <= published else _orthodox_easter(year - 1)
        return _format(easter.year, easter.month)
    return _format(year if published.month >= 5 else year - 1, 5)


# "two weeks ago", "three months before this column went to press", «пять дней назад»,
# «полгода назад»: counted back from publication. A vague count ("a few", «несколько») is
# taken as three, at a coarser precision.
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
}  # fmt: skip
_VAGUE_NUMBERS = r"a\s+couple\s+of|a\s+few|several|несколько|пару|пара"
_AGO = re.compile(
    r"(?<!\w)(?:(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + "|" + _VAGUE_NUMBERS + r")\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет"
    r"|полгода)\s+(?:ago|earlier\s+than\s+publication|назад"
    r"|before\s+(?:publication|this\s+(?:\w+\s+){0,3}(?:went\s+to\s+press|was\s+(?:published|written))))"
    r"(?!\w)",
    re.I,
)


def _ago(match: re.Match[str], reference: date) -> tuple[str, str] | None:
    """The date and precision of an ``_AGO`` match counted back from ``reference``."""
    written = (match.group("n") or "").lower()
    unit = match.group("unit").lower()
    if unit == "полгода":
        written, unit = "6", "month"
    if not written and unit.endswith(("s", "ей", "ев", "лет", "дня", "недели", "месяца", "года")):
        return None  # "days ago" without a count says nothing
    vague = bool(written) and not written.isdigit() and written not in _NUMBER_WORDS
    count = 3 if vague else int(written) if written.isdigit() else _NUMBER_WORDS.get(written, 1)
    if unit.startswith(("day", "дн", "день")):
        when = reference - timedelta(days=count)
        if vague:
            return _format(when.year, when.month), "month"
        return _format(when.year, when.month, when.day), "day"
    if unit.startswith(("week", "недел")):
        when = reference - timedelta(days=7 * count)
        return _format(when.year, when.month), "month"
    if unit.startswith(("month", "месяц")):
        if vague:
            return _format(reference.year), "year"
        return _month_back(reference, count), "month"
    return _format(reference.year - count), "year"


def _month_back(day: date, months: int) -> str:
    index = day.year * 12 + day.month - 1 - months
    return _format(index // 12, index % 12 + 1)


_WEEKDAYS = (
    ("monday", "понедельник"),
    ("tuesday", "вторник"),
    ("wednesday", "сред"),
    ("thursday", "четверг"),
    ("friday", "пятниц"),
    ("saturday", "суббот"),
    ("sunday", "воскресень"),
)
# "on Monday", «в понедельник»: the latest such day on or before publication.
_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?:on|(?P<en_last>last))\s+(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # («в ночь на понедельник»: the night that ends on Monday, dated by the Monday)
    r"|(?:в|во)\s+(?:ночь\s+на\s+)?(?:(?P<before_last>позапрошл\w+)\s+|(?P<ru_last>(?:прошл|минувш)\w+)\s+)?"
    r"(?P<ru>понедельник|вторник|среду|четверг|пятницу|субботу|"
    r"воскресенье)"
    # «как прошёл минувший четверг» (no preposition): the past one, in any case.
    r"|(?:прошл|минувш)\w+\s+(?P<ru_bare>понедельник\w*|вторник\w*|сред[аеуы]|четверг\w*|пятниц[аеуы]"
    r"|суббот[аеуы]|воскресень[еяю]))(?!\w)",
    re.I,
)
# Verbs of saying, before or after the day they were said on.
_SAYING = (
    r"said|says|reported|announced|wrote|published|confirmed|stated|denied|denies"
    # a paper's own day: "the appeal, registered on 3 March", «жалоба зарегистрирована 2 февраля»
    r"|registered|filed|lodged"
    r"|заявил\w*|сообщил\w*|рассказал\w*|написал\w*|опубликовал\w*|опроверг\w*"
    r"|зарегистрирован\w*|подан[аоы]?"
)
# A date that says when something was said, recorded or published ("said on Monday", "told
# the Bulletin on 2 June", "recorded by telephone on 2 June") is not when the event happened.
# After "that" / «что», or a subject that says the content without it ("said he had refused
# twice in the early spring of 2023"), the date is the reported content's own ("announced
# that recruiters will come on 3 June").
_REPORTING_BEFORE = re.compile(
    # (not «Как рассказала его сестра, в последних числах ноября …»: "as she told it", the
    # content follows the comma)
    r"(?<!\w)(?<!как\s)(?:"
    + _SAYING
    # (one told "him", "her" or "them" on a day is inside the story: "the medical officer
    # told him on May 8 that he would get his insulin back only once he had signed")
    + r"|(?<!were\s)(?<!was\s)(?<!been\s)told(?!\s+(?:him|her|them)\s+(?:on|in|at|last|this)\s)"
    + r"|reports|recorded|interviewed|spoke"
    # "The claim first appeared on 21 March in Siberian Wire": when a report came out.
    # (nor after the content's own verb: "says his nephew was detained in January")
    r"|added|appeared|записан\w*)(?!\w)(?:(?!(?<!\w)(?:that|что|he|she|they|we|I|was|were|had\s+been)(?!\w))[^.!?\n]){0,40}$",
    re.I,
)
# A letter's own day: "in a letter dated 2 February", "a note of 3 March", «в письме от 2
# февраля», «письмо датировано 19 февраля», «третье письмо, от 3 марта».
# (The words that date a letter are shared with the incidents stage, where a dated letter
# opens a case of its own.)
LETTER_DATED = (
    r"(?:(?:letter|note|postcard)s?,?\s+(?:dated|of|from|written\s+on)"
    r"|(?:письм|записк|открытк)\w*,?\s+(?:от|датирован\w*))"
)
_LETTER_DATED_BEFORE = re.compile(
    r"(?<!\w)(?:" + LETTER_DATED + r"|messages?,?\s+(?:dated|of|from|written\s+on))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The same said after its day: "on Wednesday denied a report", «3 июня сообщил, что …».
_REPORTING_AFTER = re.compile(r"\s+(?:" + _SAYING + r")(?!\w)", re.I)
# The hearing's day: "On Tuesday the defendant told the court", «Во вторник подсудимый
# рассказал суду» (what he told is dated by its own words).
_TOLD_THE_COURT_AFTER = re.compile(
    # (not a parenthesis: "On the night of 14 March, he told the court, two officers …")
    r"[^.!?,\n]{0,40}?(?:told|said\s+to|рассказал\w*|сообщил\w*|заявил\w*|пояснил\w*)\s+"
    r"(?:the\s+)?(?:court|суду)(?!\w)",
    re.IGNORECASE,
)
# "told the Khabarovsk Garrison Military Court on Thursday, March 14": a listener with a long
# name puts the report's date beyond _REPORTING_BEFORE's reach; the name is skipped whole.
_TOLD_LISTENER_BEFORE = re.compile(
    r"(?<!\w)(?<!were\s)(?<!was\s)told\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,6}"
    r"(?:on|in|at|last|this)\s+(?:[A-Z][a-z]+,?\s+)?$"
)
_DATE_FOLLOWS = re.compile(r",?\s*\d")
# "announced a recruiters' day for 3 March": the date the plan is for, not of the report.
_PLANNED_FOR_BEFORE = re.compile(r"(?<!\w)(?:for|на)\s+$", re.I)
# A digest's or liveblog's post header ("Etap | 24 February, 21:40", «25 февраля, 08:15»):
# a short line with a day and a clock time. Its "yesterday" and "on Sunday" count back from
# the post's day, not from the digest's publication.
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_HEADER_LINE_MAX = 80
# A dateline ("OMSK, Oct 8 (Northern Wire) -") dates the report, not the event.
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)\s*[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{1,40},(?:\s*[A-ZА-ЯЁ][\w .'-]{1,30},)?\s*$"
)


def _weekday_date(match: re.Match[str], published: date) -> date:
    name = (match.group("en") or match.group("ru") or match.group("ru_bare")).lower()
    index = next(
        i
        for i, names in enumerate(_WEEKDAYS)
        if name.startswith(names[0][:5]) or name.startswith(names[1][:4])
    )
    back = (published.weekday() - index) % 7
    groups = match.groupdict()
    if back == 0 and (groups.get("en_last") or groups.get("ru_last") or groups.get("ru_bare")):
        back = 7  # "last Friday", «в минувшую пятницу» in a Friday's report: a week before
    if groups.get("before_last"):  # «в позапрошлую среду»: a week further back
        back += 7
    return published - timedelta(days=back)


def _month_number(name: str) -> int:
    name = name.lower()
    for table in (MONTHS, MONTHS_GENITIVE, MONTHS_PREPOSITIONAL):
        for index, month in enumerate(table, start=1):
            if month.startswith(name[:3]) if table is MONTHS else month == name:
                return index
    raise ValueError(name)


def _year_for(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


# How far after publication a day without its year may be: "a meeting on 15 August" in a
# report of 30 July is this August's, two weeks ahead, not last year's.
_DAY_AHEAD_LIMIT = timedelta(days=45)


def _day_year(month: int, day: int, published: date | None) -> int | None:
    """The year of a day told without one: the latest not after publication, unless the
    day is only weeks ahead (a date a year back would carry its year or "last year")."""
    year = _year_for(month, published)
    if year is None or published is None or year == published.year:
        return year
    try:
        ahead = date(published.year, month, day)
    except ValueError:
        return year
    return published.year if ahead - published <= _DAY_AHEAD_LIMIT else year


_WINTER_MONTHS = {
    "december": 12, "january": 1, "february": 2, "декабре": 12, "январе": 1, "феврале": 2,
}  # fmt: skip


def _season_date(match: re.Match[str], published: date | None) -> tuple[str, str] | None:
    """The year of a season, and its month where a part of it is named ("early summer")."""
    year = _season_year(match, published)
    if year is None:
        return None
    start = _SEASON_STARTS[match.group("season").lower()]
    part = (match.group("part") or "").lower()
    if start == 12 and match.groupdict().get("newyear"):
        return _format(year + 1, 1), "month"
    if start == 12 and (month := match.groupdict().get("winter_month")):
        number = _WINTER_MONTHS[month.lower()]
        return _format(year + 1 if number < 12 else year, number), "month"
    if part and start != 12:
        return _format(year, start + _SEASON_PART_MONTHS[part]), "month"
    return _format(year), "year"


def _season_year(match: re.Match[str], published: date | None) -> int | None:
    if match.group("year"):
        return int(match.group("year"))
    if match.groupdict().get("words"):
        return 2020 + _RU_YEAR_WORDS[match.group("words").split()[-1].lower()]
    if published is None:
        return None
    start = _SEASON_STARTS[match.group("season").lower()]
    which = (match.group("which") or "").lower()
    if which in ("this", "этой", "этим"):  # this winter, in January, began the year before
        return published.year - 1 if start == 12 and published.month <= 2 else published.year
    year = published.year if start <= published.month else published.year - 1
    before_last = which.startswith("позапрошл")
    last = which in ("last", "past") or which.startswith("прошл") or before_last
    if last and (published.month - start) % 12 < 3:  # still that season: the last is older
        year -= 1
    return year - 1 if before_last else year


# A month's year said in words: «в июле прошлого года», "in July last year", "of this year".
_YEAR_IN_WORDS = re.compile(
    r"\s+(?:(?P<last>прошлого\s+года|(?:of\s+)?last\s+year)|(?P<before>позапрошлого\s+года)"
    r"|(?P<this>этого\s+года|(?:of\s+)?this\s+year)|" + _RU_YEAR_SAID + r")(?!\w)",
    re.I,
)


def _year_said_after(text: str, end: int, published: date | None) -> tuple[int, int] | None:
    """The year words after a month give, and where they end: «в июле прошлого года» in
    October 2024 is July 2023, not the latest July before publication."""
    said = _YEAR_IN_WORDS.match(text, end)
    if said is not None and said.group("words"):
        return 2020 + _RU_YEAR_WORDS[said.group("words").split()[-1].lower()], said.end()
    if said is None or published is None:
        return None
    back = 1 if said.group("last") else 2 if said.group("before") else 0
    return published.year - back, said.end()


# A year said just before in the same sentence: «Осенью 2022-го, в октябре» is October 2022,
# "In 2023, in March, …" March 2023.
_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:-го|-м|\s+(?:году|года|г\.))?\s*,\s*$")


def _year_said_before(text: str, start: int) -> int | None:
    said = _YEAR_BEFORE.search(text, max(0, start - 25), start)
    if said is None or _A_LIFES_YEAR.search(text, max(0, said.start() - 50), said.start()):
        # «получивший гражданство в 2021 году, в сентябре был доставлен»: the year of his
        # citizenship, not of September's
        return None
    return int(said.group("year"))


# The same month written out with its year earlier in the paragraph: «в марте 2025 г.»,
# "in March 2025", «14.03.2025».
_MONTH_WITH_YEAR = re.compile(
    r"(?<!\w)(?P<month>"
    + "|".join((*MONTHS, *MONTHS_GENITIVE, *MONTHS_PREPOSITIONAL))
    + r")\s+(?P<year>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d.])\d{1,2}\.(?P<monthnum>\d{2})\.(?P<year2>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


_PARAGRAPH_REACH = 2000


def _paragraph_year(text: str, start: int, month: int, published: date | None) -> int | None:
    """The year of the same month, written out earlier in the paragraph: "In March 2025 the
    head of the unit warned him … K. signed on 28 March" is March 2025 even in a report of
    2026 (only a year that does not put the date after publication)."""
    # (a paragraph's last 2,000 characters: a text with no line breaks is one paragraph)
    paragraph_start = max(text.rfind("\n", 0, start) + 1, start - _PARAGRAPH_REACH)
    year = None
    for m in _MONTH_WITH_YEAR.finditer(text, paragraph_start, start):
        said = int(m.group("monthnum")) if m.group("monthnum") else _month_number(m.group("month"))
        if said == month:
            year = int(m.group("year") or m.group("year2"))
    if year is None or (
        published is not None and (year, month) > (published.year, published.month)
    ):
        return None
    return year


# A year of someone's life told beside the event: his citizenship, birth or sentence.
_A_LIFES_YEAR = re.compile(
    r"(?<!\w)(?:гражданств\w*|паспорт\w*|citizen\w*|passports?|born|родил\w*|convicted"
    r"|sentenced|осужд[её]н\w*)(?!\w)[^.!?]{0,30}$",
    re.IGNORECASE,
)


_RESTATING = re.compile(r"[.,;:!]?\s+")


def _restated_year(
    pattern: re.Pattern[str], month: re.Match[str], text: str, published: date | None
) -> int | None:
    """The year of the same month said again at once with its year, as speech does: «В
    ноябре. В ноябре двадцать четвёртого.», "In November. November 2024." """
    gap = _RESTATING.match(text, month.end())
    again = pattern.match(text, gap.end()) if gap is not None else None
    if again is None or again.group("month").lower() != month.group("month").lower():
        return None
    if again.group("year"):
        return int(again.group("year"))
    said = _year_said_after(text, again.end(), published)
    return said[0] if said else None


# A state that lasted until a month, told in the past ("a nurse who worked at the hospital
# until December", «работала там до декабря»): that month is behind, not ahead.
_DONE_UNTIL = re.compile(
    r"(?<!\w)(?:worked|lived|stayed|served|was|were|had\s+been|remained|kept|held"
    r"|работал\w*|жил\w*|был[аио]?|оставал\w*|сидел\w*)(?!\w)"
    r"(?![^.!?]*?(?<!\w)(?:will|would|is\s+going|are\s+going|будет|будут)(?!\w))"
    r"(?:[^.!?\n]|\.(?=\s*\d))*$",  # ("Institution No. 4" is no sentence's end)
    re.IGNORECASE,
)


# A section heading that gives its year: "Июль 2023-го: «вернём за забор»", "2023: the
# second visit" — a short line of its own, not a sentence.
_HEADING_LINE = re.compile(r"(?m)^[^\n.!?]{0,80}$")
_HEADING_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)")
_SECTION_REACH = 4000  # characters looked back for a section's heading


class _SectionYears:
    """The years that a document's short heading lines give ("Июль 2023-го: …"), found once
    per document, and where its paragraphs break: each bare month then asks by bisection."""

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in re.finditer(r"\n\n", text)]
        self.headings: list[tuple[int, int]] = []  # (line end, year)
        for line in _HEADING_LINE.finditer(text):
            said = _HEADING_YEAR.search(line.group())
            if said is not None and line.group().strip():
                self.headings.append((line.end(), int(said.group("year"))))
        self.ends = [end for end, _year in self.headings]

    def year(self, start: int, month: int, published: date | None) -> int | None:
        """The year of the section a bare month at ``start`` is told in, from its heading up
        to three paragraphs back and a few thousand characters («Июль 2023-го: …» … «В июле
        нас собрали в столовой»), when that month of it is not after publication."""
        paragraph = bisect_left(self.breaks, start)
        if paragraph == 0:
            return None  # the first paragraph has no section above it
        earliest = max(self.breaks[max(paragraph - 4, 0)], start - _SECTION_REACH)
        index = bisect_left(self.ends, start) - 1
        if index < 0 or self.ends[index] <= earliest:
            return None
        year = self.headings[index][1]
        if published is None or (year, month) <= (published.year, published.month):
            return year
        return None


def _year_ahead(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year if month >= published.month else published.year + 1


def _year_edge(match: re.Match[str], published: date | None) -> str | None:
    """The month a year's end or start (:data:`_YEAR_EDGE`) names, or None when "last year"
    has no publication date to count from."""
    part = (match.group("en_part") or match.group("en_edge") or match.group("ru_part")).lower()
    month = 12 if part in ("end", "late", "конце") else 1
    if match.group("en_year") or match.group("ru_year"):
        return _format(int(match.group("en_year") or match.group("ru_year")), month)
    return _format(published.year - 1, month) if published is not None else None


def _format(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# A capitalised "Today" after a capitalised word, not opening a sentence, ends a name
# ("Zarafshon Today", "USA Today").
_IN_A_TITLE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+\s+Today$")


def date_mentions(text: str, published: date | None) -> list[Mention]:
    found: list[Mention] = []
    taken = _Spans()
    # Skips a pattern the text cannot match; tries one only where a match could start.
    finditer = literal_filter(text).finditer

    # Where a dated letter is quoted: its day, from there to the end of its line (paragraph).
    letters: list[tuple[int, int, date]] = []
    # A story's dateline says the day it was filed («Казань, 27 ноября.»), no day of an event.
    filed_at = [d for d in datelines(text) if d.filed is not None]
    filed_starts = [d.start for d in filed_at]

    def add(start: int, end: int, value: str, precision: str) -> None:
        before = text[max(0, start - 60) : start]
        if precision == "day" and _LETTER_DATED_BEFORE.search(before):
            # "In a letter dated 2 February he wrote: 'Yesterday …'": the letter's day, which
            # its "yesterday" counts back from (and which dates what it tells only when it
            # says no day of its own: see the end of date_mentions).
            line_end = text.find("\n", end)
            letters.append(
                (start, len(text) if line_end == -1 else line_end, date.fromisoformat(value))
            )
        reported = (
            _REPORTING_BEFORE.search(before)
            or _TOLD_LISTENER_BEFORE.search(text, max(0, start - 100), start)
        ) and not _PLANNED_FOR_BEFORE.search(before)
        if (
            reported
            or _DATELINE_BEFORE.search(before)
            or _REPORTING_AFTER.match(text, end)
            or _TOLD_THE_COURT_AFTER.match(text, end)
            or _within_a_dateline(filed_at, filed_starts, start, end)
        ):
            taken.add(start, end)  # a report's own date: no other reading either
            return
        if taken.free(start, end):
            taken.add(start, end)
            found.append(Mention(start, end, text[start:end], "date", value, precision))

    for pattern in _DAY_PATTERNS:
        for m in finditer(pattern, text):
            groups = m.groupdict()
            month = (
                int(groups["monthnum"])
                if groups.get("monthnum")
                else _month_number(groups["month"])
            )
            day = int(groups["day"]) if groups.get("day") else _ORDINALS[groups["dayword"].lower()]
            year = int(groups["year"]) if groups.get("year") else _day_year(month, day, published)
            end = m.end()
            if not groups.get("year") and (said := _year_said_after(text, end, published)):
                year, end = said
            elif not groups.get("year") and (before := _year_said_before(text, m.start())):
                year = before
            elif not groups.get("year") and (
                written := _paragraph_year(text, m.start(), month, published)
            ):
                year = written
            if year is None or not 1 <= month <= 12:
                continue
            try:
                date(year, month, day)
            except ValueError:
                continue
            add(m.start(), end, _format(year, month, day), "day")
    # "Last winter, in January", «Позапрошлой зимой, в январе»: the winter says which
    # January, before the month alone is read as the latest one.
    # (the seasons are found once; the others are added after the months, below)
    seasons = [m for pattern in _SEASON_PATTERNS for m in finditer(pattern, text)]
    for m in seasons:
        if m.groupdict().get("winter_month") and (dated := _season_date(m, published)):
            add(m.start(), m.end(), *dated)
    sections = _SectionYears(text)
    for pattern in _MONTH_PATTERNS:
        for m in finditer(pattern, text):
            month = _month_number(m.group("month"))
            year = int(m.group("year")) if m.group("year") else _year_for(month, published)
            relative = (m.groupdict().get("rel") or "").lower()
            if relative and not m.group("year") and published is not None:
                if relative in ("this", "этом"):
                    year = published.year
                elif relative in ("прошлом", "минувшем"):
                    year = published.year - 1
                elif month == published.month:
                    year = published.year - 1  # "last May" in a May report: a year ago
            end = m.end()
            if not m.group("year") and (said := _year_said_after(text, end, published)):
                year, end = said
            elif not m.group("year") and (before := _year_said_before(text, m.start())):
                year = before
            elif not m.group("year") and (again := _restated_year(pattern, m, text, published)):
                year = again
            elif not m.group("year") and (headed := sections.year(m.start(), month, published)):
                year = headed
            if year is not None:
                add(m.start(), end, _format(year, month), "month")
    for pattern in _FORWARD_MONTH_PATTERNS:
        for m in finditer(pattern, text):
            month = _month_number(m.group("month"))
            if m.group("year"):
                year = int(m.group("year"))
            elif _DONE_UNTIL.search(text, max(0, m.start() - 120), m.start()):
                year = _year_for(month, published)  # "worked there until December": done
            else:
                year = _year_ahead(month, published)
            if year is not None:
                add(m.start(), m.end(), _format(year, month), "month")
    for m in seasons:
        if (dated := _season_date(m, published)) is not None:
            add(m.start(), m.end(), *dated)
    for m in finditer(_YEAR_EDGE, text):
        if (edge := _year_edge(m, published)) is not None:
            add(m.start(), m.end(), edge, "month")
    for pattern in _YEAR_PATTERNS:
        for m in finditer(pattern, text):
            add(m.start(), m.end(), _format(int(m.group("year"))), "year")
    letters.extend(_headed_letters(text, found))
    if published is not None:
        headers = set(_header_starts(text, found))
        reference = _letter_days(
            letters, _post_days(found, headers, published, _dateline_days(filed_at, published))
        )
        # A post's header dates the post, not what it tells ("12 марта, 09:14 ⚡️Позавчера
        # полиция устроила рейд" is the raid of the 10th). A chat message's stamp dates both:
        # "[12.03.2025 14:02] Айгуль: Мама, Бакыта забрали" is told as it happens.
        found[:] = [m for m in found if m.start not in headers or _chat_stamp(text, m)]
        ends = _Ends(found)
        for m in finditer(_WEEKDAY, text):
            if _DATE_FOLLOWS.match(text, m.end()):
                continue  # "on Thursday, 30 January": the date says it
            if ends.last_within(m.start() - 4, m.start()) is not None:
                continue  # «В начале августа, в среду»: a Wednesday of that August
            when = _weekday_date(m, reference(m.start()))
            count = len(found)
            add(m.start(), m.end(), _format(when.year, when.month, when.day), "day")
            if len(found) > count:
                ends.add(found[-1])
        for pattern, days_back, precision in _RELATIVE:
            for m in finditer(pattern, text):
                if (
                    days_back == 0
                    and precision == "day"
                    and _DEADLINE_BEFORE.search(text, max(0, m.start() - 80), m.start())
                ):
                    continue  # "whoever does not sign today goes to the SHIZO tonight"
                if _IN_A_TITLE.search(text, max(0, m.start() - 30), m.end()):
                    continue  # "the news site Zarafshon Today": a name, no day
                when = reference(m.start()) - timedelta(days=days_back)
                value = {
                    "day": _format(when.year, when.month, when.day),
                    "month": _format(when.year, when.month),
                    "year": _format(when.year),
                }[precision]
                add(m.start(), m.end(), value, precision)
        for m in finditer(_AGO, text):
            if (dated := _ago(m, reference(m.start()))) is not None:
                add(m.start(), m.end(), *dated)
        for pattern, months_back in _RELATIVE_MONTHS:
            for m in finditer(pattern, text):
                add(m.start(), m.end(), _month_back(reference(m.start()), months_back), "month")
        for pattern, holiday in _HOLIDAYS:
            for m in finditer(pattern, text):
                add(m.start(), m.end(), _holiday_month(holiday, reference(m.start())), "month")
    months_told = _Ends(m for m in found if _tells_a_month(m))
    for m in finditer(_DAY_OF_MONTH_TOLD, text):
        told = months_told.last_within(m.start() - _MONTH_TOLD_WITHIN, m.start())
        if told is not None:
            year, number = (int(part) for part in told.value[:7].split("-"))
            day = int(m.group("day") or m.group("day_en"))
            try:
                date(year, number, day)
            except ValueError:
                continue
            count = len(found)
            add(m.start(), m.end(), _format(year, number, day), "day")
            if len(found) > count and _tells_a_month(found[-1]):
                months_told.add(found[-1])
    _drop_letters_that_tell_a_day(found, letters)
    return _in_the_storys_year(text, sorted(found, key=lambda m: m.start), published)


_BARE_MONTH_WORDS = re.compile(r"\d|year|год", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# "In March 2024", "on 2 April 2024", «в марте 2024 года» (not "early 2023", "since 2023")
_MONTH_OF_YEAR = re.compile(
    r"^(?:in\s+|on\s+|в\s+)?(?:\d{1,2}\s+)?(?!early|late|mid|end|start|beginning|spring|summer"
    r"|autumn|fall|winter|начал|конц|середин|весн|лет|осен|зим)[A-Za-zА-Яа-яЁё]{3,}\s+(?:\d{1,2},?\s+)?(?:of\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)


def _in_the_storys_year(text: str, found: list[Mention], published: date | None) -> list[Mention]:
    """A bare month told after a month with its year, in the same paragraph or the one
    before, is of that year when it comes later in it: "In March 2024 he was arrested …
    (next paragraph) In May, he says, the investigator came" is May 2024, not the last May
    before publication. A year alone ("In 2018, Anuar travelled …") sets nothing."""
    # One pass, keeping the latest mention that states a year: a report of a million
    # characters on one line must not make every bare month look back over all the others.
    breaks = [m.start() for m in re.finditer(r"\n\n", text)]
    result = []
    latest: Mention | None = None  # the latest mention that states a year
    for mention in found:
        if _YEAR_DIGITS.search(mention.text):
            latest = mention
        elif (
            mention.detail == "month"
            and not _BARE_MONTH_WORDS.search(mention.text)
            and latest is not None
            and bisect_left(breaks, mention.start) - bisect_left(breaks, latest.end) <= 1
            # (the latest year told is a year alone, or a season's: it governs)
            and latest.detail in ("month", "day")
            and _MONTH_OF_YEAR.search(latest.text)
        ):
            year, month = int(latest.value[:4]), int(latest.value[5:7])
            mine = int(mention.value[5:7])
            if (
                mine > month
                and str(year) != mention.value[:4]
                and (published is None or (year, mine) <= (published.year, published.month))
            ):
                mention = replace(mention, value=_format(year, mine))
        result.append(mention)
    return result


# A day of a month told just before: «В сентябре вербовщики добрались до больницы. 15-го
# числа из ЛИУ-12 увезли двенадцать пациентов», "In March … On the 15th, six were taken".
_DAY_OF_MONTH_TOLD = re.compile(
    r"(?<![\w.,])(?P<day>[1-9]|[12]\d|3[01])(?:-?го)?\s+числа(?!\w)"
    r"|(?<!\w)(?i:on\s+the)\s+(?P<day_en>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\w)"
)
# How far back the month may have been told (about two paragraphs).
_MONTH_TOLD_WITHIN = 600


# A date that bounds what it tells, not the month being told: "my mother gave me your
# address before the New Year. On the 2nd, straight after the holiday, they came" is January.
_BOUND = re.compile(r"(?i:before|until|till|перед|до)\s")


def _within_a_dateline(filed: list[Dateline], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies in one of the datelines ``filed`` (in text order, their
    ``starts`` beside them): the one starting last before it is the only one that can."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and filed[i].holds(start, end)


def _tells_a_month(mention: Mention) -> bool:
    """A month or day mention that a later "on the 5th" / «5-го числа» may be a day of."""
    return mention.detail in ("month", "day") and not _BOUND.match(mention.text)


class _Spans:
    """Spans of text already read as dates, kept sorted by start: whether a new reading
    overlaps one is a bisection over the few that start close enough, not a walk over all of
    them (a 10 MB line of 40,000 dates took 40 s that way)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def free(self, start: int, end: int) -> bool:
        i = bisect_left(self._spans, (start - self._longest, -1))
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] > start:
                return False
            i += 1
        return True


class _Ends:
    """Mentions by where they end, for "the last one ending between here and there" by
    bisection. Mentions found never overlap, so no two share an end."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._by_end = {m.end: m for m in mentions}
        self._ends = sorted(self._by_end)

    def add(self, mention: Mention) -> None:
        insort(self._ends, mention.end)
        self._by_end[mention.end] = mention

    def last_within(self, low: int, high: int) -> Mention | None:
        i = bisect_right(self._ends, high)
        if i and self._ends[i - 1] >= low:
            return self._by_end[self._ends[i - 1]]
        return None


def _drop_letters_that_tell_a_day(
    found: list[Mention], letters: list[tuple[int, int, date]]
) -> None:
    """A letter's own date goes where the letter names a day of its own (see date_mentions)."""
    starts = sorted(m.start for m in found)
    dropped = {
        start
        for start, end, _day in letters
        if (i := bisect_right(starts, start)) < len(starts) and starts[i] < end
    }
    if dropped:
        found[:] = [m for m in found if m.start not in dropped]


def _header_starts(text: str, days: list[Mention]) -> list[int]:
    """Where the day mentions that are a post's header (a short line with a clock) start."""
    starts = []
    for mention in days:
        if mention.detail != "day":
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        if (len(line.strip()) <= _HEADER_LINE_MAX and _CLOCK.search(line)) or _chat_stamp(
            text, mention
        ):
            starts.append(mention.start)
    return starts


def _chat_stamp(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the day of a chat message's opening stamp."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start <= 2 and bool(_CHAT_STAMP.match(text, line_start))


# A chat log's message opens with its day and time, whatever its length: "[17.03.2025 19:40]
# Айгуль: Звонил из центра. Вчера опять приходил военный" — «вчера» is the 16th.
_CHAT_STAMP = re.compile(r"\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]")


# A letter quoted under a heading of its own: "Letter two. IK-2, 14 February 2023", «Письмо
# первое. СИЗО-1 Махачкалы, 28 декабря 2022 года».
_LETTER_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|next)\s+letter"
    r"|letter\s+(?:\w+|№\s*\d+|no\.\s*\d+)|(?:письмо|записка)\s+(?:\w+|№\s*\d+)"
    r"|(?:первое|второе|третье|четвёртое|четвертое|пятое|последнее|следующее)\s+письмо)[.:,—–-]"
    r"[^\n]{0,100}$",
    re.IGNORECASE,
)
_QUOTE_CLOSES = re.compile(r"[»”\"][.!?…]*\s*$")


def _headed_letters(text: str, found: list[Mention]) -> list[tuple[int, int, date]]:
    """(start, end, day) of each letter quoted under a dated heading: from the heading to the
    paragraph that closes the quotation, or to the next heading. Its "yesterday" counts back
    from the letter's day, not the report's."""
    headings = list(_LETTER_HEADING.finditer(text))
    letters = []
    for index, heading in enumerate(headings):
        days = [
            m for m in found if heading.start() <= m.start < heading.end() and m.detail == "day"
        ]
        if not days:
            continue
        stop = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        end = stop
        for paragraph in re.finditer(r"[^\n]+", text[heading.end() : stop]):
            if _QUOTE_CLOSES.search(paragraph.group()):
                end = heading.end() + paragraph.end()
                break
        letters.append((heading.start(), end, date.fromisoformat(days[0].value)))
    return letters


def _letter_days(
    letters: list[tuple[int, int, date]], otherwise: Callable[[int], date]
) -> Callable[[int], date]:
    """The day relative dates count back from: inside a dated letter's paragraph (``letters``:
    start, end, day), the letter's day; elsewhere ``otherwise``'s."""
    if not letters:
        return otherwise

    def reference(offset: int) -> date:
        for start, end, day in letters:
            if start <= offset < end:
                return day
        return otherwise(offset)

    return reference


def _dateline_days(filed_at: list[Dateline], published: date) -> list[tuple[int, date]]:
    """Where each dateline with a day (``filed_at``) starts, and that day ("KAZAN, March 3 —"
    in a wire file published on 6 March: its "on Saturday" is the 1st)."""
    found = []
    for dateline in filed_at:
        if dateline.filed is None:
            continue
        written, day = dateline.filed
        try:  # «авг.»: an abbreviation of the genitive
            month = _month_number(written)
        except ValueError:
            month = next(
                (i for i, m in enumerate(MONTHS_GENITIVE, 1) if m.startswith(written.lower())), 0
            )
        year = _day_year(month, day, published) if month else None
        try:
            found.append((dateline.start, date(year or published.year, month, day)))
        except ValueError:
            continue
    return found


def _post_days(
    days: list[Mention],
    header_starts: set[int],
    published: date,
    dateline_days: list[tuple[int, date]],
) -> Callable[[int], date]:
    """The day relative dates at an offset count back from: that of the last post header
    (``_CLOCK``) or dateline before it, else the publication date. ``days`` are the day
    mentions found, ``header_starts`` where those that are a post's header start
    (:func:`_header_starts`), ``dateline_days`` the datelines' (:func:`_dateline_days`)."""
    headers: list[tuple[int, date]] = [(at, day) for at, day in dateline_days if day <= published]
    for mention in days:
        if mention.start in header_starts:
            day = date.fromisoformat(mention.value)
            if day <= published:  # a header is never dated after the digest
                headers.append((mention.start, day))
    headers.sort()
    starts = [start for start, _day in headers]

    def reference(offset: int) -> date:
        index = bisect_right(starts, offset) - 1
        return headers[index][1] if index >= 0 else published

    return reference


def dates(analysis: Analysis) -> Analysis:
    document = analysis.document
    return replace(analysis, dates=tuple(date_mentions(document.text, document.published)))
