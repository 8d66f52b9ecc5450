"""Headings: the short lines that name the topic of what follows, not an event or a person.

Both the incidents stage (a heading anchors no incident) and the mentions stage (its
capitalised words are topics, not people: "III. Raids, Enlistment Offices and Threats of
Expulsion") ask the same question, so it is answered here once.
"""

from __future__ import annotations

import re

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import Sentence

# A heading in title case ("III. Raids, Enlistment Offices and Threats of Expulsion"): it
# names the topic of what follows, and the incidents are told there.
_TITLE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’-]{3,}")
_HEADING_WORDS_MAX = 12


# A subheading of a feature, in either language: a short line of its own that ends without a
# full stop and is a quote or a "topic: quote" («Колония: «Отказ не предусмотрен»»).
_SUBHEADING = re.compile(r"^(?:[\w -]{1,30}:\s*)?[«“\"][^«»“”\"]+[»”\"]$")
_SUBHEADING_WORDS_MAX = 8


# An explainer's question heading, a paragraph of its own: "Can the police legally do this?",
# "What about people who are already awaiting deportation?", «Что делать, если вас
# задержали?». Not someone's quoted question (no quotation marks), and not an interviewer's
# ("Q: …", which interview turns read).
_QUESTION_HEADING = re.compile(r"^[A-ZА-ЯЁ][^«»“”\"„:\n]*\?$")


# A line set in bold or as a Markdown heading, as web articles are often copied ("**Official
# silence**", "## Waiting", «**Что говорят в УФСИН**»): a heading whatever its case.
_MARKED_HEADING = re.compile(r"^(?:\*\*[^*\n]+\*\*|__[^_\n]+__|#{1,6}\s+\S[^\n]*)$")


def is_heading(analysis: Analysis, sentence: Sentence) -> bool:
    """A short line without a full stop, in title case or a quoted subheading, or marked as
    a heading, or one of an article's run of sentence-case subheadings; a one-line message
    without a full stop in lower case ("Police took Aziz to the office today") is not one."""
    text = sentence.text.rstrip()
    if not text:
        return False
    if sentence.start in analysis.memo("subheadings", lambda: _subheadings(analysis)):
        return True
    if (
        text[0] in "*_#"
        and _MARKED_HEADING.match(text)
        and len(text.split()) <= _HEADING_WORDS_MAX
        and len(analysis.paragraph_sentences(sentence.paragraph)) == 1
    ):
        return True
    alone = len(analysis.paragraph_sentences(sentence.paragraph)) == 1
    if alone and _QUESTION_HEADING.match(text) and len(text.split()) <= _HEADING_WORDS_MAX:
        return True
    if text[-1] in ".!?:;…" or len(text.split()) > _HEADING_WORDS_MAX:
        return False
    if alone and len(text.split()) <= _SUBHEADING_WORDS_MAX and _SUBHEADING.match(text):
        return True
    if text[-1] in '"”»)':
        return False
    words = _TITLE_WORD.findall(text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# A list item's heading line: "4. 18 октября, Вологодская область, колония-поселение № 5",
# "Case 2 — 14 March, Kazan". Short, one line, not a sentence that ends; in any case.
_ITEM_HEADING_MAX = 100


def is_item_heading(sentence: Sentence) -> bool:
    """Whether ``sentence``, alone in its paragraph, could head an item of a list of cases:
    a looser shape than :func:`is_heading` (no title case asked), for dating what follows."""
    text = sentence.text
    return len(text) <= _ITEM_HEADING_MAX and not text.endswith((".", "!", "?", "»", "”", '"'))


# A sentence-case subheading of a long web article ("Numbers and rules", «Как устроена
# вербовка»): a line of a few words alone in its paragraph, without a full stop, between
# paragraphs of text. One such line may be a short message; an article has a run of them.
_SHORT_SUBHEADING_WORDS = 6
_SUBHEADINGS_IN_AN_ARTICLE = 3


def _subheadings(analysis: Analysis) -> frozenset[int]:
    sentences = analysis.sentences
    found = [
        s.start
        for index, s in enumerate(sentences)
        if 0 < index < len(sentences) - 1
        and len(analysis.paragraph_sentences(s.paragraph)) == 1
        and len(s.text.split()) <= _SHORT_SUBHEADING_WORDS
        and s.text.rstrip()[-1:] not in '.!?:;…»”")'
        and not any(ch.isdigit() for ch in s.text)
        and s.text[:1].isupper()
    ]
    return frozenset(found) if len(found) >= _SUBHEADINGS_IN_AN_ARTICLE else frozenset()


# An explainer's questions, each opening the paragraph that answers it: "What does the law
# actually say? Since the spring of 2024 …", "What happens if you refuse? A second client …",
# «Что говорит закон? …». One such question may be a story's rhetoric; an explainer asks
# several.
_EXPLAINER_QUESTIONS = 3
_EXPLAINER_QUESTION_WORDS = 14


def is_explainer_question(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` is one of an explainer's paragraph-opening questions, which
    tell no incident whatever words they use ("Is everyone who signs under pressure?")."""
    return sentence.start in analysis.memo(
        "explainer_questions", lambda: _explainer_questions(analysis)
    )


def _explainer_questions(analysis: Analysis) -> frozenset[int]:
    found = []
    for sentence in analysis.sentences:
        opening = analysis.paragraph_sentences(sentence.paragraph)
        if (
            opening[0] is sentence
            and len(opening) > 1
            and _QUESTION_HEADING.match(sentence.text.strip())
            and len(sentence.text.split()) <= _EXPLAINER_QUESTION_WORDS
        ):
            found.append(sentence.start)
    return frozenset(found) if len(found) >= _EXPLAINER_QUESTIONS else frozenset()
