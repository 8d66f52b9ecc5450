"""The lead of a report and the incident it opens: a news lead that summarises an incident
told in full below, and a feature's opening about the man whose story follows, are not
incidents of their own. Run over the proposals once the grouping walk is done."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.stages.dates import LETTER_DATED
from recruitwatch.extraction.stages.dialogue import interview_turns
from recruitwatch.extraction.stages.incidents._fields import COERCION_ORDER
from recruitwatch.extraction.stages.incidents._victims import one_refused
from recruitwatch.extraction.types import IncidentProposal

# A dated letter quoted: "The letter of 22 June is shorter", «Следующее письмо
# датировано 19 февраля», «В письме от 2 февраля …» (at the head of the sentence: not "did not
# reply to our letter of 3 May"). What a letter tells is its own, as a digest's next post is,
# and no reporter's lead.
DATED_LETTER = re.compile(
    r"\W*(?:\w+\s+){0,3}?" + LETTER_DATED + r"\s+(?:the\s+)?\d", re.IGNORECASE
)


def without_lead_summary(
    analysis: Analysis, proposals: list[IncidentProposal]
) -> list[IncidentProposal]:
    """Fold the first incident into the one told in full below when it is the lead's summary
    of it, or a feature's uncoerced opening about the man whose story follows: its evidence
    and sources join that incident's, so nothing the reviewer should see is lost.

    A news report states its story in one opening paragraph ("told the court that he signed
    only after an investigator threatened him with new charges") and then tells it again with
    the details. The lead's incident then repeats a later one at the same facility, with no
    coercion the later one lacks, and would reach the reviewer twice."""
    if len(proposals) < 2:
        return proposals
    lead, rest = proposals[0], proposals[1:]
    paragraphs = {_paragraph(analysis, span.start) for span in lead.evidence}
    later = {_paragraph(analysis, span.start) for p in rest for span in p.evidence}
    if len(paragraphs) != 1 or not later or min(later) <= min(paragraphs):
        return proposals
    if paragraphs & interview_turns(analysis).answers:
        return proposals  # an interviewee's answer tells his own story, not a reporter's lead
    if any(DATED_LETTER.match(s.text) for p in paragraphs for s in analysis.paragraph_sentences(p)):
        return proposals  # nor does a letter quoted
    lead_refusal, lead_people = _tells_refusal(analysis, lead), _named_in(analysis, lead)
    lead_named = lead_people | {
        m.value
        for paragraph in paragraphs
        for s in analysis.paragraph_sentences(paragraph)
        for m in analysis.in_sentence(analysis.sources, s)
    }
    if not lead.coercion and lead_named:
        # A feature's opening about the man whose story follows, with no coercion of its own:
        # «О том, что её сын Улугбек уехал из колонии на войну, она узнала от незнакомого
        # мужчины…» … (three paragraphs on) «Улугбек подписал контракт».
        for other in rest:
            if (
                lead_named & _named_in(analysis, other)
                and other.coercion
                and lead.location.facility in (None, other.location.facility)
            ):
                # (whatever its date: the day she learned is not the day he was recruited)
                index = rest.index(other)
                return [*rest[:index], _folded(lead, into=other), *rest[index + 1 :]]
    if lead.location.facility is None:
        return proposals
    for index, other in enumerate(rest):
        other_people = _named_in(analysis, other)
        # The lead names the man whose story follows: what it adds, and a later day it gives (a
        # court report's lead is dated by the hearing), do not make his story another one.
        # (It names him and tells part of the same coercion: a lead on one man's pills is not
        # the story of the recruiters' visit his mother goes on to tell.)
        same_man = bool(lead_people & other_people) and bool(
            (set(lead.coercion) & set(other.coercion)) - {"forced_signing"}
        )
        if (
            # One who refused is not the group who signed after him, told again.
            not (lead_refusal and not _tells_refusal(analysis, other))
            # Nor is one man's story another man's (both name people, none in common):
            # "Igor's pills" is not Andrei's cell.
            and not (lead_people and other_people and not lead_people & other_people)
            and other.location.facility == lead.location.facility
            and other.location.region == lead.location.region
            and other.modality == lead.modality
            and lead.coercion
            # The lead may say that he signed where the full account stops at the threat; an
            # undated lead about the same man at the same office tells his story in brief
            # ("Firdavs … says he is standing in the yard of a military enlistment office …").
            and (
                same_man
                or set(lead.coercion) - {"forced_signing"} <= set(other.coercion)
                or (bool(lead_people & other_people) and lead.date.start is None)
            )
            # "last week" (March) in the lead is "on March 7" below: one holds the other.
            and (
                _dates_agree(lead.date.start, other.date.start)
                or (same_man and _dated_after(lead.date.start, other.date.start))
            )
        ):
            coercion = set(lead.coercion) | set(other.coercion)
            kept = replace(
                _folded(lead, into=other),
                coercion=tuple(c for c in COERCION_ORDER if c in coercion),
            )
            return [*rest[:index], kept, *rest[index + 1 :]]
    return proposals


def _dates_agree(lead: str | None, other: str | None) -> bool:
    """Whether the lead's date is unknown or holds, or is held by, the other's ("2023-03"
    and "2023-03-07")."""
    if lead is None:
        return True
    return other is not None and (other.startswith(lead) or lead.startswith(other))


def _dated_after(lead: str | None, other: str | None) -> bool:
    """Whether the lead is dated after the story below (the hearing where he told it)."""
    return lead is not None and other is not None and lead[: len(other)] > other


def _named_in(analysis: Analysis, incident: IncidentProposal) -> set[str]:
    """The people named in the paragraphs of ``incident``'s evidence."""
    paragraphs = {_paragraph(analysis, span.start) for span in incident.evidence}
    return {
        p.value
        for paragraph in paragraphs
        for s in analysis.paragraph_sentences(paragraph)
        for p in analysis.in_sentence(analysis.people, s)
    }


def _tells_refusal(analysis: Analysis, incident: IncidentProposal) -> bool:
    return any(
        (sentence := analysis.sentence_at(span.start)) is not None
        and one_refused(analysis, sentence)
        for span in incident.evidence
    )


def _paragraph(analysis: Analysis, offset: int) -> int:
    sentence = analysis.sentence_at(offset)
    return sentence.paragraph if sentence is not None else -1


def without_undated_repeats(
    analysis: Analysis, proposals: list[IncidentProposal]
) -> list[IncidentProposal]:
    """Drop an undated incident told in one paragraph that another incident tells with its
    date: the same facility, region and modality, and no coercion the other lacks.

    Explainers and "what we know" cards state each case once in a summary ("В мордовской
    колонии ИК-11 заключённым … угрожали новыми уголовными делами") and again, dated, in a
    card of its own; the summary would reach the reviewer twice. Its coercion joins the
    dated account."""
    kept = list(proposals)
    for undated in proposals:
        if (
            undated.date.start is not None
            or undated.location.facility is None
            or not undated.coercion  # a summary says what was done; "Nurbek signed" alone is his
        ):
            continue
        if len({_paragraph(analysis, span.start) for span in undated.evidence}) != 1:
            continue
        if _introduces_another(analysis, undated):
            # "A second prisoner, … Oleg, … was placed in a punishment cell … and signed on the
            # fourth day": another man's own case, not a summary.
            continue
        for index, other in enumerate(kept):
            if (
                other is not undated
                and other.date.start is not None
                and other.location.facility == undated.location.facility
                and other.location.region == undated.location.region
                and other.modality == undated.modality
                and set(undated.coercion) - {"forced_signing"} <= set(other.coercion)
            ):
                coercion = set(undated.coercion) | set(other.coercion)
                kept[index] = replace(
                    other, coercion=tuple(c for c in COERCION_ORDER if c in coercion)
                )
                kept.remove(undated)
                break
    return kept


def _folded(part: IncidentProposal, *, into: IncidentProposal) -> IncidentProposal:
    """``into`` with ``part``'s evidence and sources added, so nothing the reviewer should
    see is lost when ``part`` is dropped as another telling of it."""
    evidence = sorted({*into.evidence, *part.evidence}, key=lambda e: e.start)
    sources = {s.name: s for s in (*part.sources, *into.sources)}
    return replace(into, evidence=tuple(evidence), sources=tuple(sources.values()))


def _fold_each(
    proposals: list[IncidentProposal],
    part: Callable[[IncidentProposal], bool],
    whole: Callable[[IncidentProposal, IncidentProposal], bool],
) -> list[IncidentProposal]:
    """Fold each proposal that is a ``part`` into the first other at the same place that it
    is a part of (``whole(part, other)``)."""
    kept = list(proposals)
    for told in proposals:
        if not part(told):
            continue
        for index, other in enumerate(kept):
            if (
                other is not told
                and other.location.facility == told.location.facility
                and other.location.region == told.location.region
                and whole(told, other)
            ):
                kept[index] = _folded(told, into=other)
                kept.remove(told)
                break
    return kept


def _tells_no_coercion(proposal: IncidentProposal) -> bool:
    return not proposal.coercion and proposal.modality == "occurred"


def into_the_fear_told(
    analysis: Analysis, proposals: list[IncidentProposal]
) -> list[IncidentProposal]:
    """Fold an incident that tells no coercion into the fear or plan told next in its
    paragraph, at the same place: "The commissioner said she had received a complaint from
    relatives of prisoners at colony-settlement No. 9 about a meeting announced for this
    month. The relatives fear the men will be pressured to sign." is one feared incident, the
    complaint being how it is known."""

    def told_next(told: IncidentProposal, other: IncidentProposal) -> bool:
        return (
            other.modality in ("feared", "planned")
            and bool(other.evidence)
            and other.evidence[0].start > told.evidence[-1].start
            and _paragraph(analysis, other.evidence[0].start)
            == _paragraph(analysis, told.evidence[-1].start)
        )

    return _fold_each(proposals, lambda p: _tells_no_coercion(p) and bool(p.evidence), told_next)


def into_the_threat_feared(
    analysis: Analysis, proposals: list[IncidentProposal]
) -> list[IncidentProposal]:
    """Fold a fear of what was threatened into the threat told just before it, at the same
    place on the same day: "Eight prisoners who refused were threatened on Monday with a
    transfer to a general-regime colony. … 'He is afraid that by the end of the month they
    will make him a persistent offender'" is the threat's incident, and its fear."""

    def feared_of(fear: IncidentProposal, threat: IncidentProposal) -> bool:
        return (
            threat.modality == "occurred"
            and bool(threat.evidence and fear.evidence)
            and fear.evidence[0].start > threat.evidence[-1].start
            and 0
            <= _paragraph(analysis, fear.evidence[0].start)
            - _paragraph(analysis, threat.evidence[-1].start)
            <= 2
            and fear.date.start == threat.date.start
            and set(fear.coercion) <= set(threat.coercion)
        )

    return _fold_each(proposals, lambda p: p.modality == "feared" and bool(p.coercion), feared_of)


def without_dated_repeats(proposals: list[IncidentProposal]) -> list[IncidentProposal]:
    """Fold an incident that tells no coercion into the one told with coercion on the same
    day at the same place: a report's closing line ("What happened at the Yuzhny market on
    28 September deserves an investigation") restates the case, it is no second one. Its
    evidence and its sources join the case's, so nothing the reviewer should see is lost."""
    return _fold_each(
        proposals,
        lambda p: _tells_no_coercion(p) and p.date.precision == "day",
        lambda repeat, other: (
            bool(other.coercion)
            and other.modality == "occurred"
            and other.date.start == repeat.date.start
        ),
    )


# Another person brought in: "A second prisoner, …", "A third man", «Ещё один заключённый»,
# «Второй осуждённый».
_ANOTHER_PERSON = re.compile(
    r"(?<!\w)(?:(?:a|the)\s+(?:second|third|fourth|fifth)|another)\s+"
    r"(?:prisoner|inmate|man|detainee|worker|migrant|convict)"
    r"|(?:ещё\s+один|втор\w+|трет\w+|четв[её]рт\w+)\s+(?:заключ[её]нн|осужд[её]нн|мужчин|задержанн|мигрант|рабоч)\w*",
    re.IGNORECASE,
)


def _introduces_another(analysis: Analysis, incident: IncidentProposal) -> bool:
    """Whether the paragraph of ``incident`` brings in another person."""
    paragraphs = {_paragraph(analysis, span.start) for span in incident.evidence}
    return any(
        _ANOTHER_PERSON.search(s.text)
        for paragraph in paragraphs
        for s in analysis.paragraph_sentences(paragraph)
    )


def without_retellings(
    analysis: Analysis, proposals: list[IncidentProposal]
) -> list[IncidentProposal]:
    """Fold an incident into another the report tells of the same facility and days, when
    one tells no coercion the other lacks.

    A long article tells its case more than once: in a summary paragraph ("he signed a
    contract in May while he was held in a detention centre"), in the account ("Eldiyar
    signed on May 14 together with two other Kyrgyz men"), in a quote that restates it. Each
    telling would otherwise reach the reviewer as another incident. The shorter telling
    folds into the longer, with its evidence, sources and coercion."""
    kept = list(proposals)
    for told in sorted(proposals, key=lambda p: len(p.evidence)):
        if told not in kept or _told_on_its_own(analysis, told):
            continue
        for index, other in enumerate(kept):
            if other is not told and _retold_in(analysis, told, other):
                coercion = set(told.coercion) | set(other.coercion)
                kept[index] = replace(
                    _folded(told, into=other),
                    coercion=tuple(c for c in COERCION_ORDER if c in coercion),
                )
                kept.remove(told)
                break
    return kept


def _told_on_its_own(analysis: Analysis, told: IncidentProposal) -> bool:
    """What is never a retelling: no facility or a year-only date to hold it to another
    telling, a volunteer's or a doubter's account, one man told without coercion ("at least
    one man who refused, Behruz", his own story beside the group's), an interviewee's answer
    (his own summons, beside his cellmate's of the same month), a dated letter's (each
    letter tells its own)."""
    if (
        told.location.facility is None
        or told.date.precision not in ("day", "month")
        or _says_voluntary(analysis, told)
        or (not told.coercion and told.victims.count == 1)
    ):
        return True
    paragraphs = {_paragraph(analysis, span.start) for span in told.evidence}
    return bool(paragraphs & interview_turns(analysis).answers) or any(
        DATED_LETTER.match(s.text) for p in paragraphs for s in analysis.paragraph_sentences(p)
    )


def _retold_in(analysis: Analysis, told: IncidentProposal, other: IncidentProposal) -> bool:
    """Whether ``other``, told at least as fully, is the same case: the same facility,
    region and modality, days that hold one another, the same refusal or none, no two men
    named apart, and one's coercion within the other's."""
    if (
        len(other.evidence) < len(told.evidence)
        or other.location.facility != told.location.facility
        or other.location.region != told.location.region
        or other.modality != told.modality
        or other.date.precision not in ("day", "month")
        or not _dates_agree(told.date.start, other.date.start)
        or _tells_refusal(analysis, told) != _tells_refusal(analysis, other)
    ):
        return False
    people, other_people = _named_in(analysis, told), _named_in(analysis, other)
    if people and other_people and not people & other_people:
        return False
    if (
        told.victims.count == other.victims.count == 1
        and told.victims.group_or_name != other.victims.group_or_name
    ):
        return False
    mine, theirs = set(told.coercion), set(other.coercion)
    return mine - {"forced_signing"} <= theirs or theirs <= mine


def _says_voluntary(analysis: Analysis, incident: IncidentProposal) -> bool:
    return any(
        (sentence := analysis.sentence_at(span.start)) is not None
        and bool(analysis.cues_in([sentence], "no_coercion"))
        for span in incident.evidence
    )
