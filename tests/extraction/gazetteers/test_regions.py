"""Place gazetteer: the data file against ISO 3166, and name lookups in Russian and English.

The names are real places; no text here comes from a report.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pycountry
import pytest

from recruitwatch.extraction.gazetteers.regions import (
    EN_KEYS_DROPPED_AS_AMBIGUOUS,
    PLACE_KINDS,
    RU_KEYS_DROPPED_AS_AMBIGUOUS,
    en_index,
    place_by_code,
    places,
    ru_index,
    ru_lemma_key,
    ru_name_keys,
)

RUSSIAN_SUBJECT_CODES = frozenset(
    subdivision.code for subdivision in pycountry.subdivisions.get(country_code="RU")
)
OCCUPIED_UKRAINIAN_CODES = frozenset({"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"})
COUNTRY_CODES = frozenset({"RU", "UZ", "TJ", "KG", "KZ", "TM"})

# pycountry's subdivision type → the gazetteer's kind, for Russia's subjects.
KIND_BY_PYCOUNTRY_TYPE = {
    "Administrative region": "oblast",
    "Administrative territory": "krai",
    "Republic": "republic",
    "Autonomous city": "federal_city",
    "Autonomous district": "autonomous_okrug",
    "Autonomous region": "autonomous_oblast",
}

# Lemmas of the prepositions that precede a place in reports; the lookup drops them.
RU_PREPOSITIONS = frozenset({"в", "во", "на", "из", "с", "со", "по", "под", "к", "от", "до", "о"})

ALL_CODES = [place.code for place in places()]


def ru_resolve(phrase: str) -> str | None:
    """Look a Russian phrase up as an extraction stage would: lemma key, leading prepositions
    dropped, exact match in the index."""
    words = ru_lemma_key(phrase).split()
    while words and words[0] in RU_PREPOSITIONS:
        words = words[1:]
    return ru_index().get(" ".join(words))


def test_places_cover_each_russian_federal_subject_once():
    counts = Counter(code for code in ALL_CODES if code.startswith("RU-"))
    assert set(counts) == RUSSIAN_SUBJECT_CODES
    assert len(RUSSIAN_SUBJECT_CODES) == 83
    assert {code for code, n in counts.items() if n > 1} == set()


def test_places_cover_occupied_ukraine_and_central_asia():
    assert set(ALL_CODES) >= OCCUPIED_UKRAINIAN_CODES | COUNTRY_CODES
    assert len(ALL_CODES) == len(set(ALL_CODES)) == 83 + 6 + 6


@pytest.mark.parametrize("code", ALL_CODES)
def test_places_code_exists_in_pycountry(code):
    if "-" in code:
        assert pycountry.subdivisions.get(code=code) is not None
    else:
        assert pycountry.countries.get(alpha_2=code) is not None


@pytest.mark.parametrize("place", places(), ids=lambda place: place.code)
def test_places_kind_and_country_agree_with_code(place):
    assert place.kind in PLACE_KINDS
    assert place.country == place.code.split("-")[0]
    if place.code.startswith("RU-"):
        subdivision = pycountry.subdivisions.get(code=place.code)
        assert place.kind == KIND_BY_PYCOUNTRY_TYPE[subdivision.type]
    elif place.code.startswith("UA-"):
        assert place.kind == "occupied_territory"
    else:
        assert place.kind == "country"


@pytest.mark.parametrize("place", places(), ids=lambda place: place.code)
def test_places_names_are_in_their_own_script(place):
    # Catches a Russian name filed under "en" or the reverse, which would never match.
    def has_cyrillic(name: str) -> bool:
        return any("\u0400" <= char <= "\u04ff" for char in name)

    assert place.names_en
    assert place.names_ru
    assert not [name for name in (*place.names_en, *place.cities_en) if has_cyrillic(name)]
    assert [name for name in (*place.names_ru, *place.cities_ru) if not has_cyrillic(name)] == []


def test_places_list_each_town_under_one_place():
    codes_by_town: defaultdict[str, set[str]] = defaultdict(set)
    for place in places():
        for town in (*place.cities_en, *place.cities_ru):
            codes_by_town[town].add(place.code)
    assert {town: codes for town, codes in codes_by_town.items() if len(codes) > 1} == {}


def test_places_is_read_once():
    assert places() is places()


def test_place_by_code_finds_exact_code_only():
    vladimir = place_by_code("RU-VLA")
    assert vladimir is not None
    assert "Melekhovo" in vladimir.cities_en
    assert "Владимирская область" in vladimir.names_ru
    assert place_by_code("KG") is not None
    assert place_by_code("ru-vla") is None
    assert place_by_code("RU-XXX") is None


@pytest.mark.parametrize(
    ("inflected", "nominative"),
    [
        ("Владимирской области", "Владимирская область"),
        ("Свердловскую область", "Свердловская область"),
        ("Краснодарском крае", "Краснодарский край"),
        ("Татарстане", "Татарстан"),
        ("Санкт-Петербурге", "Санкт-Петербург"),
        ("Ростове-на-Дону", "Ростов-на-Дону"),
        ("Кыргызстана", "Кыргызстан"),
        ("ОРЁЛ", "орел"),
        ("Республике Саха (Якутия)", "Республика Саха — Якутия"),
    ],
)
def test_ru_lemma_key_inflected_equals_nominative(inflected, nominative):
    assert ru_lemma_key(inflected) == ru_lemma_key(nominative)


def test_ru_lemma_key_keeps_preposition():
    assert ru_lemma_key("в Татарстане") == "в татарстан"
    assert ru_lemma_key("Татарстан") in ru_lemma_key("в Татарстане")


def test_ru_lemma_key_of_no_words_is_empty():
    assert ru_lemma_key(" — , ") == ""


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Владимирской области", "RU-VLA"),
        ("в Свердловской области", "RU-SVE"),
        ("Краснодарском крае", "RU-KDA"),
        ("Татарстане", "RU-TA"),
        ("Мордовии", "RU-MO"),
        ("Санкт-Петербурге", "RU-SPE"),
        ("Москве", "RU-MOW"),
        ("Ростовской области", "RU-ROS"),
        ("Кыргызстана", "KG"),
        ("Узбекистане", "UZ"),
        ("Крыму", "UA-43"),
        # Moscow the city and the region around it stay apart.
        ("в Подмосковье", "RU-MOS"),
        ("Московской области", "RU-MOS"),
        ("по Ленинградской области", "RU-LEN"),
        ("из ДНР", "UA-14"),
        ("в Республике Башкортостан", "RU-BA"),
        ("на Кубани", "RU-KDA"),
        ("в Киргизии", "KG"),
        ("из Таджикистана", "TJ"),
        # Towns and colony settlements.
        ("в Нижнем Тагиле", "RU-SVE"),
        ("в Набережных Челнах", "RU-TA"),
        ("в Копейске", "RU-CHE"),
        ("в Мелехово", "RU-VLA"),
        ("в Покрове", "RU-VLA"),
        # Keys added beyond the nominative's lemma key (module docstring of regions.py).
        ("в Тверской области", "RU-TVE"),
        ("по Ханты-Мансийскому автономному округу", "RU-KHM"),
        ("в Коврове", "RU-VLA"),
        ("в Явасе", "RU-MO"),
    ],
)
def test_ru_index_resolves_inflected_forms(phrase, code):
    assert ru_resolve(phrase) == code


@pytest.mark.parametrize(
    "phrase",
    [
        "на Алтае",  # Republic or Krai: ambiguous, dropped
        "об Иванове",  # the surname Ivanov reads first; the town Ivanovo abstains
        "шахты",  # "mines", not the town Shakhty
        "семей",  # "of families", not the town Semey
        "в сосновом бору",  # "in a pine forest", not Sosnovy Bor
        "Железногорск",  # two towns of that name; neither listed
    ],
)
def test_ru_index_abstains_on_ambiguous_or_everyday_words(phrase):
    assert ru_resolve(phrase) is None


def _claims(keys_of_place: dict[str, set[str]]) -> dict[str, set[str]]:
    codes_by_key: defaultdict[str, set[str]] = defaultdict(set)
    for code, keys in keys_of_place.items():
        for key in keys:
            codes_by_key[key].add(code)
    return codes_by_key


def _single_claims(codes_by_key: dict[str, set[str]]) -> dict[str, str]:
    return {key: next(iter(codes)) for key, codes in codes_by_key.items() if len(codes) == 1}


def test_ru_index_drops_exactly_the_documented_ambiguous_keys():
    codes_by_key = _claims(
        {
            place.code: {
                key for name in (*place.names_ru, *place.cities_ru) for key in ru_name_keys(name)
            }
            for place in places()
        }
    )
    ambiguous = {key for key, codes in codes_by_key.items() if len(codes) > 1}
    index = ru_index()
    assert ambiguous == RU_KEYS_DROPPED_AS_AMBIGUOUS
    assert not ambiguous & set(index)
    assert index == _single_claims(codes_by_key)


def test_en_index_drops_exactly_the_documented_ambiguous_keys():
    codes_by_key = _claims(
        {
            place.code: {name.lower() for name in (*place.names_en, *place.cities_en)}
            for place in places()
        }
    )
    ambiguous = {key for key, codes in codes_by_key.items() if len(codes) > 1}
    index = en_index()
    assert ambiguous == EN_KEYS_DROPPED_AS_AMBIGUOUS
    assert not ambiguous & set(index)
    assert index == _single_claims(codes_by_key)


def test_ru_index_returns_a_copy():
    index = ru_index()
    index["москва"] = "XX"
    assert ru_index()["москва"] == "RU-MOW"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Vladimir region", "RU-VLA"),
        ("Sverdlovskaya oblast", "RU-SVE"),
        ("Krasnodar Krai", "RU-KDA"),
        ("Republic of Tatarstan", "RU-TA"),
        ("St. Petersburg", "RU-SPE"),
        ("Kirghizia", "KG"),
        # Moscow the city and the region around it stay apart.
        ("Moscow", "RU-MOW"),
        ("Moscow region", "RU-MOS"),
        ("Podmoskovye", "RU-MOS"),
        ("Leningrad region", "RU-LEN"),
        ("Saint Petersburg", "RU-SPE"),
        ("Petersburg", "RU-SPE"),
        ("Chechnya", "RU-CE"),
        ("Yakutia", "RU-SA"),
        ("Bashkiria", "RU-BA"),
        ("Trans-Baikal Territory", "RU-ZAB"),
        ("Khanty-Mansi Autonomous Okrug", "RU-KHM"),
        ("Jewish Autonomous Oblast", "RU-YEV"),
        ("Crimea", "UA-43"),
        ("Sevastopol", "UA-40"),
        ("Donetsk People's Republic", "UA-14"),
        ("Lugansk region", "UA-09"),
        ("Zaporozhye region", "UA-23"),
        ("Kherson oblast", "UA-65"),
        ("Kyrgyz Republic", "KG"),
        ("Qirgʻiziston", "KG"),
        ("Oʻzbekiston", "UZ"),
        ("Tojikiston", "TJ"),
        ("Qazaqstan", "KZ"),
        ("Turkmenia", "TM"),
        ("Russian Federation", "RU"),
        # Towns and colony settlements; case does not matter.
        ("Melekhovo", "RU-VLA"),
        ("kopeisk", "RU-CHE"),
        ("Nizhny Tagil", "RU-SVE"),
        ("Yavas", "RU-MO"),
        ("Torzhok", "RU-TVE"),
        ("Kharp", "RU-YAN"),
        ("Rostov-on-Don", "RU-ROS"),
    ],
)
def test_en_index_resolves_spellings(name, code):
    assert en_index().get(name.lower()) == code


@pytest.mark.parametrize("name", ["Altai", "Zheleznogorsk", "Troitsk", "Leningrad"])
def test_en_index_abstains_on_ambiguous_names(name):
    assert en_index().get(name.lower()) is None
