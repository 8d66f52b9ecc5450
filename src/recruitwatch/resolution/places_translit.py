"""Latin spellings of Russian words back to Cyrillic, so that a transliterated case form
("v Sverdlovskoy oblasti", "SIZO-2 Yekaterinburga", "Chelyabinskoi oblasti") can be looked
up by its Russian lemma like the Cyrillic original.

Why not cyrtranslit's reverse mode: it reads "kh" as «кх» and "shch" as «шч», which is GOST
7.79-B's rule; press, ICAO and BGN/PCGN spellings (the ones found in reports) write «х» as
"kh" and «щ» as "shch". The rules here are the union of those schemes. The result is only
ever a *candidate*: it is used when it lands on a key of the gazetteer, so a wrong guess
costs nothing but a lookup.
"""

from __future__ import annotations

import re
from typing import Final

# Longest first: "shch" before "sh", "kh" before "k".
_DIGRAPHS: Final = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("tz", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("yo", "ё"),
    ("jo", "ё"),
    ("ye", "е"),
    ("je", "е"),
)
_SINGLE: Final = {
    "a": "а", "b": "б", "v": "в", "w": "в", "g": "г", "d": "д", "e": "е", "z": "з",
    "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
    "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "c": "к", "x": "кс",
    "q": "к", "'": "ь", "’": "ь",
}  # fmt: skip
_VOWELS: Final = frozenset("аеёиоуыэюя")
# Adjective endings written with "y"/"i" for «й»: -skoy/-skoi → «-ской», -sky/-skiy → «-ский».
_ENDINGS: Final = (
    (re.compile(r"(?<=[оеа])и$"), "й"),
    (re.compile(r"ыи$"), "ый"),
    (re.compile(r"(?<=[кгхжшчщ])ы$"), "ий"),
)
_LATIN_WORD: Final = re.compile(r"^[a-z'’]+(?:-[a-z'’]+)*$")


def _part_to_cyrillic(part: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(part):
        for latin, cyrillic in _DIGRAPHS:
            if part.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            char = part[i]
            if char == "y":
                # «й» after a vowel ("Kopeysk"), «ы» elsewhere ("Syktyvkar").
                out.append("й" if out and out[-1][-1] in _VOWELS else "ы")
            else:
                out.append(_SINGLE.get(char, char))
            i += 1
    word = "".join(out)
    for pattern, replacement in _ENDINGS:
        word = pattern.sub(replacement, word)
    return word


# Where the press spellings lose information, the other reading is tried as well: "ts" is
# «ц» ("Tsivilsk") or «т»+«с» ("Irkutske" → «Иркутске»); the soft sign is dropped before
# "sk" ("Tulskoy" → «Тульской», "Stavropolskom" → «Ставропольском»).
_VARIANTS: Final = (("ц", "тс"), ("лск", "льск"), ("нск", "ньск"))


def latin_to_cyrillic_candidates(word: str) -> tuple[str, ...]:
    """:func:`latin_to_cyrillic` and the readings of :data:`_VARIANTS`, most likely first;
    empty when ``word`` is not plain Latin."""
    first = latin_to_cyrillic(word)
    if first is None:
        return ()
    candidates = [first]
    for written, other in _VARIANTS:
        candidates += [c.replace(written, other) for c in candidates if written in c]
    # "-ii" is «-ии» ("v Mordovii") or the adjective's «-ий» ("Khabarovskii").
    candidates += [c[:-2] + "ий" for c in candidates if c.endswith("ии")]
    return tuple(dict.fromkeys(candidates))


def latin_to_cyrillic(word: str) -> str | None:
    """The Cyrillic candidate for one Latin word, or None when ``word`` is not plain Latin
    letters (digits, other scripts): those are never transliterated."""
    lowered = word.lower()
    if not _LATIN_WORD.match(lowered):
        return None
    return "-".join(_part_to_cyrillic(part) for part in lowered.split("-"))


__all__ = ["latin_to_cyrillic", "latin_to_cyrillic_candidates"]
