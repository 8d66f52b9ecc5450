"""Where a place mention names a region, town, country or known facility: the lookup half of
:mod:`recruitwatch.resolution.places`.

The names come from two curated files and one library, never typed twice:

- ``extraction/gazetteers/regions.json`` (83 federal subjects, occupied Ukrainian territories,
  Central Asian countries, larger towns), Russian names keyed by lemma with the extraction
  package's :func:`ru_name_keys`, so every grammatical case resolves;
- ``resolution/data/facilities.yaml`` (facility nicknames and settlements, with sources);
- pycountry's country names (English, and Russian from its ``ru`` translations) for the rest
  of the world ("Syria", «в Ливии»).

A key that two different codes claim is left out of every index: a missing region is a gap a
caseworker fills, a wrong one merges two colonies.

Matching (:func:`place_hits_find`) runs several *channels* over the mention, most exact
first, and keeps the longest non-overlapping hits:

1. English names over lower-cased words ("the Kostroma region", "Sol-Iletsk");
2. Russian names over lemmas («Владимирской области», «в Казани») and own spellings;
3. Latin words transliterated back to Cyrillic, then as 2 ("Sverdlovskoy oblasti");
4. a Cyrillic word with a capital letter, its case ending replaced by a nominative one, looked
   up by spelling («в Мелехове» → «Мелехово», «под Иркутском» → «Иркутск»): the two gaps the
   regions gazetteer documents, safe here because a resolved line is known to name a place.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

import pycountry

from recruitwatch.extraction.gazetteers.regions import (
    REPUBLIC_ADJECTIVES_EN,
    REPUBLIC_ADJECTIVES_RU,
    places,
    ru_lemma_key,
    ru_name_keys,
)
from recruitwatch.resolution.facilities_gazetteer import FacilityEntry, facility_gazetteer
from recruitwatch.resolution.places_translit import latin_to_cyrillic_candidates

#: Longest window of words looked up as one name ("Yamalo-Nenets Autonomous Okrug" is 4 words
#: once hyphens split; «Луганская Народная Республика» is 3).
MAX_NAME_WORDS: Final = 6

# Cities that are also regions (federal cities) name a settlement when written plainly.
_CITY_REGIONS: Final = frozenset({"RU-MOW", "RU-SPE", "UA-40"})

# The capitals of the Central Asian states are first-level subdivisions themselves; their
# ISO 3166-2 codes were checked against pycountry (tests/resolution/test_places.py).
CAPITAL_SUBDIVISIONS: Final = {
    "bishkek": "KG-GB",
    "бишкек": "KG-GB",
    "dushanbe": "TJ-DU",
    "душанбе": "TJ-DU",
    "tashkent": "UZ-TK",
    "ташкент": "UZ-TK",
    "ashgabat": "TM-S",
    "ashkhabad": "TM-S",
    "ашхабад": "TM-S",
    "astana": "KZ-71",
    "nur-sultan": "KZ-71",
    "астана": "KZ-71",
    "нур-султан": "KZ-71",
    "almaty": "KZ-75",
    "alma-ata": "KZ-75",
    "алматы": "KZ-75",
    "алма-ата": "KZ-75",
    "shymkent": "KZ-79",
    "шымкент": "KZ-79",
}

# English words for a region's type: "Kostroma region" is also written "Kostroma Oblast",
# "Kostroma province"; every name ending in one gets the others as keys.
_EN_REGION_WORDS: Final = ("region", "oblast", "province", "krai", "kray", "territory")

# Adjectives of «…ская область» / «…ский край» used alone («владимирского УФСИН», «в
# челябинской колонии») name the region only next to a facility; these two also name a city
# («московский» is Moscow as often as its oblast; «ленинградский» is St Petersburg's old name).
_ADJECTIVES_LEFT_OUT: Final = frozenset({"московский", "ленинградский", "moscow", "leningrad"})
_RU_REGION_NOUNS: Final = frozenset({"область", "край"})
# Words after a region adjective that make it a district: «Кировский район» is a district of
# several cities, «Свердловского районного суда» a court.
_DISTRICT: Final = re.compile(r"^\W*(?:район\w*|district|rayon)", re.IGNORECASE)

_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})
_EN_WORD: Final = re.compile(r"[\w']+")
_RU_WORD: Final = re.compile(r"\w+(?:-\w+)*")
_CYRILLIC: Final = re.compile(r"[а-яё]", re.IGNORECASE)
_RU_ONLY: Final = re.compile(r"^[а-яё0-9]+(?:-[а-яё0-9]+)*$", re.IGNORECASE)

# Case endings of a declined Russian name and the nominative endings to try instead (channel
# 4). Longest ending first.
_RU_ENDINGS: Final = ("ом", "ем", "ой", "ью", "а", "у", "е", "и", "ы", "я", "ю")
_RU_NOMINATIVE_ENDINGS: Final = ("", "ь", "а", "о", "я", "ы", "и", "е")
_MIN_STEM: Final = 4
# Keys tried per window of words. A transliterated word offers up to eight (its readings and
# their lemmas), so two- and three-word names stay within the bound; most likely first.
_MAX_WINDOW_KEYS: Final = 64


@dataclass(frozen=True)
class Target:
    """What a name stands for. ``role``: region, settlement, country, facility (a nickname),
    facility_settlement (a settlement known for ``facility``) or adjective."""

    code: str
    role: str
    facility: FacilityEntry | None = None


@dataclass(frozen=True)
class PlaceHit:
    """One name found in a mention: character offsets into the mention, and its targets
    (several only when they share a code, such as Kharp's two colonies)."""

    start: int
    end: int
    text: str
    channel: str
    targets: tuple[Target, ...]

    @property
    def code(self) -> str:
        return self.targets[0].code


def en_key(text: str) -> str:
    """English lookup key: lower case, apostrophes unified, hyphens and punctuation dropped."""
    text = text.translate(_APOSTROPHES).lower().replace("-", " ")
    return " ".join(_en_words(text))


def _en_words(text: str) -> list[str]:
    words = []
    for word in _EN_WORD.findall(text):
        word = word.strip("'")
        if word.endswith("'s"):
            word = word[:-2]
        if word:
            words.append(word)
    return words


def _unambiguous(pairs: Iterable[tuple[str, Target]]) -> dict[str, tuple[Target, ...]]:
    claims: defaultdict[str, set[Target]] = defaultdict(set)
    for key, target in pairs:
        if key:
            claims[key].add(target)
    return {
        key: tuple(sorted(targets, key=lambda t: (t.role, t.facility.label if t.facility else "")))
        for key, targets in claims.items()
        if len({target.code for target in targets}) == 1
    }


def _region_role(code: str, kind: str) -> str:
    if kind == "country":
        return "country"
    return "settlement" if code in _CITY_REGIONS else "region"


def _city_target(name_key: str, country_code: str, code: str) -> Target:
    if "-" in code:
        return Target(code, "settlement")
    return Target(CAPITAL_SUBDIVISIONS.get(name_key, country_code), "settlement")


def _en_pairs() -> Iterator[tuple[str, Target]]:
    for place in places():
        role = _region_role(place.code, place.kind)
        for name in place.names_en:
            yield en_key(name), Target(place.code, role)
            words = en_key(name).split()
            if len(words) > 1 and words[-1] in _EN_REGION_WORDS and role == "region":
                for region_word in _EN_REGION_WORDS:
                    yield " ".join([*words[:-1], region_word]), Target(place.code, role)
        for name in place.cities_en:
            yield en_key(name), _city_target(name.lower(), place.country, place.code)
    yield from _facility_pairs(en=True)
    for country in pycountry.countries:
        if any(place.code == country.alpha_2 for place in places()):
            continue
        for attribute in ("name", "common_name", "official_name"):
            country_name = getattr(country, attribute, None)
            if isinstance(country_name, str) and len(country_name) > 3:
                yield en_key(country_name), Target(country.alpha_2, "country")


def _facility_pairs(*, en: bool) -> Iterator[tuple[str, Target]]:
    gazetteer = facility_gazetteer()
    for entry in gazetteer.facilities:
        names = entry.names_en if en else entry.names_ru
        settlements = entry.settlements_en if en else entry.settlements_ru
        for name in names:
            for key in _keys(name, en=en):
                yield key, Target(entry.region, "facility", entry)
        for name in settlements:
            for key in _keys(name, en=en):
                yield key, Target(entry.region, "facility_settlement", entry)
                yield key, Target(entry.region, "settlement")
    for settlement in gazetteer.settlements:
        for name in settlement.names_en if en else settlement.names_ru:
            for key in _keys(name, en=en):
                yield key, Target(settlement.region, "settlement")


def _keys(name: str, *, en: bool) -> frozenset[str]:
    return frozenset({en_key(name)}) if en else ru_name_keys(name)


def _russian_country_names() -> Iterator[tuple[str, str]]:
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:  # a pycountry build without translations: English names still work
        return
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            name = getattr(country, attribute, None)
            if isinstance(name, str):
                translated = translation.gettext(name)
                if translated != name and _CYRILLIC.search(translated):
                    yield translated, country.alpha_2


def _ru_pairs() -> Iterator[tuple[str, Target]]:
    for place in places():
        role = _region_role(place.code, place.kind)
        for name in place.names_ru:
            for key in ru_name_keys(name):
                yield key, Target(place.code, role)
            words = name.split()
            if len(words) == 2 and ru_lemma_key(words[1]) in _RU_REGION_NOUNS:
                adjective = ru_lemma_key(words[0])
                if adjective not in _ADJECTIVES_LEFT_OUT:
                    yield adjective, Target(place.code, "adjective")
        for name in place.cities_ru:
            target = _city_target(name.lower(), place.country, place.code)
            for key in ru_name_keys(name):
                yield key, target
            if name.endswith("ск") and " " not in name and "-" in target.code:
                # «Копейск» → «копейский»: «в копейской колонии», next to a facility only.
                yield ru_lemma_key(name + "ий"), Target(target.code, "adjective")
    for adjective, code in REPUBLIC_ADJECTIVES_RU.items():
        yield adjective, Target(code, "adjective")
    yield from _facility_pairs(en=False)
    known = {place.code for place in places()}
    for name, code in _russian_country_names():
        if code not in known:
            yield ru_lemma_key(name), Target(code, "country")


def _en_base_pairs() -> Iterator[tuple[str, Target]]:
    """ "Sverdlovsk" of "Sverdlovsk region", as in "Sverdlovsk IK-2": an adjective (it counts
    only next to a facility)."""
    for place in places():
        for name in place.names_en:
            words = en_key(name).split()
            if len(words) > 1 and words[-1] in _EN_REGION_WORDS:
                base = " ".join(words[:-1])
                if base not in _ADJECTIVES_LEFT_OUT:
                    yield base, Target(place.code, "adjective")
    for adjective, code in REPUBLIC_ADJECTIVES_EN.items():
        yield adjective, Target(code, "adjective")


@functools.cache
def en_place_index() -> dict[str, tuple[Target, ...]]:
    """English key (:func:`en_key`) → targets. Built once per process.

    A region's base name ("sverdlovsk") is added only where no other name claims the key:
    "moscow" stays the city, never the Moscow region.
    """
    index = _unambiguous(_en_pairs())
    for key, targets in _unambiguous(_en_base_pairs()).items():
        index.setdefault(key, targets)
    return index


@functools.cache
def ru_place_index() -> dict[str, tuple[Target, ...]]:
    """Russian lemma or spelling key → targets. Built once per process (about a second)."""
    return _unambiguous(_ru_pairs())


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    keys: tuple[str, ...]


def _windows(
    words: list[_Word], index: dict[str, tuple[Target, ...]], text: str, channel: str
) -> Iterator[PlaceHit]:
    for first in range(len(words)):
        for size in range(min(MAX_NAME_WORDS, len(words) - first), 0, -1):
            window = words[first : first + size]
            for key in _window_keys(window):
                targets = index.get(key)
                if targets:
                    start, end = window[0].start, window[-1].end
                    yield PlaceHit(start, end, text[start:end], channel, targets)
                    break


def _window_keys(window: list[_Word]) -> Iterator[str]:
    # Each word offers one or two keys (its lemma and its spelling); a window of n words
    # offers their combinations, which stay few because names are short.
    combinations: list[str] = [""]
    for word in window:
        combinations = [f"{prefix} {key}".strip() for prefix in combinations for key in word.keys]
        if len(combinations) > _MAX_WINDOW_KEYS:
            combinations = combinations[:_MAX_WINDOW_KEYS]
    yield from combinations


def _english_words(text: str) -> list[_Word]:
    normalised = text.translate(_APOSTROPHES)
    words = []
    for match in re.finditer(r"[\w']+", normalised.replace("-", " ")):
        keys = _en_words(match.group(0).lower())
        if keys:
            words.append(_Word(match.start(), match.end(), (keys[0],)))
    return words


def _russian_words(text: str) -> list[_Word]:
    words = []
    for match in _RU_WORD.finditer(text):
        word = match.group(0)
        surface = word.lower().replace("ё", "е")
        if not _RU_ONLY.match(word):
            # Only Cyrillic words are lemmatised: pymorphy3 raises on some other scripts'
            # letters (it has no shape for U+17000), and their lemma would be themselves.
            words.append(_Word(match.start(), match.end(), (surface,)))
            continue
        lemma = ru_lemma_key(word)
        keys = (lemma,) if lemma == surface else (lemma, surface)
        words.append(_Word(match.start(), match.end(), keys))
    return words


def _transliterated_words(text: str) -> list[_Word]:
    words = []
    for match in _RU_WORD.finditer(text):
        keys: list[str] = []
        for cyrillic in latin_to_cyrillic_candidates(match.group(0)):
            keys += [ru_lemma_key(cyrillic), cyrillic]
        words.append(_Word(match.start(), match.end(), tuple(dict.fromkeys(keys)) or ("\x00",)))
    return words


def _stem_hits(text: str, index: dict[str, tuple[Target, ...]]) -> Iterator[PlaceHit]:
    for match in _RU_WORD.finditer(text):
        word = match.group(0)
        if not (word[:1].isupper() and _CYRILLIC.match(word)):
            continue
        lowered = word.lower().replace("ё", "е")
        for ending in _RU_ENDINGS:
            stem = lowered[: -len(ending)]
            if not lowered.endswith(ending) or len(stem) < _MIN_STEM:
                continue
            for nominative in _RU_NOMINATIVE_ENDINGS:
                targets = index.get(stem + nominative)
                if targets and all(t.role != "adjective" for t in targets):
                    yield PlaceHit(match.start(), match.end(), word, "ru-stem", targets)
                    break
            else:
                continue
            break


def _longest_non_overlapping(hits: list[PlaceHit]) -> list[PlaceHit]:
    chosen: list[PlaceHit] = []
    for hit in sorted(hits, key=lambda h: -(h.end - h.start)):  # stable: channel order kept
        if all(hit.end <= other.start or other.end <= hit.start for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


# What may stand between a republic's adjective and the facility type it qualifies: "a
# Mordovian penal colony", «в мордовской исправительной колонии»; never a preposition ("a
# Chechen prisoner in IK-6" is not in Chechnya).
_UP_TO_TWO_WORDS: Final = re.compile(
    r"\s+(?:(?!(?:in|at|of|from|to|near|with|в|во|из|на|под|у|с)\s)[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


def _ethnic(hit: PlaceHit) -> bool:
    """A republic's adjective, which is also a people's: "Chechen", «мордовский»."""
    return all(target.role == "adjective" for target in hit.targets) and (
        en_key(hit.text) in REPUBLIC_ADJECTIVES_EN
        or ru_lemma_key(hit.text) in REPUBLIC_ADJECTIVES_RU
    )


def _before_a_type(masked: str, hit: PlaceHit, type_starts: set[int]) -> bool:
    """Whether the facility type follows within two words: "a Mordovian colony" is in
    Mordovia."""
    gap = _UP_TO_TWO_WORDS.match(masked, hit.end)
    return gap is not None and any(p in type_starts for p in range(hit.end, gap.end() + 1))


def _without_adjectives(hits: Iterable[PlaceHit]) -> Iterator[PlaceHit]:
    for hit in hits:
        targets = tuple(target for target in hit.targets if target.role != "adjective")
        if targets:
            yield PlaceHit(hit.start, hit.end, hit.text, hit.channel, targets)


def place_hits_find(
    text: str, *, skip: Iterable[tuple[int, int]] = (), region_adjectives: bool = False
) -> list[PlaceHit]:
    """The names of places and facilities in ``text`` (one mention), longest first, none
    overlapping another or a ``skip`` span (the facility type and number, already read).

    ``region_adjectives``: whether «владимирского», «челябинской» alone name their region,
    which the caller allows only next to a facility (and never before «район», "district").
    """
    blanked = list(text)
    for start, end in skip:
        blanked[start:end] = " " * (end - start)
    masked = "".join(blanked)
    en_index, ru_index = en_place_index(), ru_place_index()
    hits = [
        *_windows(_english_words(masked), en_index, masked, "en"),
        *_windows(_russian_words(masked), ru_index, masked, "ru"),
    ]
    hits += [
        hit
        for hit in _windows(_transliterated_words(masked), ru_index, masked, "translit")
        if not _CYRILLIC.search(hit.text)
    ]
    hits += list(_stem_hits(masked, ru_index))
    if region_adjectives:
        hits = [hit for hit in hits if not _DISTRICT.match(masked[hit.end :])]
        starts = {start for start, _ in skip}
        hits = [hit for hit in hits if not _ethnic(hit) or _before_a_type(masked, hit, starts)]
    else:
        hits = list(_without_adjectives(hits))
    return _longest_non_overlapping(hits)


__all__ = [
    "CAPITAL_SUBDIVISIONS",
    "MAX_NAME_WORDS",
    "PlaceHit",
    "Target",
    "en_key",
    "en_place_index",
    "place_hits_find",
    "ru_place_index",
]
