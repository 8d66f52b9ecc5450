"""Stage incidents: sentences grouped into proposed incidents, each field with evidence.

1. A sentence *anchors* an incident when it reports a recruitment event or a coercion cue.
2. Location is discourse state: a sentence that names a facility, region or a generic place
   ("on the street") sets the current location. An open incident absorbs following anchors
   until a sentence names a location that *conflicts* with its own (another numbered
   facility, another region, a facility after a generic place in a new paragraph, …), which
   closes it; the next anchor opens a new incident in the new location.
3. Fields come from the incident's anchor sentences (and the sentence that introduced its
   location): coercion types (voided by "voluntary", "did not threaten", "unclear whether"),
   modality, the first date, nationalities, counts, perpetrators, sources.
4. An incident with neither a location nor a coercion type is too vague to propose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import (
    DateValue,
    IncidentProposal,
    Location,
    Mention,
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
# A location named this many paragraphs before an anchor no longer sets the anchor's place.
CONTEXT_PARAGRAPHS = 3
SUMMARY_LIMIT = 300


@dataclass
class _Place:
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


def _specificity(facility: Mention | None) -> int:
    """Numbered facilities are most specific; a police station least (people are taken from
    it to an enlistment office, rarely the other way)."""
    if facility is None:
        return 0
    if any(ch.isdigit() for ch in facility.value):
        return 3
    return 1 if facility.detail == "police_station" else 2


def _on_one_route(one: Mention, other: Mention) -> bool:
    """A police station and an unnumbered office are stops of one detention ("promised a quick
    check at the police station. Instead the buses went straight to the enlistment office"),
    told in either order."""
    kinds = {one.detail, other.detail}
    return (
        "police_station" in kinds
        and len(kinds) == 2
        and max(_specificity(one), _specificity(other)) == 2
    )


@dataclass
class _Builder:
    place: _Place
    anchors: list[Sentence] = field(default_factory=list)
    intro: Sentence | None = None
    #: People named before the first anchor and not claimed by a closed incident.
    known_before: set[str] | None = None

    def conflicts(self, new: _Place, paragraph: int) -> bool:
        mine = self.place
        last_paragraph = self.anchors[-1].paragraph if self.anchors else paragraph
        if mine.region and new.region and mine.region != new.region:
            return True
        if mine.facility and new.facility and mine.facility.value != new.facility.value:
            both_numbered = _specificity(mine.facility) == 3 and _specificity(new.facility) == 3
            if _on_one_route(mine.facility, new.facility):
                return False
            return both_numbered or paragraph != last_paragraph
        if mine.facility and new.generic and not new.facility:
            return True
        if mine.generic and new.generic and mine.generic != new.generic:
            return True
        if not (mine.generic and new.facility and paragraph != last_paragraph):
            return False
        # A facility after a street or a market, in a new paragraph, is another incident,
        # unless it is the incident's own facility, or a stop on its route, named again.
        return not (
            mine.facility
            and (
                mine.facility.value == new.facility.value
                or _on_one_route(mine.facility, new.facility)
            )
        )

    def absorb(self, new: _Place) -> None:
        mine = self.place
        if new.facility and mine.facility and _on_one_route(mine.facility, new.facility):
            # Of two stops, the incident is where the coercion is told; else the office.
            if (new.coercive, _specificity(new.facility)) >= (
                mine.coercive,
                _specificity(mine.facility),
            ):
                mine.facility, mine.coercive = new.facility, new.coercive
        elif new.facility and _specificity(new.facility) >= _specificity(mine.facility):
            mine.facility, mine.coercive = new.facility, new.coercive
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


def _told_there(analysis: Analysis, sentence: Sentence, place: Mention) -> bool:
    """Whether ``place`` says where the account was given (see :data:`_TOLD_THERE`)."""
    text = analysis.document.text
    return bool(_TOLD_THERE.search(text, max(sentence.start, place.start - 100), place.start))


# "a man from the enlistment office had brought a contract", "officers from the military
# commissariat", «человек из военкомата», «следователь отдела полиции»: the office is where
# someone comes from or works, not where the incident is.
_COMES_FROM = re.compile(
    r"(?<!\w)(?:(?:man|men|woman|officers?|officials?|representatives?|staff|someone|people"
    r"|recruiters?|employees?|workers?|somebody|investigators?)\s+from\s+(?:the\s+|an?\s+|a\s+local\s+)?"
    r"|(?:человек|люди|мужчин\w*|сотрудник\w*|представител\w*|следовател\w*|офицер\w*|работник\w*"
    r"|начальник\w*|вербовщик\w*|оперативник\w*)\s+(?:из\s+)?)$",
    re.IGNORECASE,
)


def _sentence_place(analysis: Analysis, sentence: Sentence) -> _Place:
    text = analysis.document.text
    facilities = [
        f
        for f in analysis.in_sentence(analysis.facilities, sentence)
        if not _COMES_FROM.search(text, max(sentence.start, f.start - 40), f.start)
    ]
    regions = [
        p
        for p in analysis.in_sentence(analysis.places, sentence)
        if p.detail == "region" and not _told_there(analysis, sentence, p)
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
    facility = max(facilities, key=_specificity) if facilities else None
    return _Place(
        facility=facility,
        region=regions[0].value if regions else None,
        generic=generic[0].value if generic else None,
        paragraph=sentence.paragraph,
        sentence=sentence,
        coercive=facility is not None
        and any(c.kind == "coercion" for c in analysis.in_sentence(analysis.cues, sentence)),
    )


def _cues(analysis: Analysis, sentences: list[Sentence], kind: str) -> list[Mention]:
    wanted = analysis.of_kind(analysis.cues, kind)
    return [c for s in sentences for c in analysis.in_sentence(wanted, s)]


# A plan known only by rumour ("people here say that next time…", «говорят, что в следующий
# раз…») is what prisoners fear, not what anyone has announced.
_HEARSAY = re.compile(
    r"(?<!\w)(?:(?:they|people|prisoners|inmates|men|others|everyone)\s+(?:here\s+)?say"
    r"|(?<!not a )(?<!not )(?<!no )rumou?rs?|it\s+is\s+said"
    r"|говорят|ходят\s+слухи|по\s+слухам)(?!\w)",
    re.IGNORECASE,
)


def _sentence_modality(analysis: Analysis, sentence: Sentence) -> str:
    found = {c.value for c in _cues(analysis, [sentence], "modality")}
    if "planned" in found:
        return "feared" if _HEARSAY.search(sentence.text) else "planned"
    return "feared" if "feared" in found else "occurred"


def _modality(analysis: Analysis, anchors: list[Sentence]) -> str:
    coercive = [s for s in anchors if _cues(analysis, [s], "coercion")]
    modalities = [_sentence_modality(analysis, s) for s in coercive]
    if "occurred" in modalities:
        return "occurred"
    if modalities:
        return modalities[0]
    return _sentence_modality(analysis, anchors[0])


def _nationalities(analysis: Analysis, sentences: list[Sentence]) -> tuple[str, ...]:
    codes: list[str] = []
    for s in sentences:
        for m in analysis.in_sentence(analysis.nationalities, s):
            if m.value not in codes:
                codes.append(m.value)
    if any(c != "Central Asia" for c in codes):
        codes = [c for c in codes if c != "Central Asia"]
    return tuple(codes)


def _source_roles(analysis: Analysis) -> dict[str, str]:
    """Each source's role ("advocate", "relative", …), once per analysis."""
    return analysis.memo(
        "source_roles", lambda: {m.value: m.detail.partition(":")[0] for m in analysis.sources}
    )


def _with_introductions(analysis: Analysis, sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` and the sentences that first named the people in them: a nationality is
    stated where a person is introduced ("Jamshed (not his real name), a 31-year-old Tajik
    citizen, …"), often paragraphs before the incident. Advocates, officials, journalists and
    relatives are left out: their nationality is not the victim's."""
    roles = _source_roles(analysis)
    first_named = analysis.memo("first_named", lambda: _first_named(analysis))
    found = {s.start: s for s in sentences}
    for s in sentences:
        for person in analysis.in_sentence(analysis.people, s):
            introduced = first_named.get(person.value)
            if introduced is not None and roles.get(person.value) not in _NOT_VICTIM_ROLES:
                found.setdefault(introduced.start, introduced)
    return [found[start] for start in sorted(found)]


def _first_named(analysis: Analysis) -> dict[str, Sentence]:
    first: dict[str, Sentence] = {}
    for person in analysis.people:
        if person.value not in first:
            sentence = analysis.sentence_at(person.start)
            if sentence is not None:
                first[person.value] = sentence
    return first


def _status(analysis: Analysis, sentences: list[Sentence]) -> str:
    votes = Counter(c.value for c in _cues(analysis, sentences, "status"))
    return votes.most_common(1)[0][0] if votes else "other"


def _sources(analysis: Analysis, sentences: list[Sentence]) -> tuple[SourceRef, ...]:
    refs: dict[str, SourceRef] = {}
    for s in sentences:
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
    earlier = [m for m in analysis.sources if m.start <= sentence.start]
    if not earlier:
        return ()
    nearest = earlier[-1]
    role, _, flag = nearest.detail.partition(":")
    return (SourceRef(name=nearest.value, role=role, pseudonym=flag == "pseudonym"),)


def _sources_after(analysis: Analysis, sentence: Sentence) -> tuple[SourceRef, ...]:
    """With no speaker before it either, an incident is told by the first speaker named in
    the next few paragraphs: a news report states the event in its lead and says who told it
    further down ("…, Mr Toktogulov told the Bulletin")."""
    for m in analysis.sources:
        holder = analysis.sentence_at(m.start) if m.start >= sentence.start else None
        if holder is not None and holder.paragraph - sentence.paragraph <= CONTEXT_PARAGRAPHS:
            role, _, flag = m.detail.partition(":")
            return (SourceRef(name=m.value, role=role, pseudonym=flag == "pseudonym"),)
    return ()


# A date in a prisoner's history ("who was convicted of robbery in 2019", "sentenced in
# March 2021", «осуждён в 2019 году») dates the conviction, not the recruitment.
_HISTORY_BEFORE = re.compile(
    r"(?<!\w)(?:convicted|sentenced|jailed|imprisoned|born|осужд[её]н\w*|приговор\w*|родил\w*)"
    r"(?!\w)[^.!?\n;,]{0,40}$",
    re.IGNORECASE,
)


def _date(analysis: Analysis, sentences: list[Sentence], *, ahead: bool = False) -> DateValue:
    """The first date stated in ``sentences``. ``ahead`` for a plan: a day or month written
    without its year is then the next one from publication ("will come again on 3 June" in a
    report of 20 May), not the last one before it."""
    text = analysis.document.text
    for s in sentences:
        for found in analysis.in_sentence(analysis.dates, s):
            if not _HISTORY_BEFORE.search(text, max(s.start, found.start - 60), found.start):
                start = _ahead(analysis, found) if ahead else found.value
                return DateValue(start=start, precision=found.detail)
    return DateValue(start=None, precision="unknown")


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


def _proposal(
    analysis: Analysis, builder: _Builder, placed_sentences: set[int]
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
    coerced = {s.paragraph for s in anchors if _cues(analysis, [s], "coercion")}
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
    coercion = {c.value for c in _cues(analysis, anchors, "coercion")}
    place = builder.place
    voluntary = bool(_cues(analysis, anchors, "no_coercion"))
    if place.empty and not coercion and not voluntary:
        return None
    # An announced plan is worth proposing when it says where or when ("raids will continue
    # throughout March"), even with no one named yet.
    planned = _modality(analysis, anchors) == "planned"
    stated_date = _date(analysis, anchors, ahead=planned)
    announced = planned and (not place.empty or stated_date.start is not None)
    # A recruit at a numbered colony who says he signed of his own will, or of whom it is
    # unclear, is an account of one person even when the name stayed in the sentence before
    # ("Sukhrob, a citizen of Tajikistan, is serving his term in IK-17. In July he signed…").
    own_account = (
        voluntary
        and _specificity(place.facility) == 3
        and any(_ONE_PERSON.search(s.text) for s in anchors)
    )
    if not coercion and not announced and not own_account and not _concrete(analysis, anchors):
        return None
    facility = place.facility
    region = place.region or _sole_region(analysis)
    status = _status(analysis, context)
    perpetrators = tuple(dict.fromkeys(c.value for c in _cues(analysis, anchors, "perpetrator")))
    return IncidentProposal(
        summary=anchors[0].text[:SUMMARY_LIMIT],
        modality=_modality(analysis, anchors),
        victims=replace(
            _victims(analysis, context, status),
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
        # The date: the first one stated in the anchors, else the one their first anchor's
        # paragraph opens with, else in the rest of their paragraphs ("On 10 July police
        # raided the hostel. … They were taken to the office.").
        # Only the plan's own sentences are read ahead: the rest tell what happened before.
        date=next(
            (d for d in (stated_date, _dated_at(analysis, anchors[0])) if d.start),
            _date(analysis, surroundings),
        ),
        coercion=tuple(c for c in COERCION_ORDER if c in coercion),
        sources=_sources(analysis, [*context, *(s for s in surroundings if s not in context)])
        or _sources_before(analysis, anchors[0])
        or _sources_after(analysis, anchors[0]),
        evidence=_evidence(analysis, anchors),
    )


# Coercion types that, in this domain, are about recruitment even in a sentence that names no
# recruitment event (a threat of deportation, a promise of a pardon). Beatings and lies are
# also reported as prison or police conditions in general, so they anchor only next to an
# event.
_THREAT_TYPES = frozenset(
    {"threat_of_deportation", "threat_of_prosecution", "forced_signing", "denial_of_choice",
     "promise_of_passport_or_pardon"}
)  # fmt: skip


def _evidence(analysis: Analysis, anchors: list[Sentence]) -> tuple[Span, ...]:
    coercive = [s for s in anchors if _cues(analysis, [s], "coercion")]
    chosen = (coercive + [s for s in anchors if s not in coercive])[:MAX_EVIDENCE]
    return tuple(Span(s.start, s.end, s.text) for s in sorted(chosen, key=lambda s: s.start))


_NOT_VICTIM_ROLES = frozenset({"advocate", "official", "journalist", "relative"})


def _new_person(
    analysis: Analysis, builder: _Builder, sentence: Sentence, claimed: set[str]
) -> bool:
    """Whether ``sentence`` opens a paragraph about someone the incident has not met: a person
    who is not an advocate, official, journalist or relative (those tell; they are not the
    subject), not named in the incident's own paragraphs, and not introduced before the
    incident began unless an earlier incident was about them (``claimed``)."""
    if not builder.anchors or sentence.paragraph == builder.anchors[-1].paragraph:
        return False
    roles = _source_roles(analysis)
    own = [builder.intro, *builder.anchors] if builder.intro else list(builder.anchors)
    own_paragraphs = {s.paragraph for s in own if s is not None}
    known = {
        p.value
        for paragraph in own_paragraphs
        for s in analysis.paragraph_sentences(paragraph)
        for p in analysis.in_sentence(analysis.people, s)
    }
    if builder.known_before is None:  # fixed for the builder's life: compute once
        first = builder.anchors[0].start
        builder.known_before = {
            p.value for p in analysis.people if p.start < first and p.value not in claimed
        }
    known |= builder.known_before
    opening = [
        s for s in analysis.paragraph_sentences(sentence.paragraph) if s.start <= sentence.start
    ]
    newcomers = {
        p.value
        for s in opening
        for p in analysis.in_sentence(analysis.people, s)
        if p.value not in known and roles.get(p.value) not in _NOT_VICTIM_ROLES
    }
    return bool(newcomers)


def _claimed(analysis: Analysis, builders: list[_Builder]) -> set[str]:
    """People named in the anchors of incidents already closed."""
    return {
        p.value
        for b in builders
        for s in b.anchors
        for p in analysis.in_sentence(analysis.people, s)
    }


def _date_at(analysis: Analysis, sentence: Sentence) -> str | None:
    """The date ``sentence`` states, else the one its paragraph opens with: "The second visit
    came in early February. … 'Sign, or we find a phone in your locker'" is February's. A
    paragraph that opens with a plan ("…announced that 50 prisoners would be sent on 15
    October") dates the plan, not what the paragraph goes on to tell."""
    return _dated_at(analysis, sentence).start


def _dated_at(analysis: Analysis, sentence: Sentence) -> DateValue:
    """:func:`_date_at` with its precision; once per sentence (``_other_time`` asks it of
    every anchor of the open incident, for each new anchor)."""
    return analysis.memo(f"dated_at:{sentence.start}", lambda: _paragraph_dated(analysis, sentence))


def _paragraph_dated(analysis: Analysis, sentence: Sentence) -> DateValue:
    stated = _date(analysis, [sentence])
    if stated.start:
        return stated
    opening = analysis.paragraph_sentences(sentence.paragraph)[0]
    if _sentence_modality(analysis, opening) != "occurred":
        return stated
    return _date(analysis, [opening])


def _other_time(analysis: Analysis, builder: _Builder, sentence: Sentence) -> bool:
    """Whether ``sentence`` dates itself to another month than the incident's anchors do; in
    a paragraph the incident has not reached yet, the paragraph's opening date counts."""
    new_paragraph = sentence.paragraph != builder.anchors[-1].paragraph
    stated = _date_at(analysis, sentence) if new_paragraph else _date(analysis, [sentence]).start
    established = next(filter(None, (_date_at(analysis, a) for a in builder.anchors)), None)
    return bool(stated and established and stated[:7] != established[:7])


def _concrete(analysis: Analysis, anchors: list[Sentence]) -> bool:
    """An incident without coercion is proposed only when it concerns someone in particular
    (a named person, a number of people) and rests on more than denials and unknowns: a
    volunteer's account is an incident, "the ministry declined to say how many signed" is not."""
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
        re.search(r"(?<!\w)(?:I|me|my|я|меня|мне)(?!\w)", s.text) for s in informative
    )
    return bool(people or numbers or first_person)


def _sole_region(analysis: Analysis) -> str | None:
    """The region of a report that names only one: incidents in it that state no place are
    taken to be there. With two or more regions named, the place stays unknown."""
    regions = {p.value for p in analysis.places if p.detail == "region"}
    return regions.pop() if len(regions) == 1 else None


# A fear is of something to come only when the sentence says so: "he is afraid he will be
# sent", not "he was scared and signed".
_AHEAD = re.compile(
    r"(?<!\w)(?:will|would|next|any\s+day|soon|будет|будут|следующ\w*|скоро"
    r"|в\s+любой\s+момент)(?!\w)",
    re.IGNORECASE,
)


def _looks_ahead(analysis: Analysis, sentence: Sentence, current: _Builder) -> bool:
    """Whether ``sentence`` plans or fears what comes next while ``current`` tells what
    happened: then it is a side incident of its own."""
    modality = _sentence_modality(analysis, sentence)
    told = _sentence_modality(analysis, current.anchors[0])
    if modality == "planned":
        return told != "planned"
    return modality == "feared" and told == "occurred" and bool(_AHEAD.search(sentence.text))


# A heading in title case ("III. Raids, Enlistment Offices and Threats of Expulsion"): it
# names the topic of what follows, and the incidents are told there.
_TITLE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’-]{3,}")
_HEADING_WORDS_MAX = 12


# A subheading of a feature, in either language: a short line of its own that ends without a
# full stop and is a quote or a "topic: quote" («Колония: «Отказ не предусмотрен»»).
_SUBHEADING = re.compile(r"^(?:[\w -]{1,30}:\s*)?[«“\"][^«»“”\"]+[»”\"]$")
_SUBHEADING_WORDS_MAX = 8


def _heading(analysis: Analysis, sentence: Sentence) -> bool:
    text = sentence.text.rstrip()
    if not text or text[-1] in ".!?:;…" or len(text.split()) > _HEADING_WORDS_MAX:
        return False
    alone = len(analysis.paragraph_sentences(sentence.paragraph)) == 1
    if alone and len(text.split()) <= _SUBHEADING_WORDS_MAX and _SUBHEADING.match(text):
        return True
    if text[-1] in '"”»)':
        return False
    words = _TITLE_WORD.findall(text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_anchor(
    analysis: Analysis, sentence: Sentence, *, incident_open: bool, paragraph_has_event: bool
) -> bool:
    advice = analysis.lexicon.advice
    if analysis.may_match(advice, sentence) and advice.search(sentence.text):
        return False
    if _heading(analysis, sentence):
        return False
    found = analysis.in_sentence(analysis.cues, sentence)
    if any(c.kind == "event" for c in found):
        return True
    coercion = {c.value for c in found if c.kind == "coercion"}
    if coercion & _THREAT_TYPES and (incident_open or paragraph_has_event):
        return True
    return bool(coercion) and paragraph_has_event


def incidents(analysis: Analysis) -> Analysis:
    context = _Place()
    current: _Builder | None = None
    builders: list[_Builder] = []
    event_paragraphs = {
        s.paragraph
        for s in analysis.sentences
        if any(c.kind == "event" for c in analysis.in_sentence(analysis.cues, s))
    }
    # A plan announced while a past incident is being told ("now they are planning to send
    # another group"), and a recruit who says he volunteered, are other incidents at the same
    # place: they go to side incidents that close with the current one.
    side: _Builder | None = None
    voluntary: _Builder | None = None
    # Paragraphs where someone says it was voluntary (or that it is unclear): their anchors
    # belong to the volunteer's own incident, not to the coerced group's.
    claimed: set[str] = set()
    claimed_upto = 0
    voluntary_paragraphs = {
        s.paragraph for s in analysis.sentences if _cues(analysis, [s], "no_coercion")
    }
    placed_sentences: set[int] = set()
    for sentence in analysis.sentences:
        stated = _sentence_place(analysis, sentence)
        if not stated.empty:
            placed_sentences.add(sentence.start)
            if current is not None and current.conflicts(stated, sentence.paragraph):
                builders.append(current)
                builders.extend(b for b in (side, voluntary) if b is not None)
                current = side = voluntary = None
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
                and _specificity(stated.facility) < 3
                and context.region is not None
                and 0 <= sentence.paragraph - context.paragraph <= 1
            ):
                # "had lived in St Petersburg … He was taken to a police station": an
                # unnumbered station or office named without its region, just after a region
                # is named, is there.
                stated.region = context.region
            context = stated
        anchor = _is_anchor(
            analysis,
            sentence,
            incident_open=current is not None,
            paragraph_has_event=sentence.paragraph in event_paragraphs,
        )
        if (
            current is not None
            and anchor
            and sentence.paragraph in voluntary_paragraphs
            and any(_cues(analysis, [a], "coercion") for a in current.anchors)
        ):
            if voluntary is None:
                voluntary = _Builder(place=replace(current.place), intro=current.intro)
            voluntary.anchors.append(sentence)
            continue
        if not anchor:
            continue
        while claimed_upto < len(builders):  # closed incidents only ever grow in number
            claimed |= _claimed(analysis, [builders[claimed_upto]])
            claimed_upto += 1
        if current is not None and current.anchors and _looks_ahead(analysis, sentence, current):
            # A plan announced while a past incident is told is the side incident, whatever
            # date it names ("would be sent to a training ground on 15 October"); so is a
            # fear of what comes next ("now he is afraid he will be put on the next convoy").
            if side is None:
                side = _Builder(place=replace(current.place), intro=current.intro)
            side.anchors.append(sentence)
            continue
        if current is not None and (
            _other_time(analysis, current, sentence)
            or _new_person(analysis, current, sentence, claimed)
        ):
            # The same place at another time ("back in December recruiters came…") is
            # another incident.
            builders.append(current)
            builders.extend(b for b in (side, voluntary) if b is not None)
            current = _Builder(place=replace(current.place), intro=current.intro)
            side = voluntary = None
        if current is None:
            recent = 0 <= sentence.paragraph - context.paragraph <= CONTEXT_PARAGRAPHS
            place = (
                _Place(context.facility, context.region, context.generic, coercive=context.coercive)
                if recent
                else _Place()
            )
            current = _Builder(place=place, intro=context.sentence if recent else None)
        elif (
            _cues(analysis, [sentence], "no_coercion")
            and current.anchors
            and any(_cues(analysis, [a], "coercion") for a in current.anchors)
        ):
            if voluntary is None:
                voluntary = _Builder(place=replace(current.place), intro=current.intro)
            voluntary.anchors.append(sentence)
            continue
        current.anchors.append(sentence)
        if stated.facility is None and _cues(analysis, [sentence], "coercion"):
            # "taken to a police station. … officers there told him to sign": the coercion
            # told after a facility was named happened there.
            current.place.coercive = current.place.facility is not None
    if current is not None:
        builders.append(current)
    builders.extend(b for b in (side, voluntary) if b is not None)
    proposals = [
        p
        for b in builders
        if b.anchors and (p := _proposal(analysis, b, placed_sentences)) is not None
    ]
    return replace(analysis, incidents=tuple(proposals))
