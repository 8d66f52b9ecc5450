"""Reasons a reviewer reads for a link: "surname Тожиев ~ Tozhiev (ICAO)", "same birth month".

Computed only for the links printed, never for every compared pair. For a name written in
Cyrillic on one side and Latin on the other, the Cyrillic (de-inflected) is transliterated
under the schemes documents really use — iuliia's ICAO Doc 9303 (passports since 2013),
BGN/PCGN (English press), Wikipedia, GOST 7.79 (A and B), MVD 310 in its French form (old
Soviet and early Russian passports), Uzbek Latin, and cyrtranslit's Tajik Latin — and the
first scheme that gives the Latin spelling exactly is named. Otherwise the reason says how
alike the spellings are after folding ("similar spelling 0.94").

Reasons contain names, as the contract asks: they go to the command's output for the
caseworker, never to a log.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from recruitwatch.resolution.names import NameForms, cyrillic_lemmas, is_cyrillic
from recruitwatch.resolution.people_attributes import PreparedMention
from recruitwatch.resolution.people_compare import similarity

__all__ = ["link_reasons"]


@functools.cache
def _schemes() -> tuple[tuple[str, Callable[[str], str]], ...]:
    import cyrtranslit
    import iuliia

    def tajik(text: str) -> str:
        return str(cyrtranslit.to_latin(text, "tj"))

    return (
        ("ICAO", iuliia.ICAO_DOC_9303.translate),
        ("BGN/PCGN", iuliia.BGN_PCGN.translate),
        ("Wikipedia", iuliia.WIKIPEDIA.translate),
        ("GOST 7.79", iuliia.GOST_779.translate),
        ("GOST 7.79 B", iuliia.GOST_779_ALT.translate),
        ("old Soviet passport", iuliia.MVD_310_FR.translate),
        ("MVD 310", iuliia.MVD_310.translate),
        ("Uzbek Latin", iuliia.UZ.translate),
        ("Telegram", iuliia.TELEGRAM.translate),
        ("Tajik Latin", tajik),
    )


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _nominatives(word: str) -> list[str]:
    forms = []
    for lemma in cyrillic_lemmas(word):
        forms.append(lemma)
        if lemma.endswith(("ова", "ева", "ина")):
            forms.append(lemma[:-1])
    return forms


@functools.lru_cache(maxsize=50_000)
def _scheme_of(cyrillic: str, latin: str) -> tuple[str, str] | None:
    """(scheme, nominative) when a scheme turns the Cyrillic word into the Latin one."""
    target = _fold(latin)
    for nominative in _nominatives(cyrillic):
        for name, translate in _schemes():
            if _fold(translate(nominative.capitalize())) == target:
                return name, nominative.capitalize()
    return None


def _name_reason(
    part: str, written_a: str, written_b: str, keys_a: frozenset[str], keys_b: frozenset[str]
) -> str:
    if written_a == written_b:
        return f"same {part} {written_a}"
    if is_cyrillic(written_a) != is_cyrillic(written_b):
        cyrillic, latin = (
            (written_a, written_b) if is_cyrillic(written_a) else (written_b, written_a)
        )
        found = _scheme_of(cyrillic, latin)
        if found:
            return f"{part} {written_a} ~ {written_b} ({found[0]})"
    elif is_cyrillic(written_a) and set(_nominatives(written_a)) & set(_nominatives(written_b)):
        return f"{part} {written_a} ~ {written_b} (grammatical case)"
    value = similarity(keys_a, keys_b)
    if value >= 1.0:
        return f"{part} {written_a} ~ {written_b} (same sound key)"
    return f"{part} {written_a} ~ {written_b} (similar spelling {value:.2f})"


def _first_reason(a: NameForms, b: NameForms) -> str | None:
    if a.first and b.first:
        return _name_reason("first name", a.first_written, b.first_written, a.first, b.first)
    if a.first_written and b.first_written:
        return f"initial fits: {a.first_written} / {b.first_written}"
    return None


def link_reasons(
    a: PreparedMention, b: PreparedMention, reading_a: NameForms | None, reading_b: NameForms | None
) -> list[str]:
    """Human-readable reasons why two mentions were linked, name first, then attributes."""
    reasons: list[str] = []
    if (
        reading_a is not None
        and reading_b is not None
        and not (reading_a.surname and reading_b.surname)
    ):
        first = _first_reason(reading_a, reading_b)
        reasons.extend([first, "first name only on one side"] if first else [])
    elif reading_a is not None and reading_b is not None:
        reasons.append(
            _name_reason(
                "surname",
                reading_a.surname_written,
                reading_b.surname_written,
                reading_a.surname,
                reading_b.surname,
            )
        )
        first = _first_reason(reading_a, reading_b)
        if first:
            reasons.append(first)
        else:
            reasons.append("surname only on one side")
    if a.parsed.patronymic and b.parsed.patronymic:
        reasons.append("same patronymic")
    if a.birth_year is not None and a.birth_year == b.birth_year:
        if a.birth_month is not None and a.birth_month == b.birth_month:
            same_day = a.birth_day is not None and a.birth_day == b.birth_day
            reasons.append("same birth date" if same_day else "same birth month")
        else:
            reasons.append("same birth year")
    if a.facility and a.facility == b.facility:
        reasons.append(f"same facility {a.facility}")
    if a.region and a.region == b.region:
        reasons.append(f"same region {a.region}")
    if a.nationality and a.nationality == b.nationality:
        reasons.append(f"same nationality {a.nationality}")
    return reasons
