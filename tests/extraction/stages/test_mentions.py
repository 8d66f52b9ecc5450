"""English person mentions: whole hyphenated surnames, apostrophes, never a piece of a word.
Names and texts are fictional."""

import pytest

from recruitwatch.extraction.stages.mentions import _EN_NAME


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A third man, Stanislav Metelkin-Buraev, 29, signed.", ["Stanislav Metelkin-Buraev"]),
        ("RecruitWatch is a documentation tool.", []),
        ("Anuar’s letters confirm it.", ["Anuar’s"]),
        ("Patrick O'Brien said so.", ["Patrick O'Brien"]),
        ("“They had no choice,” Ms. Romanova said.", ["They", "Ms. Romanova"]),
        ("Anne-Marie Dolgova-Ivanova, a lawyer, said so.", ["Anne-Marie Dolgova-Ivanova"]),
        ("The so-called Ivanov- list.", ["The", "Ivanov"]),
    ],
)
def test_english_name_sequences_are_whole_words(text, names):
    assert [match.group(0) for match in _EN_NAME.finditer(text)] == names
