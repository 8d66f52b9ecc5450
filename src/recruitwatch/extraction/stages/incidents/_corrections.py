"""A correction appended to a report: its facts win over the body's.

An outlet that finds an error often leaves the article as first published and appends
"Correction: … It said that he is held in IK-13 … Both details were wrong: … IK-17 … on
14 October" or «Уточнение (4 марта, 11:20): … встреча прошла во вторник. Как уточнила
Ольга С., осуждённых построили на плацу в понедельник, 27 февраля». Read as prose, the body
proposes the wrong colony and day, and the correction, which names a facility and tells the
event again, opens an incident of its own. So a correction paragraph anchors nothing; it
names the incident it corrects (by its facility or a person of it) and, of the facilities and
days it names, the first that differs from the incident's is the right one. The wrong value
is usually repeated first ("It said that … IK-13"), which is why the first *different* one
is taken, not the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import DateValue, IncidentProposal, Mention, Sentence, Span

# The label that opens a correction: "Correction:", "Clarification (12 May):", "Editor's
# note:", "Update, 8 March 2024:", «Уточнение (4 марта, 11:20):», «Исправление:»,
# «Обновлено 12 мая:». (An update that adds events is no correction: it must also say the
# report was wrong, below.)
_CORRECTION = re.compile(
    r"\s*(?:corrections?|clarification|editor['’]s\s+note|updated?|upd"
    r"|уточнение|исправление|поправка|от\s+редакции|обновлено|обновление)\b[^\n:.]{0,40}:",
    re.IGNORECASE,
)

# What makes it a correction, not an editor's note on names withheld or an update that adds
# events: it says the report was wrong.
_AMENDS = re.compile(
    r"(?<!\w)(?:wrong|incorrect(?:ly)?|in\s+error|mistaken(?:ly)?|misstated|misidentified"
    r"|(?:an\s+)?earlier\s+version|originally\s+(?:said|stated|reported)"
    r"|ошибочн|неверн|ошибк|первоначальной\s+версии|предыдущей\s+версии)",
    re.IGNORECASE,
)

# A report already put right ("This article was amended on 17 June. An earlier version said
# April; it was May"): its body says the right value, and the note repeats the wrong one. Only
# a body left as first published ("reproduced as first published", «Текст заметки выше
# оставлен без изменений») is corrected from the note.
_BODY_AMENDED = re.compile(
    r"(?<!\w)(?:(?:article|story|report|text|page|piece)\s+(?:\w+\s+){0,2}?(?:was|has\s+been|have\s+been)"
    r"\s+(?:amended|updated|corrected|changed)"
    r"|(?:текст|заметк|стать|материал)\w*\s+(?:был[аио]?\s+)?(?:исправлен|изменен|изменён|обновл[её]н)\w*)",
    re.IGNORECASE,
)
_BODY_KEPT = re.compile(
    r"(?<!\w)(?:(?:left|reproduced|kept)\s+(?:\w+\s+){0,3}?(?:unchanged|as\s+(?:first\s+|originally\s+)?published)"
    r"|оставлен\w*\s+без\s+изменений)",
    re.IGNORECASE,
)

# The day of the amendment itself: "This article was amended on 17 June 2024".
_AMENDED_ON = re.compile(
    r"(?:amended|updated|corrected|published|changed|исправлен\w*|обновл[её]н\w*"
    r"|опубликован\w*|изменен\w*)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def correction_paragraphs(analysis: Analysis) -> dict[int, int]:
    """Paragraph number → where its correction label ends, for each paragraph that opens
    with one, says the report was wrong and does not say it was put right already."""

    def find() -> dict[int, int]:
        found: dict[int, int] = {}
        text = analysis.document.text
        for sentence in analysis.sentences:
            if sentence.paragraph in found:
                continue
            first = analysis.paragraph_sentences(sentence.paragraph)[0]
            if first is sentence and (label := _CORRECTION.match(text, sentence.start)):
                body = " ".join(s.text for s in analysis.paragraph_sentences(sentence.paragraph))
                amended = _BODY_AMENDED.search(body) and not _BODY_KEPT.search(body)
                if _AMENDS.search(body) and not amended:
                    found[sentence.paragraph] = label.end()
        return found

    return analysis.memo("correction_paragraphs", find)


# A wire's note that the body was put right: "(This story has been corrected to say Toktogulov
# signed on Feb. 28, not Feb. 27, in paragraph 6)", «(Текст исправлен: …)».
_AMENDMENT_OPENS = re.compile(
    r"\s*\(?\s*(?:(?:this|the)\s+)?" + _BODY_AMENDED.pattern.removeprefix("(?<!\\w)"),
    re.IGNORECASE,
)


def amendment_notes(analysis: Analysis) -> frozenset[int]:
    """Paragraphs that note a correction already made in the body, or open with a correction
    label and say so: they tell again, with the wrong value beside the right one, what the
    body tells, and anchor nothing."""

    def find() -> frozenset[int]:
        text = analysis.document.text
        found = set()
        for paragraph in {s.paragraph for s in analysis.sentences}:
            first = analysis.paragraph_sentences(paragraph)[0]
            body = " ".join(s.text for s in analysis.paragraph_sentences(paragraph))
            if _AMENDMENT_OPENS.match(text, first.start) or (
                _CORRECTION.match(text, first.start)
                and _BODY_AMENDED.search(body)
                and not _BODY_KEPT.search(body)
            ):
                found.add(paragraph)
        return frozenset(found)

    return analysis.memo("amendment_notes", find)


def corrected(analysis: Analysis, proposals: list[IncidentProposal]) -> list[IncidentProposal]:
    """``proposals`` with each correction's facility and day put into the incident it names."""
    result = list(proposals)
    for paragraph, label_end in correction_paragraphs(analysis).items():
        sentences = analysis.paragraph_sentences(paragraph)
        target = _named_incident(analysis, result, sentences)
        if target is None:
            continue
        result[target] = _with_correction(analysis, result[target], sentences, label_end)
    return result


def _named_incident(
    analysis: Analysis, proposals: list[IncidentProposal], sentences: tuple[Sentence, ...]
) -> int | None:
    """The last incident told before the correction that shares a facility or a person's
    name with it."""
    facilities = {f.value for s in sentences for f in analysis.in_sentence(analysis.facilities, s)}
    people = {p.value for s in sentences for p in analysis.in_sentence(analysis.people, s)}
    named = None
    for index, incident in enumerate(proposals):
        if not incident.evidence or incident.evidence[0].start >= sentences[0].start:
            continue
        names = {incident.victims.group_or_name, *(s.name for s in incident.sources)}
        if (incident.location.facility in facilities) or any(name in people for name in names):
            named = index
    return named


def _with_correction(
    analysis: Analysis,
    incident: IncidentProposal,
    sentences: tuple[Sentence, ...],
    label_end: int,
) -> IncidentProposal:
    """``incident`` with the correction's facility (of the same type) and day in place of
    its own, and the sentences that give them among its evidence."""
    used: list[Sentence] = []
    facility = _first_other(
        analysis,
        sentences,
        analysis.facilities,
        label_end,
        lambda f: (
            f.value != incident.location.facility and f.detail == incident.location.facility_type
        ),
    )
    if facility is not None:
        mention, sentence = facility
        used.append(sentence)
        incident = replace(
            incident,
            location=replace(
                incident.location, facility=mention.value, facility_as_written=mention.text
            ),
        )
    day = _first_other(
        analysis,
        sentences,
        analysis.dates,
        label_end,
        lambda d: (
            d.detail in ("day", "month")
            and d.value != incident.date.start
            and not _AMENDED_ON.search(analysis.document.text, max(0, d.start - 25), d.start)
        ),
    )
    if day is not None and incident.date.start is not None:
        mention, sentence = day
        used.append(sentence)
        incident = replace(incident, date=DateValue(mention.value, mention.detail))
    if not used:
        return incident
    spans = {(s.start, s.end): Span(s.start, s.end, s.text) for s in used}
    spans.update({(e.start, e.end): e for e in incident.evidence})
    return replace(incident, evidence=tuple(spans[k] for k in sorted(spans)))


def _first_other(
    analysis: Analysis,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    label_end: int,
    differs: Callable[[Mention], bool],
) -> tuple[Mention, Sentence] | None:
    """The first of ``mentions`` after the correction's label that ``differs``, with its
    sentence."""
    for sentence in sentences:
        for mention in analysis.in_sentence(mentions, sentence):
            if mention.start >= label_end and differs(mention):
                return mention, sentence
    return None
