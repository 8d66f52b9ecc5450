"""Which sentences anchor an incident, and where one incident ends and the next begins: the
walk over the sentences that the stage is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.languages import english, russian
from recruitwatch.extraction.languages.lexicon import alternatives
from recruitwatch.extraction.stages.cues import sport_sentences
from recruitwatch.extraction.stages.dialogue import interview_turns
from recruitwatch.extraction.stages.headings import is_explainer_question, is_heading
from recruitwatch.extraction.stages.incidents._corrections import (
    amendment_notes,
    corrected,
    correction_paragraphs,
)
from recruitwatch.extraction.stages.incidents._fields import (
    CAMPAIGN_SCALE,
    DOUBT,
    NOT_VICTIM_ROLES,
    SIGNATURE_GIVEN,
    proposal,
    sent_on_after_signing,
    source_roles,
)
from recruitwatch.extraction.stages.incidents._leads import (
    DATED_LETTER,
    into_the_fear_told,
    into_the_threat_feared,
    without_dated_repeats,
    without_lead_summary,
    without_retellings,
    without_undated_repeats,
)
from recruitwatch.extraction.stages.incidents._places import (
    BROUGHT_THERE,
    CONTEXT_PARAGRAPHS,
    FRONT_REGIONS,
    Builder,
    Place,
    sentence_place,
    specificity,
)
from recruitwatch.extraction.stages.incidents._times import (
    NOT_KNOWN_WHETHER,
    date_at,
    dated_after_the_one_before,
    first_date,
    item_day,
    looks_ahead,
    other_time,
)
from recruitwatch.extraction.stages.incidents._victims import (
    done_to_him,
    gives_in,
    group_signed,
    one_refused,
    other_victims,
    sequel,
)
from recruitwatch.extraction.types import Mention, Sentence

# Coercion types that, in this domain, are about recruitment even in a sentence that names no
# recruitment event (a threat of deportation, a promise of a pardon). Beatings and lies are
# also reported as prison or police conditions in general, so they anchor only next to an
# event.
_THREAT_TYPES = frozenset(
    {"threat_of_deportation", "threat_of_prosecution", "forced_signing", "denial_of_choice",
     "promise_of_passport_or_pardon"}
)  # fmt: skip


# Each language's advice and background pattern split into its alternatives: most of them
# are then skipped for a sentence that holds none of their words.
_ADVICE_PARTS = {
    "en": alternatives(english.LEXICON.advice),
    "ru": alternatives(russian.LEXICON.advice),
}


# Where a recruit was sent after signing: his unit, a training ground, a military hospital
# ("he was already with the unit in the Belgorod region", «отвезли на полигон в Ростовской
# области», «лечится в госпитале»).
_WHERE_SENT = re.compile(
    # (not a conscript's "doing his service in a unit in the Amur region", where officers
    # come to talk of contracts: that unit is the place)
    r"(?<!\w)(?:(?:with|joined)\s+(?:the|his|their)\s+(?:military\s+)?(?:unit|brigade|regiment|battalion)"
    r"|training\s+(?:ground|camp)|military\s+hospital|(?:to|at)\s+the\s+front"
    r"|полигон\w*|госпитал\w*|на\s+фронт\w*)(?!\w)",
    re.IGNORECASE,
)


def _at_the_front(place: Place, sentence: Sentence) -> bool:
    """Whether ``place`` is only where a recruit went, with no facility nor street named: a
    front-line region, or a region named with his unit, training ground or hospital."""
    if place.facility is not None or place.generic or place.region is None:
        return False
    return place.region in FRONT_REGIONS or bool(_WHERE_SENT.search(sentence.text))


def _campaign_figure(analysis: Analysis, sentence: Sentence, stated: Place) -> bool:
    """Whether ``sentence`` counts people by the thousand and names no colony or office of
    its own: the campaign's figures (see ``CAMPAIGN_SCALE``), not an incident's victims."""
    return stated.facility is None and any(
        c.kind == "count" and int(c.value) >= CAMPAIGN_SCALE
        for c in analysis.in_sentence(analysis.counts, sentence)
    )


def _signs_under_the_pressure(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence``, in the paragraph after the pressure put on a man, tells that he
    signed: «(В конце февраля …) «Подпишешь — гражданство … Не подпишешь — отправим домой»» …
    (next paragraph) «4 марта Азамат подписал контракт» is the end of that pressure, not
    March's incident. He is named in the incident's paragraphs; it told threats, not a
    refusal (a refuser who signs later is :func:`gives_in`'s)."""
    if not builder.anchors or not SIGNATURE_GIVEN.search(sentence.text):
        return False
    if not 0 < sentence.paragraph - builder.anchors[-1].paragraph <= 1:
        return False
    if not analysis.cues_in(builder.anchors, "coercion"):
        return False
    named = {p.value for p in analysis.in_sentence(analysis.people, sentence)}
    own = {
        p.value
        for paragraph in {a.paragraph for a in builder.anchors}
        for s in analysis.paragraph_sentences(paragraph)
        for p in analysis.in_sentence(analysis.people, s)
    }
    if named & own:
        return True
    # Or by his first name alone, opening the sentence, where the people stage takes one
    # capitalised word for no name: "Jamshid signed in the first week of September".
    opening = _OPENING_WORD.match(sentence.text)
    return opening is not None and opening.group(1) in {v.split()[0] for v in own if " " in v}


_OPENING_WORD = re.compile(r"\W*([A-ZА-ЯЁ][\w’'-]+)\s")


# Another outlet's report of its own case: "In January, the exile news site Vyshka reported
# that dozens of Central Asian prisoners had been sent to the front" is no sequel of the man
# whose signing was just told.
_REPORTED_ELSEWHERE = re.compile(
    r"(?<!\w)(?:reported|wrote|сообщил\w*|писал\w*|написал\w*),?\s+(?:\w+\s+)?(?:that|что)(?!\w)",
    re.IGNORECASE,
)


def _told_of(analysis: Analysis, sentences: Iterable[Sentence]) -> set[str]:
    """The people named in ``sentences`` other than those who tell (advocates, officials,
    journalists, relatives): whom the sentences are about."""
    roles = source_roles(analysis)
    return {
        p.value
        for s in sentences
        for p in analysis.in_sentence(analysis.people, s)
        if roles.get(p.value) not in NOT_VICTIM_ROLES
    }


def _anchor_paragraphs(analysis: Analysis, builder: Builder) -> list[Sentence]:
    """Every sentence of the paragraphs ``builder``'s first and latest anchors are in (where
    whom it is about is named; not all of a long one's, which would make a dump quadratic)."""
    anchors = [*builder.anchors[:_ANCHORS_LOOKED_AT], *builder.anchors[-_ANCHORS_LOOKED_AT:]]
    return [
        s
        for paragraph in sorted({a.paragraph for a in anchors})
        for s in analysis.paragraph_sentences(paragraph)
    ]


# One man told of by a pronoun: "he", «его».
_ONE_MAN = re.compile(r"(?<!\w)(?:he|him|his|он|его|ему|им)(?!\w)", re.IGNORECASE)


# A group told of: "the men", «осуждённых», «всех».
_A_GROUP = re.compile(
    r"(?<!\w)(?:men|prisoners|inmates|convicts|detainees|workers|migrants|others|group|everyone|all"
    r"|мужчин\w*|осужд[её]нн\w+|заключ[её]нн\w+|задержанн\w+|рабочи\w+|мигрант\w+|други\w+|групп\w+|вс[её]х|все)(?!\w)",
    re.IGNORECASE,
)


def _his_story_goes_on(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on with the one man the incident is about, by a pronoun, in
    its paragraph or the next, naming no one else: "Bekzod … was detained in August" …
    "In early September he told me: a man came from the army …"; "In late November …
    beat me" … "He was … expelled to Dushanbe in December". A man's story runs over months;
    the same colony at another time, told of a group, is another incident."""
    if not builder.anchors or not 0 <= sentence.paragraph - builder.anchors[-1].paragraph <= 1:
        return False
    if _A_GROUP.search(sentence.text) or analysis.in_sentence(analysis.counts, sentence):
        return False  # (a group he was among is its own incident: "he was one of 40 men")
    about = _told_of(analysis, _anchor_paragraphs(analysis, builder))
    named = _told_of(analysis, [sentence])
    if not named <= about:
        return False
    # Told of by a pronoun where the incident is about one man, or named again: «Удастся ли
    # Каримову и Эргашеву отказаться от контракта, пока неизвестно: по данным на 26 марта …».
    if not (named or (len(about) == 1 and _ONE_MAN.search(sentence.text))):
        return False
    # Forward in time only: a report's lead dated by the hearing ("во вторник продолжилось
    # рассмотрение дела Шерзода Р.") and the story it then goes back to ("Шерзода задержали 6
    # августа") are the lead and the case, which the lead's fold joins.
    told = first_date(analysis, builder.anchors[:_ANCHORS_LOOKED_AT]).start
    now = date_at(analysis, sentence)
    if told is None or now is None:
        return True
    common = min(len(told), len(now))
    return now[:common] >= told[:common]


# Part of a group told of signing, the whole pointed back to: "Eleven of the fourteen had
# signed by 1 March", «Четверо из шестнадцати подписали».
_PART_OF_THE_GROUP_SIGNED = re.compile(
    r"^\W*(?:[\w-]+|\d+)\s+of\s+(?:the|these|those)\s+(?:[\w-]+|\d+)\s+(?:\w+\s+)?(?:had\s+|have\s+)?(?:signed|agreed)\b"
    r"|^\W*(?:\w+|\d+)\s+из\s+(?:\w+|\d+)\s+(?:\w+\s+)?(?:подписал\w*|согласил\w*)",
    re.IGNORECASE,
)


def _part_of_the_group_signed(analysis: Analysis, builder: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence``, in the paragraph after the pressure put on a group or in its
    own, tells how many of them signed: the pressure's end, whatever day it names ("by 1
    March")."""
    return (
        bool(builder.anchors)
        and 0 <= sentence.paragraph - builder.anchors[-1].paragraph <= 1
        and bool(_PART_OF_THE_GROUP_SIGNED.search(sentence.text))
        and bool(analysis.cues_in(builder.anchors, "coercion"))
    )


def _new_person(
    analysis: Analysis, builder: Builder, sentence: Sentence, claimed: set[str]
) -> bool:
    """Whether ``sentence`` opens a paragraph about someone the incident has not met: a person
    who is not an advocate, official, journalist or relative (those tell; they are not the
    subject), not named in the incident's own paragraphs, and not introduced before the
    incident began unless an earlier incident was about them (``claimed``)."""
    if not builder.anchors or sentence.paragraph == builder.anchors[-1].paragraph:
        return False
    roles = source_roles(analysis)
    new = builder.anchors[builder.own_upto :]
    if builder.own_upto == 0 and builder.intro is not None:
        new = [builder.intro, *new]
    for number in {s.paragraph for s in new} - builder.own_paragraphs:
        builder.own_paragraphs.add(number)
        builder.own_people |= {
            p.value
            for s in analysis.paragraph_sentences(number)
            for p in analysis.in_sentence(analysis.people, s)
        }
    builder.own_upto = len(builder.anchors)
    own_paragraphs = builder.own_paragraphs
    known = set(builder.own_people)
    if builder.known_before is None:  # fixed for the builder's life: compute once
        first = builder.anchors[0].start
        builder.known_before = {
            p.value for p in analysis.people if p.start < first and p.value not in claimed
        }
    known |= builder.known_before
    # Who is quoted in the paragraphs told since the incident began is its witness, not a
    # newcomer: "The raid took place on Tuesday …" (then) "“They put everyone on the bus,”
    # said Firuz" (then) "15 of them were driven to the enlistment office, according to Firuz".
    # (each paragraph read once: those before this sentence's are no longer the builder's to
    # gain, as its anchors come in text order)
    start = max(builder.quoted_upto, builder.anchors[0].paragraph + 1)
    builder.quoted |= {
        m.value
        for paragraph in range(start, sentence.paragraph)
        if paragraph not in own_paragraphs
        and _QUOTE_OPENS.match((analysis.paragraph_sentences(paragraph) or [sentence])[0].text)
        for s in analysis.paragraph_sentences(paragraph)
        for m in analysis.in_sentence(analysis.sources, s)
    }
    builder.quoted_upto = max(builder.quoted_upto, sentence.paragraph)
    known |= builder.quoted
    paragraph = analysis.paragraph_sentences(sentence.paragraph)
    opening = [s for s in paragraph if s.start <= sentence.start]
    if len(opening) < len(paragraph) and not analysis.in_sentence(analysis.people, sentence):
        # «Не всех удалось убедить. Осуждённый Николай Верещагин …»: the paragraph's man is
        # introduced, by what he is, at the start of the sentence after the one opening it.
        following = paragraph[len(opening)]
        if _INTRODUCED.match(following.text):
            opening.append(following)
    if not any(analysis.in_sentence(analysis.people, s) for s in opening) and _HIM.search(
        paragraph[0].text
    ):
        # "In my first cell there was Sherzod." (next answer) "They called him out in the
        # middle of August": the man the paragraph before ended on, told of by a pronoun.
        # (only a sentence that introduces him and tells nothing done: "On 2 November police
        # took Jasur to the police station" is the incident's own story)
        before = _paragraph_before(analysis, sentence.paragraph)
        if before is not None and before not in own_paragraphs:
            introduced = analysis.paragraph_sentences(before)[-1]
            if not analysis.in_sentence(analysis.dates, introduced) and not any(
                c.kind in ("event", "coercion", "perpetrator")
                for c in analysis.in_sentence(analysis.cues, introduced)
            ):
                opening = [*opening, introduced]
    newcomers = {
        p.value
        for s in opening
        for p in analysis.in_sentence(analysis.people, s)
        if p.value not in known
        and roles.get(p.value) not in NOT_VICTIM_ROLES
        # (nor a lawyer, judge or prosecutor named by office: «Адвокат Нурлан Исаков попросил»)
        and not _TITLE_BEFORE.search(analysis.document.text, max(0, p.start - 40), p.start)
        and not _ONE_OF_THEM.search(analysis.document.text, max(s.start, p.start - 40), p.start)
        # (nor is one who only says, after his words, what was said to them all: "“He said:
        # either you go to the front, or you go home,” said Ulugbek" — his words may run over
        # sentences: «В отделе нас даже не вывели. … и мы приехали в военкомат», — рассказывает
        # Ильхом)
        and not (
            _QUOTE_OPENS.match(paragraph[0].text)
            and p.value in {m.value for m in analysis.in_sentence(analysis.sources, s)}
        )
    }
    return bool(newcomers)


# An office named right before a name: "lawyer Davron Saidov", «Адвокат Нурлан Исаков».
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?:lawyer|attorney|judge|prosecutor|investigator|ombudsman|адвокат\w*|юрист\w*"
    r"|прокурор\w*|судь[яиюей]|следовател\w*|обвинител\w*|уполномоченн\w+)\s+$",
    re.IGNORECASE,
)


# A report going back to a case it began earlier, or confirming it.
_GOES_BACK = re.compile(
    r"^\W*(?:back\s+to|(?:let\s+us|let['’]s|we(?:\s+now)?)\s+(?:go\s+back|return|come\s+back)\s+to)\b"
    r"|\bconfirm(?:ed|s)\s+(?:to\s+us\s+)?that\b"
    r"|^\W*(?:вернёмся|вернемся|возвращаемся)\s+к\b|\bподтвердил[аи]?,?\s+что\b",
    re.IGNORECASE,
)


def _goes_back_from(analysis: Analysis, paragraph: int) -> int | None:
    """Where the first sentence of ``paragraph`` that goes back to a case, or confirms it,
    starts; once per paragraph, not once for each of its anchors."""

    def find() -> int | None:
        return next(
            (
                s.start
                for s in analysis.paragraph_sentences(paragraph)
                if analysis.may_match(_GOES_BACK, s) and _GOES_BACK.search(s.text)
            ),
            None,
        )

    return analysis.memo(f"goes_back_from:{paragraph}", find)


def _returned_to(
    analysis: Analysis, builders: list[Builder], current: Builder | None, sentence: Sentence
) -> Builder | None:
    """The closed incident that ``sentence``'s paragraph goes back to, another incident told
    in between: a long report tells a case in pieces ("Ilya … refused twice …" — the bus at
    IK-7, the 34-year-old's threat — "Back to Ilya. His lawyer confirmed that he spent ten
    days in the punishment cell"; «Его адвокат подтвердил, что в сентябре Сергей провёл в
    ШИЗО десять суток»). The paragraph, up to ``sentence``, names only people that incident
    is about (not those who tell: a lawyer speaks of many cases), none of the current one's,
    and says it goes back ("Back to Ilya", «Вернёмся к Сергею») or confirms what was told
    ("confirmed that", «подтвердил, что»): a man named again may also be in a new incident
    (summoned again a year on), and a witness of one case may tell another."""
    if not builders:
        return None
    goes_back_from = _goes_back_from(analysis, sentence.paragraph)
    if goes_back_from is None or goes_back_from > sentence.start:
        return None
    opening = [
        s for s in analysis.paragraph_sentences(sentence.paragraph) if s.start <= sentence.start
    ]
    named = _told_of(analysis, opening)
    if not named:
        return None
    if current is not None and current.anchors:
        current_named = {
            p.value for a in current.anchors for p in analysis.in_sentence(analysis.people, a)
        }
        if named & current_named:
            return None
    for index in range(len(builders) - 1, max(-1, len(builders) - 1 - _RETURN_REACH), -1):
        earlier = builders[index]
        if not earlier.anchors or earlier.anchors[0].paragraph >= sentence.paragraph:
            continue
        about = _told_of(analysis, earlier.anchors[:_ANCHORS_LOOKED_AT])
        if about and named <= about:
            told_since = (current is not None and bool(current.anchors)) or any(
                b.anchors and b.anchors[0].paragraph > earlier.anchors[0].paragraph
                for b in builders[index + 1 :]
            )
            return earlier if told_since else None
    return None


# How many closed incidents back a report may go to a case it began, and how many of a
# case's anchors say whom it is about: bounds that keep a dump of ten thousand sentences
# linear.
_RETURN_REACH = 12
_ANCHORS_LOOKED_AT = 12


# A channel post's hashtags, alone on their line: "#вербовка #ИК14 #Хабаровск".
_HASHTAGS = re.compile(r"(?:#[\w-]+\s*)+")


# A paragraph that opens on someone already named: "They called him out", «Его вызвали».
_HIM = re.compile(r"(?<!\w)(?:he|him|his|she|her|он|его|ему|она|её|ее|ей)(?!\w)", re.IGNORECASE)


def _paragraph_before(analysis: Analysis, paragraph: int) -> int | None:
    """The paragraph before ``paragraph`` that holds sentences, an interviewer's question
    between them skipped."""
    questions = interview_turns(analysis).questions
    for earlier in range(paragraph - 1, -1, -1):
        if earlier in questions:
            continue
        if analysis.paragraph_sentences(earlier):
            return earlier
    return None


# A sentence that announces another case like the one told: «Похожая история произошла в
# конце прошлого месяца в Самаре», "A similar case was reported in Kazan in March".
_ANOTHER_CASE = re.compile(
    r"^\W*(?:(?:in\s+)?(?:an?\s+(?:similar|second)|another)\s+(?:case|story|incident)\b"
    r"|similar\s+(?:cases?|stories|incidents?)\s+(?:happened|took\s+place|occurred|were\s+reported|was\s+reported)"
    r"|(?:похож|аналогичн|подобн)\w+\s+(?:истори|случа|ситуаци)\w*\s+(?:произош|случил|был|описал|рассказал)\w*"
    # "We also know of a second case from the same week", «Известно ещё об одном случае».
    r"|^\W*(?:\w+\s+){0,3}?(?:know|learned|heard|are\s+aware)\s+of\s+(?:a\s+)?(?:second|third|another|similar)\s+(?:case|story|incident)\b"
    r"|^\W*(?:нам\s+)?(?:известно|знаем|стало\s+известно)\s+(?:и\s+)?(?:ещё|еще)\s+(?:об?\s+)?(?:одном|одна|один)\s+(?:случа|истори)\w*"
    # A case told apart: «Отдельно правозащитники рассказали о гражданине Узбекистана …».
    r"|отдельно\s+(?:\w+\s+){0,2}?(?:рассказал\w*|сообщил\w*|описал\w*))",
    re.IGNORECASE,
)
# An episode told apart, and told in the same sentence: "The appeal describes a second
# episode: on 19 November the commander threatened him …", «В пункте 5 адвокат описывает
# второй эпизод: …».
_ANOTHER_EPISODE = re.compile(
    r"^[^.!?]{0,60}?(?<!\w)(?:(?:a\s+)?second|another|a\s+separate|втор\w+|ещё\s+один"
    r"|еще\s+один|отдельн\w+)\s+(?:episode|эпизод)\w*",
    re.IGNORECASE,
)

# A sentence that opens by generalising over the cases ("In almost all cases the pattern is
# the same: a raid, …", «Как правило, …»): the pattern, neither part of the incident told
# before it nor one of its own. (It closes nothing: an introduction's «Во всех описанных
# случаях …» would part the report's lead from its first case.)
_GENERALISES = re.compile(
    r"^\W*(?:in\s+(?:almost\s+|nearly\s+)?(?:all|most|every)\s+(?:of\s+the\s+)?cases?\b"
    r"|as\s+a\s+(?:general\s+)?rule\b|typically\b"
    r"|(?:почти\s+)?во\s+всех\s+(?:\w+\s+)?случаях|в\s+большинстве\s+(?:\w+\s+)?случаев"
    r"|как\s+правило\b)",
    re.IGNORECASE,
)

# A practice told from the year it began: "Since 2023 the Defence Ministry has recruited
# prisoners directly in Russia's colonies", «С 2022 года на войну из мест лишения свободы
# отправились десятки тысяч человек».
_SINCE_OPENS = re.compile(
    r"^\W*(?:(?:ever\s+)?since|начиная\s+с|с)\s+(?:the\s+)?(?:(?:early|late|mid|start|beginning"
    r"|end|summer|autumn|fall|spring|winter)\s+(?:of\s+)?)?(?:[a-zа-яё]+\s+)?(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
# Whose own story it may still be: "Since March 2024 he has been under pressure …".
_HIS_OWN = re.compile(r"(?<!\w)(?:he|she|his|her|him|он|она|его|её|ему|ей)(?!\w)", re.I)


def _a_practice_since(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells a practice since a year, with no one person or numbered
    facility of its own (those make it someone's case: "Since April 2024 the relatives of
    seventeen prisoners at KP-15 have contacted the group")."""
    return bool(
        _SINCE_OPENS.match(sentence.text)
        and not _HIS_OWN.search(sentence.text)
        and not analysis.in_sentence(analysis.people, sentence)
        and not any(
            any(ch.isdigit() for ch in f.value)
            for f in analysis.in_sentence(analysis.facilities, sentence)
        )
    )


# An expert's view of the practice, not an account: «Правозащитник … считает, что истории из
# Коми типичны», "foreign prisoners are particularly vulnerable", «это прямое нарушение
# закона». A view of one man's case is still his ("His lawyer argues that the expulsion was
# retaliation", «считает, что дело сфабриковано после того, как её подзащитный отказался»).
_OPINION = re.compile(
    r"(?<!\w)(?:(?:особенно|наиболее|самые|самыми)\s+уязвим\w*|(?:particularly|especially|most)\s+vulnerable"
    r"|встречается\s+(?:редко|часто|всё\s+чаще)|(?:прямое|грубое)\s+нарушение\s+закона"
    r"|(?:a\s+)?(?:direct|clear|flagrant)\s+violation\s+of\s+the\s+law)(?!\w)",
    re.IGNORECASE,
)
_VIEW = re.compile(
    r"(?<!\w)(?:считает|считают|полагает|полагают|по\s+(?:его|её|ее|их)\s+мнению|по\s+мнению"
    r"|believes?|argues?|in\s+(?:his|her|their)\s+view)(?!\w)",
    re.IGNORECASE,
)
_ONES_OWN = re.compile(
    r"(?<!\w)(?:his|her|him|son|husband|brother|client|его|её|ее|ему|ей|подзащитн\w*|сын\w*|муж\w*"
    r"|брат\w*|клиент\w*)(?!\w)",
    re.IGNORECASE,
)


def _a_view_of_the_practice(analysis: Analysis, sentence: Sentence) -> bool:
    text = sentence.text
    if analysis.may_match(_OPINION, sentence) and _OPINION.search(text):
        return True
    view = _VIEW.search(text) if analysis.may_match(_VIEW, sentence) else None
    return view is not None and not _ONES_OWN.search(text, view.end())


# What a denial says: "voluntarily", "nothing to do with", «не соответствуют
# действительности» … (looked for first: the whole pattern below is slow to fail where an
# official body speaks but denies nothing).
_DENIAL_WORDS = (
    r"(?:voluntar|nothing\s+to\s+do\s+with|not\s+correspond|in\s+accordance\s+with"
    r"|routine|no\s+complaints|not\s+been\s+confirmed|untrue|of\s+their\s+own\s+free\s+will"
    r"|не\s+соответству\w*\s+действительност|не\s+имеют?\s+(?:никакого\s+)?отношения"
    r"|в\s+(?:строгом\s+)?соответствии\s+с\s+(?:закон|требовани)|в\s+штатном\s+режиме"
    r"|планов\w+\s+(?:проверк|мероприяти|рейд)|жалоб\s+(?:\w+\s+)?не\s+поступал"
    r"|не\s+подтвердил|не\s+нашли\s+подтверждения|не\s+(?:было\s+)?(?:выявлен|зафиксирован)"
    r"|добровольн)"
)
_DENIES = re.compile(_DENIAL_WORDS, re.IGNORECASE)
# An official body's denial, told as its answer to the reporter: "The press service of the
# regional police said in a written reply that checks are carried out “strictly in
# accordance with the law” and that information about migrants being forced to sign
# contracts “does not correspond to reality”", «В УФСИН на запрос редакции ответили, что
# все контракты заключаются „исключительно добровольно“»; and any statement or reply of
# such a body ("the Defence Ministry said in a brief statement that …", «пресс-служба … в
# ответ на запрос редакции сообщила, что …»). What it denies is told elsewhere; the body's
# account is a claim of its own, no incident.
_OFFICIAL_DENIAL = re.compile(
    r"(?<!\w)(?:(?:press\s+(?:service|office)|spokes(?:man|woman|person)|ministry|directorate"
    r"|department|commissariat|penitentiary\s+service|FSIN|UFSIN|authorities|officials|police)"
    r"\b[^“\"«;]{0,100}?\b(?:said|says|stated|replied|responded|insisted|denied|told\s+(?-i:[A-Z]\w*)"
    r"|told\s+(?:us|the\s+(?:site|publication|outlet|newspaper|agency|channel)))\b"
    # (an outlet's name in quotation marks may stand between: «В ГУ МВД „Курьеру“ сообщили»)
    r"|(?:пресс-служб\w*|ведомств\w*|У?ФСИН|ГУФСИН|МВД|полици\w*|комиссариат\w*|министерств\w*"
    r"|в\s+ответе)(?:[^«“\"]|«[^»]{1,40}»){0,100}?(?:заявил\w*|заявля\w*|сообщил\w*|сообща\w*"
    r"|ответил\w*|утвержда\w*|отрица\w*|говорят|говорится))"
    r"[^;]{0,200}?" + _DENIAL_WORDS,
    re.IGNORECASE,
)
_OFFICIAL_STATEMENT = re.compile(
    r"(?<!\w)(?:press\s+(?:service|office)|spokes(?:man|woman|person)|ministry|directorate"
    r"|department|commissariat|penitentiary\s+service|FSIN|UFSIN)\b[^“\"«;]{0,100}?\b(?:said|stated)\s+in\s+a\s+(?:\w+\s+){0,2}?(?:statement|reply|response)\b"
    r"|(?:пресс-служб\w*|ведомств\w*|У?ФСИН|ГУФСИН|МВД|комиссариат\w*|министерств\w*)[^«“\"]{0,60}?в\s+ответ\s+на\s+(?:\w+\s+)?запрос",
    re.IGNORECASE,
)


def _official_answers(analysis: Analysis) -> frozenset[int]:
    """Where the sentences of an official body's answer start: each pattern run once over
    the document, where its words occur; the denial's whole pattern only on the sentences
    that hold a denial's words."""
    sentences = analysis.sentences

    def find() -> frozenset[int]:
        denying = {index for index, _ in analysis.sentence_matches(_DENIES)}
        found = {
            sentences[index].start
            for index in denying
            if _OFFICIAL_DENIAL.search(sentences[index].text)
        }
        found.update(
            sentences[index].start for index, _ in analysis.sentence_matches(_OFFICIAL_STATEMENT)
        )
        return frozenset(found)

    return analysis.memo("official_answers", find)


# An explainer's question in the reader's own words, quoting no one: "Can the police take me
# to the enlistment office?", «Может ли полиция отвезти меня в военкомат?».
_READERS_QUESTION = re.compile(
    r"^[^«“\"„]*(?<!\w)(?:I|me|my|меня|мне|я|мой|мою|моего|моих)(?!\w)[^«»“”\"„]*\?\s*$",
    re.IGNORECASE,
)

# A paragraph that opens with a quotation: someone's words, said after them.
_QUOTE_OPENS = re.compile(r"^\s*[“\"«„]")


# An institution that did not answer the reporter's questions.
_NO_ANSWER = re.compile(
    r"(?<!\w)(?:(?:did\s+not|didn[’']t|has\s+not|have\s+not|declined\s+to|refused\s+to|would\s+not)"
    r"\s+(?:answer|respond|reply|comment)|declined\s+(?:to\s+)?comment|не\s+(?:ответил\w*|отвеча\w*"
    r"|прокомментировал\w*)|отказал\w*\s+от\s+комментари\w*)(?!\w)",
    re.IGNORECASE,
)


# A sentence that opens by introducing a prisoner or a migrant by name: "Inmate Nikolai
# Vereshchagin, serving …", «Осуждённый Николай Верещагин, отбывающий …».
_INTRODUCED = re.compile(
    r"^\W*(?i:(?:an?\s+|the\s+)?(?:inmate|prisoner|convict|detainee|migrant)"
    r"|осужд[её]нн\w+|заключ[её]нн\w+|подследственн\w+|мигрант\w*)\s+[A-ZА-ЯЁ]\w+\s+[A-ZА-ЯЁ]\w+",
)


# A raid or a round-up: where a migrant's incident begins.
_RAID = re.compile(
    # (not a publication's "our round-up for September", "this week's news round-up")
    r"(?<!\w)(?:raid(?:ed|s)?|rounded\s+up|(?<!\bour\s)(?<!\bnews\s)(?<!\bweekly\s)(?<!\bmonthly\s)(?<![’']s\s)round-?ups?(?!\s+(?:of\s+(?:the\s+)?(?:news|week|month)|for\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:week|month))))|detained\s+(?:dozens|scores|hundreds|about|around|at\s+least|\d+|more)"
    r"|рейд\w*|облав\w*|задержал\w*\s+(?:десятк\w+|сотн\w+|около|более|не\s+менее|\d+|нескольк\w+))(?!\w)",
    re.IGNORECASE,
)


# A raid still to come ("whether the raid will happen"): only the next paragraph's event
# makes it the start of one.
_WILL = re.compile(r"(?<!\w)(?:will|would|going\s+to|буд(?:ет|ут)|собира\w+)(?!\w)", re.IGNORECASE)


# The day of the incident being told, pointed back to: "that day", «в тот день».
_THAT_DAY = re.compile(
    r"(?<!\w)(?:(?:on\s+)?that\s+(?:same\s+)?(?:day|night|evening)|the\s+same\s+day"
    r"|в\s+тот\s+(?:же\s+)?(?:день|вечер)|той\s+же\s+ночью|тем\s+же\s+вечером)(?!\w)",
    re.IGNORECASE,
)


def _points_back(analysis: Analysis, sentence: Sentence, volunteers_from: int) -> bool:
    """Whether ``sentence``, before a paragraph's volunteers (``volunteers_from``), tells of the
    incident's own day and names no one but those who tell: "в военкомат в тот день увезли не
    меньше 40 человек", not "My friend Bekzod signed the same day"."""
    if sentence.start >= volunteers_from or not _THAT_DAY.search(sentence.text):
        return False
    roles = source_roles(analysis)
    return all(
        roles.get(p.value) in NOT_VICTIM_ROLES
        for p in analysis.in_sentence(analysis.people, sentence)
    )


# Someone introduced as one of those the incident is about ("One of the detainees,
# Shukhrat, …", «Один из задержанных, Шухрат, …») continues it.
_ONE_OF_THEM = re.compile(
    r"(?<!\w)(?:one|two|three|some|several)\s+of\s+(?:the|them|those)\b[^.!?;]{0,30}$"
    r"|(?<!\w)among\s+them\b[^.!?;]{0,20}$"
    # Named after the definite article that points back to him: "The former inmate, Oleg, …"
    r"|(?<!\w)(?:the|that|this)\s+(?:former\s+|same\s+|other\s+)?(?:inmate|prisoner|convict|detainee|migrant|worker)\s*,?\s*$"
    r"|(?<!\w)(?:од(?:ин|на|ного|ной|ному)|дво\w+|тро\w+|нескольк\w+)\s+из\s+[^.!?;]{0,30}$"
    r"|(?<!\w)среди\s+них\b[^.!?;]{0,20}$",
    re.IGNORECASE,
)


def _claimed(analysis: Analysis, builders: list[Builder]) -> set[str]:
    """People named in the anchors of incidents already closed."""
    return {
        p.value
        for b in builders
        for s in b.anchors
        for p in analysis.in_sentence(analysis.people, s)
    }


# A paragraph that opens by saying it is background ("Some background for readers who are
# new to this story.", "For context:", «Справка:») tells the campaign, not an incident.
_BACKGROUND_OPENS = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\s+|\d{1,2}[.)]\s+)?(?:(?:some|more|a\s+little|a\s+bit\s+of|for)\s+)?"
    r"(?:background|context)\b(?!\s+(?:check|checks|of\s+(?:the|his|her)\s+(?:man|men|prisoner)))"
    r"|^\W*(?:\d{1,2}[:.]\d{2}\s+|\d{1,2}[.)]\s+)?(?:справка|предыстория|контекст)\b"
    # A fact-check's claim, quoted to be checked: "THE CLAIM: …", «Что утверждается. …»; the
    # check tells what did happen.
    r"|^\W*(?:the\s+)?claim\s*:|^\W*what\s+(?:is|was)\s+claimed\s*[:.]"
    r"|^\W*(?:что\s+утверждается|утверждение)\s*[:.]"
    # A case imagined for the reader: "Imagine you are stopped on the street and told that
    # your patent is invalid. You are put in a car …", «Представьте: вас задержали …».
    r"|^\W*(?:imagine|suppose|представьте|допустим)\b",
    re.IGNORECASE,
)


def _background_paragraphs(analysis: Analysis) -> frozenset[int]:
    """The paragraphs that open by saying they are background (an item's number, "3.", may
    be a sentence of its own)."""

    def opening(paragraph: int) -> str:
        return " ".join(s.text for s in analysis.paragraph_sentences(paragraph)[:2])

    return analysis.memo(
        "background_paragraphs",
        lambda: frozenset(
            p
            for p in {s.paragraph for s in analysis.sentences}
            if _BACKGROUND_OPENS.match(opening(p))
        ),
    )


def _advice_sentences(analysis: Analysis) -> frozenset[int]:
    """Where the sentences of advice and background start: each part of the pattern is run
    once over the document, where its words occur, not once per sentence."""

    def found() -> frozenset[int]:
        sentences = analysis.sentences
        parts = _ADVICE_PARTS.get(analysis.language) or (analysis.lexicon.advice,)
        return frozenset(
            sentences[index].start for part in parts for index, _ in analysis.sentence_matches(part)
        )

    return analysis.memo("advice_sentences", found)


def _paragraphs_after(analysis: Analysis, anchor: Sentence, sentence: Sentence) -> int:
    """How many paragraphs ``sentence`` is after ``anchor``'s, an interviewer's questions
    between them not counted: "What did you do?" parts no answer from the one before."""
    questions = interview_turns(analysis).questions
    return sum(1 for p in range(anchor.paragraph + 1, sentence.paragraph + 1) if p not in questions)


def _brought_there(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells people were brought to the place it names, in a paragraph
    that has named no date up to it: a digest's next dated entry ("14 августа,
    Санкт-Петербург. … доставили в отдел полиции") is another case."""
    return bool(BROUGHT_THERE.search(sentence.text)) and not any(
        analysis.in_sentence(analysis.dates, s)
        for s in analysis.paragraph_sentences(sentence.paragraph)
        if s.start <= sentence.start
    )


def _is_anchor(
    analysis: Analysis,
    sentence: Sentence,
    *,
    incident_open: bool,
    paragraph_has_event: bool,
    next_paragraph_has_event: bool,
    follows_incident: bool = False,
    event_soon: bool = False,
) -> bool:
    if sentence.paragraph in _background_paragraphs(analysis):
        return False
    if sentence.start in _advice_sentences(analysis):
        return False
    if is_heading(analysis, sentence) or _HASHTAGS.fullmatch(sentence.text):
        return False  # (a channel post's hashtags name its places but tell nothing)
    if sentence.paragraph in interview_turns(analysis).questions:
        return False  # an interviewer's question tells no incident
    if ("?" in sentence.text and _READERS_QUESTION.match(sentence.text)) or is_explainer_question(
        analysis, sentence
    ):
        return False  # an explainer's question, in the reader's words or its own
    if analysis.may_match(NOT_KNOWN_WHETHER, sentence) and NOT_KNOWN_WHETHER.search(sentence.text):
        return False  # "He does not know whether he will be sent back": nothing told
    if _GENERALISES.match(sentence.text):
        return False  # "In almost all cases the pattern is …": no one case
    if _a_practice_since(analysis, sentence):
        return False  # "Since 2023 the Defence Ministry has recruited prisoners …": background
    if _a_view_of_the_practice(analysis, sentence):
        return False  # an expert's view of the practice, told of no one case
    if sentence.start in _official_answers(analysis):
        return False  # an official body's denial or statement
    found = analysis.in_sentence(analysis.cues, sentence)
    if any(c.kind == "event" for c in found):
        return True
    coercion = {c.value for c in found if c.kind == "coercion"}
    if coercion & _THREAT_TYPES and (incident_open or paragraph_has_event):
        return True
    if coercion & (_THREAT_TYPES | {"physical_force"}) and any(c.kind == "modality" for c in found):
        # A threat feared or planned is told for itself: "He is afraid they will tell him:
        # sign, or we will add more charges."
        return True
    if (
        not incident_open
        and (next_paragraph_has_event or (event_soon and not _WILL.search(sentence.text)))
        and _RAID.search(sentence.text)
    ):
        # The raid told just before the enlistment office it led to: "Police raided a
        # construction site in Novosibirsk on Tuesday and detained dozens of workers." …
        # (next paragraph) "30 men were taken by bus to the enlistment office." A worker's
        # quote may come between them; a raid still to come needs the very next paragraph.
        return True
    if "deception" in coercion and next_paragraph_has_event:
        # A pretext is told before the truth comes out: «Сказали: едем на дактилоскопию» …
        # (next paragraph) «Привезли не в полицию … военкомат».
        return True
    if (
        coercion
        and not incident_open
        and next_paragraph_has_event
        and done_to_him(analysis, sentence, found)
        and not _quoted(analysis, sentence, found)
    ):
        # What was done to him before he signed, told the paragraph before the signing:
        # "Two weeks later he was taken to the punishment cell … guards beat him" …
        # (next paragraph) "In late October, Denis signed with Wagner." Not a witness's
        # words of what he saw done to another ("“… an officer hit him in the face,” he
        # said"): the report's own telling, or the one it retells.
        return True
    if coercion and follows_incident and done_to_him(analysis, sentence, found):
        # What was done to him next, in the paragraph after his incident: "The next evening
        # two inmates beat him", «Через три дня его поместили в ШИЗО».
        return True
    return bool(coercion) and paragraph_has_event


def _another_dated_item(analysis: Analysis, current: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` is in the next item of a round-up dated to another day than the
    incident being told ("Kotelniki, the night of 5 to 6 September. …" then "Sadovod market,
    12 September. …"): the same month, another case."""
    if not current.anchors or sentence.paragraph == current.anchors[-1].paragraph:
        return False
    day = item_day(analysis, sentence.paragraph)
    if day is None:
        return False
    told = {item_day(analysis, p) for p in {a.paragraph for a in current.anchors}}
    return bool(told - {None}) and day not in told


def _quoted(analysis: Analysis, sentence: Sentence, cues: tuple[Mention, ...]) -> bool:
    """Whether every coercion cue of ``sentence`` stands inside quotation marks opened in its
    paragraph and not yet closed."""
    text = analysis.document.text
    at = analysis.paragraph_sentences(sentence.paragraph)[0].start
    depth = straight = 0  # quotation marks open so far, read once from the paragraph's start
    for cue in sorted((c for c in cues if c.kind == "coercion"), key=lambda c: c.start):
        stretch = text[at : cue.start]
        depth += stretch.count("“") + stretch.count("«") - stretch.count("”") - stretch.count("»")
        straight += stretch.count('"')
        at = max(at, cue.start)
        if depth <= 0 and straight % 2 == 0:
            return False
    return True


def _letter_of_the_days_told(analysis: Analysis, current: Builder, sentence: Sentence) -> bool:
    """A letter dated within the days of the incident being told is its evidence, not the
    next letter of a series: "were beaten … in late February. … The letter, dated 25
    February, reads in part: “They keep the five of us in the disciplinary unit”"."""
    letter = analysis.in_sentence(analysis.dates, sentence)
    told = next((d for a in current.anchors if (d := date_at(analysis, a))), None)
    return bool(
        letter and told and (letter[0].value.startswith(told) or told.startswith(letter[0].value))
    )


def incidents(analysis: Analysis) -> Analysis:
    context = Place()
    current: Builder | None = None
    builders: list[Builder] = []
    event_paragraphs = {
        s.paragraph
        for s in analysis.sentences
        if any(c.kind == "event" for c in analysis.in_sentence(analysis.cues, s))
    }
    # A plan announced while a past incident is being told ("now they are planning to send
    # another group"), and a recruit who says he volunteered, are other incidents at the same
    # place: they go to side incidents that close with the current one.
    side: Builder | None = None
    voluntary: Builder | None = None
    others: Builder | None = None
    # Paragraphs where someone says it was voluntary (or that it is unclear): their anchors
    # belong to the volunteer's own incident, not to the coerced group's.
    claimed: set[str] = set()
    claimed_upto = 0
    # From the first sentence that says so; one before it that points back to the incident's
    # day ("в военкомат в тот день увезли не меньше 40 человек") is still the incident's.
    voluntary_from: dict[int, int] = {}
    # Paragraphs whose only such sentences doubt ("does not know whether anyone stood over
    # him"): a threat told before the doubt is still the incident's.
    doubting: set[int] = set()
    for s in analysis.sentences:
        if analysis.cues_in([s], "no_coercion"):
            if s.paragraph not in voluntary_from or s.paragraph in doubting:
                if DOUBT.search(s.text):
                    doubting.add(s.paragraph)
                else:
                    doubting.discard(s.paragraph)
            voluntary_from.setdefault(s.paragraph, s.start)
    voluntary_paragraphs = set(voluntary_from)
    placed_sentences: set[int] = set()
    campaign_paragraphs: set[int] = set()
    # A numbered facility keeps the region it was first named with ("ИК-2 в Бурятии" … three
    # paragraphs and a front line later, "в ИК-2"): a facility's region does not change.
    facility_regions: dict[str, str] = {}
    # A correction appended to the report tells nothing new: it amends an incident told.
    corrections = correction_paragraphs(analysis)
    amended = amendment_notes(analysis)
    for sentence in analysis.sentences:
        if sentence.paragraph in corrections or sentence.paragraph in amended:
            continue
        stated = sentence_place(analysis, sentence)
        if not stated.empty and sentence.start in sport_sentences(analysis):
            stated = Place()  # "lost its friendly against an Omsk side": no place of a case
        if not stated.empty and _NO_ANSWER.search(sentence.text):
            # "The Komi colony did not answer written questions": the institution asked,
            # not the place of what is told next.
            stated = Place()
        if (
            stated.facility is not None
            and current is not None
            and current.place.facility is not None
            and any(
                c.kind == "expulsion_done" for c in analysis.in_sentence(analysis.cues, sentence)
            )
        ):
            # "The next day a court ordered his expulsion, and he was taken to the TsVSIG":
            # where the sequel took him, not where he was coerced.
            stated = Place()
        if (
            current is not None
            and _at_the_front(stated, sentence)
            and (current.place.region or "").startswith("RU-")
        ):
            # "Three weeks after the raid Shukhrat was already in the Zaporizhzhia region", "he
            # was already with the unit in the Belgorod region": where the recruit was sent,
            # not where he was coerced, nor another incident.
            stated = Place()
        if stated.facility is not None and specificity(stated.facility) == 3:
            if stated.region is not None:
                facility_regions.setdefault(stated.facility.value, stated.region)
            elif stated.facility.value in facility_regions:
                stated.region = facility_regions[stated.facility.value]
        if not stated.empty:
            placed_sentences.add(sentence.start)
            if current is not None and current.conflicts(
                stated, sentence.paragraph, brought=_brought_there(analysis, sentence)
            ):
                builders.append(current)
                builders.extend(b for b in (side, voluntary, others) if b is not None)
                current = side = voluntary = others = None
            if current is not None:
                current.absorb(stated)
            if (
                stated.facility is not None
                and stated.region is None
                and context.facility is not None
                and context.facility.value == stated.facility.value
            ):
                stated.region = context.region
            elif (
                stated.facility is not None
                and stated.region is None
                and specificity(stated.facility) < 3
                and context.region is not None
                and 0 <= sentence.paragraph - context.paragraph <= 2
            ):
                # "had lived in St Petersburg … He was taken to a police station": an
                # unnumbered station or office named without its region, in the paragraph
                # after the region was named or the one after that (a quote between), is
                # there.
                stated.region = context.region
            if not (
                stated.facility is None
                and context.facility is not None
                and stated.region is not None
                and stated.region == context.region
                and sentence.paragraph == context.paragraph
            ):
                # (a court in the colony's own region, told in the same paragraph — "serving
                # eight years in Penal Colony No. 10 in the Sverdlovsk region. In March he asked
                # a court in Yekaterinburg …" — leaves the colony the place of what follows)
                context = stated
        episode = (
            _ANOTHER_EPISODE.match(sentence.text)
            if analysis.may_match(_ANOTHER_EPISODE, sentence)
            else None
        )
        if (
            current is not None
            and current.anchors
            and (
                _ANOTHER_CASE.match(sentence.text)
                or episode
                or (
                    DATED_LETTER.match(sentence.text)
                    and not _letter_of_the_days_told(analysis, current, sentence)
                )
            )
        ):
            # "A similar case happened last month in Samara", «Следующее письмо датировано 19
            # февраля»: what follows is another incident, even where the sentence itself
            # tells nothing that would anchor one.
            builders.append(current)
            builders.extend(b for b in (side, voluntary, others) if b is not None)
            current = side = voluntary = others = None
            told_apart = episode is not None
        else:
            told_apart = False
        if _campaign_figure(analysis, sentence, stated) or (
            sentence.paragraph in campaign_paragraphs
            and stated.facility is None
            and not analysis.in_sentence(analysis.people, sentence)
        ):
            # "1,240 people signed contracts in the region in February": the campaign's
            # statistics, and what its paragraph goes on to tell of it ("Tens of thousands
            # more have since signed …"), neither join nor close the case told around them.
            # (Someone named there, or a colony, is a case: "Among them was Ivan, of IK-6".)
            campaign_paragraphs.add(sentence.paragraph)
            continue
        anchor = _is_anchor(
            analysis,
            sentence,
            # (a case told apart is told as one: "describes a second episode: the commander
            # threatened him with a criminal case")
            incident_open=current is not None or told_apart,
            paragraph_has_event=sentence.paragraph in event_paragraphs,
            next_paragraph_has_event=sentence.paragraph + 1 in event_paragraphs,
            event_soon=bool({sentence.paragraph + 1, sentence.paragraph + 2} & event_paragraphs),
            follows_incident=current is not None
            and bool(current.anchors)
            and _paragraphs_after(analysis, current.anchors[-1], sentence) in (0, 1),
        )
        if (
            current is not None
            and anchor
            and sentence.paragraph in voluntary_paragraphs
            and not _points_back(analysis, sentence, voluntary_from[sentence.paragraph])
            and any(analysis.cues_in([a], "coercion") for a in current.anchors)
            and not (
                sentence.paragraph in doubting
                and sentence.start < voluntary_from[sentence.paragraph]
                and analysis.cues_in([sentence], "coercion")
            )
        ):
            if voluntary is None:
                voluntary = Builder(place=replace(current.place), intro=current.intro)
            voluntary.anchors.append(sentence)
            continue
        if not anchor:
            continue
        earlier = _returned_to(analysis, builders, current, sentence)
        if earlier is not None:
            earlier.anchors.append(sentence)
            continue
        while claimed_upto < len(builders):  # closed incidents only ever grow in number
            claimed |= _claimed(analysis, [builders[claimed_upto]])
            claimed_upto += 1
        if current is not None and current.anchors and looks_ahead(analysis, sentence, current):
            # A plan announced while a past incident is told is the side incident, whatever
            # date it names ("would be sent to a training ground on 15 October"); so is a
            # fear of what comes next ("now he is afraid he will be put on the next convoy").
            if side is None:
                side = Builder(place=replace(current.place), intro=current.intro)
            side.anchors.append(sentence)
            continue
        if (
            current is not None
            and current.anchors
            and group_signed(analysis, sentence)
            and any(one_refused(analysis, a) for a in current.anchors)
            # (a cellmate named as a newcomer, "Его сокамерник Артур … подписал", is his own
            # incident, told on in the sentences after)
            and not _new_person(analysis, current, sentence, claimed)
        ):
            # Those who signed, told after the one who refused: their own incident, at the
            # same place, closing with the refuser's.
            if others is None:
                others = Builder(place=replace(current.place), intro=current.intro)
            others.anchors.append(sentence)
            continue
        if (
            current is not None
            and not gives_in(analysis, current, sentence)
            and not _part_of_the_group_signed(analysis, current, sentence)
            and (
                (
                    (
                        other_time(analysis, current, sentence)
                        or _another_dated_item(analysis, current, sentence)
                    )
                    and not sequel(analysis, current, sentence)
                    and not (
                        sent_on_after_signing(current, sentence)
                        and not _REPORTED_ELSEWHERE.search(sentence.text)
                    )
                    and not _signs_under_the_pressure(analysis, current, sentence)
                    and not _his_story_goes_on(analysis, current, sentence)
                )
                or _new_person(analysis, current, sentence, claimed)
                or other_victims(analysis, current, sentence)
                or (
                    one_refused(analysis, sentence)
                    and any(group_signed(analysis, a) for a in current.anchors)
                )
            )
        ):
            # The same place at another time ("back in December recruiters came…") is
            # another incident.
            builders.append(current)
            builders.extend(b for b in (side, voluntary, others) if b is not None)
            current = Builder(place=replace(current.place), intro=current.intro)
            side = voluntary = others = None
        if current is None:
            recent = 0 <= sentence.paragraph - context.paragraph <= CONTEXT_PARAGRAPHS
            place = (
                Place(context.facility, context.region, context.generic, coercive=context.coercive)
                if recent
                else Place()
            )
            current = Builder(place=place, intro=context.sentence if recent else None)
        elif (
            analysis.cues_in([sentence], "no_coercion")
            and current.anchors
            and any(analysis.cues_in([a], "coercion") for a in current.anchors)
        ):
            if voluntary is None:
                voluntary = Builder(place=replace(current.place), intro=current.intro)
            voluntary.anchors.append(sentence)
            continue
        current.anchors.append(sentence)
        if stated.facility is None and analysis.cues_in([sentence], "coercion"):
            # "taken to a police station. … officers there told him to sign": the coercion
            # told after a facility was named happened there.
            current.place.coercive = current.place.facility is not None
    if current is not None:
        builders.append(current)
    builders.extend(b for b in (side, voluntary, others) if b is not None)
    proposals = [
        p
        for b in builders
        if b.anchors and (p := proposal(analysis, b, placed_sentences)) is not None
    ]
    proposals = dated_after_the_one_before(
        analysis, without_undated_repeats(analysis, without_lead_summary(analysis, proposals))
    )
    proposals = into_the_fear_told(analysis, without_dated_repeats(proposals))
    proposals = into_the_threat_feared(analysis, proposals)
    proposals = without_retellings(analysis, proposals)
    proposals = corrected(analysis, proposals)
    return replace(analysis, incidents=tuple(proposals))
