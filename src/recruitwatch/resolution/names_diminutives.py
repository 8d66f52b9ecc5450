"""Russian diminutives and short forms: «Женя» is Евгений, "Sasha" is Aleksandr.

Press and relatives use the everyday form; passports the full one. The table is the common
forms of common Russian first names (general knowledge, not taken from any benchmark); a
diminutive maps to every full name it can stand for, so "Slava" reaches Vyacheslav,
Vladislav and Stanislav and the rest of the name and the attributes decide.
"""

from __future__ import annotations

import functools

__all__ = ["full_forms"]

_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "женя": ("евгений",),
    "саша": ("александр",),
    "шура": ("александр",),
    "миша": ("михаил",),
    "дима": ("дмитрий",),
    "митя": ("дмитрий",),
    "серёжа": ("сергей",),
    "сережа": ("сергей",),
    "коля": ("николай",),
    "ваня": ("иван",),
    "володя": ("владимир",),
    "вова": ("владимир",),
    "лёша": ("алексей",),
    "леша": ("алексей",),
    "алёша": ("алексей",),
    "паша": ("павел",),
    "петя": ("пётр",),
    "костя": ("константин",),
    "толя": ("анатолий",),
    "витя": ("виктор",),
    "слава": ("вячеслав", "владислав", "станислав"),
    "юра": ("юрий",),
    "гриша": ("григорий",),
    "андрюша": ("андрей",),
    "макс": ("максим",),
    "тёма": ("артём",),
    "тема": ("артём",),
    "федя": ("фёдор",),
    "стёпа": ("степан",),
    "степа": ("степан",),
    "гена": ("геннадий",),
    "валера": ("валерий",),
    "вася": ("василий",),
    "боря": ("борис",),
    "лёня": ("леонид",),
    "леня": ("леонид",),
    "рома": ("роман",),
    "эдик": ("эдуард",),
    "игорёк": ("игорь",),
    "стас": ("станислав",),
    "влад": ("владислав", "владимир"),
    "жора": ("георгий",),
    "гоша": ("георгий",),
    "кирюша": ("кирилл",),
    "денис": ("денис",),
}


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    from recruitwatch.resolution.names import phonetic_keys

    table: dict[str, set[str]] = {}
    for short, fulls in _DIMINUTIVES.items():
        full_keys: set[str] = set()
        for full in fulls:
            full_keys |= phonetic_keys(full)
        for key in phonetic_keys(short):
            table.setdefault(key, set()).update(full_keys)
    return {key: frozenset(value) for key, value in table.items()}


def full_forms(key: str) -> frozenset[str]:
    """Phonetic keys of the full names a diminutive's key may stand for (empty if none)."""
    return _table().get(key, frozenset())
