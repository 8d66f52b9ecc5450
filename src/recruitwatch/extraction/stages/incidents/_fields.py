"""An incident's fields, from the sentences grouped into it: victims, coercion, place, date,
sources and evidence; or no proposal when it is too vague to show a reviewer."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.stages.attribution import list_item_start, narrator, publisher
from recruitwatch.extraction.stages.headings import is_item_heading
from recruitwatch.extraction.stages.incidents._places import (
    CONTEXT_PARAGRAPHS,
    Builder,
    sole_colony,
    sole_facility,
    sole_region,
    specificity,
)
from recruitwatch.extraction.stages.incidents._times import (
    dated_at,
    first_date,
    item_day,
    modality,
    sentence_modality,
)
from recruitwatch.extraction.stages.incidents._victims import gave_in, one_refused
from recruitwatch.extraction.types import (
    DateValue,
    IncidentProposal,
    Location,
    Sentence,
    SourceRef,
    Span,
    Victims,
)

COERCION_ORDER = (
    "threat_of_deportation", "threat_of_prosecution", "physical_force", "deception",
    "forced_signing", "denial_of_choice", "promise_of_passport_or_pardon", "other",
)  # fmt: skip
# Evidence spans per incident: anchors with a coercion cue first, then the others in order.
MAX_EVIDENCE = 8
SUMMARY_LIMIT = 300


def _nationalities(analysis: Analysis, sentences: list[Sentence]) -> tuple[str, ...]:
    codes: list[str] = []
    text = analysis.document.text
    for s in sentences:
        for m in analysis.in_sentence(analysis.nationalities, s):
            if m.value not in codes:
                codes.append(m.value)
        for place in analysis.in_sentence(analysis.places, s):
            # Where a man comes from: "Otabek Rakhimov, 31, from the Fergana region", «родом
            # из Оша», "from Kumasi, Ghana" (a foreign country's town or region).
            if (
                place.detail == "country"
                and place.value not in ("RU", "UA")
                and place.value not in codes
                and _FROM.search(text, max(s.start, place.start - 30), place.start)
                and not _CALLED_FROM.search(text, max(s.start, place.start - 40), place.start)
            ):
                codes.append(place.value)
    if any(c != "Central Asia" for c in codes):
        codes = [c for c in codes if c != "Central Asia"]
    return tuple(codes)


# "from the", «родом из», «уроженец», right before a place: where someone comes from.
_FROM = re.compile(
    r"(?<!\w)(?:(?<!came\s)(?<!returned\s)(?<!flew\s)(?<!deported\s)from(?:\s+the)?(?:\s+[\w-]+,)?"
    # (searched up to the place only: a look-ahead past it would never match)
    r"|native\s+of|родом\s+из|уроженц?\w*|из)\s+$",
    re.IGNORECASE,
)


# Where a call or a letter came from is not where the caller comes from: "His mother called
# us from Osh", «позвонил из Ростова».
_CALLED_FROM = re.compile(
    r"(?<!\w)(?:call(?:ed|s)?|phon(?:ed|es)|rang|wr(?:ote|ites)|texted|звонил\w*|позвонил\w*"
    r"|написал\w*|пишет"
    # nor where someone came back, flew or was sent from: «вернулся из Ташкента»
    r"|вернул\w*|прилетел\w*|приехал\w*|вылетел\w*|уехал\w*|выслан\w*|выслали|депортир\w*"
    r"|выдвор\w*)\s+(?:[\w-]+\s+){0,2}?(?:from|из)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def source_roles(analysis: Analysis) -> dict[str, str]:
    """Each source's role ("advocate", "relative", …), once per analysis."""
    return analysis.memo(
        "source_roles", lambda: {m.value: m.detail.partition(":")[0] for m in analysis.sources}
    )


def _with_introductions(analysis: Analysis, sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` and the sentences that first named the people in them: a nationality is
    stated where a person is introduced ("Jamshed (not his real name), a 31-year-old Tajik
    citizen, …"), often paragraphs before the incident. Advocates, officials, journalists and
    relatives are left out: their nationality is not the victim's."""
    roles = source_roles(analysis)
    naming = _naming_sentences(analysis)
    found = {s.start: s for s in sentences}
    for s in sentences:
        for person in analysis.in_sentence(analysis.people, s):
            first = naming.get(person.value)
            if first and roles.get(person.value) not in NOT_VICTIM_ROLES:
                found.setdefault(first[0].start, first[0])
        # A testimony told in the first person has its teller as its victim-source and names
        # no one: his nationality is where the text names him ("Timur … comes from the Osh
        # region of Kyrgyzstan", «Я, Азамат, гражданин Кыргызской Республики»).
        victims = [
            source
            for source in analysis.in_sentence(analysis.sources, s)
            if source.detail.partition(":")[0] == "victim"
        ]
        if not victims or analysis.in_sentence(analysis.people, s):
            continue
        teller = narrator(analysis)
        for source in victims:
            if source.value == teller:
                for named in naming.get(source.value, ()):
                    found.setdefault(named.start, named)
    return [found[start] for start in sorted(found)]


# How many of the sentences that name a teller introduce him.
_INTRODUCING_SENTENCES = 2


def _naming_sentences(analysis: Analysis) -> dict[str, list[Sentence]]:
    """Person → the first sentences that name them, or in which they name themself."""

    def find() -> dict[str, list[Sentence]]:
        naming: dict[str, list[Sentence]] = {}
        for person in analysis.people:
            sentence = analysis.sentence_at(person.start)
            held = naming.setdefault(person.value, [])
            if sentence is not None and sentence not in held and len(held) < _INTRODUCING_SENTENCES:
                held.append(sentence)
        # (where a teller names himself, «Я, Азамат, гражданин …», the people stage may not
        # see a name: the sentence that holds his name as a source's)
        for source in analysis.sources:
            if source.detail.partition(":")[0] != "victim":
                continue
            sentence = analysis.sentence_at(source.start)
            held = naming.setdefault(source.value, [])
            if (
                sentence is not None
                and source.value in sentence.text
                and sentence not in held
                and len(held) <= _INTRODUCING_SENTENCES
            ):
                held.append(sentence)
        return naming

    return analysis.memo("naming_sentences", find)


def _status(analysis: Analysis, sentences: list[Sentence]) -> str:
    votes = Counter(c.value for c in analysis.cues_in(sentences, "status"))
    return votes.most_common(1)[0][0] if votes else "other"


# A footnote's mark in the text ("… под угрозой выдворения [3].") and the note itself, a
# line that opens with it ("[3] По данным телеграм-канала «Камень и сталь» …").
_FOOTNOTE_MARK = re.compile(r"\[(\d{1,3})\]")
_FOOTNOTE_OPENS = re.compile(r"\s*\[(\d{1,3})\]")


def _footnotes(analysis: Analysis) -> dict[str, list[Sentence]]:
    """Footnote number → the sentences of its note."""

    def find() -> dict[str, list[Sentence]]:
        notes: dict[str, list[Sentence]] = {}
        current: tuple[int, str] | None = None
        for s in analysis.sentences:
            opens = _FOOTNOTE_OPENS.match(s.text)
            if opens is not None:
                current = (s.paragraph, opens.group(1))
            elif current is None or current[0] != s.paragraph:
                current = None
                continue
            notes.setdefault(current[1], []).append(s)
        return notes

    return analysis.memo("footnotes", find)


def _with_notes(analysis: Analysis, sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` and, after each that carries a footnote's mark, that note's sentences: a
    report's note says whose account the sentence is ("[3] По данным телеграм-канала …")."""
    if not any("[" in s.text for s in sentences):
        return sentences
    notes = _footnotes(analysis)
    out: list[Sentence] = []
    for s in sentences:
        out.append(s)
        if _FOOTNOTE_OPENS.match(s.text):
            continue  # a note's own number
        for mark in _FOOTNOTE_MARK.finditer(s.text):
            out.extend(n for n in notes.get(mark.group(1), ()) if n not in out)
    return out


def _sources(analysis: Analysis, sentences: list[Sentence]) -> tuple[SourceRef, ...]:
    refs: dict[str, SourceRef] = {}
    for s in _with_notes(analysis, sentences):
        routes = {m.text: m.value for m in analysis.in_sentence(analysis.via, s)}
        for m in analysis.in_sentence(analysis.sources, s):
            role, _, flag = m.detail.partition(":")
            ref = refs.setdefault(
                m.value, SourceRef(name=m.value, role=role, pseudonym=flag == "pseudonym")
            )
            if ref.via is None and m.value in routes:
                refs[m.value] = replace(ref, via=routes[m.value])
    return tuple(refs.values())


def _sources_before(analysis: Analysis, sentence: Sentence) -> tuple[SourceRef, ...]:
    """With no speaker in its own paragraphs, an incident is told by the nearest speaker
    named before it (a report often names its witness once, at the top)."""
    # (within a numbered list of cases, only in the case's own item)
    since = list_item_start(analysis, sentence.start)
    earlier = [m for m in analysis.sources if since <= m.start <= sentence.start]
    if not earlier:
        return ()
    nearest = earlier[-1]
    role, _, flag = nearest.detail.partition(":")
    return (SourceRef(name=nearest.value, role=role, pseudonym=flag == "pseudonym"),)


def _sources_after(analysis: Analysis, sentence: Sentence) -> tuple[SourceRef, ...]:
    """With no speaker before it either, an incident is told by the first speaker named in
    the next few paragraphs: a news report states the event in its lead and says who told it
    further down ("…, Mr Toktogulov told the Bulletin"), in the same item of a list of cases
    or brief of a wire file."""
    item = list_item_start(analysis, sentence.start)
    for m in analysis.sources:
        holder = analysis.sentence_at(m.start) if m.start >= sentence.start else None
        if holder is not None and list_item_start(analysis, m.start) != item:
            return ()
        if holder is not None and holder.paragraph - sentence.paragraph <= CONTEXT_PARAGRAPHS:
            role, _, flag = m.detail.partition(":")
            return (SourceRef(name=m.value, role=role, pseudonym=flag == "pseudonym"),)
    return ()


def _with_publisher(analysis: Analysis, sources: tuple[SourceRef, ...]) -> tuple[SourceRef, ...]:
    """``sources`` and, last, the group or outlet whose report this is, once."""
    found = analysis.memo("publisher", lambda: publisher(analysis))
    if found is None or any(s.name == found.name for s in sources):
        return sources
    return (*sources, found)


# Sent on after signing: "Ulugbek … was sent to a training ground in June", «в июне его
# отправили на полигон». What followed the signature, dated on its own, is no other incident.
_SENT_ON = re.compile(
    r"(?<!\w)(?:(?:was|were|been)\s+(?:sent|taken|transferred|flown|driven)\s+(?:\w+\s+){0,2}?"
    r"to\s+(?:a\s+|the\s+)?(?:training\s+(?:ground|camp)|front(?:\s+line)?|unit|war)"
    r"|(?:отправ\w+|увез\w*|увезл\w+|вывез\w*|перевез\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:на\s+(?:полигон|фронт|войну)|в\s+(?:учебн\w+\s+центр|зону\s+СВО|часть)))(?!\w)",
    re.IGNORECASE,
)
# A refusal: "refused", "turned it down", «отказался».
_REFUSED = re.compile(
    r"(?<!\w)(?:refus\w+|declined|turned\s+(?:it|the\s+\w+)\s+down|отказал\w*|отказыва\w*)(?!\w)",
    re.IGNORECASE,
)
# His signature, given: "Azamat signed", «4 марта Азамат подписал контракт» (not «не
# подписал», "did not sign", "had not signed").
SIGNATURE_GIVEN = re.compile(
    r"(?<!\w)(?<!not\s)(?<!never\s)(?<!не\s)(?:signed|подписал[аи]?)(?!\w)", re.IGNORECASE
)


def sent_on_after_signing(current: Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells where he was sent after the signing ``current`` tells."""
    return bool(_SENT_ON.search(sentence.text)) and any(
        SIGNATURE_GIVEN.search(a.text) for a in current.anchors
    )


def _victims(analysis: Analysis, sentences: list[Sentence], status: str) -> Victims:
    counts = [
        c for s in sentences for c in analysis.in_sentence(analysis.counts, s) if c.kind == "count"
    ]
    named = [p for s in sentences for p in analysis.in_sentence(analysis.people, s)]
    speakers = {m.value for s in sentences for m in analysis.in_sentence(analysis.sources, s)}
    victims = [p.value for p in named if p.value not in speakers]
    count = min((int(c.value) for c in counts), default=None)
    if victims and count is None:
        return Victims(victims[0], 1, _nationalities(analysis, sentences), status)
    label = (
        counts[0].text
        if counts
        else {"prisoner": "prisoners", "migrant": "migrants"}.get(status, "people")
    )
    return Victims(label, count, _nationalities(analysis, sentences), status)


# One person acting, not an institution's "all contracts were signed voluntarily".
_ONE_PERSON = re.compile(r"(?<!\w)(?:(?i:he|she|он|она|я)|I)(?!\w)")


# A signature given, not one asked for or refused: "Two men signed", «Руслан подписал в том же
# июле», «Многие из них подписали» — not "unless he signed", "did not sign", «если не
# подпишешь», «не подписал».
_SIGNED = re.compile(
    r"(?<!\w)(?:agreed\s+to\s+sign|согласил(?:ся|ись|ась)\s+подписать"
    r"|signed(?!\s+(?:a\s+|the\s+|this\s+)?(?:letter|petition|statement|complaint"
    r"|appeal|receipt|waiver|refusal))|подписал[аи]?(?!\s+бы)(?!\w)"
    # A refusal signed is no contract: «Подписал бумагу, что отказываюсь», «подписал отказ».
    r"(?!\s+(?:\w+\s+){0,2}?(?:отказ\w*|жалоб\w*|заявлени\w*|обращени\w*|письм\w*)|[^.!?]{0,20}?,?\s+что\s+отказ\w*))",
    re.IGNORECASE,
)
_NOT_GIVEN_BEFORE = re.compile(
    r"(?<!\w)(?:unless|if|whether|not|never|n[’']t|refus\w+\s+to|если|не|бы)\s+(?:\w+\s+){0,2}$"
    # "None of the six signed", «никто из них не подписал»
    r"|(?<!\w)(?:none|nobody|no\s+one|никто|ни\s+один)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# A threat or force told in the same incident as that signature makes it a forced signing;
# so does leverage ("other": the punishment cell, parole "lost", treatment withheld): "he was
# told his parole application would be lost unless he signed … He signed on 29 January".
_FORCING = frozenset(
    {
        "threat_of_deportation",
        "threat_of_prosecution",
        "physical_force",
        "denial_of_choice",
        "other",
    }
)


def _signed_under_force(analysis: Analysis, anchors: list[Sentence], coercion: set[str]) -> bool:
    """Whether the incident tells a threat or force and then a signature given: a contract
    signed under a threat is a forced signing, whether or not the text says "forced"."""
    forcing = coercion & _FORCING
    if not forcing or (forcing == {"other"} and "deception" in coercion):
        return False  # papers signed on a lie, the passport taken "for the paperwork": deceived
    return any(
        not _NOT_GIVEN_BEFORE.search(s.text, max(0, m.start() - 30), m.start())
        for s in anchors
        if analysis.may_match(_SIGNED, s) and not analysis.cues_in([s], "no_coercion")
        for m in _SIGNED.finditer(s.text)
    )


_INSIDE_A_COLONY = re.compile(
    r"(?<!\w)(?:колони\w*|шизо|пкт|штрафн\w+\s+изолятор\w*|отряд\w*|колонист\w*"
    r"|(?:the|this|that)\s+colony|punishment\s+cell|shizo|pkt)(?!\w)",
    re.IGNORECASE,
)


# Doubt, not an assertion that it was voluntary: "not able to establish whether his consent
# was given voluntarily", «неясно, добровольно ли».
DOUBT = re.compile(
    r"(?<!\w)(?:whether|unclear|not\s+clear|неясно|не\s+ясно|непонятно|неизвестно|ли)(?!\w)",
    re.IGNORECASE,
)


# Going to war of one's own will, said outright (not "not voluntarily", «не добровольно»).
_OF_HIS_OWN_ACCORD = re.compile(
    r"(?<!\w)(?<!not\s)(?<!не\s)(?:of\s+(?:his|her|their|my)\s+own\s+(?:accord|free\s+will)"
    r"|volunteered|voluntarily|добровольно|по\s+своей\s+(?:воле|инициативе)"
    r"|сам(?:а|и)?\s+(?:пришёл|пришел|пришла|пришли|пошёл|пошел|пошла|пошли|поехал\w*|записал\w*"
    r"|подписал\w*)\s+(?:\w+\s+)?(?:в\s+военкомат|на\s+войну|на\s+фронт|в\s+пункт\s+отбора|контракт\w*)"
    # ("he asked to sign", not "he was asked to sign")
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)asked\s+to\s+(?:sign|go|be\s+sent"
    # "had asked to be put on the list back in March", «сам попросился», "needed no persuading"
    r"|be\s+(?:put|included|added)\s+on\s+the\s+list)|needed\s+no\s+persuading"
    r"|сам(?:а|и)?\s+(?:по|на)просил(?:ся|ась|ись)"
    r"|давно\s+этого\s+хотел\w*|записал(?:ся|ась|ись)\s+сам\w*|никто\s+(?:\w+\s+)?не\s+уговаривал\w*"
    # "wrote to his wife that nobody had pushed him", "“I went for the money”"
    r"|(?:nobody|no\s+one)\s+(?:had\s+|has\s+)?(?:pushed|pressured|forced)\s+(?:him|her|me|them)"
    r"|I\s+went\s+(?:myself|for\s+the\s+money)|никто\s+(?:его|меня)\s+не\s+(?:заставлял|принуждал)"
    r"|(?:меня|его)\s+никто\s+не\s+(?:заставлял|принуждал))(?!\w)",
    re.IGNORECASE,
)

# Nothing of the army came up: "Nobody said a word about the army, nobody offered me
# anything", «Про армию с ним никто не говорил, контракт не предлагали».
_NOTHING_OFFERED = re.compile(
    r"(?<!\w)(?:(?:nobody|no\s+one)\s+(?:said\s+(?:a\s+word|anything)\s+about\s+the\s+(?:army|war|front|contract)"
    r"|offered\s+(?:me|him|them|us)\s+(?:anything|a\s+contract))"
    r"|(?:про|об?)\s+(?:армию|армии|войну|войне|контракт\w*)\s+(?:\w+\s+){0,2}?никто\s+не\s+(?:говорил|упоминал)\w*"
    r"|контракт\w*\s+(?:\w+\s+)?не\s+предлагал\w*)(?!\w)",
    re.IGNORECASE,
)

# Recruiters came and nobody signed: "Nobody signed, the relatives say, and the recruiters
# left the same afternoon", «никто не записался».
_NOBODY_SIGNED = re.compile(
    r"(?<!\w)(?:(?:nobody|no\s+one|none\s+of\s+(?:them|the\s+(?:men|prisoners|inmates|women|workers)))"
    r"\s+(?:had\s+|has\s+)?(?:signed|agreed|enlisted|volunteered)"
    r"|никто\s+(?:из\s+\w+\s+)?не\s+(?:записался|подписал|согласился))(?!\w)",
    re.IGNORECASE,
)


# The report's own doubt whether he was forced (not whether he signed).
_UNSURE_IT_WAS_FORCED = re.compile(
    r"(?<!\w)(?:(?:unable|not\s+able)\s+to|could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:establish|say|tell|confirm|verify|know)"
    r"\s+(?:which\s+(?:account|version|it)|whether\s+(?:anyone|anybody|someone)\s+(?:\w+\s+)?(?:pushed|pressured|forced|coerced))"
    r"|impossible\s+to\s+(?:know|say|tell)\s+(?:\w+\s+){0,4}?which\s+it\s+was"
    r"|не\s+удалось\s+(?:установить|выяснить),?\s+(?:какая\s+из\s+версий|заставляли\s+ли|был\s+ли\s+он\s+вынужден)",
    re.IGNORECASE,
)


# A victim count from which an incident without a numbered facility is a statistic.
CAMPAIGN_SCALE = 1000


# What a story told on from an arrival counts from: "A week after we arrived", "the day
# after he landed", «через неделю после приезда».
_AFTER_ARRIVAL = re.compile(
    r"(?<!\w)(?:(?:days?|weeks?|month)\s+after\s+(?:we|he|they|she|I)\s+(?:arrived|landed|came)"
    r"|(?:the\s+)?(?:next|following)\s+(?:morning|day)"
    r"|после\s+(?:нашего\s+|его\s+|их\s+)?(?:приезда|прилёта|прилета)|на\s+следующ\w+\s+(?:день|утро))(?!\w)",
    re.IGNORECASE,
)


def _arrival_date(analysis: Analysis, first: Sentence) -> DateValue:
    """An undated story that counts from the arrival told just before it ("I flew to Moscow
    at the beginning of May last year … A week after we arrived, a bus took us to an office")
    is dated by that arrival: the last date in the sentences before its first anchor, in its
    paragraph or the two before (an interviewer's question between), when an anchor counts
    from it."""
    if not any(
        _AFTER_ARRIVAL.search(s.text)
        for s in analysis.paragraph_sentences(first.paragraph)
        if s.start >= first.start
    ):
        return DateValue(None, "unknown")
    before = [
        s
        for p in (first.paragraph - 2, first.paragraph - 1, first.paragraph)
        for s in analysis.paragraph_sentences(p)
        if s.start < first.start
    ]
    for s in reversed(before):
        stated = first_date(analysis, [s], since=False)
        if stated.start is not None:
            return stated
    return DateValue(None, "unknown")


def proposal(
    analysis: Analysis, builder: Builder, placed_sentences: set[int]
) -> IncidentProposal | None:
    """The incident ``builder`` gathered; ``placed_sentences`` are the starts of the
    sentences that state a place."""
    anchors = builder.anchors
    context = (
        [builder.intro, *anchors]
        if builder.intro and builder.intro not in anchors
        else list(anchors)
    )
    context = [s for s in context if s is not None]
    # Nationalities are read from the paragraphs that say where and how: those of anchors with
    # a coercion cue or a place, and the one that introduced the place. A generic statement
    # that merely joined the incident ("Central Asians are recruited in many settings") does
    # not lend it the nationalities of its paragraph.
    placed = {s.paragraph for s in anchors if s.start in placed_sentences}
    coerced = {s.paragraph for s in anchors if analysis.cues_in([s], "coercion")}
    paragraphs = placed | coerced | ({builder.intro.paragraph} if builder.intro else set())
    paragraphs = paragraphs or {anchors[0].paragraph}
    # A paragraph between two of the incident's own that tells no event or coercion of its
    # own elaborates on it ("Most of the men were citizens of Kyrgyzstan and Uzbekistan,
    # according to Open Road.").
    paragraphs |= {
        p
        for p in range(anchors[0].paragraph + 1, anchors[-1].paragraph)
        if not any(
            c.kind in ("event", "coercion")
            for s in analysis.paragraph_sentences(p)
            for c in analysis.in_sentence(analysis.cues, s)
        )
    }
    around = {s.start: s for p in paragraphs for s in analysis.paragraph_sentences(p)}
    around.update((s.start, s) for s in context)
    surroundings = [around[start] for start in sorted(around)]
    # Who tells it may be named anywhere in the anchors' paragraphs: "He signed. … His
    # mother, Tamara, confirmed that he had told her of the investigator's visit."
    told_around = dict(around)
    told_around.update(
        (s.start, s)
        for p in {a.paragraph for a in anchors}
        for s in analysis.paragraph_sentences(p)
    )
    told = [told_around[start] for start in sorted(told_around)]
    in_context = {s.start for s in context}
    coercion = {c.value for c in analysis.cues_in(anchors, "coercion")}
    if _signed_under_force(analysis, anchors, coercion):
        coercion.add("forced_signing")
    place = builder.place
    voluntary = bool(analysis.cues_in(anchors, "no_coercion"))
    if coercion == {"promise_of_passport_or_pardon"} and any(
        analysis.cues_in([s], "no_coercion") and not DOUBT.search(s.text)
        for p in {s.paragraph for s in anchors}
        for s in analysis.paragraph_sentences(p)
    ):
        # "Six months and a pardon, they said. Eleven men signed that day. As far as I know
        # nobody was forced": the offer made to volunteers is no coercion of them.
        coercion = set()
    if coercion and any(
        analysis.may_match(_UNSURE_IT_WAS_FORCED, s) and _UNSURE_IT_WAS_FORCED.search(s.text)
        for p in {a.paragraph for a in anchors} | {anchors[-1].paragraph + 1}
        for s in analysis.paragraph_sentences(p)
    ):
        # The report says, in the incident's paragraphs or the one after them, that it
        # cannot tell whether he was pressed ("The Courier was unable to establish which
        # account is accurate", "cannot say whether anyone pushed him to sign"): what the
        # family believes or he hints at is no coercion to propose.
        coercion = set()
    if place.empty and not coercion and not voluntary:
        return None
    if (
        not coercion
        and voluntary
        and all(_REFUSED.search(a.text) for a in anchors)
        and not any(SIGNATURE_GIVEN.search(a.text) for a in anchors)
    ):
        # "Another patient refused and was not pressed further": a refusal left alone is no
        # incident (a volunteer who signed still is one).
        return None
    # An announced plan is worth proposing when it says where or when ("raids will continue
    # throughout March"), even with no one named yet; so is a fear of one ("relatives of
    # twelve prisoners of KP-9 … fear that the men will be sent to the front").
    mode = modality(analysis, anchors)
    planned = mode == "planned"
    # A refusal told before what followed it does not date the incident: "Ruslan turned the
    # contract down in January. In February, the insulin … stopped arriving" is February's.
    # Nor does the start of a state ("held since May at the detention centre") where a date of
    # what happened is told.
    # Nor does where he was sent after signing ("was sent to a training ground in June").
    dating = [
        a
        for a in anchors
        if not one_refused(analysis, a)
        and not (analysis.may_match(_SENT_ON, a) and _SENT_ON.search(a.text))
    ] or anchors
    # "Dmitry refused … In early March Dmitry signed": dated when he gave in.
    signed = gave_in(analysis, anchors)
    if signed is not None and first_date(analysis, [signed], since=False).start is not None:
        dating = [signed]
    stated_date = first_date(analysis, dating, ahead=planned, since=False)
    if stated_date.start is None:
        stated_date = first_date(analysis, dating, ahead=planned)
    stated_date = _day_within(analysis, dating, stated_date)
    if stated_date.start is None and not planned:
        stated_date = _arrival_date(analysis, anchors[0])
    # (or what the report says will happen on a day after its own: "will begin joint checks
    # … on 1 February" in a report of 20 January)
    announced = (
        mode in ("planned", "feared")
        or (
            _after_publication(analysis, stated_date) and any(_WILL.search(s.text) for s in anchors)
        )
    ) and (not place.empty or stated_date.start is not None)
    # A recruit at a numbered colony who says he signed of his own will, or of whom it is
    # unclear, is an account of one person even when the name stayed in the sentence before
    # ("Sukhrob, a citizen of Tajikistan, is serving his term in IK-17. In July he signed…").
    own_account = (
        voluntary
        and any(_ONE_PERSON.search(s.text) for s in anchors)
        and (
            specificity(place.facility) == 3
            # Someone named just before, and no police or ministry in the telling: "The police
            # say he signed voluntarily" is their denial, not his account.
            or (
                _named_before(analysis, anchors[0]) and not analysis.cues_in(anchors, "perpetrator")
            )
        )
    )
    if not coercion and not announced and not own_account and not _concrete(analysis, anchors):
        return None
    if (
        not coercion
        and not announced
        and any(
            _OF_HIS_OWN_ACCORD.search(a.text)
            and not DOUBT.search(a.text)
            and not _officials_only(analysis, [a])
            and not analysis.cues_in([a], "perpetrator")
            for a in anchors
        )
    ):
        # One who says he went of his own accord ("signed in December of his own accord",
        # «пошли на войну добровольно») was not coerced: no incident of coerced recruitment
        # to review. Doubt stays proposed: "unclear whether he signed voluntarily"; so does
        # what an institution answers («ответили, что осуждённые заключают контракты
        # добровольно»), which denies, not tells.
        return None
    if not coercion and mode == "occurred" and any(_NOBODY_SIGNED.search(a.text) for a in anchors):
        # A visit that ended with no one signed and no one pressed is no incident of coerced
        # recruitment.
        return None
    if set(coercion) <= {"deception"} and any(
        _NOTHING_OFFERED.search(s.text)
        for paragraph in {a.paragraph for a in anchors}
        for s in analysis.paragraph_sentences(paragraph)
    ):
        # A check that was only a check: "taken to the police station for a document check.
        # … “Nobody said a word about the army, nobody offered me anything,” he told us."
        return None
    # An official's words are an answer, not an incident, unless they announce a plan ("the
    # deputy head told the prisoners the recruiters will come back on 29 September").
    if not coercion and not announced and _officials_only(analysis, anchors):
        return None
    facility = place.facility
    region = place.region
    only = sole_facility(analysis) if facility is None and not place.generic else None
    if only is not None and (
        region in (None, only[1]) or any(_INSIDE_A_COLONY.search(s.text) for s in anchors)
    ):
        # The report's one colony; where the anchors speak of its inside (a punishment cell,
        # «оперативник колонии»), also over a region named since for something else ("arrested
        # in Pskov, at his sister's").
        facility, region = only[0], only[1]
    region = region or sole_region(analysis)
    status = _status(analysis, context)
    if status == "prisoner" and facility is not None and specificity(facility) < 3:
        # Prisoners driven to an enlistment office are the prisoners of their colony: "the
        # settlers of KP-5 were taken by bus to the военкомат" is KP-5's incident.
        held = sole_colony(analysis)
        if held is not None and (held[1] is None or region in (None, held[1])):
            facility, region = held[0], region or held[1]
    if (
        not coercion
        and not announced
        and not own_account
        and facility is None
        and len(anchors) == 1
        and not _THE_SAME_DONE.search(anchors[0].text)
    ):
        # One sentence that someone signed or was taken, with no coercion and no facility
        # ("He signed a contract last week", "Two other men in his cell sign contracts"):
        # nothing a reviewer could hold to a place or a pressure. (What was done to the one
        # before, done again, is: "his cousin was given the same choice".)
        return None
    victims = _victims(analysis, context, status)
    if (
        victims.count is not None
        and victims.count >= CAMPAIGN_SCALE
        and (facility is None or specificity(facility) < 3)
    ):
        # Thousands of people and no one colony: the campaign's statistics ("Wagner recruited
        # between 40,000 and 50,000 prisoners … The promise was always the same: a pardon"),
        # not an incident a caseworker could verify.
        return None
    perpetrators = tuple(dict.fromkeys(c.value for c in analysis.cues_in(anchors, "perpetrator")))
    # The date: the first one stated in the anchors, else the one their first anchor's
    # paragraph opens with, else in the rest of their paragraphs ("On 10 July police
    # raided the hostel. … They were taken to the office.").
    # Only the plan's own sentences are read ahead: the rest tell what happened before.
    when = next(
        (
            d
            for d in (
                stated_date,
                _item_dated(analysis, anchors[0]),
                dated_at(analysis, anchors[0]),
                _heading_date(analysis, anchors[0]),
                _the_same_day(analysis, anchors),
                first_date(analysis, surroundings),
            )
            if d.start
        ),
        _live_entry_day(analysis, anchors[0]) or _date_told_before(analysis, anchors[0]),
    )
    told_modality = modality(analysis, anchors)
    if told_modality == "occurred" and _after_publication(analysis, when):
        # What is dated after the report cannot have happened yet: "a list of prisoners who
        # 'must attend' a meeting with representatives of the Ministry of Defence on 15
        # August", in a report of 30 July, is a plan.
        told_modality = "planned"
    return IncidentProposal(
        summary=anchors[0].text[:SUMMARY_LIMIT],
        modality=told_modality,
        victims=replace(
            victims,
            nationality=_nationalities(analysis, _with_introductions(analysis, surroundings)),
        ),
        perpetrators=perpetrators,
        location=Location(
            facility=facility.value if facility else None,
            facility_as_written=facility.text if facility else None,
            facility_type=facility.detail if facility else None,
            region=region,
            country=(region.split("-")[0] if region else "RU"),
        ),
        date=when,
        coercion=tuple(c for c in COERCION_ORDER if c in coercion),
        sources=_with_publisher(
            analysis,
            _sources(analysis, [*context, *(s for s in told if s.start not in in_context)])
            or _sources_before(analysis, anchors[0])
            or _sources_after(analysis, anchors[0]),
        ),
        evidence=_evidence(analysis, anchors),
    )


def _after_publication(analysis: Analysis, when: DateValue) -> bool:
    """Whether ``when`` lies wholly after the document's publication date."""
    published = analysis.document.published
    if when.start is None or published is None:
        return False
    return when.start > published.isoformat()[: len(when.start)]


def _officials_only(analysis: Analysis, anchors: list[Sentence]) -> bool:
    """Whether everyone who tells the anchors is an official: a prosecutor's "his signature
    is on every page" or a directorate's "all signed voluntarily" is the institution's answer,
    not an incident, unless it admits coercion."""
    speakers = [m for s in anchors for m in analysis.in_sentence(analysis.sources, s)]
    return bool(speakers) and all(m.detail.split(":")[0] == "official" for m in speakers)


def _day_within(analysis: Analysis, anchors: list[Sentence], found: DateValue) -> DateValue:
    """The day a later anchor gives within the month the first one named: a lead's "this
    week" (April) is "on Tuesday morning" (15 April) told below."""
    if found.precision != "month" or found.start is None:
        return found
    told = range(anchors[0].paragraph, anchors[-1].paragraph + 1)
    for s in (s for p in told for s in analysis.paragraph_sentences(p)):
        for d in analysis.in_sentence(analysis.dates, s):
            if d.detail == "day" and d.value.startswith(found.start):
                return DateValue(start=d.value, precision="day")
    return found


def _item_dated(analysis: Analysis, anchor: Sentence) -> DateValue:
    """The day (or month) a round-up's item opens with ("Moscow, 19 September. A Tajik
    citizen whose patent had run out in August was detained …"), over what its sentences say
    of before."""
    day = item_day(analysis, anchor.paragraph)
    if day is None:
        return DateValue(start=None, precision="unknown")
    return DateValue(start=day, precision="day" if len(day) == len("YYYY-MM-DD") else "month")


def _heading_date(analysis: Analysis, anchor: Sentence) -> DateValue:
    """The date of the heading line just above the anchor's paragraph: an item of a list of
    cases is dated by its heading, not by the day someone later told of it ("… показал
    синяки на свидании 5 октября" under "1. 2 октября, ИК-4")."""
    above = analysis.paragraph_sentences(anchor.paragraph - 1)
    if len(above) != 1 or not is_item_heading(above[0]):
        return DateValue(start=None, precision="unknown")
    return first_date(analysis, [above[0]], since=False)


# A live blog's entry opens with the time of day it was written: "14:05 — Lawyer … is now at
# the enlistment office".
_LIVE_ENTRY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[—–-]\s")


def _live_entry_day(analysis: Analysis, anchor: Sentence) -> DateValue | None:
    """The blog's day, for an incident told in a live blog's timed entry with no day of its
    own: "14:05 — … signed about an hour ago"."""
    published = analysis.document.published
    opening = analysis.paragraph_sentences(anchor.paragraph)[0]
    if published is not None and _LIVE_ENTRY.match(opening.text):
        return DateValue(start=published.isoformat(), precision="day")
    return None


# The day told before, named again: «в тот же вечер», «в тот же день», "that same evening",
# "the same day".
_THAT_SAME_DAY = re.compile(
    r"(?<!\w)(?:в\s+тот\s+же\s+(?:день|вечер)|тем\s+же\s+(?:вечером|днём|днем)"
    r"|(?:that|the)\s+same\s+(?:day|evening|night|afternoon))(?!\w)",
    re.IGNORECASE,
)
# How far back the day named again may have been told.
_SAME_DAY_PARAGRAPHS = 3
# A date mention's value to the day ("2024-08-28"), not a month or a year.
_A_DAYS_LENGTH = len("YYYY-MM-DD")


def _the_same_day(analysis: Analysis, anchors: list[Sentence]) -> DateValue:
    """The day an incident with no date of its own names again ("Zhakhongir refused, and
    that same evening he was put in the punishment cell"): the last day told before it, a
    few paragraphs back at most, not a year of someone's life told in between."""
    for anchor in anchors:
        if not (analysis.may_match(_THAT_SAME_DAY, anchor) and _THAT_SAME_DAY.search(anchor.text)):
            continue
        before = analysis.in_sentence(analysis.dates, Sentence(0, anchor.start, ""))
        for mention in reversed(before):
            holder = analysis.sentence_at(mention.start)
            if holder is None or anchor.paragraph - holder.paragraph > _SAME_DAY_PARAGRAPHS:
                break
            if len(mention.value) == _A_DAYS_LENGTH:
                return DateValue(start=mention.value, precision="day")
    return DateValue(start=None, precision="unknown")


def _date_told_before(analysis: Analysis, anchor: Sentence) -> DateValue:
    """With no date of its own, an incident told in order after a dated event is of that
    event's day: "On Tuesday at five a.m. two buses and police cars drove up to the hostel.
    … (next paragraph) At the police station an officer said: a contract or deportation."
    Only the paragraph just before, and only a sentence of what the police, recruiters or
    officials did."""
    for s in analysis.paragraph_sentences(anchor.paragraph - 1):
        if sentence_modality(analysis, s) != "occurred":
            continue
        if not any(
            c.kind in ("perpetrator", "event") for c in analysis.in_sentence(analysis.cues, s)
        ):
            continue
        found = first_date(analysis, [s], since=False)
        if found.start:
            return found
    return DateValue(start=None, precision="unknown")


def _named_before(analysis: Analysis, anchor: Sentence) -> bool:
    """Whether someone is named in ``anchor``'s paragraph up to it: "Daulet Seitkali is a
    Kazakh citizen … Last autumn he walked into the enlistment office on his own" is one
    man's account, whatever the office."""
    return any(
        analysis.in_sentence(analysis.people, s)
        for s in analysis.paragraph_sentences(anchor.paragraph)
        if s.start <= anchor.start
    )


def _evidence(analysis: Analysis, anchors: list[Sentence]) -> tuple[Span, ...]:
    coercive = [s for s in anchors if analysis.cues_in([s], "coercion")]
    told = {s.start for s in coercive}
    chosen = (coercive + [s for s in anchors if s.start not in told])[:MAX_EVIDENCE]
    return tuple(Span(s.start, s.end, s.text) for s in sorted(chosen, key=lambda s: s.start))


NOT_VICTIM_ROLES = frozenset({"advocate", "official", "journalist", "relative"})


_HE_OR_SHE_OPENS = re.compile(r"\W*(?:He|She|Он|Она)(?!\w)")

# A group taken as one: "a group of prisoners", «группу осуждённых», «партию заключённых».
_A_GROUP = re.compile(
    r"(?<!\w)(?:(?:a|the)\s+group\s+of\s+(?:\w+\s+)?(?:prisoners|inmates|convicts|migrants|workers|men)"
    r"|(?:групп|парти)\w*\s+(?:\w+\s+)?(?:осужд|заключ|мигрант|рабоч|иностран)\w*)(?!\w)",
    re.IGNORECASE,
)


# The future of what someone will do: "will begin", «начнут», «будут проводить».
_WILL = re.compile(
    r"(?<!\w)(?:will\s+(?!not\b|never\b)\w+|(?:is|are)\s+to\s+\w+"
    r"|будут\s+\w+ть|начн(?:ут|[её]т)|провед(?:ут|[её]т))(?!\w)",
    re.IGNORECASE,
)


# The pressure told of the one before, done to another: "given the same choice", «получил
# такое же предложение».
_THE_SAME_DONE = re.compile(
    r"(?<!\w)(?:the\s+same\s+(?:choice|offer|ultimatum|deal|proposal|threats?)"
    r"|(?:тот|такой|такое|тем|таким|той|такую)\s+же\s+(?:выбор|предложени|ультиматум|услови)\w*"
    r"|то\s+же\s+самое)(?!\w)",
    re.IGNORECASE,
)


def _concrete(analysis: Analysis, anchors: list[Sentence]) -> bool:
    """An incident without coercion is proposed only when it concerns someone in particular
    (a named person, one named earlier in its paragraph, a number of people) and rests on
    more than denials and unknowns: a volunteer's account is an incident, "the ministry
    declined to say how many signed" is not."""
    unknowns = analysis.lexicon.no_information
    informative = [
        s for s in anchors if not (analysis.may_match(unknowns, s) and unknowns.search(s.text))
    ]
    if not informative:
        return False
    people = [p for s in informative for p in analysis.in_sentence(analysis.people, s)]
    numbers = [
        c
        for s in informative
        for c in analysis.in_sentence(analysis.counts, s)
        if c.kind == "count"
    ]
    first_person = any(
        re.search(r"(?<!\w)(?:I|[Mm]e|[Mm]y|[Яя]|[Мм]еня|[Мм]не)(?!\w)", s.text)
        for s in informative
    )
    # "He signed a contract there on March 6" after the paragraph named him is his account;
    # "The police say he signed voluntarily" is their denial.
    named_pronoun = any(_HE_OR_SHE_OPENS.match(s.text) for s in informative) and _named_before(
        analysis, informative[0]
    )
    group = any(_A_GROUP.search(s.text) for s in informative)
    return bool(people or numbers or first_person or named_pronoun or group)
