"""Generate the fictional person-linking benchmark: ``generated.mentions.jsonl`` and
``generated.mentions.expected.json`` (the contract of shared/contracts/linking-format.md).

    .venv/bin/python tests/corpus/linking/make_people.py            # writes the two files
    .venv/bin/python tests/corpus/linking/make_people.py --persons 20000 --output DIR

ALL DATA IS FICTIONAL. Every person is a random first name joined to a random surname root
from the lists below (common name parts, not people); birth dates, colonies and regions are
random. Any resemblance to a real person is a coincidence of common names.

What it covers, per mention, at random (seeded, so the output is the same on every run):
Cyrillic in the nominative and in the genitive, dative and instrumental; surname first
with a Russian-style patronymic; initials; Latin under ICAO Doc 9303, BGN/PCGN, Wikipedia,
GOST 7.79 (A and B), the French-based spelling of old Soviet passports (MVD 310 FR), Uzbek
Latin with x/q/oʻ/gʻ (from Uzbek Cyrillic), Tajik Latin (cyrtranslit); Tajik -zoda/-zod and
-ov forms of one family name; Kyrgyz "X uulu" and "Xov"; Russian diminutives; upper-case
passport order ("TOJIEV FARKHOD"); one-letter typos; and deliberate namesakes (same name,
another birth year, region and colony).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

import cyrtranslit
import iuliia

SEED = 20260407
HERE = Path(__file__).resolve().parent


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- name parts (common names; every combination below is random) -------------------------
RU_FIRST = _words(
    "Евгений Александр Сергей Дмитрий Николай Иван Владимир Алексей Павел Пётр Константин "
    "Виктор Юрий Михаил Андрей Максим Роман Артём Фёдор Степан Игорь Олег Денис Кирилл Антон "
    "Илья Егор Вадим Борис Леонид Григорий Василий Геннадий Валерий Анатолий Вячеслав Глеб "
    "Тимофей Аркадий Семён Филипп Ярослав Матвей Эдуард Георгий Станислав"
)
RU_SURNAMES = _words(
    "Ермаков Сорокин Кузнецов Волков Смирнов Морозов Лебедев Козлов Новиков Соловьёв Зайцев "
    "Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Тарасов Комаров Орлов "
    "Киселёв Макаров Ковалёв Ильин Гусев Титов Кудрявцев Баранов Куликов Степанов Яковлев "
    "Никитин Соболев Рябов Поляков Цветков Данилов Жуков Фролов Журавлёв Крылов Сидоров "
    "Осипов Белоусов Федотов Дорофеев Бобров Калинин Анисимов Петухов Тимофеев Никифоров "
    "Веселов Марков Большаков Суханов Миронов Ширяев Коновалов Шестаков Казаков Громов Фомин "
    "Давыдов Мельников Щербаков Блинов Колесников Карпов Афанасьев Власов Маслов Тихонов "
    "Гаврилов Родионов Горбунов Быков Зуев Третьяков Савельев Рыбаков Суворов Воронов Мухин "
    "Архипов Трофимов Мартынов Емельянов Горшков Чернов Овчинников Селезнёв Панфилов Копылов "
    "Галкин Лобанов Лукин Потапов Некрасов Хохлов Жданов Наумов Шилов Воронцов Дроздов "
    "Игнатьев Логинов Сафонов Капустин Моисеев Елисеев Кошелев Орехов Ефремов Евдокимов "
    "Калашников Кабанов Носков Юдин Кулагин Лапин Прохоров Нестеров Харитонов Агафонов "
    "Муравьёв Ларионов Зимин Пахомов Шубин Филатов Крюков Рогов Терентьев Молчанов Гурьев "
    "Гришин Кононов Ситников Симонов Мишин Фадеев Мамонтов Гуляев Шаров Устинов Вишняков "
    "Брагин Корнилов Авдеев Зыков Бирюков Шарапов Щукин Дьячков Одинцов Сазонов Якушев "
    "Гордеев Самойлов Князев Беспалов Уваров Доронин Рожков Самсонов Лихачёв Буров Сысоев "
    "Русаков Стрелков Гущин Тетерин Субботин Фокин Блохин Кондратьев Силин Лыткин Туров"
)
# Russian diminutives as the press and relatives write them (a subset, on purpose: the
# linker's table is general, not this list).
RU_DIMINUTIVE = {
    "Евгений": "Женя", "Александр": "Саша", "Дмитрий": "Дима", "Николай": "Коля",
    "Иван": "Ваня", "Владимир": "Володя", "Алексей": "Лёша", "Михаил": "Миша",
    "Сергей": "Серёжа", "Павел": "Паша", "Константин": "Костя", "Юрий": "Юра",
}  # fmt: skip
# Uzbek names in Uzbek Cyrillic (ў қ ғ ҳ); Russian spelling is derived by rule.
UZ_FIRST = _words(
    "Шавкат Фарҳод Азиз Ильҳом Жамшид Ўткир Баҳодир Даврон Элёр Жасур Қаҳрамон Ғайрат Улуғбек "
    "Санжар Шерзод Нодир Отабек Бобур Рустам Тимур Дилшод Зафар Ислом Абдулла Ҳасан Камол Лочин "
    "Мансур Нурбек Равшан Сардор Тоҳир Умид Фахриддин Хуршид Аброр Сирожиддин Муҳаммад Акмал "
    "Бекзод Жавлон Ойбек Ўктам Азамат Беҳзод Достон Юсуф Исмоил Шоҳрух Феруз"
)
UZ_ROOTS = _words(
    "Абдулла Раҳим Карим Тожи Жўра Юсуп Назар Ҳамид Қодир Ғулом Тўхта Маҳмуд Эргаш Турсун "
    "Норқўзи Сатторқул Раҳмон Исмоил Ҳайдар Бозор Султон Холмат Мирзо Ашур Усмон Собир "
    "Шукур Бердимурод Очил Пўлат Аҳмад Хўжа Файзулла Иброҳим Маъруф Рашид Салим Жалил Ҳаким "
    "Нуриддин Олим Мўмин Зокир Сафар Умар Қурбон Ёқуб Ҳусан Ғафур"
)
TJ_FIRST = _words(
    "Умед Хуршед Фаррух Ҷамшед Далер Меҳроҷ Шаҳриёр Исмоил Бахтиёр Парвиз Фирдавс Суҳроб "
    "Манучеҳр Носир Рустам Зафар Ҷонибек Комрон Шодмон Азиз Фаридун Некрӯз Сиёвуш Баҳром "
    "Шуҳрат Аличон Маъруф Акбар Ҳусейн Хайём"
)
TJ_ROOTS = _words(
    "Саид Ҷӯра Раҳмон Назар Шариф Қосим Ҳамро Мирзо Қурбон Сафар Ашур Одина Нурулло Раҷаб "
    "Шоҳ Ёр Давлат Ҳайдар Салим Файзулло Камол Абдуллоҳ Исмат Холназар Бобо Иброҳим Ғафур "
    "Муҳаммад Раҳим Назри"
)
KG_FIRST = _words(
    "Эркин Азамат Бакыт Нурлан Талант Улан Мирлан Айбек Тилек Эрлан Кубан Жыргал Бектур "
    "Адилет Нурбек Данияр Марат Алмаз Руслан Эмил Бекжан Темирлан Чынгыз Асылбек Нурсултан"
)
KG_ROOTS = _words(
    "Токтосун Асан Бакир Жусуп Осмон Мамыт Сыдык Турдубек Абдыкадыр Бейшен Калыбек Орозбек "
    "Жээнбек Сатыбалды Кадыр Мамбет Эсен Топчубек Токтогул Абдрахман Ыскак Касым Сооронбай "
    "Мукаш Дуйшон Жолдош Акмат Болот Керим"
)
KZ_FIRST = _words(
    "Нурлан Ерлан Асхат Данияр Серик Бауыржан Ержан Арман Канат Маржан Айдос Ерболат Дамир "
    "Жандос Азамат Мейрам Бекзат Нуржан Олжас Тимур"
)
KZ_SURNAMES = _words(
    "Жумабаев Оспанов Нургалиев Ахметов Искаков Сейтказиев Касымов Мухамедов Байжанов "
    "Тулегенов Абенов Кенжебаев Сарсенбаев Ибраев Есенов Бекмуратов Шаймерденов Алимбеков "
    "Омаров Тлеубаев"
)

REGIONS = _words(
    "RU-VLA RU-KOS RU-MOW RU-SVE RU-KIR RU-TVE RU-CHE RU-ROS RU-KDA RU-NIZ RU-SAR RU-OMS "
    "RU-KEM RU-IRK RU-KRS RU-PER RU-BA RU-TA RU-MO RU-KO RU-YAR RU-RYA RU-TUL RU-ORE RU-VGG"
)
NATIONALITY = {"RU": "RU", "UZ": "UZ", "TJ": "TJ", "KG": "KG", "KZ": "KZ"}
FACILITY_TYPES = (("IK", "ИК", "penal colony No. {n}", "исправительной колонии № {n}"),
                  ("SIZO", "СИЗО", "pre-trial detention centre No. {n}", "СИЗО № {n}"))  # fmt: skip

SCHEMES_RU: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("ICAO", iuliia.ICAO_DOC_9303.translate),
    ("BGN/PCGN", iuliia.BGN_PCGN.translate),
    ("Wikipedia", iuliia.WIKIPEDIA.translate),
    ("GOST 7.79", iuliia.GOST_779.translate),
    ("GOST 7.79 B", iuliia.GOST_779_ALT.translate),
    ("old Soviet passport", iuliia.MVD_310_FR.translate),
)

_UZ_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh",
    "ъ": "ʼ", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "oʻ", "қ": "q", "ғ": "gʻ", "ҳ": "h",
}  # fmt: skip


def uzbek_latin(uzbek_cyrillic: str) -> str:
    """Uzbek Latin (1995 alphabet, with the okina) from Uzbek Cyrillic."""
    out = []
    for i, ch in enumerate(uzbek_cyrillic):
        low = ch.lower()
        latin = _UZ_LATIN.get(low, low)
        if low == "е" and (i == 0 or uzbek_cyrillic[i - 1].lower() in "аоуэиў"):
            latin = "ye"
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def russian_spelling(central_asian: str) -> str:
    """How Russian documents spell a Central Asian name: special letters to Russian ones,
    a word-initial ж/ҷ as дж (Жўра → Джура), ҷ elsewhere as дж too."""
    text = central_asian
    if text[:1] in "ЖҶ":
        text = "Дж" + text[1:]
    table = str.maketrans({"ў": "у", "қ": "к", "ғ": "г", "ҳ": "х", "ӣ": "и", "ӯ": "у",
                           "Ў": "У", "Қ": "К", "Ғ": "Г", "Ҳ": "Х"})  # fmt: skip
    return text.translate(table).replace("ҷ", "дж").replace("ъ", "")


def russian_surname(root: str) -> str:
    """Root + -ов / -ев (-ев after a vowel, й, ж, ш, ч, щ, ц), as Soviet registries did."""
    return root + ("ев" if root[-1] in "аеиоуыэюяйжшчщцў" else "ов")


# --- Russian inflection of a male name (generator rules, independent of the linker) ------
def inflect_first(name: str, case: str) -> str:
    if name.endswith("й"):
        return name[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
    if name.endswith("ь"):
        return name[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
    if name.endswith(("а", "я")):
        soft = name.endswith("я") or name[-2] in "жшчщкгх"  # Саша → Саши, Женя → Жени
        return (
            name[:-1]
            + {
                "gen": "и" if soft else "ы",
                "dat": "е",
                "ins": "ей" if name[-2] in "жшчщ" or name.endswith("я") else "ой",
            }[case]
        )
    if name == "Пётр":
        return {"gen": "Петра", "dat": "Петру", "ins": "Петром"}[case]
    return name + {"gen": "а", "dat": "у", "ins": "ом"}[case]


def inflect_surname(name: str, case: str) -> str:
    if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return name + {"gen": "а", "dat": "у", "ins": "ым"}[case]
    return name  # -зода, -зод, uulu: not declined


def patronymic(father: str) -> str:
    if father.endswith("й"):
        return father[:-1] + "евич"
    if father.endswith(("а", "я")):
        return father[:-1] + "ович"
    return father + "ович"


# --- typos -------------------------------------------------------------------------------
def typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("delete", "swap", "double", "substitute"))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "u": "y", "n": "m", "m": "n", "r": "t",
            "t": "r", "s": "a", "k": "l", "l": "k", "d": "s", "v": "b", "b": "v"}  # fmt: skip
    return word[:i] + near.get(word[i], word[i]) + word[i + 1 :]


# --- persons -----------------------------------------------------------------------------
def make_person(rng: random.Random, number: int) -> dict[str, object]:
    people = rng.choices(("RU", "UZ", "TJ", "KG", "KZ"), weights=(30, 30, 20, 12, 8))[0]
    if people == "RU":
        first, surname = rng.choice(RU_FIRST), rng.choice(RU_SURNAMES)
        local_first, local_root = first, None
    elif people == "UZ":
        local_first, local_root = rng.choice(UZ_FIRST), rng.choice(UZ_ROOTS)
        first, surname = (
            russian_spelling(local_first),
            russian_surname(russian_spelling(local_root)),
        )
    elif people == "TJ":
        local_first, local_root = rng.choice(TJ_FIRST), rng.choice(TJ_ROOTS)
        first, surname = (
            russian_spelling(local_first),
            russian_surname(russian_spelling(local_root)),
        )
    elif people == "KG":
        local_first, local_root = rng.choice(KG_FIRST), rng.choice(KG_ROOTS)
        first, surname = local_first, russian_surname(local_root)
    else:
        first, surname = rng.choice(KZ_FIRST), rng.choice(KZ_SURNAMES)
        local_first, local_root = first, None
    father = rng.choice(RU_FIRST if people == "RU" else [russian_spelling(n) for n in UZ_FIRST])
    prisoner = rng.random() < 0.6
    facility = rng.choice(FACILITY_TYPES) if prisoner else None
    return {
        "key": f"P{number:06d}",
        "people": people,
        "first": first,
        "surname": surname,
        "local_first": local_first,
        "local_root": local_root,
        "patronymic": patronymic(father),
        "birth": (rng.randrange(1965, 2005), rng.randrange(1, 13), rng.randrange(1, 29)),
        "region": rng.choice(REGIONS),
        "facility": (facility, rng.randrange(1, 30)) if facility else None,
        "tajik_zoda": people == "TJ" and rng.random() < 0.6,
        "kyrgyz_uulu": people == "KG" and rng.random() < 0.6,
    }


def make_namesake(rng: random.Random, number: int, model: dict[str, object]) -> dict[str, object]:
    """Another person with the same name: different birth year, region and colony."""
    person = make_person(rng, number)
    for field in (
        "people",
        "first",
        "surname",
        "local_first",
        "local_root",
        "tajik_zoda",
        "kyrgyz_uulu",
    ):
        person[field] = model[field]
    year = model["birth"][0]  # type: ignore[index]
    person["birth"] = (
        year + rng.choice((-9, -6, -3, 4, 7, 11)),
        rng.randrange(1, 13),
        rng.randrange(1, 29),
    )
    person["region"] = rng.choice([r for r in REGIONS if r != model["region"]])
    person["namesake"] = True
    return person


# --- mentions ----------------------------------------------------------------------------
def _surname_forms(person: dict[str, object], rng: random.Random) -> str:
    surname = str(person["surname"])
    if person["tajik_zoda"] and rng.random() < 0.6:
        root = russian_spelling(str(person["local_root"]))
        return root + rng.choice(("зода", "зода", "зод"))
    if person["kyrgyz_uulu"] and rng.random() < 0.6:
        return f"{person['local_root']} уулу"
    return surname


def _latin(rng: random.Random, person: dict[str, object], cyrillic: str, *, first: bool) -> str:
    people = person["people"]
    if people == "UZ" and rng.random() < 0.4:
        if first:
            return uzbek_latin(str(person["local_first"]))
        if cyrillic == person["surname"]:
            root = str(person["local_root"])
            return uzbek_latin(root + ("ev" if root[-1] in "аеиоуў" else "ov"))
    if people == "TJ" and rng.random() < 0.3:
        return str(cyrtranslit.to_latin(cyrillic, "tj"))
    _, scheme = rng.choice(SCHEMES_RU)
    return scheme(cyrillic)


def _name(rng: random.Random, person: dict[str, object]) -> str:
    first = str(person["first"])
    if person["people"] == "RU" and first in RU_DIMINUTIVE and rng.random() < 0.12:
        first = RU_DIMINUTIVE[first]
    surname = _surname_forms(person, rng)
    style = rng.choices(
        (
            "cyr",
            "cyr_case",
            "cyr_patronymic",
            "cyr_initial",
            "latin",
            "latin_upper",
            "latin_initial",
        ),
        weights=(14, 12, 6, 6, 36, 12, 6),
    )[0]
    if style == "cyr":
        return f"{first} {surname}"
    if style == "cyr_case":
        case = rng.choice(("gen", "dat", "ins"))
        return f"{inflect_first(first, case)} {inflect_surname(surname, case)}"
    if style == "cyr_patronymic":
        return f"{surname} {first} {person['patronymic']}"
    if style == "cyr_initial":
        return f"{first[0]}. {surname}" if rng.random() < 0.7 else f"{surname} {first[0]}."
    latin_first = _latin(rng, person, first, first=True)
    parts = surname.split(" ")
    latin_surname = " ".join(
        _latin(rng, person, part, first=False) if part != "уулу" else "uulu" for part in parts
    )
    if rng.random() < 0.15:
        if rng.random() < 0.5:
            latin_surname = typo(rng, latin_surname)
        else:
            latin_first = typo(rng, latin_first)
    if style == "latin_upper":
        return f"{latin_surname} {latin_first}".upper()
    if style == "latin_initial":
        return f"{latin_first[0]}. {latin_surname}"
    return f"{latin_first} {latin_surname}"


def _facility_written(rng: random.Random, facility: tuple[tuple[str, str, str, str], int]) -> str:
    (latin, cyrillic, english, russian), n = facility
    return rng.choice((f"{latin}-{n}", f"{cyrillic}-{n}", english.format(n=n), russian.format(n=n)))


def make_mention(
    rng: random.Random, person: dict[str, object], mention_id: str
) -> dict[str, object]:
    mention: dict[str, object] = {"id": mention_id, "name": _name(rng, person)}
    namesake = bool(person.get("namesake") or person.get("has_namesake"))
    year, month, day = person["birth"]  # type: ignore[misc]
    p_date, p_region, p_facility = (0.7, 0.6, 0.5) if namesake else (0.45, 0.45, 0.35)
    if rng.random() < p_date:
        mention["birth_date"] = rng.choice(
            (f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}")
        )
    if rng.random() < p_region:
        mention["region"] = person["region"]
    if person["facility"] and rng.random() < p_facility:
        mention["facility"] = _facility_written(rng, person["facility"])  # type: ignore[arg-type]
    if rng.random() < 0.3:
        mention["nationality"] = NATIONALITY[str(person["people"])]
    return mention


def generate(
    persons: int, *, seed: int = SEED, mentions_per_person: float = 5.5, unique_names: bool = True
) -> tuple[list[dict[str, object]], list[list[str]]]:
    """Mentions (shuffled) and the true clusters, for ``persons`` fictional persons.

    ``unique_names=False`` lets random combinations repeat (for the 100,000-mention speed
    benchmark, where the name lists cannot give every person a name of their own)."""
    rng = random.Random(seed)  # noqa: S311 - seeded on purpose: the same fictional data each run
    people: list[dict[str, object]] = []
    # Namesakes only where meant: a random combination already taken is drawn again, so
    # every shared name is a deliberate namesake with telling attributes on most mentions.
    taken: set[tuple[object, object]] = set()
    for number in range(persons):
        if people and rng.random() < 0.06:
            model = rng.choice(people)
            model["has_namesake"] = True
            people.append(make_namesake(rng, number, model))
            continue
        for _ in range(50 if unique_names else 1):
            person = make_person(rng, number)
            if (person["first"], person["local_root"] or person["surname"]) not in taken:
                break
        taken.add((person["first"], person["local_root"] or person["surname"]))
        people.append(person)
    pending: list[tuple[dict[str, object], int]] = []
    for person in people:
        count = max(1, min(12, round(rng.gauss(mentions_per_person, 2.0))))
        pending.extend((person, k) for k in range(count))
    rng.shuffle(pending)
    mentions: list[dict[str, object]] = []
    clusters: dict[str, list[str]] = {}
    for index, (person, _) in enumerate(pending):
        mention_id = f"g{index + 1:06d}"
        mentions.append(make_mention(rng, person, mention_id))
        clusters.setdefault(str(person["key"]), []).append(mention_id)
    return mentions, list(clusters.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=1100)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--output", type=Path, default=HERE)
    args = parser.parse_args()
    mentions, clusters = generate(args.persons, seed=args.seed)
    args.output.mkdir(parents=True, exist_ok=True)
    with (args.output / "generated.mentions.jsonl").open("w", encoding="utf-8") as out:
        for mention in mentions:
            out.write(json.dumps(mention, ensure_ascii=False) + "\n")
    (args.output / "generated.mentions.expected.json").write_text(
        json.dumps({"clusters": clusters}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(f"{len(clusters)} fictional persons, {len(mentions)} mentions")


if __name__ == "__main__":
    main()
