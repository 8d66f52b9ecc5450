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


def test_an_articles_run_of_sentence_case_subheadings_are_headings():
    text = (
        "Police detained fictional workers at a warehouse in Balashikha on Tuesday.\n\n"
        "A routine check\n\n"
        "They were taken to the enlistment office and told to sign contracts.\n\n"
        "How recruitment works\n\n"
        "Foreigners who serve a year may apply for citizenship.\n\n"
        "What comes next\n\n"
        "Lawyers have filed complaints with the prosecutor."
    )
    analysis = analyse(fictional_document(text, language="en"))
    headings = [s.text for s in analysis.sentences if is_heading(analysis, s)]
    assert headings == ["A routine check", "How recruitment works", "What comes next"]


def test_one_short_line_without_a_full_stop_is_a_message_not_a_heading():
    text = (
        "Police detained fictional workers at a warehouse in Balashikha on Tuesday.\n\n"
        "Recruitment at the office\n\n"
        "They were taken to the enlistment office and told to sign contracts."
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert not any(is_heading(analysis, s) for s in analysis.sentences)
