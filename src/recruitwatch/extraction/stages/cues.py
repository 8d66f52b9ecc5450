"""Stage cues: what each sentence says about recruitment and coercion.

Per sentence, as mentions: ``event`` (a recruitment event is reported), ``coercion`` (value:
the coercion type), ``no_coercion`` (voluntary, negated or doubtful: voids the sentence's
coercion cues), ``modality`` (feared / planned), ``generic_place`` (a place that is not a
facility), ``status`` (prisoner / migrant / conscript), ``perpetrator``, ``expulsion_done`` (a
deportation ordered or carried out: no threat of one, and its date is a sequel's).
"""

from __future__ import annotations

import re
from dataclasses import replace
from re import Pattern

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import Mention


def cues(analysis: Analysis) -> Analysis:
    lexicon = analysis.lexicon
    sentences = analysis.sentences
    # Each pattern runs over every sentence at once (Analysis.sentence_matches); the
    # pattern's place in this order breaks ties between cues of one kind at one offset.
    found: list[tuple[int, Mention]] = []

    sport = sport_sentences(analysis)

    def add_all(order: int, kind: str, value: str | None, pattern: Pattern[str]) -> None:
        for index, m in analysis.sentence_matches(pattern):
            if kind in ("event", "coercion") and sentences[index].start in sport:
                continue
            if kind == "coercion" and (index in voided or _NOT_ALL.match(sentences[index].text)):
                continue
            if kind == "event" and _SUPPOSED.search(sentences[index].text, 0, m.start()):
                continue  # "if I signed, my daughter would grow up without a father"
            if value == "threat_of_deportation" and index in expelled:
                continue
            if value == "promise_of_passport_or_pardon" and _BROUGHT_BACK.search(
                sentences[index].text, 0, m.start()
            ):
                continue  # "came back the following summer with pardons": how it ended
            sentence = sentences[index]
            start, end = sentence.start + m.start(), sentence.start + m.end()
            cue = value or m.group(0).lower()
            found.append((order, Mention(start, end, m.group(0), kind, cue, "")))

    voided: set[int] = set()
    # "He refused and was deported", «суд назначил ему выдворение»: a deportation that
    # followed is no threat of one.
    expelled: set[int] = set()
    for index, m in analysis.sentence_matches(lexicon.expulsion_done):
        if index not in expelled:  # one cue a sentence: the incidents stage asks only whether
            expelled.add(index)
            sentence = sentences[index]
            start, end = sentence.start + m.start(), sentence.start + m.end()
            found.append(
                (1, Mention(start, end, m.group(0), "expulsion_done", "expulsion_done", ""))
            )
    add_all(0, "event", "event", lexicon.event)
    # "voluntary", "did not threaten", "unclear whether": the sentence's first such match
    # voids its coercion cues.
    for index, m in analysis.sentence_matches(lexicon.no_coercion):
        if m.group(0).lower().startswith("volunteer") and _GROUPS_HELPER.search(
            sentences[index].text, 0, m.start()
        ):
            continue  # "a Silk Thread volunteer": a rights group's helper, not voluntariness
        if index not in voided:
            voided.add(index)
            sentence = sentences[index]
            start, end = sentence.start + m.start(), sentence.start + m.end()
            found.append((1, Mention(start, end, m.group(0), "no_coercion", "no_coercion", "")))
    later = (
        *(("coercion", kind, p) for kind, p in lexicon.coercion.items()),
        ("modality", "feared", lexicon.feared),
        ("modality", "planned", lexicon.planned),
        ("generic_place", None, lexicon.generic_place),
        *(("status", status, p) for status, p in lexicon.status.items()),
        *(("perpetrator", label, p) for label, p in lexicon.perpetrators.items()),
    )
    for order, (kind, value, pattern) in enumerate(later, start=2):
        add_all(order, kind, value, pattern)
    titles = _titles(analysis)
    if titles:
        found = [e for e in found if not any(a <= e[1].start < b for a, b in titles)]
    found.sort(key=lambda entry: (entry[1].start, entry[1].kind, entry[0]))
    return replace(analysis, cues=tuple(mention for _, mention in found))


# The others, set against those told of: «Не все осуждённые … подписывали контракт под
# давлением», "Not every man who signs is coerced": no coercion of anyone.
# (Only where it says so: «Не все выдержали побои и подписали» tells of beatings.)
_NOT_ALL = re.compile(
    r"\W*(?:не\s+(?:все|каждый)|not\s+(?:all|every))\b[^.!?]{0,80}?"
    r"(?:под\s+давлением|принужд\w*|заставля\w*|under\s+pressure|forced|coerced|pressured)",
    re.IGNORECASE,
)


def sport_sentences(analysis: Analysis) -> frozenset[int]:
    """Where the sentences of sport start: a sports brief in a wire file or a live blog ("beat
    Taiga Surgut 4-2", "signed a two-year contract extension", «подписал контракт с
    полузащитником») tells no recruitment, no beating, and places nothing."""
    sentences = analysis.sentences
    return analysis.memo(
        "sport_sentences",
        lambda: frozenset(sentences[i].start for i, _ in analysis.sentence_matches(_SPORT)),
    )


# Sport: a club's contract is no military one, nor a team beaten a beating (but "beat Aziz
# 2-3 times a week" and "a hunger striker" are no sport).
_SPORT = re.compile(
    r"(?<!\w)(?:(?:football|soccer|hockey|basketball|volleyball|futsal)\s+(?:club|team|league"
    r"|player|season|federation)|midfielder|goalkeeper|(?<!hunger\s)striker|contract\s+extension"
    r"|beat\s+(?:[A-Z][\w-]*\s+){1,3}\d{1,2}[-–:]\d{1,2}(?!\d|\s+(?:times|hours|days|weeks|minutes)\b)"
    # "lost its friendly against an Omsk side 2-3 in overtime", «проиграл … со счётом 2:3»
    r"|(?:lost|won|drew)\s+(?:its|their|the|a|his)\s+(?:\w+\s+){0,2}?(?:match|game|friendly|final|derby|fixture)"
    r"|\d{1,2}[-–:]\d{1,2}\s+(?:in|after)\s+(?:overtime|extra\s+time|a\s+shoot-?out|penalties)"
    r"|со\s+сч[её]том\s+\d{1,2}[-–:]\d{1,2}|(?:товарищеск|выездн|домашн)\w+\s+матч\w*"
    r"|(?:футбольн|хоккейн|баскетбольн|волейбольн)\w*\s+(?:клуб|команд|лиг|сезон)\w*"
    r"|полузащитник\w*|вратар[ьяюеё]\w*|футболист\w*|хоккеист\w*"
    r"|продлил[аи]?\s+(?:\w+\s+)?контракт)",
    re.IGNORECASE,
)


# A pardon brought home from the war is how it ended, not what was promised: "returned from
# the front in 2023 with a pardon", "A few came back the following summer with pardons",
# «вернулся домой с помилованием».
_BROUGHT_BACK = re.compile(
    r"(?<!\w)(?:returned|came\s+(?:back|home)|come\s+(?:back|home)|вернул\w*|приехал\w*\s+домой)"
    r"[^.!?]{0,50}?(?:with|с)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+)?$",
    re.IGNORECASE,
)


# A signature the teller supposes, not one given: "if I signed", «если бы я подписал». (A
# threat's "if they signed, the case would be closed" stays an event.)
_SUPPOSED = re.compile(
    r"(?<!\w)(?:if|если(?:\s+бы)?)\s+(?:I|я)\s+(?:бы\s+)?$",
    re.IGNORECASE,
)
_GROUPS_HELPER = re.compile(r"(?<!\w)(?:a|an|the|our|their)\s+(?:[A-Z][\w’'-]*\s+){1,3}$")


# The quoted name of a channel, outlet or group says nothing of what happened: the Telegram
# channel «Хроника вербовки» ("Recruitment Chronicle") tells of recruitment, it is not one.
_TITLE = re.compile(
    r"(?<!\w)(?:телеграм-канал\w*|канал\w*|издани\w*|журнал\w*|газет\w*|сайт\w*|проект\w*"
    r"|центр\w*|фонд\w*|движени\w*|организаци\w*|паблик\w*|группы|группа|бот\w*"
    r"|channel|outlet|newspaper|magazine|website|project|group|centre|center|foundation|bot)"
    r"\s+[«\"“](?P<name>[^»\"”\n]{2,60})[»\"”]",
    re.IGNORECASE,
)


def _titles(analysis: Analysis) -> list[tuple[int, int]]:
    text = analysis.document.text
    if not analysis.literals().may_match(_TITLE, 0, len(text)):
        return []
    return [(m.start("name"), m.end("name")) for m in _TITLE.finditer(text)]
