"""The English entity phrases: nationalities in their usual forms, organisations whole.
Texts are fictional."""

import pytest

from recruitwatch.extraction.languages.english import nlp


def _entities(text: str) -> list[tuple[str, str, str]]:
    return [(ent.text, ent.label_, ent.ent_id_) for ent in nlp()(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Uzbeks and a Tajik were held.", [("Uzbeks", "UZ"), ("Tajik", "TJ")]),
        ("He came from Uzbekistan’s capital.", [("Uzbekistan", "UZ")]),
        ("a kyrgyz worker", [("kyrgyz", "KG")]),
        ("Citizens of Kirghizia and Kyrgyzstan.", [("Kirghizia", "KG"), ("Kyrgyzstan", "KG")]),
        ("A Kazakhstani passport.", [("Kazakhstani", "KZ")]),
        ("An Uzbekistan-based group.", [("Uzbekistan", "UZ")]),
        ("Tadzhik and Turkmenian migrants.", [("Tadzhik", "TJ"), ("Turkmenian", "TM")]),
        ("Migrants from Central Asia.", [("from Central Asia", "Central Asia")]),
        ("The Uzbekneft office.", []),
    ],
)
def test_nationality_forms(text, expected):
    assert [(t, code) for t, label, code in _entities(text) if label == "NORP"] == expected


def test_longest_organisation_phrase_wins():
    assert _entities("Wagner Group recruiters and the Russian Interior Ministry.") == [
        ("Wagner Group", "ORG", "Wagner Group"),
        ("Russian Interior Ministry", "ORG", "Russian Interior Ministry"),
    ]
