"""Generate the places benchmark: ``generated.places.txt`` and ``generated.places.expected.json``
(format: shared/contracts/linking-format.md), for ``score_linking.py resolve``.

    python tests/corpus/linking/make_places.py      # rewrites both files; seed fixed

The strings are FICTIONAL mentions built from templates: no report is quoted and no person is
named. Place names and ISO codes are real (a benchmark of fictional places would test
nothing); facility numbers are drawn at random, so "IK-7 in the Kirov region" is a made-up
combination, not a claim that such a colony exists — except the few facility nicknames at the
end, which are well-known facts.

The Russian case forms and transliterations are produced by this script's own small rules
(regular adjective declension, a table per town, a simple press transliteration), not by the
resolver's lemmatiser, so the benchmark does not grade the resolver against itself.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

SEED = 20240607
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Region:
    code: str
    en: str  # English base: "Vladimir" → "Vladimir region"
    ru_adjective: str  # «Владимирская» (oblast) / «Красноярский» (krai); "" for republics
    ru_noun: str  # «область», «край», or a republic's own forms below
    ru_forms: tuple[str, str, str, str] = ("", "", "", "")  # nom, gen, dat, prep (republics)


REGIONS = (
    Region("RU-VLA", "Vladimir", "Владимирская", "область"),
    Region("RU-KOS", "Kostroma", "Костромская", "область"),
    Region("RU-KIR", "Kirov", "Кировская", "область"),
    Region("RU-SVE", "Sverdlovsk", "Свердловская", "область"),
    Region("RU-CHE", "Chelyabinsk", "Челябинская", "область"),
    Region("RU-OMS", "Omsk", "Омская", "область"),
    Region("RU-IRK", "Irkutsk", "Иркутская", "область"),
    Region("RU-TVE", "Tver", "Тверская", "область"),
    Region("RU-SAR", "Saratov", "Саратовская", "область"),
    Region("RU-ROS", "Rostov", "Ростовская", "область"),
    Region("RU-NIZ", "Nizhny Novgorod", "Нижегородская", "область"),
    Region("RU-ORE", "Orenburg", "Оренбургская", "область"),
    Region("RU-MUR", "Murmansk", "Мурманская", "область"),
    Region("RU-KEM", "Kemerovo", "Кемеровская", "область"),
    Region("RU-RYA", "Ryazan", "Рязанская", "область"),
    Region("RU-VOR", "Voronezh", "Воронежская", "область"),
    Region("RU-LIP", "Lipetsk", "Липецкая", "область"),
    Region("RU-TUL", "Tula", "Тульская", "область"),
    Region("RU-KYA", "Krasnoyarsk", "Красноярский", "край"),
    Region("RU-PER", "Perm", "Пермский", "край"),
    Region("RU-KDA", "Krasnodar", "Краснодарский", "край"),
    Region("RU-STA", "Stavropol", "Ставропольский", "край"),
    Region("RU-KHA", "Khabarovsk", "Хабаровский", "край"),
    Region("RU-TA", "Tatarstan", "", "", ("Татарстан", "Татарстана", "Татарстану", "Татарстане")),
    Region("RU-MO", "Mordovia", "", "", ("Мордовия", "Мордовии", "Мордовии", "Мордовии")),
    Region("RU-KO", "Komi", "", "", ("Коми", "Коми", "Коми", "Коми")),
    Region("RU-CE", "Chechnya", "", "", ("Чечня", "Чечни", "Чечне", "Чечне")),
    Region("RU-BU", "Buryatia", "", "", ("Бурятия", "Бурятии", "Бурятии", "Бурятии")),
    Region("RU-KR", "Karelia", "", "", ("Карелия", "Карелии", "Карелии", "Карелии")),
    Region("RU-DA", "Dagestan", "", "", ("Дагестан", "Дагестана", "Дагестану", "Дагестане")),
)
REPUBLIC_EN = {"RU-KO": "Komi Republic", "RU-CE": "Chechen Republic"}


@dataclass(frozen=True)
class Town:
    code: str
    en: tuple[str, ...]  # spellings used in English reports
    ru: tuple[str, str, str, str]  # nom, gen, prep, ins


TOWNS = (
    Town("RU-TA", ("Kazan",), ("Казань", "Казани", "Казани", "Казанью")),
    Town(
        "RU-SVE",
        ("Yekaterinburg", "Ekaterinburg"),
        ("Екатеринбург", "Екатеринбурга", "Екатеринбурге", "Екатеринбургом"),
    ),
    Town("RU-OMS", ("Omsk",), ("Омск", "Омска", "Омске", "Омском")),
    Town("RU-CHE", ("Kopeysk", "Kopeisk"), ("Копейск", "Копейска", "Копейске", "Копейском")),
    Town("RU-CHE", ("Chelyabinsk",), ("Челябинск", "Челябинска", "Челябинске", "Челябинском")),
    Town("RU-KYA", ("Krasnoyarsk",), ("Красноярск", "Красноярска", "Красноярске", "Красноярском")),
    Town(
        "RU-NVS", ("Novosibirsk",), ("Новосибирск", "Новосибирска", "Новосибирске", "Новосибирском")
    ),
    Town("RU-BA", ("Ufa",), ("Уфа", "Уфы", "Уфе", "Уфой")),
    Town("RU-IRK", ("Irkutsk",), ("Иркутск", "Иркутска", "Иркутске", "Иркутском")),
    Town("RU-TVE", ("Tver",), ("Тверь", "Твери", "Твери", "Тверью")),
    Town("RU-KIR", ("Kirov",), ("Киров", "Кирова", "Кирове", "Кировом")),
    Town("RU-KOS", ("Kostroma",), ("Кострома", "Костромы", "Костроме", "Костромой")),
    Town("RU-SAR", ("Saratov",), ("Саратов", "Саратова", "Саратове", "Саратовом")),
    Town(
        "RU-ROS",
        ("Rostov-on-Don",),
        ("Ростов-на-Дону", "Ростова-на-Дону", "Ростове-на-Дону", "Ростовом-на-Дону"),
    ),
    Town("RU-SAM", ("Samara",), ("Самара", "Самары", "Самаре", "Самарой")),
    Town("RU-PER", ("Perm",), ("Пермь", "Перми", "Перми", "Пермью")),
    Town("RU-MOW", ("Moscow",), ("Москва", "Москвы", "Москве", "Москвой")),
    Town(
        "RU-SPE",
        ("St Petersburg", "Saint Petersburg"),
        ("Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербурге", "Санкт-Петербургом"),
    ),
    Town("RU-MO", ("Yavas",), ("Явас", "Яваса", "Явасе", "Явасом")),
    Town("RU-MO", ("Saransk",), ("Саранск", "Саранска", "Саранске", "Саранском")),
    Town("RU-CE", ("Grozny",), ("Грозный", "Грозного", "Грозном", "Грозным")),
    Town("RU-VOR", ("Voronezh",), ("Воронеж", "Воронежа", "Воронеже", "Воронежем")),
    Town("RU-RYA", ("Ryazan",), ("Рязань", "Рязани", "Рязани", "Рязанью")),
    Town("RU-KDA", ("Krasnodar",), ("Краснодар", "Краснодара", "Краснодаре", "Краснодаром")),
    Town("UA-43", ("Simferopol",), ("Симферополь", "Симферополя", "Симферополе", "Симферополем")),
    Town("UA-14", ("Donetsk",), ("Донецк", "Донецка", "Донецке", "Донецком")),
    Town("UA-14", ("Mariupol",), ("Мариуполь", "Мариуполя", "Мариуполе", "Мариуполем")),
    Town("UA-09", ("Luhansk", "Lugansk"), ("Луганск", "Луганска", "Луганске", "Луганском")),
    Town("UA-23", ("Melitopol",), ("Мелитополь", "Мелитополя", "Мелитополе", "Мелитополем")),
    Town("UA-40", ("Sevastopol",), ("Севастополь", "Севастополя", "Севастополе", "Севастополем")),
)

# Occupied territories: (code, English names, Russian forms nom/gen/prep).
OCCUPIED = (
    ("UA-43", ("Crimea", "the Republic of Crimea"), ("Крым", "Крыма", "Крыму")),
    (
        "UA-14",
        ("Donetsk region", "the Donetsk People's Republic", "DPR"),
        ("ДНР", "Донецкой области", "Донецкой Народной Республике"),
    ),
    (
        "UA-09",
        ("Luhansk region", "Lugansk oblast", "LNR"),
        ("ЛНР", "Луганской области", "Луганской Народной Республике"),
    ),
    (
        "UA-23",
        ("Zaporizhzhia region", "Zaporozhye oblast"),
        ("Запорожская область", "Запорожской области", "Запорожской области"),
    ),
    (
        "UA-65",
        ("Kherson region", "Kherson oblast"),
        ("Херсонская область", "Херсонской области", "Херсонской области"),
    ),
)

# Central Asian states under all the names reports use, Russian in several cases.
COUNTRIES = (
    ("KG", ("Kyrgyzstan", "Kirghizia", "Kyrgyz Republic", "Qirgʻiziston", "Kirgizia"),
     ("Кыргызстан", "Киргизия", "в Кыргызстане", "из Киргизии", "Киргизстан",
      "Кыргызской Республики")),
    ("UZ", ("Uzbekistan", "Oʻzbekiston", "O'zbekiston"),
     ("Узбекистан", "из Узбекистана", "в Узбекистане", "Узбекистану")),
    ("TJ", ("Tajikistan", "Tadjikistan", "Tojikiston"),
     ("Таджикистан", "из Таджикистана", "в Таджикистане", "Республики Таджикистан")),
    ("KZ", ("Kazakhstan", "Qazaqstan"), ("Казахстан", "из Казахстана", "в Казахстане")),
    ("TM", ("Turkmenistan", "Turkmenia"), ("Туркменистан", "из Туркмении")),
)  # fmt: skip

UNKNOWN = (
    "at the front", "in the occupied territories", "somewhere in Siberia", "in the Urals",
    "abroad", "на передовой", "в зоне СВО", "за границей", "в лагере", "at a training ground",
    "in the east", "на Донбассе", "the camp near the border", "в тылу",
)  # fmt: skip

# Well-known nicknames (facts, not generated): nickname → canonical.
NICKNAMES = (
    ("Polar Wolf", "IK", "3", "RU-YAN"),
    ("колония «Полярный волк»", "IK", "3", "RU-YAN"),
    ("Black Dolphin", "IK", "6", "RU-ORE"),
    ("в «Черном дельфине»", "IK", "6", "RU-ORE"),
    ("White Swan prison", "IK", "2", "RU-PER"),
    ("Vladimir Central", "T", "2", "RU-VLA"),
    ("Бутырка", "SIZO", "2", "RU-MOW"),
    ("в СИЗО «Матросская Тишина»", "SIZO", "1", "RU-MOW"),
    ("the penal colony in Melekhovo", "IK", "6", "RU-VLA"),
    ("колония в Покрове", "IK", "2", "RU-VLA"),
    ("the migration centre in Sakharovo", "migration_centre", None, "RU-MOW"),
    ("ЦВСИГ в Сахарово", "migration_centre", None, "RU-MOW"),
)  # fmt: skip

NUMBER_WORDS_EN = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven",
                   8: "Eight", 9: "Nine", 10: "Ten", 11: "Eleven", 12: "Twelve"}  # fmt: skip

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip


def translit(text: str, *, short_i: str = "y") -> str:
    """A press transliteration (BGN/PCGN without diacritics); ``short_i`` "i" gives the
    other common spelling of «й» ("Vladimirskoi")."""
    out = []
    for char in text:
        low = char.lower()
        latin = (short_i if low == "й" else _TRANSLIT.get(low, low)) if low.isalpha() else char
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def region_forms(region: Region) -> dict[str, str]:
    """nom/gen/dat/prep/ins of a region's Russian name, by regular adjective declension."""
    if not region.ru_adjective:
        nom, gen, dat, prep = region.ru_forms
        return {"nom": nom, "gen": gen, "dat": dat, "prep": prep}
    adjective = region.ru_adjective
    if region.ru_noun == "область":
        stem = adjective[:-2]  # «Владимирск»
        return {
            "nom": f"{adjective} область",
            "gen": f"{stem}ой области",
            "dat": f"{stem}ой области",
            "prep": f"{stem}ой области",
            "ins": f"{stem}ой областью",
        }
    stem = adjective[:-2]  # «Красноярск»
    return {
        "nom": f"{adjective} край",
        "gen": f"{stem}ого края",
        "dat": f"{stem}ому краю",
        "prep": f"{stem}ом крае",
        "ins": f"{stem}им краем",
    }


def region_en(region: Region, rng: random.Random) -> str:
    if not region.ru_adjective:
        return REPUBLIC_EN.get(region.code, region.en)
    noun = "Krai" if region.ru_noun == "край" else rng.choice(["region", "Oblast", "oblast"])
    return f"{region.en} {noun}"


def facility_line(rng: random.Random) -> tuple[str, str, str | None, str | None]:
    """A numbered or typed facility mention: (text, type, number, region or None)."""
    number = rng.randint(1, 40)
    region = rng.choice(REGIONS)
    forms = region_forms(region)
    town = rng.choice(TOWNS)
    en, r_en = region_en(region, rng), region.code
    n, s, v = str(number), str(number % 6 + 1), str(number % 5 + 1)  # IK, SIZO and VK numbers
    word, w = NUMBER_WORDS_EN[number % 12 + 1], str(number % 12 + 1)
    t, code, office, centre = (
        rng.choice(town.en),
        town.code,
        "enlistment_office",
        "migration_centre",
    )
    templates = [
        (f"Penal Colony No. {number} in the {en}", "IK", n, r_en),
        (f"IK-{number} in the {en}", "IK", n, r_en),
        (f"penal colony No. {number}, {en}", "IK", n, r_en),
        (f"IK-{number} ({en})", "IK", n, r_en),
        (f"ИК-{number} УФСИН России по {forms['dat']}", "IK", n, r_en),
        (f"в ИК-{number} {forms['gen']}", "IK", n, r_en),
        (f"исправительной колонии № {number} {forms['gen']}", "IK", n, r_en),
        (f"в исправительной колонии строгого режима № {number} в {forms['prep']}", "IK", n, r_en),
        (f"ФКУ ИК-{number} ГУФСИН России по {forms['dat']}", "IK", n, r_en),
        (f"IK-{number} UFSIN Rossii po {translit(forms['dat'])}", "IK", n, r_en),
        (f"v IK-{number} {translit(forms['gen'], short_i='i')}", "IK", n, r_en),
        (f"СИЗО-{s} {town.ru[1]}", "SIZO", s, code),
        (f"в СИЗО-{s} {town.ru[1]}", "SIZO", s, code),
        (f"SIZO-{s} in {t}", "SIZO", s, code),
        (f"pre-trial detention centre No. {s} in {t}", "SIZO", s, code),
        (f"SIZO-{s} {translit(town.ru[1])}", "SIZO", s, code),
        (f"colony-settlement No. {number} in {t}", "KP", n, code),
        (f"колония-поселение № {number} в {forms['prep']}", "KP", n, r_en),
        (f"KP-{number} {en}", "KP", n, r_en),
        (f"ЛИУ-{number} {forms['gen']}", "LIU", n, r_en),
        (f"medical correctional institution No. {number} in the {en}", "LIU", n, r_en),
        (f"воспитательная колония № {v} в {town.ru[2]}", "VK", v, code),
        (f"educational colony No. {v} in {t}", "VK", v, code),
        (f"Correctional Colony Number {word}, {en}", "IK", w, r_en),
        (f"a colony in {t}", "IK", None, code),
        # (near Moscow or St Petersburg is the city or the region around it: no region)
        (f"колонии под {town.ru[3]}", "IK", None, None if code in NEAR_UNDETERMINED else code),
        (f"the pre-trial detention centre in {t}", "SIZO", None, code),
        (f"military enlistment office in {t}", office, None, code),
        (f"военкомат {town.ru[1]}", office, None, code),
        (f"в военкомате {town.ru[1]}", office, None, code),
        (f"военкомат в {town.ru[2]}", office, None, code),
        (f"the voenkomat in {t}", office, None, code),
        (f"detention centre for foreign nationals in {t}", centre, None, code),
        (f"центр временного содержания иностранных граждан в {town.ru[2]}", centre, None, code),
        (f"ЦВСИГ {town.ru[1]}", centre, None, code),
        (f"migration centre in the {en}", centre, None, r_en),
        # numbered facilities without a region: the region must stay null
        (f"IK-{number}", "IK", n, None),
        (f"ИК-{number}", "IK", n, None),
        (f"в ИК-{number}", "IK", n, None),
        (f"penal colony No. {number}", "IK", n, None),
        (f"исправительная колония № {number}", "IK", n, None),
        (f"SIZO-{s}", "SIZO", s, None),
        (f"в СИЗО № {s}", "SIZO", s, None),
        (f"KP-{number}", "KP", n, None),
        (f"Penal Colony Number {word}", "IK", w, None),
        ("the migration centre", centre, None, None),
        ("военкомат", office, None, None),
    ]
    return rng.choice(templates)


def region_line(rng: random.Random) -> tuple[str, str, str]:
    region = rng.choice(REGIONS)
    forms = region_forms(region)
    en = region_en(region, rng)
    text = rng.choice(
        [
            en,
            f"the {en}" if region.ru_adjective else en,
            f"in the {en}" if region.ru_adjective else f"in {en}",
            forms["nom"],
            f"в {forms['prep']}",
            f"из {forms['gen']}",
            f"по {forms['dat']}",
            forms["gen"],
            f"v {translit(forms['prep'])}",
            translit(forms["nom"]),
        ]
    )
    return text, "region", region.code


# Federal cities whose surroundings are another region: "под Москвой" may be Moscow or the
# Moscow region, so the text determines no region.
NEAR_UNDETERMINED = frozenset({"RU-MOW", "RU-SPE"})


def town_line(rng: random.Random) -> tuple[str, str, str | None]:
    town = rng.choice(TOWNS)
    nom, gen, prep, ins = town.ru
    text = rng.choice(
        [
            rng.choice(town.en),
            f"in {rng.choice(town.en)}",
            nom,
            f"в {prep}",
            f"из {gen}",
            f"под {ins}",
            f"v {translit(prep)}",
            translit(nom),
        ]
    )
    if text.startswith("под ") and town.code in NEAR_UNDETERMINED:
        return text, "unknown", None
    return text, "settlement", town.code


def expected(
    text: str,
    kind: str,
    *,
    facility_type: str | None = None,
    number: str | None = None,
    region: str | None = None,
    country: str | None = None,
) -> dict[str, object]:
    if kind == "facility":
        head = f"{facility_type}-{number}" if number else str(facility_type)
        canonical: str | None = f"{head} {region}" if region else head
        country = region.split("-")[0] if region else "RU"
    elif kind in {"region", "settlement"}:
        canonical = region
        country = region.split("-")[0] if region else None
    else:
        canonical = country
    return {
        "text": text,
        "kind": kind,
        "facility_type": facility_type,
        "number": number,
        "region": region,
        "country": country,
        "canonical": canonical,
    }


def generate(count: int = 400) -> list[dict[str, object]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for a reproducible benchmark
    rows: dict[str, dict[str, object]] = {}

    def add(row: dict[str, object]) -> None:
        rows.setdefault(str(row["text"]), row)

    for code, english, russian in COUNTRIES:  # every name of every country, once
        for name in (*english, *russian):
            add(expected(name, "country", country=code))
    for code, english, russian in OCCUPIED:
        for name in english:
            add(expected(name, "region", region=code))
        for form, prefix in zip(russian, ("", "из ", "в "), strict=False):
            add(expected(prefix + form, "region", region=code))
        add(
            expected(
                f"SIZO-1 in the {english[0]}",
                "facility",
                facility_type="SIZO",
                number="1",
                region=code,
            )
        )
    for name, facility_type, number, region in NICKNAMES:
        add(expected(name, "facility", facility_type=facility_type, number=number, region=region))
    for text in UNKNOWN:
        add(expected(text, "unknown"))
    while len(rows) < count:
        pick = rng.random()
        if pick < 0.55:
            text, facility_type, number, region = facility_line(rng)
            add(
                expected(
                    text, "facility", facility_type=facility_type, number=number, region=region
                )
            )
        elif pick < 0.8:
            text, kind, region = region_line(rng)
            add(expected(text, kind, region=region))
        else:
            text, kind, region = town_line(rng)
            add(expected(text, kind, region=region))
    return list(rows.values())


def main() -> None:
    rows = generate()
    (HERE / "generated.places.txt").write_text(
        "".join(f"{row['text']}\n" for row in rows), encoding="utf-8"
    )
    (HERE / "generated.places.expected.json").write_text(
        json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(rows)} place and facility strings written to {HERE}")


if __name__ == "__main__":
    main()
