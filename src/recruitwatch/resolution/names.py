"""Person names across scripts: one comparable form for «Тожиеву», "Tojiev" and "TOZHIYEV".

A name as written is turned into a :class:`ParsedName`: candidate first names, a surname
*stem* and an optional patronymic, each as *phonetic keys* — a Latin spelling in which the
differences between transliteration schemes are folded away. The steps, in order:

1. tokens: split on spaces and punctuation; initials ("П.", "A") and particles are kept apart;
2. Cyrillic tokens are de-inflected (pymorphy3's readings of a first name, a surname or a
   patronymic: «Шавката» → шавкат, «Тожиеву» → тожиев) and transliterated by one fixed table;
3. the phonetic key folds what the schemes spell differently: kh/x/h, zh/j/dzh/dj/ž, sh/š,
   ch/č/tch, ts/c/cz, shch/shh/ŝ, y/i/j as й, ye/e, yo/io/ë, Uzbek oʻ/gʻ/q, French-style
   passport spellings (ou, tch, dj, ch for ш), doubled letters;
4. a surname loses what varies between a family's members and a people's customs: Russian
   -ov/-ev/-in and their feminine and case forms, Tajik -zoda/-zod, Kyrgyz/Kazakh
   uulu/kyzy/uly (which follow the stem as a separate word);
5. patronymics (-ovich, -evna, Uzbek oʻgʻli/qizi) are recognised and kept apart;
6. which token is the surname: the one with a surname ending; when that does not decide
   ("Shavkat Karim"), both orders are kept and the comparison takes the better one.

Pure functions, no Django; pymorphy3's dictionary loads once per process (≈ 50 ms).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "NameForms",
    "ParsedName",
    "is_cyrillic",
    "name_parse",
    "phonetic_keys",
    "skeleton",
    "surname_stem",
    "transliterate",
]

# --- 2. Cyrillic → Latin, one fixed table -------------------------------------------------
# The table only has to be consistent with the phonetic folding below, not to be any
# official scheme: it feeds keys, never output. Central Asian letters included (ў қ ғ ҳ ҷ ӣ ӯ
# ә ө ү ң і).
_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ў": "u", "қ": "k", "ғ": "g", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    "ә": "a", "ө": "o", "ү": "u", "ң": "n", "і": "i", "є": "ye", "ї": "yi", "ґ": "g",
}  # fmt: skip

# Latin letters with diacritics that schemes use (GOST 7.79 A, ISO 9, scientific, Tajik
# cyrtranslit, Turkish-style Uzbek), spelled out before the diacritic is dropped.
_LATIN_SPECIAL = {
    "ž": "zh", "š": "sh", "č": "ch", "ŝ": "shch", "ë": "yo", "û": "yu", "â": "ya",
    "ǧ": "g", "ğ": "g", "ç": "j", "ş": "sh", "ı": "i", "ĭ": "y", "ǎ": "a", "ê": "e",
    "ō": "o", "ū": "u", "ī": "i", "ä": "a", "ö": "o", "ü": "u", "ñ": "n", "ŭ": "u",
}  # fmt: skip

# Apostrophe-like marks: soft signs (ʹ ' ’), Uzbek okina (ʻ ` ‘), hamza (ʼ).
_MARKS = "'’‘`ʹʻʼ´\u02bb\u02bc"
_MARK_RE = re.compile(f"[{_MARKS}]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


def transliterate(token: str) -> str:
    """Lower-case Latin for a Cyrillic (or mixed) token, by the fixed table above."""
    return "".join(_CYR_TO_LAT.get(ch, ch) for ch in token.lower())


# --- 3. phonetic folding -------------------------------------------------------------------
# Multi-letter spellings first, longest first. Upper-case letters are the folded sounds, so
# a later rule cannot re-read them: S = ш/щ, C = ч, J = ж/дж, H = х/ҳ, Z = ц.
_FOLD_FIRST = (
    ("shch", "S"), ("chtch", "S"), ("shh", "S"), ("sch", "S"),
    ("tch", "C"), ("dzh", "J"), ("dž", "J"), ("dj", "J"), ("zh", "J"),
    ("kh", "H"), ("sh", "S"), ("ch", "C"), ("ts", "Z"), ("tz", "Z"), ("cz", "Z"),
    ("gh", "g"), ("ph", "f"), ("ck", "k"),
)  # fmt: skip
_FOLD_SINGLE = str.maketrans({"x": "H", "h": "H", "q": "k", "w": "v", "c": "Z", "y": "i", "j": "J"})
_VOWELS = "aeiou"
_BETWEEN_VOWELS_I = re.compile(r"(?<=[aeou])i(?=[aeou])")
_DOUBLE = re.compile(r"(.)\1+")


def _latin_base(token: str) -> str:
    # Cyrillic first: NFKD would split ё and й into е/и plus a mark and lose them.
    text = transliterate(token)
    # Uzbek oʻ (= ў) and gʻ (= ғ) before the okina is dropped with the other marks.
    text = re.sub(rf"o[{_MARKS}]", "u", text)
    text = _MARK_RE.sub("", text)
    text = "".join(_LATIN_SPECIAL.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if ch.isalpha() and not unicodedata.combining(ch))
    return text


def _fold(text: str, *, french: bool) -> str:
    if french:
        # Soviet passports (French-based): ou = у, ch = ш, gu before e/i = г, j = ж.
        text = text.replace("chtch", "S").replace("ou", "u").replace("tch", "C")
        text = text.replace("ch", "S")
        text = text.replace("gue", "ge").replace("gui", "gi")
    for spelling, sound in _FOLD_FIRST:
        text = text.replace(spelling, sound)
    # ё after и (Бахтиёр, Зиёда: "Bakhtiyor") is no ё after a consonant: the и stays a
    # vowel, and Uzbek yo is Russian я ("Bakhtiyar"). Kept apart from the rule below.
    text = text.replace("iyo", "i\0o")
    text = text.translate(_FOLD_SINGLE)
    text = text.replace("ii", "i")  # Solov'yyov (ьё in BGN/PCGN) before the next rule
    # ё after a consonant: yo / io / e (Pyotr, Piotr, Petr, Pëtr).
    text = re.sub(r"(?<=[^aeiou])io", "e", text)
    text = text.replace("i\0", "i")
    # ye / ie at the start or after a vowel is е (Yermakov, Ermakov; Abdullayev).
    text = re.sub(r"^ie", "e", text)
    text = _BETWEEN_VOWELS_I.sub("", text)
    text = text.replace("ii", "i")
    return _DOUBLE.sub(r"\1", text)


def _looks_french(base: str) -> bool:
    # "ch" alone is ambiguous (English ч, French ш): both readings are kept.
    return "ou" in base or "ch" in base or "dj" in base or base.endswith("ine")


@functools.lru_cache(maxsize=200_000)
def phonetic_keys(token: str) -> frozenset[str]:
    """Every phonetic key a token may stand for (usually one).

    A Latin ``j`` is й in GOST and scientific spellings ("Sergej", "Jusupov") but дж in
    Uzbek and English ones ("Jurayev"): both readings are returned. So is ``x`` as х (Uzbek,
    GOST 7.79 B) and as кс ("Maxim"), and a French-looking spelling in both readings.
    """
    cyrillic = is_cyrillic(token)
    base = _latin_base(token)
    if not base:
        return frozenset()
    variants = {base}
    if not cyrillic and re.search(rf"[oO][{_MARKS}]", token):
        # Uzbek oʻ is ў, which Russian spelling writes у or о: Xoʻjayev is Хўжаев, Хужаев
        # and Ходжаев ("Khodjaev").
        variants.add(_latin_base(re.sub(rf"([oO])[{_MARKS}]", r"\1", token)))
    if not cyrillic:
        if "j" in base.replace("dj", ""):
            variants |= {
                v.replace("dj", "\0").replace("j", "y").replace("\0", "dj") for v in variants
            }
        if "x" in base:
            variants |= {v.replace("x", "ks") for v in variants}
    keys = {_fold(v, french=False) for v in variants}
    if not cyrillic and _looks_french(base):
        keys |= {
            _fold(v.removesuffix("e") if v.endswith("ine") else v, french=True) for v in variants
        }
    return frozenset(k for k in keys if k)


@functools.lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """The consonants of a phonetic key: what typos and vowel spellings rarely change.
    Used for blocking, never for deciding."""
    consonants = "".join(ch for ch in key if ch not in _VOWELS)
    return _DOUBLE.sub(r"\1", consonants)


# --- 4. surname stems ----------------------------------------------------------------------
_SURNAME_SUFFIX = re.compile(
    r"(?:(?:ov|ev|in)(?:a|u|im|om|oi|e|iH|ami)?|zoda|zod|zade|zada|zoda[ue]?|ova|eva)$"
)
_PARTICLE_SURNAME = {"uulu", "kizi", "kiz", "uli", "ul", "ulu", "uuli"}
_PARTICLE_PATRONYMIC = {"ugli", "ogli", "oglu", "ugl", "ogl", "kizi", "qizi"}


def surname_stem(key: str) -> str:
    """A surname's phonetic key without its family/custom ending: tojiev, tojieva, tojievu,
    tojizoda → toji. A stem shorter than three letters keeps the ending (Ким, Ли)."""
    stem = _SURNAME_SUFFIX.sub("", key)
    return stem if len(stem) >= 3 else key


def _has_surname_ending(key: str) -> bool:
    return bool(_SURNAME_SUFFIX.search(key)) and len(key) > 4


# -ovich/-evich/-ovna/-evna in any case, and -ichna (Ильинична); after folding ч is C.
_PATRONYMIC = re.compile(r"(?:(?:ov|ev)(?:iC|iS|na)|iCn)(?:a|u|em|om|e|oi|ou|i)?$")


# --- 2. Russian de-inflection --------------------------------------------------------------
@functools.cache
def _morph() -> object:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=200_000)
def cyrillic_lemmas(word: str) -> tuple[str, ...]:
    """The word and its nominative readings as a name, surname or patronymic.

    pymorphy3 cannot know whether «Азиза» is a woman's name or the genitive of Азиз, so every
    reading tagged Name/Surn/Patr is kept; the comparison takes the best. Surnames are folded
    to the masculine (Тожиева → тожиев) as the stem rule does for Latin spellings.
    """
    lower = word.lower()
    found = [lower]
    for parse in _morph().parse(lower):  # type: ignore[attr-defined]
        tag = parse.tag
        if "Name" in tag or "Surn" in tag or "Patr" in tag or "NOUN" in tag:
            normal = str(parse.normal_form)
            if normal not in found and abs(len(normal) - len(lower)) <= 3:
                found.append(normal)
    return tuple(found)


# --- 1., 5., 6. tokens into a parsed name --------------------------------------------------
_TOKEN = re.compile(rf"[^\W\d_][^\W\d_{_MARKS}-]*(?:[{_MARKS}-][^\W\d_]+)*\.?|[{_MARKS}]")


@dataclass(frozen=True)
class NameForms:
    """One reading of a name: which token is the first name and which the surname."""

    first: frozenset[str]  # phonetic keys of the first name; empty when unknown
    first_initial: str  # first letter of the first name's key ("" when unknown)
    surname: frozenset[str]  # phonetic keys of the surname stem; empty when unknown
    surname_written: str  # the surname as written (for reasons), "" when unknown
    first_written: str


@dataclass(frozen=True)
class ParsedName:
    written: str
    readings: tuple[NameForms, ...]
    patronymic: frozenset[str]
    cyrillic: bool
    blocking_keys: frozenset[str]


def _blocking_keys(readings: tuple[NameForms, ...]) -> frozenset[str]:
    """Keys under which candidates are looked up: the surname's skeleton with the first
    initial; the surname's first three sounds with the first initial (a typo later in the
    surname); the first name's skeleton with the surname's first two sounds (a typo early
    in the surname)."""
    keys: set[str] = set()
    for reading in readings:
        initial = reading.first_initial or "?"
        for stem in reading.surname:
            keys.add(f"s:{skeleton(stem)}:{initial}")
            keys.add(f"p:{stem[:3]}:{initial}")
            for first in reading.first:
                keys.add(f"f:{skeleton(first)}:{stem[:2]}")
    return frozenset(keys)


def _token_keys(token: str) -> frozenset[str]:
    if is_cyrillic(token):
        keys: set[str] = set()
        for lemma in cyrillic_lemmas(token):
            keys |= phonetic_keys(lemma)
        return frozenset(keys)
    return phonetic_keys(token)


def _is_initial(token: str) -> bool:
    letters = token.rstrip(".")
    return len(letters) <= 2 and (token.endswith(".") or len(letters) == 1)


def _classify(tokens: list[str]) -> tuple[list[str], list[str], list[str], bool]:
    """Split tokens into initials, ordinary words and patronymics; report a particle that
    marks the word before it as the surname (uulu, kyzy)."""
    initials: list[str] = []
    words: list[str] = []
    patronymics: list[str] = []
    particle_surname = False
    for index, token in enumerate(tokens):
        keys = phonetic_keys(token.rstrip("."))
        key = min(keys) if keys else ""
        if not key:
            continue
        if key in _PARTICLE_SURNAME and index > 0:
            particle_surname = True
            continue
        if key in _PARTICLE_PATRONYMIC and words:
            patronymics.append(words.pop())  # "Karim oʻgʻli": Karim is the father's name
            continue
        if _is_initial(token):
            initials.append(token.rstrip("."))
        elif _PATRONYMIC.search(key) and len(key) > 6 and words:
            patronymics.append(token)
        else:
            words.append(token)
    return initials, words, patronymics, particle_surname


def _vowel_fold(key: str) -> str:
    """o and a are one sound class: Uzbek o is Russian а (Тошкент, Ташкент; Tojiev,
    Tadjiyev; Sobir, Sabir), and unstressed Russian о is spoken а."""
    return key.replace("o", "a")


def _surname_keys(token: str) -> frozenset[str]:
    return frozenset(_vowel_fold(surname_stem(k)) for k in _token_keys(token))


def _first_keys(token: str) -> frozenset[str]:
    from recruitwatch.resolution.names_diminutives import full_forms

    keys = set(_token_keys(token))
    for key in list(keys):
        keys |= full_forms(key)
    return frozenset(_vowel_fold(k) for k in keys)


def _reading(first: str | None, surname: str | None, initial: str | None) -> NameForms:
    first_keys = _first_keys(first) if first else frozenset()
    if first_keys:
        first_initial = min(first_keys)[0]
    elif initial:
        initial_keys = phonetic_keys(initial)
        first_initial = min(initial_keys)[0] if initial_keys else ""
    else:
        first_initial = ""
    return NameForms(
        first=first_keys,
        first_initial=first_initial,
        surname=_surname_keys(surname) if surname else frozenset(),
        surname_written=surname or "",
        first_written=first or initial or "",
    )


@functools.lru_cache(maxsize=200_000)
def name_parse(written: str) -> ParsedName:
    """Parse a name as written into its readings (see the module docstring)."""
    text = unicodedata.normalize("NFC", written)
    tokens = _TOKEN.findall(text)
    tokens = [t for t in tokens if t.strip(_MARKS)]
    initials, words, patronymic_tokens, particle_surname = _classify(tokens)
    readings: list[NameForms] = []
    initial = initials[0] if initials else None
    if particle_surname and words:
        # "Erkin Toktosun uulu" (or "Toktosun uulu Erkin"): the word before the particle.
        surname = words[-1] if len(words) == 1 or _particle_follows(tokens, words[-1]) else words[0]
        others = [w for w in words if w is not surname]
        readings.append(_reading(others[0] if others else None, surname, initial))
    elif len(words) == 1:
        readings.append(_reading(None, words[0], initial))
        if not initial and not any(_has_surname_ending(k) for k in phonetic_keys(words[0])):
            # "Farkhod", «Расул»: a word with no surname ending may be a first name alone,
            # which only a full birth date and the place of detention tie to a full name.
            readings.append(_reading(words[0], None, None))
    elif len(words) >= 2:
        head, tail = words[0], words[-1]
        head_is = any(_has_surname_ending(k) for k in phonetic_keys(head))
        tail_is = any(_has_surname_ending(k) for k in phonetic_keys(tail))
        middle = words[1] if len(words) >= 3 else None
        if tail_is and not head_is:
            readings.append(_reading(head, tail, initial))
        elif head_is and not tail_is:
            readings.append(_reading(words[1], head, initial))
        else:
            readings.append(_reading(head, tail, initial))
            readings.append(_reading(words[1], head, initial))
        if middle and not patronymic_tokens:
            patronymic_tokens.append(middle)
    patronymic: set[str] = set()
    for token in patronymic_tokens:
        patronymic |= _token_keys(token)
    return ParsedName(
        written=written,
        readings=tuple(readings),
        patronymic=frozenset(patronymic),
        cyrillic=is_cyrillic(text),
        blocking_keys=_blocking_keys(tuple(readings)),
    )


def _particle_follows(tokens: list[str], word: str) -> bool:
    index = tokens.index(word)
    if index + 1 >= len(tokens):
        return False
    keys = phonetic_keys(tokens[index + 1])
    return bool(keys & _PARTICLE_SURNAME)
