"""Analysis lookups: the grouped and remembered answers are the plain definitions'. Texts
are fictional."""

from __future__ import annotations

from dataclasses import replace

from recruitwatch.extraction.pipeline import analyse
from recruitwatch.extraction.types import Mention, Sentence
from tests.extraction.documents import fictional_document

# Fictional.
TEXT = (
    "Fictional report. Police stopped Timur K. near a building site in March.\n\n"
    "He was told to sign a contract at IK-6, according to his mother. Recruiters promised "
    "a pardon.\nAziz R. refused.\n\n“They told us we had no choice,” a relative said."
)


def _plain(mentions: tuple[Mention, ...], span: Sentence) -> tuple[Mention, ...]:
    return tuple(m for m in mentions if span.start <= m.start < span.end)


def test_in_sentence_is_the_mentions_starting_in_the_span():
    analysis = analyse(fictional_document(TEXT, language="en"))
    spans = [
        *analysis.sentences,
        Sentence(0, 40, ""),
        Sentence(0, len(TEXT), ""),
        Sentence(50, 51, ""),
    ]
    tuples = [analysis.cues, analysis.people, analysis.dates, analysis.facilities]
    tuples.append(tuple(reversed(analysis.cues)))  # not in text order
    assert sum(len(_plain(t, s)) for t in tuples for s in analysis.sentences) >= 10
    for _ in range(2):  # the second time from what the first remembered
        for mentions in tuples:
            for span in spans:
                assert analysis.in_sentence(mentions, span) == _plain(mentions, span)


def test_in_sentence_with_sentences_out_of_order():
    analysis = analyse(fictional_document(TEXT, language="en"))
    shuffled = replace(analysis, sentences=tuple(reversed(analysis.sentences)))
    for span in shuffled.sentences:
        assert shuffled.in_sentence(shuffled.cues, span) == _plain(shuffled.cues, span)
