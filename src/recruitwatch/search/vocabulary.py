"""Words for the public values of a record, in English and Russian, for the index.

A coercion type is stored as ``threat_of_deportation``, a facility type as
``penal_colony``, a region as ``RU-VLA``; people search for "deportation", «колония»,
"Vladimir". Each value is indexed with the words here, so either language finds it.

Written out rather than taken from the translation catalogue: an index built before a
catalogue changed would silently disagree with one built after. Changing a list here needs
``recruitwatch search_reindex``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from recruitwatch.extraction.gazetteers.regions import place_by_code

FACILITY_TYPE_WORDS: dict[str, str] = {
    "penal_colony": "penal colony IK исправительная колония ИК",
    "sizo": "pre-trial detention centre SIZO следственный изолятор СИЗО",
    "colony_settlement": "colony-settlement KP колония-поселение КП",
    "prison_hospital": "prison hospital LIU лечебное исправительное учреждение больница ЛИУ",
    "educational_colony": "educational colony VK воспитательная колония ВК",
    "prison": "prison tyurma тюрьма",
    "migration_centre": "migration centre миграционный центр",
    "deportation_centre": (
        "temporary detention centre for foreigners deportation центр временного "
        "содержания иностранных граждан ЦВСИГ депортация"
    ),
    "enlistment_office": "military enlistment office voenkomat военкомат военный комиссариат",
    "police_station": "police station отдел полиции",
    "other": "",
}

COERCION_WORDS: dict[str, str] = {
    "threat_of_deportation": "threat of deportation угроза депортации выдворения",
    "threat_of_prosecution": (
        "threat of prosecution new criminal case угроза уголовного преследования новое дело"
    ),
    "physical_force": "physical force violence beating физическая сила насилие избиение",
    "deception": "deception обман",
    "forced_signing": "forced signing contract принуждение к подписанию контракта",
    "denial_of_choice": "denial of choice no choice отсутствие выбора",
    "promise_of_passport_or_pardon": (
        "promise of passport citizenship or pardon обещание паспорта гражданства помилования"
    ),
    "other": "",
}

STATUS_WORDS: dict[str, str] = {
    "prisoner": "prisoner inmate заключённый осуждённый",
    "migrant": "migrant мигрант",
    "conscript": "conscript призывник",
    "other": "",
}

# The nationalities recruiters are reported to target, by the word for a person of each
# (a country's own names come from the place gazetteer).
DEMONYMS: dict[str, str] = {
    "UZ": "Uzbek узбек",
    "TJ": "Tajik таджик",
    "KG": "Kyrgyz Kirghiz кыргыз киргиз",
    "KZ": "Kazakh казах",
    "TM": "Turkmen туркмен",
    "AZ": "Azerbaijani азербайджанец",
    "AM": "Armenian армянин",
    "MD": "Moldovan молдаванин",
    "UA": "Ukrainian украинец",
    "BY": "Belarusian белорус",
    "RU": "Russian россиянин",
    # Recruited from further afield, often by agents promising civilian jobs.
    "NP": "Nepali Nepalese непалец",
    "IN": "Indian индиец",
    "LK": "Sri Lankan ланкиец",
    "CU": "Cuban кубинец",
    "SY": "Syrian сириец",
    "GH": "Ghanaian ганец",
    "KE": "Kenyan кениец",
    "NG": "Nigerian нигериец",
    "AF": "Afghan афганец",
}


def place_words(code: str) -> Iterator[str]:
    """A region or country code and the names the gazetteer gives it."""
    if not code:
        return
    yield code
    place = place_by_code(code)
    if place is not None:
        yield from place.names_en
        yield from place.names_ru


def nationality_words(codes: Iterable[str]) -> Iterator[str]:
    for code in codes or ():
        yield from place_words(code)
        yield DEMONYMS.get(code, "")


def coercion_words(values: Iterable[str]) -> Iterator[str]:
    for value in values or ():
        yield COERCION_WORDS.get(value, value.replace("_", " "))
