"""Language detection by script. Sentences are fictional."""

from __future__ import annotations

import pytest

from recruitwatch.extraction.languages.detect import language_detect


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Fictional sentences.
        ("A fictional recruiter came to the hostel.", "en"),
        ("Вымышленный вербовщик пришёл в общежитие.", "ru"),
        ("Ёлка, щётка, объявление", "ru"),
        ("Worker", "en"),
        ("Рабочий", "ru"),
        # Russian reports quote Latin names and links at length; still Russian.
        ("Вербовщик из компании Example Logistics LLC позвонил Ивану.", "ru"),
        ("Об этом сообщил вымышленный канал, ссылка: https://example.org/n/1", "ru"),
        # An English report quoting one Russian word stays English.
        ("The fictional notice said «повестка» in large letters on the door.", "en"),
        # Decomposed й: the base letter counts, the combining mark is not a letter.
        ("Серге\u0438\u0306", "ru"),
    ],
)
def test_language_detect_by_script(text, language):
    assert language_detect(text) == language


@pytest.mark.parametrize(
    ("cyrillic", "latin", "language"),
    [(3, 7, "ru"), (2, 8, "en"), (30, 70, "ru"), (29, 71, "en"), (1, 0, "ru"), (0, 1, "en")],
)
def test_language_detect_threshold_is_thirty_percent_cyrillic(cyrillic, latin, language):
    assert language_detect("ж" * cyrillic + " " + "q" * latin) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "12 345 - 67.89",
        "!!! ??? ...",
        "\u2014\u00ab\u00bb\u2019",
        "😀 🎉",
        "\u0301\u0306",
    ],
)
def test_language_detect_without_letters_is_empty(text):
    assert language_detect(text) == ""
