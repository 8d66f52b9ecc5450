"""Where an incident happened: the place each sentence states, and the open incident
(:class:`Builder`) whose place a new statement may extend or contradict."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import Mention, Sentence

# A location named this many paragraphs before an anchor no longer sets the anchor's place.
CONTEXT_PARAGRAPHS = 3


@dataclass
class Place:
    facility: Mention | None = None
    region: str | None = None
    generic: str | None = None  # the generic place as written, lower-cased
    paragraph: int = -1
    sentence: Sentence | None = None
    #: Whether the sentence naming the facility also says how someone was coerced there.
    coercive: bool = False

    @property
    def empty(self) -> bool:
        return self.facility is None and self.region is None and not self.generic


# A sentence that tells people were brought to the place it names: "were taken by bus to the
# enlistment office", "the buses went to a police station", «привезли в военкомат», «автобус
# приехал к военкомату» (not a pretext's "he'd be taken to a police station").
BROUGHT_THERE = re.compile(
    r"(?<!\w)(?:(?<!be\s)(?:taken|brought|driven|bus(?:s)?ed|transported|escorted|ferried)\s+(?:\w+\s+){0,3}?to"
    r"|took\s+(?:them|him|the\s+\w+)\s+(?:\w+\s+){0,3}?to"
    r"|(?:bus|buses|van|vans|cars?|trucks?)\s+(?:\w+\s+){0,2}?(?:went|drove|arrived|pulled\s+up|stopped)"
    r"|привез\w*|доставил\w*|доставлен\w*|отвез\w*|увез\w*|повез\w*"
    r"|(?:автобус\w*|машин\w*|автозак\w*)\s+(?:\w+\s+){0,2}?(?:приехал\w*|прибыл\w*|остановил\w*|подъехал\w*))(?!\w)",
    re.IGNORECASE,
)


def specificity(facility: Mention | None) -> int:
    """Numbered facilities are most specific; a police station least (people are taken from
    it to an enlistment office, rarely the other way)."""
    if facility is None:
        return 0
    if any(ch.isdigit() for ch in facility.value):
        return 3
    return 1 if facility.detail == "police_station" else 2


def on_one_route(one: Mention, other: Mention) -> bool:
    """A police station and an unnumbered office are stops of one detention ("promised a quick
    check at the police station. Instead the buses went straight to the enlistment office"),
    told in either order."""
    kinds = {one.detail, other.detail}
    return (
        "police_station" in kinds
        and len(kinds) == 2
        and max(specificity(one), specificity(other)) == 2
    )


# A federal city's region, then the city (reports say "near Moscow" of either).
_REGION_THEN_CITY = (("RU-MOS", "RU-MOW"), ("RU-LEN", "RU-SPE"))


@dataclass
class Builder:
    place: Place
    anchors: list[Sentence] = field(default_factory=list)
    intro: Sentence | None = None
    #: People named before the first anchor and not claimed by a closed incident.
    known_before: set[str] | None = None
    #: What the new-person check has read of the builder so far, kept as it grows (read
    #: afresh for each sentence, a report of one long incident would cost its square):
    #: the paragraphs of its anchors and intro, the people named in them, how many anchors
    #: that covers, the witnesses quoted in the other paragraphs since its first anchor, and
    #: the paragraph that reading has reached.
    own_paragraphs: set[int] = field(default_factory=set)
    own_people: set[str] = field(default_factory=set)
    own_upto: int = 0
    quoted: set[str] = field(default_factory=set)
    quoted_upto: int = -1

    def conflicts(self, new: Place, paragraph: int, *, brought: bool = False) -> bool:
        """Whether ``new``, stated in ``paragraph``, is another incident's place; ``brought``
        when its sentence tells that people were brought there."""
        mine = self.place
        last_paragraph = self.anchors[-1].paragraph if self.anchors else paragraph
        if mine.region and new.region and mine.region != new.region:
            # The region around a federal city, then the city, with no facility named yet and
            # no paragraph between: "a job guarding a warehouse near Moscow" … "driven to an
            # enlistment office in Moscow" is one story told with a loose and a close place.
            # (The city, then a town of its region, is another place: "Moscow" … "Balashikha".)
            return not (
                mine.facility is None
                and new.facility is not None
                and paragraph - last_paragraph <= 1
                and (mine.region, new.region) in _REGION_THEN_CITY
            )
        if mine.facility and new.facility and mine.facility.value != new.facility.value:
            both_numbered = specificity(mine.facility) == 3 and specificity(new.facility) == 3
            if on_one_route(mine.facility, new.facility):
                return False
            return both_numbered or paragraph != last_paragraph
        if mine.facility and new.generic and not new.facility:
            return True
        if mine.generic and new.generic and mine.generic != new.generic:
            return True
        if not (mine.generic and new.facility and paragraph != last_paragraph):
            return False
        if (
            brought
            and mine.facility is None
            and paragraph == last_paragraph + 1
            and new.region in (None, mine.region)
        ):
            # Where the men from the hostel were driven: «посадили в автобус, сказав, что
            # везут на дактилоскопию» … (next paragraph) «На самом деле автобус приехал к
            # военкомату».
            return False
        # A facility after a street or a market, in a new paragraph, is another incident,
        # unless it is the incident's own facility, or a stop on its route, named again.
        return not (
            mine.facility
            and (
                mine.facility.value == new.facility.value
                or on_one_route(mine.facility, new.facility)
            )
        )

    def absorb(self, new: Place) -> None:
        mine = self.place
        if new.facility and mine.facility and on_one_route(mine.facility, new.facility):
            # Of two stops, the incident is where the coercion is told; else the office.
            if (new.coercive, specificity(new.facility)) >= (
                mine.coercive,
                specificity(mine.facility),
            ):
                mine.facility, mine.coercive = new.facility, new.coercive
        elif new.facility and specificity(new.facility) >= specificity(mine.facility):
            mine.facility, mine.coercive = new.facility, new.coercive
        if (
            new.facility
            and mine.facility is new.facility
            and (mine.region, new.region) in _REGION_THEN_CITY
        ):
            # "near Moscow" told first, the office "in Moscow" after: where the office is.
            self.place.region = new.region
        self.place.region = self.place.region or new.region
        self.place.generic = self.place.generic or new.generic


# Where an account was given is not where the incident happened: "told Neva Ledger in a
# café near his hostel", "told Ural Wire by telephone from a training camp in the Rostov
# region", "said from Moscow". The place must hang on the telling itself (a listener, a
# telephone, then a preposition): "said police raided the hostel" keeps its hostel.
_NAMED = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_TOLD_THERE = re.compile(
    r"(?<!\w)(?:(?:told|tells|telling)\s+" + _NAMED + r"|(?:said|says|spoke|speaking|recalled)"
    r"(?:\s+(?:to|with)\s+" + _NAMED + r")?)"
    r"(?:\s+(?:by\s+(?:tele)?phone|over\s+the\s+phone|in\s+an\s+interview))?"
    r"\s+(?:in|at|from|near|outside)\s[^.!?\n]{0,40}$"
)


# «позвонил Шахбозу из Донецкой области», «написала из Перми»: where a call or a letter came
# from.
_TOLD_FROM_RU = re.compile(
    r"(?<!\w)(?:позвонил\w*|звонил\w*|написал\w*|пишет|рассказ\w*|сообщил\w*)\s+(?:\w+\s+){0,3}(?:из|с)\s[^.!?\n]{0,40}$"
    # "my son called from a camp in the Krasnodar region"
    r"|(?<!\w)(?:called|phoned|rang|texted|wrote|messaged)\s+(?:\w+\s+){0,2}from\s[^.!?\n]{0,40}$",
    re.IGNORECASE,
)


def _told_there(analysis: Analysis, sentence: Sentence, place: Mention) -> bool:
    """Whether ``place`` says where the account was given (see :data:`_TOLD_THERE`)."""
    text = analysis.document.text
    start = max(sentence.start, place.start - 100)
    return bool(
        _TOLD_THERE.search(text, start, place.start)
        or _TOLD_FROM_RU.search(text, start, place.start)
    )


# The destination a pretext names is where they were not taken: "saying that they were being
# taken to the migration centre", «сказав, что их везут в миграционный центр».
_PRETEXT_BEFORE = re.compile(
    # (whoever the pretext is about: "said everyone without proper registration would be
    # taken to the migration centre")
    r"(?<!\w)(?:(?:saying|said|told\s+(?:\w+\s+)?)\s*(?:that\s+)?(?:they|he|she|we|(?:\w+\s+){1,5}?)(?:were|was|would|will)\s+"
    r"(?:be\s+)?(?:being\s+)?(?:taken|going|go|driven)\s+(?:\w+\s+){0,2}to"
    r"|(?:сказав|сказал|объяснив|объяснил|пообещав|пообещал)\w*,?\s+что\s+(?:их\s+|его\s+|нас\s+)?(?:везут|повезут|отвезут|едут|едем|поедут)\s+(?:\w+\s+)?(?:в|на)"
    # "They were told it was a transfer to a colony in the Ulyanovsk region"
    r"|told\s+(?:that\s+)?it\s+was\s+(?:a|just\s+a)\s+transfer\s+to(?:\s+(?:an?|the)\s+\w+\s+in)?)"
    r"\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


# A place threatened is where they would go if they refused, not where they are: "sign, or
# tomorrow you are in the deportation centre", "would be sent to a detention centre", "would
# be transferred north, to the Murmansk colonies", "… and you go to the deportation centre",
# «или завтра ты в ЦВСИГ», «отправят в центр временного содержания», «пообещали этап «в
# Якутию»», "threatened them with a transfer to Yakutia".
_THREATENED_DESTINATION = re.compile(
    r"(?<!\w)(?:or\s+(?:else\s+)?(?:\w+\s+)?(?:you|we|they|he|I)\b[^.!?,;]{0,25}?(?:in|into|to)"
    r"|(?:will|would|'ll|could|shall)\s+(?:\w+\s+){0,2}?(?:be\s+)?[“\"‘]?(?:sent|taken|put|locked\s+up|placed"
    r"|go|end\s+up|transferred|moved|driven)\s+(?:back\s+|straight\s+|(?:north|south|east|west|away|far\s+away),?\s+)?(?:in|into|to)"
    # said to the one threatened: "your residence permit is cancelled today and you go to the
    # deportation centre"
    r"|\byou\s+(?:go|are\s+going|will\s+go|['’]ll\s+go)\s+(?:back\s+|straight\s+)?(?:in|into|to)"
    r"|(?:или|иначе)\s+(?:\w+\s+)?(?:ты|вы|мы|они|он)\b[^.!?,;]{0,25}?(?:в|на)"
    r"|(?:отправят|посадят|увезут|отвезут|закроют|переведут|поедешь|поедете|поедут|окажешься"
    r"|окажетесь|окажутся|отправим|посадим|закроем"
    # told to the one threatened: «или сегодня же едете в ЦВСИГ»
    r"|едешь|едете|пойд[её]шь|пойд[её]те|сядешь|сядете)\s+(?:\w+\s+){0,2}?(?:в|на)"
    # a transfer promised: «пообещали этап «в Якутию»», "threatened with a transfer to"
    r"|(?:обещали|пообещали|грозили|пригрозили|угрожали)\s+(?:\w+\s+){0,2}?(?:этап(?:ом)?"
    r"|перевод(?:ом)?|отправк(?:ой|у)|перевести|отправить|этапировать)\s+[«\"„“]?(?:в|на)"
    r"|threatened\s+(?:\w+\s+){0,3}?with\s+(?:a\s+)?(?:transfer|being\s+(?:sent|transferred"
    r"|moved))\s+(?:\w+\s+)?(?:in|into|to))"
    r"\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


# "a man from the enlistment office had brought a contract", "officers from the military
# commissariat", «человек из военкомата», «двое из военкомата», «следователь отдела полиции»:
# the office is where someone comes from or works, not where the incident is.
_COMES_FROM = re.compile(
    r"(?<!\w)(?:(?:man|men|woman|officers?|officials?|representatives?|staff|someone|people"
    r"|recruiters?|employees?|workers?|somebody|investigators?)\s+from\s+(?:the\s+|an?\s+|a\s+local\s+)?"
    # "a representative of the local enlistment office … gathered the men in the canteen"
    r"|representatives?\s+of\s+(?:the\s+|an?\s+)?(?:local\s+|district\s+|city\s+|regional\s+)?"
    r"|(?:человек|люди|мужчин\w*|сотрудник\w*|представител\w*|следовател\w*|офицер\w*|работник\w*"
    r"|начальник\w*|вербовщик\w*|оперативник\w*)\s+(?:из\s+)?"
    # «приехали двое из военкомата»
    r"|(?:двое|трое|четверо|пятеро|кто-то|некто|один|одна)\s+из\s+"
    # "a man who introduced himself as "from the military commissariat"", «представился
    # сотрудником военкомата»
    r"|(?:as|be|was|were)\s+[“\"‘]?from\s+(?:the\s+|an?\s+)?"
    r"|представил\w*ся\s+(?:\w+\s+)?(?:из\s+)?)$",
    re.IGNORECASE,
)


# Where someone lives now, after it all, is not where it happened: "now lives with his aunt in
# Novosibirsk", "is now back home in Perm", «сейчас живёт в Перми», «вернулся домой в Омск».
# ("had lived in St Petersburg for six years" before the raid does place it.)
_LIVES_NOW = re.compile(
    r"(?<!\w)(?:now\s+(?:lives?|living|resides?|settled|back\s+home|home)|(?:is|are)\s+now\s+(?:back\s+)?home"
    r"|back\s+home|(?:сейчас|теперь)\s+(?:он\s+|она\s+|они\s+)?(?:живёт|живет|живут|проживает|находится\s+дома)"
    r"|вернул(?:ся|ась|ись)\s+домой)\b[^.!?\n;]{0,40}$",
    re.IGNORECASE,
)


# Where recruits are trained is where they went after it all, not where they were pressed:
# "was taken to a training ground in the Rostov region", «на полигон в Ростовской области».
_TRAINING_GROUND = re.compile(
    r"(?<!\w)(?:training\s+(?:grounds?|camps?|cent(?:re|er)s?)|полигон\w*|учебн\w+\s+центр\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:in|near|в|на|под)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A place that names an incident told already ("The Krasnogorsk raid followed a similar
# operation … in Yekaterinburg") is not where the sentence's own incident is.
_AN_INCIDENT_NAMED = re.compile(
    r"\s+(?:raids?|cases?|detentions?|operations?|incidents?|round-?ups?|story|stories)\b",
    re.IGNORECASE,
)


# A place that says where someone works or comes from is not where anything happened: "said
# Velichko, a Moscow lawyer", "a Kazan-based rights group", «петербургский адвокат» is found by
# the adjective index and stays a place.
_WHERE_ONE_WORKS = re.compile(
    r"(?:-based)?\s+(?:lawyers?|attorneys?|advocates?|journalists?|reporters?|researchers?"
    r"|activists?|rights\s+(?:groups?|activists?|defenders?|lawyers?)|human\s+rights"
    r"|sociologists?|analysts?|historians?|academics?|psychologists?|doctors?|priests?|imams?)\b",
    re.IGNORECASE,
)


def sentence_place(analysis: Analysis, sentence: Sentence) -> Place:
    text = analysis.document.text
    facilities = [
        f
        for f in analysis.in_sentence(analysis.facilities, sentence)
        if not _COMES_FROM.search(text, max(sentence.start, f.start - 40), f.start)
        and not _PRETEXT_BEFORE.search(text, max(sentence.start, f.start - 80), f.start)
        and not _THREATENED_DESTINATION.search(text, max(sentence.start, f.start - 60), f.start)
    ]
    regions = [
        p
        for p in analysis.in_sentence(analysis.places, sentence)
        if p.detail == "region"
        and not _told_there(analysis, sentence, p)
        and not _PRETEXT_BEFORE.search(text, max(sentence.start, p.start - 80), p.start)
        and not _LIVES_NOW.search(text, max(sentence.start, p.start - 60), p.start)
        and not _THREATENED_DESTINATION.search(text, max(sentence.start, p.start - 60), p.start)
        and not _AN_INCIDENT_NAMED.match(text, p.end)
        and not _WHERE_ONE_WORKS.match(text, p.end)
        and not _TRAINING_GROUND.search(text, max(sentence.start, p.start - 60), p.start)
    ]
    # A street or a building site is where something happened only in a sentence that says
    # what happened there, and not where it was told ("…,” he told us in a café near his
    # hostel").
    eventful = any(
        c.kind in ("event", "coercion") for c in analysis.in_sentence(analysis.cues, sentence)
    )
    generic = (
        [
            g
            for g in analysis.in_sentence(
                analysis.of_kind(analysis.cues, "generic_place"), sentence
            )
            if not _told_there(analysis, sentence, g)
        ]
        if eventful
        else []
    )
    facility = max(facilities, key=specificity) if facilities else None
    if facility is not None:
        # The facility's own region first: "a Kirov woman whose son is in IK-4 of the Komi
        # Republic's penitentiary service" is an incident in Komi.
        regions.sort(key=lambda p: not 0 <= p.start - facility.end <= 40)
    return Place(
        facility=facility,
        region=regions[0].value if regions else None,
        generic=generic[0].value if generic else None,
        paragraph=sentence.paragraph,
        sentence=sentence,
        # Papers kept ("other") are leverage held over the men, not where they were pressed
        # to sign: "collected the residents' passports and drove eleven men to a police
        # station. … an officer at the enlistment office told them …" is at the office.
        coercive=facility is not None
        and any(
            c.kind == "coercion" and c.value != "other"
            for c in analysis.in_sentence(analysis.cues, sentence)
        ),
    )


def sole_region(analysis: Analysis) -> str | None:
    """The region of a report that names only one: incidents in it that state no place are
    taken to be there. With two or more regions named, the place stays unknown."""
    return analysis.memo("sole_region", lambda: _sole_region(analysis))


# Occupied regions of Ukraine where the front runs (Luhansk, Donetsk, Zaporizhzhia, Kherson;
# Crimea and Sevastopol, where colonies and offices are, are not among them): where a recruit
# fought or died ("погиб под Бахмутом"), never where he was recruited, unless a numbered
# facility is named there (the colony at Olenivka).
FRONT_REGIONS = frozenset({"UA-09", "UA-14", "UA-23", "UA-65"})


def _sole_region(analysis: Analysis) -> str | None:
    regions = {
        p.value
        for p in analysis.places
        if p.detail == "region"
        and not (p.value in FRONT_REGIONS and _no_facility_beside(analysis, p))
    }
    return regions.pop() if len(regions) == 1 else None


def _no_facility_beside(analysis: Analysis, place: Mention) -> bool:
    """No numbered facility in the place's sentence (the enlistment office that called to say
    he died near Bakhmut is no facility of the front)."""
    sentence = analysis.sentence_at(place.start)
    return sentence is None or not any(
        specificity(f) == 3 for f in analysis.in_sentence(analysis.facilities, sentence)
    )


def sole_colony(analysis: Analysis) -> tuple[Mention, str | None] | None:
    """The one colony (IK, KP, LIU) a report names, whatever offices, stations or detention
    centres it names beside it, with the region stated beside it."""
    return analysis.memo("sole_colony", lambda: _sole_colony(analysis))


def _sole_colony(analysis: Analysis) -> tuple[Mention, str | None] | None:
    numbered = [
        f
        for f in analysis.facilities
        if specificity(f) == 3
        and f.detail in ("penal_colony", "colony_settlement", "prison_hospital")
    ]
    if not numbered or len({f.value for f in numbered}) != 1:
        return None
    sentence = analysis.sentence_at(numbered[0].start)
    region = sentence_place(analysis, sentence).region if sentence is not None else None
    return numbered[0], region


def sole_facility(analysis: Analysis) -> tuple[Mention, str | None] | None:
    """The one facility of a report that names no other (a letter from IK-23, a colony's
    story), with the region stated beside it: incidents in it that state no place of their
    own were there, however many paragraphs later they are told. Only a numbered facility:
    "the enlistment office" of one paragraph is not every office the report speaks of."""
    return analysis.memo("sole_facility", lambda: _sole_facility(analysis))


def _sole_facility(analysis: Analysis) -> tuple[Mention, str | None] | None:
    facilities = analysis.facilities
    if not facilities or len({f.value for f in facilities}) != 1:
        return None
    first = facilities[0]
    if specificity(first) != 3:
        return None
    sentence = analysis.sentence_at(first.start)
    region = sentence_place(analysis, sentence).region if sentence is not None else None
    return first, region
