"""Victim counts and cited figures. Texts are fictional."""

import pytest

from recruitwatch.extraction.pipeline import analyse
from tests.extraction.documents import fictional_document


def _counts(text: str, language: str = "en") -> list[tuple[str, str]]:
    analysis = analyse(fictional_document(text, language=language))
    return [(m.text, m.value) for m in analysis.counts if m.kind == "count"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("At least 19 migrant workers were detained at the hostel.", "en", "19"),
        ("About twenty prisoners signed that day.", "en", "20"),
        ("Dozens of inmates were taken to the headquarters.", "en", "24"),
        ("Из отряда контракты подписали около 40 человек.", "ru", "40"),
        ("Несколько заключённых отказались.", "ru", "3"),
        # A number written in groups of three is one number, not its last group.
        ("A fictional group says at least 50,000 inmates signed.", "en", "50000"),
        ("По данным вымышленного проекта, уехали 12 000 мигрантов.", "ru", "12000"),
        ("По данным вымышленного проекта, уехали 12\u00a0000 мигрантов.", "ru", "12000"),
        ("In 2023 300 men from the fictional colony signed.", "en", "300"),
    ],
)
def test_a_number_of_people_is_a_count(text, language, expected):
    assert [value for _, value in _counts(text, language)] == [expected]


def test_the_people_whose_relatives_are_counted_are_no_count():
    """ "two of the men’s families" counts families, not men."""
    assert _counts("A lawyer who represents two of the men’s families said so.") == []


def test_a_facilitys_number_is_no_count():
    """ "an IK-13 inmate" is one inmate of colony 13, not thirteen inmates."""
    assert _counts("Her son, an IK-13 inmate who lives with HIV, refused to sign.") == []


def test_a_days_number_before_a_count_is_no_count():
    assert _counts("He says that on 22 November 40 men were driven out of the gates.") == [
        ("40 men", "40")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Контракт подписали двенадцать человек.", "12"),
        ("Из нашего отряда уехали девятнадцать человек.", "19"),
        ("Пятеро заключённых отказались.", "5"),
    ],
)
def test_russian_teens_and_collective_numerals_count(text, expected):
    assert [value for _, value in _counts(text, "ru")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In November 2025 detainees of the centre were told to sign.",
        "In 2023 prisoners of the colony were beaten.",
        "В марте 2024 заключённых вывели на плац.",
    ],
)
def test_a_year_before_the_people_is_no_count(text):
    language = "ru" if "заключ" in text else "en"
    assert _counts(text, language) == []


def test_a_four_digit_count_after_about_stays_a_count():
    assert [value for _, value in _counts("about 2000 prisoners signed")] == ["2000"]
