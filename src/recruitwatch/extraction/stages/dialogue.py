"""Interviews set as dialogue: paragraphs that open with a dash, the journalist's questions
ending in a question mark and the interviewee's answers between them («— С чем к вам
обращаются? — Раньше это были …», each a paragraph of its own).

The attribution stage gives the answers to the interviewee whatever names they mention, and
the incidents stage anchors nothing in a question: "Are these people also threatened with
prosecution at home?" tells no incident. Both ask the same question, so it is answered here
once.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitwatch.extraction.analysis import Analysis

_DASH = ("—", "–", "-")
# Fewer than two of each is a quoted exchange inside a story, not an interview.
_TURNS_MIN = 2


@dataclass(frozen=True)
class Dialogue:
    questions: frozenset[int]  # paragraph numbers
    answers: frozenset[int]


_NONE = Dialogue(frozenset(), frozenset())


def dash_dialogue(analysis: Analysis) -> Dialogue:
    """The question and answer paragraphs of a dash-set interview; none for other texts."""
    return analysis.memo("dash_dialogue", lambda: _read(analysis))


def _read(analysis: Analysis) -> Dialogue:
    questions, answers = set(), set()
    for paragraph in sorted({s.paragraph for s in analysis.sentences}):
        sentences = analysis.paragraph_sentences(paragraph)
        if not sentences[0].text.startswith(_DASH):
            continue
        if sentences[-1].text.rstrip().endswith("?"):
            questions.add(paragraph)
        else:
            answers.add(paragraph)
    if len(questions) < _TURNS_MIN or len(answers) < _TURNS_MIN:
        return _NONE
    return Dialogue(frozenset(questions), frozenset(answers))
