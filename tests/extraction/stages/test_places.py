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


def test_a_surname_that_inflects_a_city_is_no_place():
    assert _places("Вымышленный адвокат Сергей Владимиров приехал в колонию.") == []
