"""Who an incident is about, as the grouping tells incidents apart: other victims turning
up ("Two other prisoners…", «вывели ещё четверых»), one person refusing beside a group that
signed, and what was done to "him" next. Plain functions over the analysis; the grouping walk
(:mod:`._grouping`) and the fields (:mod:`._fields`) ask them."""

from __future__ import annotations

import re

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.stages.incidents._places import Builder
from recruitwatch.extraction.types import Mention, Sentence

# One person refusing: "Bakyt refused to sign", "Ruslan, an inmate of IK-12, turned the
# contract down", «Артём от контракта отказался».
_ONE_REFUSED = re.compile(
    # ("Pavel S. (name changed), 39, refused the contract")
    r"(?P<who>\b(?:he|she)|\b[A-Z][\w’'-]+)(?:\s+[A-Z]\.)?(?:\s*\([^()\n]{1,40}\))?"
    r"(?:,[^,.;:!?]{1,80},)?\s+(?:also\s+|still\s+|flatly\s+)?"
    r"(?:refused|declined|turned\s+(?:the\s+|a\s+)?(?:contract\s+|offer\s+)?down)\b"
    r"(?!\s+to\s+(?:comment|say|answer|respond|speak|talk|give|name))"
    r"|(?<!\w)отказал(?:ся|ась)\b"
    r"(?!\s+(?:от\s+комментари|от\s+вопрос|отвечать|говорить|сообщ|назва|уточн|раскры|объясн|поясн))",
)


def one_refused(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells that one person refused: "he", "she" or someone the text
    names (not "Many" or "Prisoners"), or a singular Russian «отказался». The grouping asks
    it of every anchor again and again: the sentences are found once per document."""
    return sentence.start in analysis.memo("one_refused", lambda: _refusals(analysis))


def _name_words(analysis: Analysis) -> frozenset[str]:
    """Every word of every name the text gives a person, once per document."""
    return analysis.memo(
        "name_words",
        lambda: frozenset(word for person in analysis.people for word in person.value.split()),
    )


def _refusals(analysis: Analysis) -> frozenset[int]:
    named = _name_words(analysis)
    sentences = analysis.sentences
    return frozenset(
        sentences[index].start
        for index, found in analysis.sentence_matches(_ONE_REFUSED)
        if (who := found.group("who")) is None or who.lower() in ("he", "she") or who in named
    )


# A sentence of a later paragraph that opens on other victims ("Two other prisoners of the
# colony …", «Ещё двое осуждённых …», "Another inmate …") tells their case, not more of the
# one before.
_OTHER_VICTIMS = re.compile(
    # (after a live blog's time: "15:30 — A different story")
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*)?(?:(?:ещё|еще)\s+(?:один|одна|одного|двое|трое|четверо|несколько|\d+)"
    r"|(?:two|three|four|five|several|\d+)\s+(?:other|more)\s+(?:\w+\s+)?"
    r"(?:prisoners|inmates|detainees|convicts|men|migrants|workers|patients)"
    r"|another\s+(?:\w+\s+)?(?:prisoner|inmate|detainee|convict|man|migrant|worker|patient)"
    # Told by a relative of the next one: "The wife of a third detainee …", «Мать ещё одного
    # осуждённого …».
    r"|(?:the\s+)?(?:wife|husband|mother|father|sister|brother|son|daughter|relatives?|family)\s+of\s+"
    r"(?:a\s+(?:second|third|fourth|fifth)|another|one\s+more)\s+(?:\w+\s+)?(?:prisoner|inmate|detainee|convict|man|migrant|worker|patient)"
    r"|(?:жена|мать|сестра|брат|отец|сын|дочь|родственники|родные)\s+(?:ещё\s+одного|еще\s+одного|другого|второго|третьего|четвёртого)"
    r"\s+(?:\w+\s+)?(?:заключ|осужд|задержан|арестант|мигрант|подследствен)\w*"
    # The report says so: "A separate case from the same colony.", «Другой случай», "A
    # different story: we spoke to …", «Другая история».
    r"|(?:a\s+)?(?:separate|different|another|second|third|new)\s+(?:case|story)"
    r"|(?:другой|ещё\s+один|еще\s+один|отдельный|второй|третий|новый)\s+случай"
    r"|(?:другая|ещё\s+одна|еще\s+одна|отдельная|вторая|третья|новая)\s+история)\b",
    re.IGNORECASE,
)


# Others taken the same way, anywhere in a paragraph's opening: «из их камеры … вывели ещё
# четверых», "two more inmates were called in".
_MORE_VICTIMS = re.compile(
    r"(?<!\w)(?<!\sи\s)(?<!\sс\s)(?:ещё|еще)\s+(?:двоих|троих|четверых|пятерых|шестерых|несколько\s+\w+|\d+\s+\w+)"
    # ("Jasur and three other men signed" are one group with him.)
    r"|(?<!\w)(?<!\band\s)(?<!\bwith\s)(?:two|three|four|five|several|\d+)\s+(?:more|other)\s+"
    r"(?:prisoners|inmates|detainees|convicts|men|migrants|workers|cellmates)\b",
    re.IGNORECASE,
)


def other_victims(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence``, or the opening of its paragraph, turns to other victims."""
    if not builder.anchors or sentence.paragraph == builder.anchors[-1].paragraph:
        return False
    opening = analysis.paragraph_sentences(sentence.paragraph)[:2]
    return bool(
        _OTHER_VICTIMS.match(sentence.text)
        or _OTHER_VICTIMS.match(opening[0].text)
        or any(_MORE_VICTIMS.search(s.text) for s in opening)
    )


# One person's refusal and a group's signing told together are two incidents: those who
# signed and the one who refused (and was punished for it) are different victims ("about
# twenty Kyrgyz … signed the contracts. Bakyt refused to sign.", «Артём от контракта
# отказался» … «из его отряда контракты подписали около 40 человек»).
_GROUP_SIGNED = re.compile(
    r"\b(?:men|prisoners|inmates|convicts|detainees|migrants|workers|Kyrgyz|Uzbeks|Tajiks|Kazakhs"
    r"|Turkmens|others)\s+(?:\w+\s+)?signed\b"
    r"|(?<!\w)подписали\s+(?:\w+\s+)?(?:около|более|почти|свыше|больше|\d+|все|многие|остальные)\b"
    # «контракты подписали ещё как минимум четверо»
    r"|(?<!\w)подписали\s+(?:ещё|еще)\s+(?:\w+\s+){0,2}?(?:двое|трое|четверо|пятеро|шестеро|несколько|\d+)\b"
    r"|(?<!\w)(?:около|более|почти|свыше|больше|\d+|все|многие|остальные)\s+(?:\w+\s+){0,2}подписали\b"
    # Or another man beside him: "his cellmate signed a week later", «сокамерник Сергея в
    # начале августа подписал контракт».
    r"|\b(?:cell-?mate|fellow\s+(?:inmate|prisoner|detainee)|another\s+(?:inmate|prisoner|detainee))\b[^.!?]{0,60}?\bsigned\b"
    r"|(?<!\w)(?:сокамерник\w*|друг\w*\s+(?:заключ[её]нн|осужд[её]нн|арестант)\w*)[^.!?]{0,60}?подписал\w*",
)


# Signed, in the plural, beside a number of people: «контракт подписали двенадцать человек».
_SIGNED_PLURAL = re.compile(r"(?<!\w)(?:подписали|signed)(?!\w)", re.IGNORECASE)


def group_signed(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells that a group signed (see :data:`_GROUP_SIGNED`); the
    sentences are found once per document."""
    return sentence.start in analysis.memo("group_signed", lambda: _groups_signed(analysis))


def _groups_signed(analysis: Analysis) -> frozenset[int]:
    sentences = analysis.sentences
    found = {sentences[i].start for i, _ in analysis.sentence_matches(_GROUP_SIGNED)}
    counted = {
        sentences[i].start
        for i, _ in analysis.sentence_matches(_SIGNED_PLURAL)
        if any(c.kind == "count" for c in analysis.in_sentence(analysis.counts, sentences[i]))
    }
    return frozenset(found | counted)


def sequel(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on, in the paragraph where one person refused, to what
    followed: "Ruslan turned the contract down in January. In February, the insulin … stopped
    arriving. … On 20 February, weakened and frightened, he signed." A later month told
    there is the refusal's sequel, not another incident."""
    return sentence.paragraph == builder.anchors[-1].paragraph and any(
        a.paragraph == sentence.paragraph and one_refused(analysis, a) for a in builder.anchors
    )


# How far after his refusal a man's signing is still its end: the paragraphs between tell
# what was done to him meanwhile.
_GAVE_IN_WITHIN = 3


def gives_in(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells that the one who refused in the incident signed after all,
    named as he was: "Dmitry refused. … (a punishment cell, twice in February) … In early
    March Dmitry signed the contract" is one incident, not January's and March's."""
    return _signs_after_refusing(analysis, builder.anchors, sentence)


def gave_in(analysis: Analysis, anchors: list[Sentence]) -> Sentence | None:
    """The anchor that tells the one who refused earlier in ``anchors`` signed after all: its
    day is the incident's, as a forced signing's is."""
    # (only the anchors of the few paragraphs before can hold the refusal: a window kept as
    # the anchors go by, not every earlier anchor for each)
    low = 0
    for i, anchor in enumerate(anchors):
        while low < i and anchor.paragraph - anchors[low].paragraph > _GAVE_IN_WITHIN:
            low += 1
        if _signs_after_refusing(analysis, anchors[low:i], anchor):
            return anchor
    return None


def _signs_after_refusing(analysis: Analysis, earlier: list[Sentence], sentence: Sentence) -> bool:
    named = _name_words(analysis)
    refusers = {
        who
        for a in earlier
        if 0 < sentence.paragraph - a.paragraph <= _GAVE_IN_WITHIN and one_refused(analysis, a)
        for who in _refusers(a.text)
        if who in named  # a name, not «Тогда он отказался»
    }
    return any(
        re.search(
            rf"(?<!\w){re.escape(who)}\w*\s+(?:\w+\s+)?(?:signed|подписал|подписала)(?!\w)",
            sentence.text,
        )
        for who in refusers
    )


# The one who refused, by name, in Russian: «Дмитрий отказался», «Олег сразу отказался».
_REFUSER_RU = re.compile(r"(?<!\w)([А-ЯЁ][а-яё]+)\s+(?:[а-яё]+\s+){0,3}?отказал(?:ся|ась)(?!\w)")


def _refusers(text: str) -> set[str]:
    """The names of those a refusal tells of (not "he" or "she")."""
    names = {m.group(1) for m in _REFUSER_RU.finditer(text)}
    found = _ONE_REFUSED.search(text)
    if found is not None and (who := found.group("who")) and who.lower() not in ("he", "she"):
        names.add(who)
    return names


# The one the incident is about, as the object of what was done: him, her, the teller's me
# (not «по её словам», "according to her").
_OF_HIM = re.compile(
    r"(?<!\w)(?<!по\s)(?:him|her|me|его|ему|её|ее|ей|меня|мне)(?!\w)(?!\s+слов)"
    # Or the one it was done to, as the subject: "I was put in the punishment cell"; or is
    # threatened with: "and after that I would be deported", «что он будет выдворен».
    r"|(?<!\w)(?:I|he|she|я|он|она)\s+(?:was|got|would\s+be|will\s+be|был|была|попал|попала"
    r"|будет|буду)(?!\w)"
    # Or a passive told of him by name: «Лыков А. И. был водворён в ШИЗО», "was placed in".
    r"|(?<!\w)(?:was|был|была)\s+(?:водвор[её]н\w*|помещ[её]н\w*|placed|put)(?!\w)",
    re.IGNORECASE,
)


def done_to_him(analysis: Analysis, sentence: Sentence, cues: tuple[Mention, ...]) -> bool:
    """Whether a coercion cue of ``sentence`` has "him" or "her" right beside it: "beat
    him", «его поместили в ШИЗО», "I was put in the punishment cell"."""
    text = analysis.document.text
    return any(
        _OF_HIM.search(text, max(sentence.start, c.start - 20), min(sentence.end, c.end + 12))
        for c in cues
        if c.kind == "coercion"
    )
