"""Datelines: the "MOSCOW, March 14 (Northline News) -" that opens a wire story's lead
(«Казань, 27 ноября.» in a regional agency's).

A dateline says where the story was filed and on which day, not where or when anything in
it happened: a Moscow bureau files the beating in a Karelian colony. But a local paper's
dateline ("SOKOL, Vologda region - Police officers in this town …") is also the only place
its lead names. So the places stage keeps a dateline's place only when its paragraph names no
other region. A dateline's day ("March 14" without "on") is no date of an event, but the
day its story's "last Wednesday" and «накануне» count back from: a wire file of briefs filed
on different days is published on the last of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# A paragraph that opens with a place name in capitals ("MOSCOW", "NIZHNY NOVGOROD",
# «МОСКВА»), perhaps a country or region and a day ("KHABAROVSK, Russia, March 17",
# «МОСКВА, 14 марта») and the agency in brackets, then a dash or «/ТАСС/».
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z'’.\-]{2,}(?:[ \-][A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,[ \t]*(?!" + _MONTH + r"\.?[ \t]+\d)[A-Z][\w’'.\-]*(?:[ \t][\w’'.\-]+){0,3}?)?"
    r"(?:,?[ \t]*(?P<month>" + _MONTH + r")\.?"
    r"[ \t]+(?P<day>\d{1,2}))?"
    r"|[А-ЯЁ][А-ЯЁ\-]{2,}(?:[ \-][А-ЯЁ][А-ЯЁ\-]+){0,3}"
    r"(?:,[ \t]*(?P<ru_day>\d{1,2})[ \t]+(?P<ru_month>[а-яё]{3,})\.?)?)"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—]{1,2}|/)(?=[ \t])"
    # A regional agency's «Казань, 27 ноября. Иностранных граждан …»: the city in title case,
    # the day, a full stop.
    r"|^[ \t]*[А-ЯЁ][а-яё]+(?:[ \-][А-ЯЁ]?[а-яё]+){0,2},[ \t]*(?P<ru_day_stop>\d{1,2})[ \t]+"
    r"(?P<ru_month_stop>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
    r"|ноября|декабря)\.(?=[ \t])",
    re.MULTILINE,
)


# The blank line that ends a paragraph, as the segment stage splits them.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # after the dash
    paragraph_end: int  # where the paragraph it opens ends
    #: The day it was filed as written: ("March", 4), ("марта", 3); None without one.
    filed: tuple[str, int] | None = None

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def datelines(text: str) -> list[Dateline]:
    """The datelines that open a paragraph, dash included, in text order."""
    found = []
    for match in _DATELINE.finditer(text):
        paragraph_break = _PARAGRAPH_BREAK.search(text, match.end())
        paragraph_end = paragraph_break.start() if paragraph_break else len(text)
        month = match.group("month") or match.group("ru_month") or match.group("ru_month_stop")
        day = match.group("day") or match.group("ru_day") or match.group("ru_day_stop")
        filed = (month, int(day)) if month and day else None
        found.append(Dateline(match.start(), match.end(), paragraph_end, filed))
    return found
