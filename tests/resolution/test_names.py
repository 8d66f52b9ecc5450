"""Names across scripts (recruitwatch.resolution.names). All names are fictional
combinations of common name parts."""

from __future__ import annotations

import iuliia
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.resolution.names import name_parse, phonetic_keys, surname_stem
from recruitwatch.resolution.people_compare import FIRST_MIN, SURNAME_MIN, similarity


def _surnames(written: str) -> frozenset[str]:
    keys: set[str] = set()
    for reading in name_parse(written).readings:
        keys |= reading.surname
    return frozenset(keys)


def _firsts(written: str) -> frozenset[str]:
    keys: set[str] = set()
    for reading in name_parse(written).readings:
        keys |= reading.first
    return frozenset(keys)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Фарход Тожиев", "Farkhod Tojiev"),  # Uzbek Latin j
        ("Фарход Тожиев", "Farkhod Tozhiyev"),  # BGN/PCGN
        ("Фарход Тожиев", "Farhod Tožiev"),  # GOST 7.79 A
        ("Фарход Тожиев", "Farhod Tadjiyev"),  # old passport dj, a for o
        ("Фарход Тожиеву", "Farkhod Tojiev"),  # dative
        ("Шавката Абдуллаева", "ABDULLAEV SHAVKAT"),  # genitive; passport order
        ("Шавкат Абдуллаев", "Chavkat Abdoullaev"),  # French-based Soviet passport
        ("Умед Саидов", "Umed Saidzoda"),  # Tajik -zoda
        ("Умед Саидов", "Умед Саидзод"),  # Tajik -zod
        ("Эркин Токтосунов", "Erkin Toktosun uulu"),  # Kyrgyz uulu
        ("Эркину Токтосунову", "Erkin Toktosun uulu"),
        ("Уткир Гуломов", "Oʻtkir Gʻulomov"),  # Uzbek Latin oʻ gʻ
        ("Зафар Ходжаев", "Zafar Xo‘jayev"),  # Uzbek oʻ (ў) that Russian writes о
        ("Zafar Khodjaev", "Zafar Xoʻjayev"),
        ("Хуршед Джураев", "Xurshed Jurayev"),  # Uzbek Latin x, j
        ("Бехзод Ёкубов", "Behzod Yoqubov"),  # ё, q
        ("Пётр Ермаков", "Pyotr Yermakov"),
        ("Пётр Ермаков", "Pёtr Ermakov"),  # a stray Cyrillic ё in a Latin spelling
        ("Бахтиёр Эргашев", "Bakhtiyar Ergashev"),  # иё, spelt ия in Russian usage
        ("Bakhtiyor Ergashev", "Bakhtiyar Ergashov"),  # Uzbek yo against ya, -ov against -ev
        ("Пётр Соловьёв", "Pyotr Solov'yov"),  # ьё stays ё after a consonant
    ],
)
def test_name_parse_spellings_have_alike_surname_and_first_name_keys(one: str, other: str) -> None:
    assert similarity(_surnames(one), _surnames(other)) >= SURNAME_MIN
    assert similarity(_firsts(one), _firsts(other)) >= FIRST_MIN


@pytest.mark.parametrize(
    ("one", "other"),
    [("Иван Белов", "Иван Беляев"), ("Азиз Каримов", "Азиз Рахимов")],
)
def test_name_parse_different_surnames_are_not_alike(one: str, other: str) -> None:
    assert similarity(_surnames(one), _surnames(other)) < SURNAME_MIN


@pytest.mark.parametrize(
    ("diminutive", "full"),
    [("Zhenya Sorokin", "Yevgeniy Sorokin"), ("Саша Орлов", "Aleksandr Orlov")],
)
def test_name_parse_diminutive_reaches_full_name(diminutive: str, full: str) -> None:
    assert _firsts(diminutive) & _firsts(full)


def test_name_parse_surname_first_order_is_recognised_by_its_ending() -> None:
    parsed = name_parse("ABDULLAEV SHAVKAT")
    assert len(parsed.readings) == 1
    assert parsed.readings[0].surname_written == "ABDULLAEV"


def test_name_parse_initial_is_kept_apart_from_first_names() -> None:
    (reading,) = name_parse("П. Ермаков").readings
    assert reading.first == frozenset()
    assert reading.first_initial == "p"
    assert reading.surname == frozenset({"ermak"})


def test_name_parse_patronymic_is_not_a_first_name_or_surname() -> None:
    parsed = name_parse("Абдуллаев Шавкат Рустамович")
    assert parsed.patronymic
    assert all("rustam" not in key for r in parsed.readings for key in r.first | r.surname)


def test_name_parse_uzbek_ogli_marks_the_father_name() -> None:
    parsed = name_parse("Aziz Karimov Rustam oʻgʻli")
    assert any(key.startswith("rustam") for key in parsed.patronymic)


def test_surname_stem_keeps_short_surnames_whole() -> None:
    assert surname_stem("kim") == "kim"
    assert surname_stem("karimova") == "karim"


RUSSIAN_SURNAMES = ("Ермаков", "Сорокин", "Журавлёв", "Щукин", "Кудрявцев", "Соловьёв", "Цветков")
SCHEMES = (
    iuliia.ICAO_DOC_9303,
    iuliia.BGN_PCGN,
    iuliia.WIKIPEDIA,
    iuliia.GOST_779,
    iuliia.GOST_779_ALT,
    iuliia.MVD_310_FR,
)


@given(st.sampled_from(RUSSIAN_SURNAMES), st.sampled_from(SCHEMES))
def test_surname_keys_agree_across_transliteration_schemes(surname: str, scheme: object) -> None:
    latin = scheme.translate(surname)  # type: ignore[attr-defined]
    assert _surnames(f"Иван {surname}") & _surnames(f"Ivan {latin}"), latin


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_name_parse_accepts_any_text(text: str) -> None:
    parsed = name_parse(text)
    assert parsed.written == text
    for reading in parsed.readings:
        assert all(key for key in reading.surname)


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюяqwxjhʻ'-", min_size=1, max_size=20))
def test_phonetic_keys_are_deterministic_and_free_of_marks(token: str) -> None:
    keys = phonetic_keys(token)
    assert keys == phonetic_keys(token)
    assert all("ʻ" not in key and "'" not in key for key in keys)
