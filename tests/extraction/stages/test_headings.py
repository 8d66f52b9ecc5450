"""Headings: lines that name a topic, not an event or a person. Texts are fictional."""

import pytest

from recruitwatch.extraction.pipeline import analyse
from recruitwatch.extraction.stages.headings import is_heading
from tests.extraction.documents import fictional_document


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("**Waiting**", "en"),
        ("**Official silence**", "en"),
        ("## Pressure in pre-trial detention", "en"),
        ("**«Иностранцев на передовую не берут»**", "ru"),
    ],
)
def test_a_line_set_in_bold_or_marked_as_a_heading_is_one_and_names_no_one(line, language):
    text = f"The fictional reporter's text begins.\n\n{line}\n\nIt goes on here."
    analysis = analyse(fictional_document(text, language=language))
    heading = analysis.sentences[1]
    assert heading.text == line
    assert is_heading(analysis, heading)
    assert not analysis.in_sentence(analysis.people, heading)


def test_a_bold_phrase_inside_a_paragraph_is_no_heading():
    text = "Fictional Oleg said **nobody** read the contract. He signed it."
    analysis = analyse(fictional_document(text, language="en"))
    assert not any(is_heading(analysis, s) for s in analysis.sentences)
