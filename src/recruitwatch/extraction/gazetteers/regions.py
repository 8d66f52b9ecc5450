"""Place gazetteer: Russia's federal subjects, the Ukrainian regions Russia occupies or claims,
and the Central Asian countries that recruits are drawn from, each with the names the press uses.

Why a hand-made list: pycountry gives each place a code and one romanised name
("Sverdlovskaya oblast'"), while reports write "Sverdlovsk region", "Yekaterinburg" or
"в Свердловской области". An incident is only useful once it is tied to a code, so the spellings
reporters actually use are collected in ``regions.json``, one entry per place:

- ``code``: ISO 3166-2 for a region (``RU-VLA``; occupied Ukrainian regions keep their Ukrainian
  code, ``UA-43`` for Crimea), ISO 3166-1 alpha-2 for a country (``KG``). Every code is checked
  against pycountry by the tests, so none is guessed.
- ``en``/``ru``: names of the place itself; ``ru`` in the nominative only, because other cases
  are matched through :func:`ru_lemma_key`.
- ``cities_en``/``cities_ru``: the capital, towns of more than about 50,000 people, and
  settlements known for penal colonies (Melekhovo, Pokrov, Kopeisk, Yavas, Kharp, Ivdel…).

Curation rules, so the data stays predictable as it grows:

1. A town sits under one place only. Where two towns share a name (Zheleznogorsk in Kursk and
   in Krasnoyarsk, Troitsk in Moscow and in Chelyabinsk), neither is listed: a bare name cannot
   say which one is meant.
2. A town whose Russian name is, or lemmatises to, an everyday word is listed in English only
   (Shakhty: «шахты» "mines"; Semey: «семей» "of families"; Nakhodka: «находка» "a find";
   Balaklava: «балаклава» "a balaclava"; Volzhsky, Asbest, Mineralnye Vody, Sosnovy Bor), and
   small towns named like people are left out (Chekhov, Zhukovsky, Artyom). Regional capitals
   stay even when their name is also a word or a first name (Vladimir, Kirov, Kurgan, Grozny,
   Orel): leaving them out would lose far more than the false matches cost, and a later stage
   can weigh the context.
3. A name two places share (Altai, Алтай: the Republic and the Krai) is listed under both, so
   the indexes below see the clash and abstain instead of picking one.

The indexes (:func:`ru_index`, :func:`en_index`) map a normalised name to a code and leave out
every key that more than one code claims: for a caseworker a missing region is a gap to fill,
a wrong one is an error that travels into the published record.

Russian keys. pymorphy3's first reading of a word, without context, is sometimes not the place:
«Тверская» alone reads as the Moscow street, so «Тверская область» keys as "тверская область"
while «Тверской области» keys as "тверской область"; «Ковров» reads as the adjective
"ковровый", «Коврове» as the town. So each Russian name contributes, besides the lemma key of
its nominative:

- its own spelling as a key (lower-case, ``ё``→``е``), which catches «в Коврове» → "ковров";
- for a name of several words, the lemma keys of the whole phrase put in each case by
  pymorphy3 («Тверской области», «по Ханты-Мансийскому автономному округу»); phrases that
  could be everyday words («Сосновый Бор», "pine forest") are kept out of the data instead;
- for a one-word name, the key of a case form only where pymorphy3's first reading of that form
  is a place (``Geox``): «в Явасе» resolves, but «Иванове» does not, because its first reading
  is the surname Ivanov and "об Иванове" is about a person as often as a town.

Known gaps: the instrumental of towns in -ск reads as an adjective («под Иркутском» →
"иркутский"), and mapping those adjectives everywhere would also catch «Славянский»,
«Уральский» (the places stage maps a region's adjective only before a penal institution,
«в мордовской колонии»); towns
in -ово resolve when written undeclined («в Мелехово», the usual modern form); declined, they
abstain on their own for the surname reason above, and the places stage resolves them only
after «в» («в Одинцове», ``stages/places.py``).
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

import pymorphy3

from recruitwatch.extraction.errors import ExtractionError

PLACE_KINDS: Final = frozenset(
    {
        "oblast",
        "krai",
        "republic",
        "federal_city",
        "autonomous_okrug",
        "autonomous_oblast",
        "country",
        "occupied_territory",
    }
)

# Keys that more than one code claims, and which the indexes therefore leave out. Listed here
# so that a data change that adds a clash fails a test and gets looked at, rather than silently
# making a name unresolvable.
#   «Алтай» / "altai": Республика Алтай (RU-AL) and Алтайский край (RU-ALT); reports use it
#   for both.
RU_KEYS_DROPPED_AS_AMBIGUOUS: Final = frozenset({"алтай"})
EN_KEYS_DROPPED_AS_AMBIGUOUS: Final = frozenset({"altai"})

# A republic's adjective is not the first word of its gazetteer name («Республика Мордовия»,
# "Republic of Mordovia"), yet reports write «в мордовской колонии», "a Mordovian colony".
# Such an adjective names the region only next to a penal institution: "Chechen" alone is a
# nationality, «дагестанский» a person's origin. (Russian keys are lemmas.)
REPUBLIC_ADJECTIVES_RU: Final = {
    "мордовский": "RU-MO", "карельский": "RU-KR", "башкирский": "RU-BA", "марийский": "RU-ME",
    "бурятский": "RU-BU", "якутский": "RU-SA", "татарстанский": "RU-TA",
    "дагестанский": "RU-DA", "тувинский": "RU-TY", "хакасский": "RU-KK",
    "калмыцкий": "RU-KL", "адыгейский": "RU-AD", "ингушский": "RU-IN", "чеченский": "RU-CE",
    "чувашский": "RU-CU", "удмуртский": "RU-UD", "крымский": "UA-43",
    "петербургский": "RU-SPE", "подмосковный": "RU-MOS", "кубанский": "RU-KDA",
}  # fmt: skip
REPUBLIC_ADJECTIVES_EN: Final = {
    "mordovian": "RU-MO", "karelian": "RU-KR", "bashkir": "RU-BA", "buryat": "RU-BU",
    "yakut": "RU-SA", "yakutian": "RU-SA", "dagestani": "RU-DA", "tuvan": "RU-TY",
    "tuvinian": "RU-TY", "khakas": "RU-KK", "khakassian": "RU-KK", "kalmyk": "RU-KL",
    "ingush": "RU-IN", "chechen": "RU-CE", "chuvash": "RU-CU", "udmurt": "RU-UD",
    "crimean": "UA-43", "kuban": "RU-KDA",
}  # fmt: skip

_DATA_FILE: Final = "regions.json"

# The oblique cases a place name takes in reports: «из Крыма», «по Москве», «в Мордовию»,
# «под Курском», «в Татарстане». The second locative («в Крыму») lemmatises like the first.
_RU_CASES: Final = ("gent", "datv", "accs", "ablt", "loct")

# A word is a run of letters or digits, hyphenated parts kept together so that pymorphy3 sees
# "Ростове-на-Дону" and "Кабардино-Балкарской" whole (it lemmatises them as one word).
_WORD: Final = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer, as read from ``regions.json`` (see the module docstring)."""

    code: str
    country: str
    kind: str
    names_en: tuple[str, ...]
    names_ru: tuple[str, ...]
    cities_en: tuple[str, ...]
    cities_ru: tuple[str, ...]


def _str_tuple(entry: dict[str, Any], field: str) -> tuple[str, ...]:
    value = entry.get(field)
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ExtractionError(
            f"{_DATA_FILE}: {entry.get('code')!r}: {field!r} must be a list of non-empty strings"
        )
    return tuple(value)


def _place_from_json(entry: Any) -> Place:
    if not isinstance(entry, dict):
        raise ExtractionError(f"{_DATA_FILE}: every entry must be an object, got {entry!r}")
    code, country, kind = entry.get("code"), entry.get("country"), entry.get("kind")
    if not (isinstance(code, str) and isinstance(country, str) and kind in PLACE_KINDS):
        raise ExtractionError(f"{_DATA_FILE}: {code!r}: needs code, country and a known kind")
    return Place(
        code=code,
        country=country,
        kind=str(kind),
        names_en=_str_tuple(entry, "en"),
        names_ru=_str_tuple(entry, "ru"),
        cities_en=_str_tuple(entry, "cities_en"),
        cities_ru=_str_tuple(entry, "cities_ru"),
    )


@functools.cache
def places() -> tuple[Place, ...]:
    """Every place, in file order. Read once per process; the tuple is shared, and immutable."""
    text = resources.files(__package__).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    raw = json.loads(text)
    if not isinstance(raw, list):
        raise ExtractionError(f"{_DATA_FILE}: must hold a JSON list of places")
    return tuple(_place_from_json(entry) for entry in raw)


@functools.cache
def _places_by_code() -> dict[str, Place]:
    return {place.code: place for place in places()}


def place_by_code(code: str) -> Place | None:
    """The place with this exact code (``"RU-VLA"``, ``"KG"``), or None."""
    return _places_by_code().get(code)


@functools.cache
def _morph() -> pymorphy3.MorphAnalyzer:
    # The analyser maps its dictionaries into memory (about 25 MB measured here); load it once,
    # and only when Russian is first looked up.
    return pymorphy3.MorphAnalyzer(lang="ru")


# Reports repeat the same word forms, so lemmas are memoised; bounded so that a batch run over
# a large corpus cannot grow the cache without limit (65,536 forms is a few MB).
@functools.lru_cache(maxsize=65_536)
def _word_lemma(word: str) -> str:
    # The first parse is pymorphy3's most frequent reading; with no context it is the best
    # guess, and using the same guess for the gazetteer and for the text keeps them comparable.
    try:
        lemma = str(_morph().parse(word)[0].normal_form)
    except ValueError:  # pymorphy3 asks unicodedata for names that unassigned code points lack
        lemma = word
    return lemma.lower().replace("ё", "е")


@functools.lru_cache(maxsize=65_536)
def ru_toponym_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of ``word``'s readings as a place name (pymorphy's ``Geox``), for a
    capitalised word whose most frequent reading is something else: «под Ижевском» reads
    first as the adjective «ижевский», and only its toponym reading is the city."""
    try:
        parses = _morph().parse(word)
    except ValueError:
        return ()
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return ()  # «Владимиров» is a surname before it is Vladimir's plural
    lemmas = (str(p.normal_form).lower().replace("ё", "е") for p in parses if "Geox" in p.tag)
    return tuple(dict.fromkeys(lemmas))


def ru_lemma_key(text: str) -> str:
    """Lemmatise each word of a Russian phrase and join the lemmas with single spaces.

    Case and number drop out, so «Владимирской области» and «Владимирская область» give the
    same key, and «в Татарстане» gives ``"в татарстан"``, which contains the key of «Татарстан».
    Punctuation between words is dropped. ``ё`` becomes ``е`` because reports spell it either
    way ("Орёл", "Орел").
    """
    return " ".join(_word_lemma(word) for word in _WORD.findall(text))


def _index_unambiguous(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    claims: defaultdict[str, set[str]] = defaultdict(set)
    for key, code in pairs:
        if key:
            claims[key].add(code)
    return {key: codes.pop() for key, codes in claims.items() if len(codes) == 1}


def _surface_key(name: str) -> str:
    return " ".join(word.lower().replace("ё", "е") for word in _WORD.findall(name))


def _words_in_case(words: list[str], case: str) -> str:
    """The phrase with each declinable word put in ``case``; other words are kept as written."""
    out: list[str] = []
    for word in words:
        nominative = [parse for parse in _morph().parse(word) if "nomn" in parse.tag]
        form = nominative[0].inflect({case}) if nominative else None
        out.append(str(form.word) if form is not None else word)
    return " ".join(out)


def ru_name_keys(name: str) -> frozenset[str]:
    """Every key under which the Russian name ``name`` is indexed (see the module docstring).

    Public so that other gazetteers (facilities) index their Russian names the same way.
    """
    keys = {ru_lemma_key(name), _surface_key(name)}
    words = _WORD.findall(name)
    for case in _RU_CASES:
        phrase = _words_in_case(words, case)
        if len(words) > 1 or "Geox" in _morph().parse(phrase)[0].tag:
            keys.add(ru_lemma_key(phrase))
    return frozenset(keys)


@functools.cache
def _ru_index() -> dict[str, str]:
    # Inflecting every name takes about a second; built on first use, not at import.
    return _index_unambiguous(
        (key, place.code)
        for place in places()
        for name in (*place.names_ru, *place.cities_ru)
        for key in ru_name_keys(name)
    )


@functools.cache
def _en_index() -> dict[str, str]:
    return _index_unambiguous(
        (name.lower(), place.code)
        for place in places()
        for name in (*place.names_en, *place.cities_en)
    )


def ru_index() -> dict[str, str]:
    """Lemma key (:func:`ru_lemma_key`) of every Russian name and town → the place's code.

    Look a phrase up by its own lemma key, after dropping any leading preposition. Besides the
    nominative's key, each name adds the keys described in the module docstring.

    Keys that two codes claim are left out (see ``RU_KEYS_DROPPED_AS_AMBIGUOUS``). Built once;
    each call returns a copy (some hundreds of entries, microseconds to copy) so that no caller
    can change what another sees.
    """
    return dict(_ru_index())


def en_index() -> dict[str, str]:
    """Lower-cased English name or town → the place's code; ambiguous keys left out, as above."""
    return dict(_en_index())


__all__ = [
    "EN_KEYS_DROPPED_AS_AMBIGUOUS",
    "PLACE_KINDS",
    "RU_KEYS_DROPPED_AS_AMBIGUOUS",
    "Place",
    "en_index",
    "place_by_code",
    "places",
    "ru_index",
    "ru_lemma_key",
    "ru_name_keys",
]
