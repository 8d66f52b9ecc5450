"""When an incident happened, and whether it happened at all: dates read from its sentences
(or the paragraph they open), and modality (occurred, feared, planned)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.stages.incidents._places import Builder
from recruitwatch.extraction.types import DateValue, IncidentProposal, Mention, Sentence

# A plan known only by rumour ("people here say that next time…", «говорят, что в следующий
# раз…») is what prisoners fear, not what anyone has announced.
_HEARSAY = re.compile(
    r"(?<!\w)(?:(?:they|people|prisoners|inmates|men|others|everyone)\s+(?:here\s+)?say"
    r"|(?<!not a )(?<!not )(?<!no )rumou?rs?|it\s+is\s+said"
    r"|говорят|ходят\s+слухи|по\s+слухам)(?!\w)",
    re.IGNORECASE,
)


# A threat made to whoever refuses ("announced that anyone who refused would be deported",
# «объявили, что тех, кто откажется, выдворят») was made when it was announced: the
# announcement is what happened, not a plan.
_CONDITIONAL_THREAT = re.compile(
    r"(?<!\w)(?:(?:anyone|those|whoever|men|prisoners)\s+who\s+(?:refused|refuses|refuse|did\s+not|would\s+not)"
    r"|if\s+(?:he|she|they|you|we)\s+(?:refused|refuse|did\s+not\s+sign|didn't\s+sign)"
    r"|(?:кто|тех,?\s+кто|тем,?\s+кто|если)\s+(?:\w+\s+){0,2}?(?:откаж|не\s+подпиш|не\s+соглас))",
    re.IGNORECASE,
)


# Not knowing whether something will be done: "He does not know whether he will be sent
# back", «не знает, отправят ли его снова».
NOT_KNOWN_WHETHER = re.compile(
    r"(?<!\w)(?:(?:does|do|did)\s+not\s+(?:yet\s+)?know|(?:doesn|don|didn)[’']t\s+know)\s+whether"
    r"|не\s+зна\w+,?\s+(?:\w+\s+){0,2}?ли(?!\w)"
    # "Whether they came back with a contract or with a deportation paper, I cannot say."
    r"|^\W*whether\b[^.!?]*,\s*(?:I|we|he|she|they)\s+(?:cannot|can[’']t|could\s+not|couldn[’']t)\s+(?:say|tell)",
    re.IGNORECASE,
)
# A signature given, as an event cue: "signed", «подписал».
_SIGNED = re.compile(r"signed|подписал[аи]?", re.IGNORECASE)
_NEXT_TIME = re.compile(r"next\s+time|в\s+следующий\s+раз", re.IGNORECASE)
# "Next time" in a threat told as he is beaten: "(they beat him …) They told him that the
# next time he would fall down the stairs". (Told without a beating, "warned that next time
# they will get a new case" is of the recruiters' next visit: a plan.)
_TOLD_NEXT_TIME = re.compile(
    r"(?<!\w)(?:told|warned|threatened|said|сказал\w*|предупредил\w*|пригрозил\w*|угрожал\w*)"
    r"\W+(?:\w+\W+){0,3}?(?:that|что)\W+(?:\w+\W+){0,2}?(?:next\s+time|в\s+следующий\s+раз)",
    re.IGNORECASE,
)


def _after_a_beating(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` or the one before it in its paragraph tells a beating."""
    paragraph = analysis.paragraph_sentences(sentence.paragraph)
    index = paragraph.index(sentence) if sentence in paragraph else 0
    return any(
        c.value == "physical_force"
        for s in paragraph[max(0, index - 1) : index + 1]
        for c in analysis.cues_in([s], "coercion")
    )


def _first_of_all(cues: list[Mention]) -> int:
    return min(c.start for c in cues)


def _first(cues: list[Mention], value: str) -> int:
    return min(c.start for c in cues if c.value == value)


def sentence_modality(analysis: Analysis, sentence: Sentence) -> str:
    cues = analysis.cues_in([sentence], "modality")
    found = {c.value for c in cues}
    if cues and any(
        c.kind == "event" and _SIGNED.fullmatch(c.text) and c.start < _first_of_all(cues)
        for c in analysis.in_sentence(analysis.cues, sentence)
    ):
        # He signed first; what is feared or planned after is its sequel: "her son signed
        # 'because he was scared' and has been told he will be sent to a training ground".
        return "occurred"
    if (
        "feared" in found
        and "planned" not in found
        and any(
            c.kind == "event" and _SIGNED.fullmatch(c.text)
            for c in analysis.in_sentence(analysis.cues, sentence)
        )
    ):
        # The fear he signed for: «подписал, потому что боюсь нового срока», "he signed
        # because he was afraid of a new term".
        return "occurred"
    if "feared" in found and all(
        _NEXT_TIME.fullmatch(c.text) for c in cues if c.value == "planned"
    ):
        # "next time" in a fear is the fear's: «Я боюсь, что в следующий раз меня впишут».
        return "feared"
    if (
        "feared" in found
        and "planned" in found
        and _first(cues, "feared") < _first(cues, "planned")
    ):
        # The fear governs the "will" after it: "They fear that the men will be sent to the
        # front", "afraid that the police will come back".
        return "feared"
    if "planned" in found:
        if (
            all(_NEXT_TIME.fullmatch(c.text) for c in cues if c.value == "planned")
            and _TOLD_NEXT_TIME.search(sentence.text)
            and _after_a_beating(analysis, sentence)
        ):
            return "occurred"  # the threat is made as he is beaten: it is of a next beating
        if _HEARSAY.search(sentence.text):
            return "feared"
        if _CONDITIONAL_THREAT.search(sentence.text) and analysis.cues_in([sentence], "coercion"):
            return "occurred"
        return "planned"
    return "feared" if "feared" in found else "occurred"


def modality(analysis: Analysis, anchors: list[Sentence]) -> str:
    coercive = [s for s in anchors if analysis.cues_in([s], "coercion")]
    modalities = [sentence_modality(analysis, s) for s in coercive]
    if "occurred" in modalities:
        return "occurred"
    if modalities:
        return modalities[0]
    return sentence_modality(analysis, anchors[0])


# Citizenship gained, in either language: "became a Russian citizen", «получил российское
# гражданство», «получивший паспорт».
_CITIZENSHIP_GAINED = (
    r"became\s+(?:a\s+)?(?:Russian\s+)?citizen"
    r"|(?:received|got|obtained|was\s+granted)\s+(?:\w+\s+)?(?:Russian\s+)?(?:citizenship|passports?)"
    r"|получ(?:ил|ивш)\w*\s+(?:\w+\s+)?(?:гражданство|паспорт)"
)

# A date in a prisoner's history ("who was convicted of robbery in 2019", "sentenced in
# March 2021", «осуждён в 2019 году») dates the conviction, not the recruitment. (The plural
# «осуждённых», «осуждённые» is the everyday word for convicts: «двадцати осуждённых колонии
# № 8 в конце июля вывезли» is dated by its month.)
_HISTORY_BEFORE = re.compile(
    r"(?<!\w)(?:convicted|sentenced|jailed|imprisoned|born|released|осужд[её]н(?!ны[хеми])\w*|приговор\w*|родил\w*"
    # A release ends the story: «вышел на свободу в июне», "was released in March".
    r"|выш(?:ел|ла|ли)\s+на\s+свободу|освобод\w+|освобожд\w+"
    # «бывший сокамерник, который вышел из СИЗО в августе» (not "left SIZO-3 last month
    # after signing": a recruit leaves with the recruiters)
    r"|выш(?:ел|ла|ли)\s+из\s+(?:СИЗО|изолятора|колонии|тюрьмы)"
    # A letter's own date: «письмо сына, датированное 1 февраля», "a letter dated 3 March".
    r"|dated|датирован\w*|(?:письм|записк|сообщени|обращени)\w*\s+от"
    # When he became a citizen: "became a Russian citizen in 2022", «получил российское
    # гражданство в 2021 году» (the naturalised man's history, not his recruitment).
    r"|" + _CITIZENSHIP_GAINED + r"|naturali[sz]ed"
    # When a migrant first came: "He went to Russia in 2019", «приехал в Россию в 2019 году».
    r"|(?:went|came|moved|travell?ed|arrived|left\s+for)\s+(?:\w+\s+){0,2}?(?:to\s+|in\s+)?Russia"
    r"|(?:приехал|уехал|переехал)\w*\s+(?:\w+\s+){0,2}?в\s+Росси\w+"
    # A court's own calendar: "The Omsk Regional Court on Tuesday began hearing the appeal".
    # ("told the court that on 26 October guards took him" is what the court heard.)
    r"|(?<!told\sthe\s)(?<!tells\sthe\s)(?<!to\sthe\s)court|суд)"
    r"(?!\w)[^.!?\n;,:]{0,40}$",
    re.IGNORECASE,
)


# A date after "since" starts a state that goes on ("has been held since May"): it tells when
# the state began, not when something happened.
_SINCE_WORDS = r"(?:since|ever\s+since|с|со|начиная\s+с)"
# "As of early July he still had not signed", «по состоянию на 1 марта»: where a state stood
# on a day, never when anything happened.
_AS_OF = re.compile(r"(?<!\w)(?:as\s+of|по\s+состоянию\s+на)\s+(?:the\s+)?$", re.IGNORECASE)
# Before the date mention, or opening it ("since May" is one mention).
_SINCE = re.compile(r"(?<!\w)" + _SINCE_WORDS + r"\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_OPENS = re.compile(_SINCE_WORDS + r"\s", re.IGNORECASE)


# The same history told after its year: «а в 2023 году получил российское гражданство», "in
# 2022 became a Russian citizen" (not «в январе 2023 года осуждённым … было предложено»: the
# everyday word for convicts).
_HISTORY_AFTER = re.compile(
    r"\s*(?:года?|г\.)?\s*(?:он\s+|she\s+|he\s+)?(?:"
    + _CITIZENSHIP_GAINED
    + r"|was\s+(?:born|convicted|sentenced))",
    re.IGNORECASE,
)


def _since(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    text = analysis.document.text
    return bool(
        _SINCE_OPENS.match(mention.text)
        or _SINCE.search(text, max(sentence.start, mention.start - 16), mention.start)
    )


# What was to come and did not, right before its date: "He was going to come home in
# October", "was due to be released in March", «должен был освободиться в октябре».
_UNREALISED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:was|were)\s+(?:going|due|supposed|meant)\s+to|должен\s+был|должны\s+были"
    r"|собирался|собиралась|собирались)\s+(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# How it ended, told with its own date: "received a notice in early March that her son had
# died", «в марте пришло извещение о гибели».
_DEATH_NOTICE = re.compile(
    r"(?<!\w)(?:(?:notice|notification|news|word|call)\s+(?:\w+\s+){0,4}?(?:that\s+)?(?:\w+\s+){0,3}?(?:had\s+)?(?:died|been\s+killed|was\s+killed)"
    r"|(?:извещени|похоронк|сообщени)\w*\s+(?:\w+\s+){0,4}?о\s+(?:его\s+|её\s+|ее\s+)?(?:гибели|смерти))",
    re.IGNORECASE,
)


def _unrealised_dates(analysis: Analysis) -> frozenset[int]:
    """Where the dates start that date what was to come and did not, or the news of a death:
    no date of what was done to him. Once per document: ``first_date`` is asked of the same
    sentences again and again."""

    def find() -> frozenset[int]:
        return frozenset(
            d.start
            for d in analysis.dates
            if (sentence := analysis.sentence_at(d.start)) is not None
            and _unrealised(analysis, sentence, d)
        )

    return analysis.memo("unrealised_dates", find)


def _unrealised(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    text = analysis.document.text
    return bool(
        (
            analysis.may_match(_UNREALISED_BEFORE, sentence)
            and _UNREALISED_BEFORE.search(
                text, max(sentence.start, mention.start - 60), mention.start
            )
        )
        or (
            analysis.may_match(_DEATH_NOTICE, sentence)
            and any(
                m.start() <= mention.start - sentence.start < m.end() + 40
                for m in _DEATH_NOTICE.finditer(sentence.text)
            )
        )
    )


def first_date(
    analysis: Analysis, sentences: list[Sentence], *, ahead: bool = False, since: bool = True
) -> DateValue:
    """The first date stated in ``sentences``. ``ahead`` for a plan: a day or month written
    without its year is then the next one from publication ("will come again on 3 June" in a
    report of 20 May), not the last one before it. Without ``since``, a date that only starts
    a state ("held since May") is not one."""
    text = analysis.document.text
    for s in sentences:
        unrealised = _unrealised_dates(analysis)
        stated = tuple(
            d for d in analysis.in_sentence(analysis.dates, s) if d.start not in unrealised
        )
        if not since:
            stated = tuple(d for d in stated if not _since(analysis, s, d))
        if ahead:
            # The date the plan names comes after the words of the plan: "told her that on
            # Thursday the deputy head said the recruiters will come back on 29 September".
            plan = [c.start for c in analysis.cues_in([s], "modality") if c.value == "planned"]
            after = [d for d in stated if plan and d.start >= plan[0]]
            stated = (*after, *(d for d in stated if d not in after))
        stated = _reported_date_last(text, stated)
        for index, found in enumerate(stated):
            if index + 1 < len(stated) and _RELATIVE_CLAUSE_BEFORE.search(
                text, s.start, found.start
            ):
                # "Igor Maltsev, whom she defended in court in 2021, signed in May": the
                # clause about the man dates his past, the sentence's own date the event.
                continue
            if (
                not _HISTORY_BEFORE.search(text, max(s.start, found.start - 60), found.start)
                and not _HISTORY_AFTER.match(text, found.end)
                and not _AS_OF.search(text, max(s.start, found.start - 20), found.start)
            ):
                start = _ahead(analysis, found) if ahead else found.value
                return DateValue(start=start, precision=found.detail)
    return DateValue(start=None, precision="unknown")


# The day a report appeared, before what it reports and that event's own date: "On 24 March
# the news site reported that … were beaten in late February", «24 марта канал сообщил, что
# в конце февраля …».
_REPORTED_THAT = re.compile(
    r"(?<!\w)(?:reported|wrote|published|said|told|claimed|сообщил\w*|написал\w*|рассказал\w*"
    r"|опубликовал\w*|заявил\w*)(?!\w)[^.!?]*?(?<!\w)(?:that|что)(?!\w)",
    re.IGNORECASE,
)


# A date inside a relative clause set off by commas: ", whom she defended in 2021",
# «, которого она защищала в суде в 2021 году».
_RELATIVE_CLAUSE_BEFORE = re.compile(
    r",\s*(?:котор\w+|who|whom|whose|which)(?!\w)[^,]*$", re.IGNORECASE
)


def _reported_date_last(text: str, stated: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Puts the report's day after the event's when the event came first ("In November, the
    son told his father, … were told that “everyone will go in the spring”" keeps November)."""
    if (
        len(stated) < 2
        or not stated[1].value < stated[0].value[: len(stated[1].value)]
        or not _REPORTED_THAT.search(text, stated[0].end, stated[1].start)
    ):
        return stated
    return (*stated[1:], stated[0])


def _ahead(analysis: Analysis, date: Mention) -> str:
    published = analysis.document.published
    if published is None or date.detail not in ("day", "month") or _YEAR.search(date.text):
        return date.value
    if date.detail == "day" and not any(ch.isdigit() for ch in date.text):  # "on Thursday"
        day = dt.date.fromisoformat(date.value)
        return (day + dt.timedelta(days=7)).isoformat() if day < published else date.value
    if date.value >= published.isoformat()[: len(date.value)]:
        return date.value
    year, rest = date.value.split("-", 1)
    if rest == "02-29":  # the next 29 February may be years away: keep what was resolved
        return date.value
    return f"{int(year) + 1:04d}-{rest}"


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# An item of a round-up opens with its place and day as a sentence of its own: "Sadovod
# market, 12 September.", "Kotelniki, the night of 5 to 6 September.", «Подольск, 24
# сентября.»: a few words, no verb of the story.
_ITEM_OPENING_WORDS = 8
# How far a bold lead may run: "**Wednesday, 12 February, 01:15.**".
_BOLD_LEAD_CHARS = 80
_A_DAYS_LENGTH = len("YYYY-MM-DD")
_A_MONTHS_LENGTH = len("YYYY-MM")


def item_day(analysis: Analysis, paragraph: int) -> str | None:
    """The day (or month) a paragraph's short opening sentence names, or its bold lead
    ("**16 октября, понедельник, 22:14.** Голосовое сообщение …", a log's entry), when it
    opens an item of a round-up or a log; None otherwise. Once per paragraph."""
    days: dict[int, str | None] = analysis.memo("item_days", dict)
    if paragraph not in days:
        days[paragraph] = _item_day(analysis, paragraph)
    return days[paragraph]


def _item_day(analysis: Analysis, paragraph: int) -> str | None:
    sentences = analysis.paragraph_sentences(paragraph)
    opening = sentences[0]
    text = analysis.document.text
    lead_end = None
    if opening.text.startswith("**"):
        closing = text.find("**", opening.start + 2, opening.start + _BOLD_LEAD_CHARS)
        lead_end = closing if closing != -1 else None
    if lead_end is None:
        if len(sentences) < 2 or len(opening.text.split()) > _ITEM_OPENING_WORDS:
            return None
        if any(
            c.kind in ("event", "coercion", "perpetrator")
            for c in analysis.in_sentence(analysis.cues, opening)
        ):
            return None
        lead_end = opening.end
    # (a day, or a month where the item gives no day: «Стройка во Всеволожском районе, в
    # двадцатых числах марта.»)
    days = {
        d.value
        for d in analysis.in_sentence(analysis.dates, opening)
        if d.end <= lead_end and len(d.value) >= _A_MONTHS_LENGTH
    }
    return days.pop() if len(days) == 1 else None


def date_at(analysis: Analysis, sentence: Sentence) -> str | None:
    """The date ``sentence`` states, else the last one its paragraph told before it: "The
    second visit came in early February. … 'Sign, or we find a phone in your locker'" is
    February's, and so is "Wagner asked. In February I was called in. … 'Sign'" (an answer in
    an interview opens on something else as often as on its date). A sentence of plan or fear
    ("…announced that 50 prisoners would be sent on 15 October") dates the plan, not what
    the paragraph goes on to tell."""
    return dated_at(analysis, sentence).start


def dated_at(analysis: Analysis, sentence: Sentence) -> DateValue:
    """:func:`date_at` with its precision; once per sentence (``other_time`` asks it of
    every anchor of the open incident, for each new anchor)."""
    return analysis.memo(f"dated_at:{sentence.start}", lambda: _paragraph_dated(analysis, sentence))


def _paragraph_dated(analysis: Analysis, sentence: Sentence) -> DateValue:
    stated = first_date(analysis, [sentence])
    if stated.start:
        return stated
    paragraph = analysis.paragraph_sentences(sentence.paragraph)
    for before in reversed(paragraph[: paragraph.index(sentence)]):
        if sentence_modality(analysis, before) != "occurred":
            continue
        found = first_date(analysis, [before])
        if found.start:
            return found
    return stated


def other_time(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` dates itself to another month than the incident's anchors do; in
    a paragraph the incident has not reached yet, the paragraph's opening date counts."""
    new_paragraph = sentence.paragraph != builder.anchors[-1].paragraph
    if not new_paragraph and any(
        c.kind == "expulsion_done" for c in analysis.in_sentence(analysis.cues, sentence)
    ):
        return False  # "refused and was expelled in December": the sequel's date
    # (nor does a state's start told of him in a relative clause: "Denis, who has been treated
    # for tuberculosis since last summer, signed" is the visit's, told the paragraph before)
    stated = (
        date_at(analysis, sentence)
        if new_paragraph and not _since_in_a_relative_clause(analysis, sentence)
        else first_date(analysis, [sentence], since=False).start
    )
    established = next(
        filter(
            None, (date_at(analysis, a) for a in builder.anchors if not _only_since(analysis, a))
        ),
        None,
    )
    if stated and not established:
        # No anchor dates itself: a date told between them of what someone did does ("on 2
        # November police took Jasur to the station" between the lead and the enlistment
        # office); a court's calendar does not.
        between = [
            s
            for paragraph in range(builder.anchors[0].paragraph, builder.anchors[-1].paragraph + 1)
            for s in analysis.paragraph_sentences(paragraph)
            if sentence_modality(analysis, s) == "occurred"
            and any(
                c.kind in ("event", "coercion", "perpetrator")
                for c in analysis.in_sentence(analysis.cues, s)
            )
        ]
        established = first_date(analysis, between, since=False).start
    return bool(stated and established and stated[:7] != established[:7])


def _since_in_a_relative_clause(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether every date ``sentence`` states starts a state and stands in a relative clause
    ("Denis, who … has been treated since last summer, signed")."""
    text = analysis.document.text
    return _only_since(analysis, sentence) and all(
        _RELATIVE_CLAUSE_BEFORE.search(text, sentence.start, d.start)
        for d in analysis.in_sentence(analysis.dates, sentence)
    )


def _only_since(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether every date ``sentence`` states starts a state ("held since May")."""
    found = analysis.in_sentence(analysis.dates, sentence)
    return bool(found) and all(_since(analysis, sentence, d) for d in found)


# A fear is of something to come only when the sentence says so: "he is afraid he will be
# sent", not "he was scared and signed".
_AHEAD = re.compile(
    r"(?<!\w)(?:will|would|next|any\s+day|soon|будет|будут|следующ\w*|скоро"
    r"|в\s+любой\s+момент"
    # A fear in the present is of what is to come: «боится, что … заставят», "is afraid that".
    r"|(?:боится|боятся|боюсь|боимся|опасается|опасаются|опасаюсь),?\s+что"
    r"|(?:is|are|am)\s+(?:afraid|worried|scared)|fears?\s+that"
    # More of the same expected ("expected more checks of this kind", «ожидает новых рейдов»).
    r"|expect\w*\s+(?:more|further|new|other)|ожида\w*\s+(?:новых|ещё|еще|повторных|очередных))(?!\w)",
    re.IGNORECASE,
)


def looks_ahead(analysis: Analysis, sentence: Sentence, current: Builder) -> bool:
    """Whether ``sentence`` plans or fears what comes next while ``current`` tells what
    happened: then it is a side incident of its own."""
    modality = sentence_modality(analysis, sentence)
    told = sentence_modality(analysis, current.anchors[0])
    if modality == "planned":
        return told != "planned"
    return modality == "feared" and told == "occurred" and bool(_AHEAD.search(sentence.text))


# Days counted from the incident told just before: "Two days later he was placed in the
# punishment cell", «Через два дня после рейда к нему подошёл сотрудник», "the next day".
_DAYS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
}  # fmt: skip
_N = r"(?P<n>\d|" + "|".join(_DAYS_WORDS) + r")"
_DAYS_LATER = re.compile(
    r"(?<!\w)(?:"
    + _N
    + r"\s+days?\s+later|(?:через|спустя)\s+"
    + _N.replace("<n>", "<m>")
    + r"\s+(?:дня|дней|день)|(?P<next>the\s+next\s+day|на\s+следующий\s+день))(?!\w)",
    re.IGNORECASE,
)


def dated_after_the_one_before(
    analysis: Analysis, proposals: list[IncidentProposal]
) -> list[IncidentProposal]:
    """An incident whose own sentences name no date, and whose first one counts days from
    the incident told just before ("Через два дня после рейда …", after a raid dated 8
    October), is dated by that count, not by a date borrowed from the paragraphs around."""
    out: list[IncidentProposal] = []
    for proposal in proposals:
        before = out[-1] if out else None
        if (
            before is not None
            and before.date.precision == "day"
            and before.date.start is not None
            and proposal.evidence
            and (found := _DAYS_LATER.search(proposal.evidence[0].text))
            # (asked last: every date of the report against every span of every incident)
            and not any(
                span.start <= d.start < span.end
                for span in proposal.evidence
                for d in analysis.dates
            )
        ):
            written = (found.group("n") or found.group("m") or "1").lower()
            days = int(written) if written.isdigit() else _DAYS_WORDS.get(written, 1)
            day = dt.date.fromisoformat(before.date.start) + dt.timedelta(days=days)
            proposal = replace(proposal, date=DateValue(start=day.isoformat(), precision="day"))
        out.append(proposal)
    return out
