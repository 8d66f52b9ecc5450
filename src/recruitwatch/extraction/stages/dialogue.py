"""Interviews set as dialogue: paragraphs that open with a dash, the journalist's questions
ending in a question mark and the interviewee's answers between them («— С чем к вам
обращаются? — Раньше это были …», each a paragraph of its own); or questions labelled
"Q:" / «Вопрос:», with answers labelled "A:" / «Ответ:» or not labelled at all (every
paragraph after a question until the next one, but an editor's note in brackets).

The attribution stage gives the answers to the interviewee whatever names they mention, and
the incidents stage anchors nothing in a question: "Are these people also threatened with
prosecution at home?" tells no incident. Both ask the same question, so it is answered here
once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recruitwatch.extraction.analysis import Analysis

_DASH = ("—", "–", "-")
# A Cyrillic one-letter label needs its colon: «В. Петров» is an initial, not a question.
_QUESTION_LABEL = re.compile(r"^[*_]*(?:(?:Q|Question|Вопрос)[*_]*\s*[:.][*_]*\s|В[*_]*\s*:)")
_ANSWER_LABEL = re.compile(r"^[*_]*(?:(?:A|Answer|Ответ)[*_]*\s*[:.][*_]*\s|О[*_]*\s*:)")
# Fewer than two of each is a quoted exchange inside a story, not an interview.
_TURNS_MIN = 2


@dataclass(frozen=True)
class Dialogue:
    questions: frozenset[int]  # paragraph numbers
    answers: frozenset[int]


_NONE = Dialogue(frozenset(), frozenset())


def interview_turns(analysis: Analysis) -> Dialogue:
    """The question and answer paragraphs of an interview; none for other texts."""
    return analysis.memo("interview_turns", lambda: _dashes(analysis) or _labels(analysis))


def _openings(analysis: Analysis) -> list[tuple[int, str, str]]:
    """Each paragraph's number, first sentence and last sentence."""
    found = []
    for paragraph in sorted({s.paragraph for s in analysis.sentences}):
        sentences = analysis.paragraph_sentences(paragraph)
        found.append((paragraph, sentences[0].text, sentences[-1].text))
    return found


def _dashes(analysis: Analysis) -> Dialogue | None:
    questions, answers = set(), set()
    for paragraph, first, last in _openings(analysis):
        if not first.startswith(_DASH):
            continue
        if last.rstrip().endswith("?"):
            questions.add(paragraph)
        else:
            answers.add(paragraph)
    if len(questions) < _TURNS_MIN or len(answers) < _TURNS_MIN:
        return None
    return Dialogue(frozenset(questions), frozenset(answers))


def _labels(analysis: Analysis) -> Dialogue:
    openings = _openings(analysis)
    questions = {p for p, first, _ in openings if _QUESTION_LABEL.match(first)}
    if len(questions) < _TURNS_MIN:
        return _NONE
    labelled = {p for p, first, _ in openings if _ANSWER_LABEL.match(first)}
    if labelled:
        answers = labelled
    else:
        first_question = min(questions)
        answers = {
            p
            for p, first, _ in openings
            if p > first_question and p not in questions and not first.startswith("[")
        }
    if len(answers) < _TURNS_MIN:
        return _NONE
    return Dialogue(frozenset(questions), frozenset(answers))
