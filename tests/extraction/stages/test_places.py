"""Places in the text: a city in any case is its region. Texts are fictional."""

import pytest

from recruitwatch.extraction.pipeline import analyse
from tests.extraction.documents import fictional_document


def _places(text: str) -> list[tuple[str, str]]:
    analysis = analyse(fictional_document(text, language="ru"))
    return [(p.text, p.value) for p in analysis.places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The most frequent reading is the adjective «ижевский»; the city is the toponym one.
        ("Вымышленная колония под Ижевском.", [("Ижевском", "RU-UD")]),
        ("Вымышленная колония под Омском.", [("Омском", "RU-OMS")]),
        ("Вымышленная колония в Ижевске.", [("Ижевске", "RU-UD")]),
    ],
)
def test_a_city_in_the_instrumental_case_is_its_region(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На прошлой неделе в Одинцове задержали вымышленных рабочих.", [("Одинцове", "RU-MOS")]),
        ("Вымышленное общежитие в Мурине.", [("Мурине", "RU-LEN")]),
    ],
)
def test_a_town_in_ovo_declined_as_a_noun_is_its_region(text, expected):
    assert _places(text) == expected


def test_a_surname_in_ovo_declined_is_no_place_without_v():
    assert _places("Об Иванове в вымышленной колонии никто не слышал.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вымышленный Олег сидит в мордовской колонии строгого режима.", [("мордовской", "RU-MO")]),
        ("Его перевели в свердловский СИЗО-1.", [("свердловский", "RU-SVE")]),
        ("В пермской исправительной колонии № 5 сидит вымышленный Иван.", [("пермской", "RU-PER")]),
        # A city's district, not a region: «Кировский отдел полиции» (in St Petersburg).
        ("Кировский отдел полиции задержал вымышленного Ивана.", []),
        ("Вымышленного Ивана перевели в московский СИЗО.", []),
    ],
)
def test_a_regional_adjective_before_a_penal_institution_is_its_region(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fictional man is held in a Mordovian penal colony.", [("Mordovian", "RU-MO")]),
        ("He was moved to the Karelian prison camp.", [("Karelian", "RU-KR")]),
        # alone, the adjective is a nationality or an origin
        ("A fictional Chechen man was stopped in the street.", []),
        ("A fictional Chechen man in colony No. 6 refused.", []),
    ],
)
def test_an_english_republics_adjective_before_a_penal_institution_is_its_region(text, expected):
    analysis = analyse(fictional_document(text, language="en"))
    assert [(p.text, p.value) for p in analysis.places] == expected


def test_a_surname_that_inflects_a_city_is_no_place():
    assert _places("Вымышленный адвокат Сергей Владимиров приехал в колонию.") == []


def _english_places(text: str) -> list[tuple[str, str]]:
    analysis = analyse(fictional_document(text, language="en"))
    return [(p.text, p.value) for p in analysis.places]


def test_the_city_a_wire_story_was_filed_from_is_no_place_of_its_lead():
    """Fictional: a Moscow bureau files a story about a Karelian colony."""
    text = (
        "MOSCOW, March 14 (Fictional Wire) - Inmates of a penal colony in Russia's Republic "
        "of Karelia were beaten after refusing to sign contracts, relatives said."
    )
    assert _english_places(text) == [("Russia", "RU"), ("Republic of Karelia", "RU-KR")]


def test_a_datelines_town_stays_when_the_lead_names_a_city_only_to_say_it_is_near():
    """Fictional: the lead says where the dateline's town is ("outside Moscow")."""
    text = (
        "KRASNOGORSK, Russia, April 17 (Fictional Wire) - Police who raided a construction "
        "site outside Moscow this week took a group of workers to an enlistment office."
    )
    assert ("KRASNOGORSK", "RU-MOS") in _english_places(text)


def test_a_local_datelines_town_is_the_place_when_the_lead_names_no_other():
    """Fictional: a local paper's dateline is the only place its lead names."""
    text = (
        "SOKOL, Vologda region - Police officers in this town raided a dormitory used by "
        "fictional migrant workers."
    )
    assert _english_places(text) == [("Vologda region", "RU-VLG")]


def test_a_russian_datelines_city_is_no_place_when_the_lead_names_another_region():
    """Fictional: «МОСКВА, 14 марта —» files a story about a colony in Karelia."""
    text = (
        "МОСКВА, 14 марта — Вымышленных заключённых колонии в Карелии избили за отказ "
        "подписать контракт, сообщили родственники."
    )
    assert _places(text) == [("Карелии", "RU-KR")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Police raided a fictional workers' hostel outside Moscow.", "en", "RU-MOS"),
        ("The fictional warehouse is near St Petersburg.", "en", "RU-LEN"),
        ("Рейд прошёл в вымышленном общежитии под Москвой.", "ru", "RU-MOS"),
        ("He was stopped in the south of St Petersburg.", "en", "RU-SPE"),
        ("He was stopped at a metro station in Moscow.", "en", "RU-MOW"),
    ],
)
def test_just_outside_a_federal_city_is_its_region(text, language, expected):
    """Fictional: "outside Moscow" is the Moscow region; "in the south of" the city is not."""
    analysis = analyse(fictional_document(text, language=language))
    assert [p.value for p in analysis.places] == [expected]


def test_a_city_written_as_a_mans_first_name_is_no_place():
    """Fictional: "Vladimir S." is a man; "Vladimir signed" is him again; "in Vladimir" is
    still the city."""
    text = (
        "A lawyer describes a client, Vladimir S., held at LIU-2 in the Chelyabinsk region. "
        "Vladimir signed on 19 September. His brother still lives in Vladimir."
    )
    places = analyse(fictional_document(text, language="en")).places
    assert [(p.text, p.value) for p in places] == [
        ("Chelyabinsk region", "RU-CHE"),
        ("Vladimir", "RU-VLA"),
    ]
    assert places[-1].start == text.rindex("Vladimir")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kirill served in IK-15 in the Chelyabinsk region and was killed near Bakhmut. His "
            "fictional brother is held in a colony-settlement, KP-8, in the same region.",
            "en",
        ),
        (
            "Кирилл сидел в ИК-15 в Челябинской области. Его вымышленный брат отбывает срок в "
            "колонии-поселении КП-8 в той же области.",
            "ru",
        ),
    ],
)
def test_the_same_region_is_the_region_named_last_before(text, language):
    places = analyse(fictional_document(text, language=language)).places
    same = [p for p in places if "same" in p.text or "той же" in p.text]
    assert [p.value for p in same] == ["RU-CHE"]
