"""Stage places: regions and countries resolved to ISO 3166-2 / 3166-1 codes.

English names are found with spaCy's PhraseMatcher over lower-cased tokens (a match must
start with a capital letter, so "orel" the word is not Orel the city). Russian names are
found by lemmas: each token is lemmatised and windows of one to three tokens are looked up
in the gazetteer's lemma index, so «Владимирской области», «во Владимирской области» and
«Владимирская область» are one key. Ambiguous names were dropped from the gazetteer itself.
Two Russian forms the index cannot hold are read here: a town in -ово declined after «в» («в
Одинцове») and a region's adjective before a penal institution («в мордовской колонии»).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.gazetteers.regions import (
    REPUBLIC_ADJECTIVES_EN,
    REPUBLIC_ADJECTIVES_RU,
    en_index,
    ru_index,
    ru_lemma_key,
    ru_toponym_lemmas,
)
from recruitwatch.extraction.gazetteers.regions import (
    places as places_gazetteer,
)
from recruitwatch.extraction.occupancy import Occupancy
from recruitwatch.extraction.stages.datelines import datelines
from recruitwatch.extraction.types import Mention

MAX_NAME_TOKENS = 4


@functools.cache
def _english_matcher() -> Any:
    from spacy.matcher import PhraseMatcher

    from recruitwatch.extraction.languages.english import nlp

    pipeline = nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="LOWER")
    for name, code in en_index().items():
        matcher.add(code, [pipeline.make_doc(name)])
    return matcher


# A city that is also a first name, written as one: "Vladimir S.", "Vladimir Petrov".
_SURNAME_AFTER = re.compile(
    r"\s+(?:[A-Z]\.|[A-Z][a-z]+(?:ov|ev|ova|eva|in|ina|sky|skaya|enko|uk|yan))(?![\w’'-])"
)
# Where a bare name is the town all the same: "in Vladimir", "near Kirov".
_TOWN_BEFORE = re.compile(r"(?<!\w)(?:in|to|from|near|of|at|outside|around)\s+$", re.IGNORECASE)


# A republic's adjective before a penal institution, within two words and no preposition: "a
# Mordovian penal colony", "the Karelian prison camp" (not "a Chechen man", "a Chechen man in
# colony": alone it is a nationality).
_EN_REGIONAL_ADJECTIVE = re.compile(
    r"(?<![\w-])(?P<adjective>" + "|".join(a.capitalize() for a in REPUBLIC_ADJECTIVES_EN) + r")"
    r"\s+(?:(?!(?:in|at|of|from|to|near|with)\s)[\w-]+\s+){0,2}?(?:colon(?:y|ies)|prisons?|camps?|jails?|IK|SIZO|penitentiary"
    r"|detention\s+cent(?:re|er)s?)(?![\w-])"
)


def _english_places(analysis: Analysis) -> list[Mention]:
    doc = analysis.parsed
    text = analysis.document.text
    found = []
    for match_id, start, end in _english_matcher()(doc):
        span = doc[start:end]
        if not span.text[:1].isupper():
            continue
        code = doc.vocab.strings[match_id]
        found.append(Mention(span.start_char, span.end_char, span.text, "place", code, _kind(code)))
    # Once "Vladimir S." has named a man, "Vladimir signed" is him too, not the city.
    first_names = {m.text for m in found if " " not in m.text and _SURNAME_AFTER.match(text, m.end)}
    if first_names:
        found = [
            m
            for m in found
            if m.text not in first_names or _TOWN_BEFORE.search(text, max(0, m.start - 12), m.start)
        ]
    for adjective in analysis.literals().finditer(_EN_REGIONAL_ADJECTIVE, text):
        start, end = adjective.span("adjective")
        code = REPUBLIC_ADJECTIVES_EN[adjective["adjective"].lower()]
        found.append(Mention(start, end, text[start:end], "place", code, _kind(code)))
    return _longest_non_overlapping(found)


@functools.cache
def _lemma(word: str) -> str:
    return ru_lemma_key(word)


@functools.cache
def _russian_index() -> dict[str, str]:
    """The gazetteer hands out a fresh copy per call; one per process is enough here."""
    return ru_index()


def _russian_places(analysis: Analysis) -> list[Mention]:
    index = _russian_index()
    text = analysis.document.text
    tokens = analysis.tokens
    lemmas = [_lemma(t[2]) if t[2][:1].isalpha() else "" for t in tokens]
    found = []
    # A surname may inflect a city («Сергей Владимиров» → «владимир»): within a name natasha
    # tags as a person's, no word is a place.
    people = Occupancy(len(text))
    for span in analysis.parsed.spans:
        if span.type == "PER":
            people.take(span.start, span.stop)
    for i in range(len(tokens)):
        if not text[tokens[i][0] : tokens[i][0] + 1].isupper():
            continue  # place names start with a capital letter
        if not people.free(tokens[i][0], tokens[i][1]):
            continue
        for size in range(MAX_NAME_TOKENS, 0, -1):
            window = lemmas[i : i + size]
            if len(window) < size or not all(window):
                continue
            code = index.get(" ".join(window))
            if code is None and size == 1:
                code = next((index[k] for k in ru_toponym_lemmas(tokens[i][2]) if k in index), None)
            if code is None and size == 1 and i and tokens[i - 1][2].lower() in ("в", "во"):
                code = _declined_neuter_town(tokens[i][2], index)
            if code:
                start, end = tokens[i][0], tokens[i + size - 1][1]
                found.append(Mention(start, end, text[start:end], "place", code, _kind(code)))
                break
    found.extend(_regional_adjectives(analysis, lemmas))
    return _longest_non_overlapping(found)


# Penal institutions a regional adjective may qualify: «в мордовской колонии», «пермский
# лагерь», «в свердловском СИЗО». (Not police or courts: «Кировский отдел полиции» and
# «Приморский районный суд» are districts of a city.)
_PENAL_NOUNS = frozenset(
    {"колония", "лагерь", "тюрьма", "зона", "сизо", "лиу", "ик", "кп", "изолятор", "уфсин",
     "гуфсин", "больница", "цвсиг"}
)  # fmt: skip
# «московский» is Moscow's or the region's; «алтайский» the Krai's or the Republic's.
_AMBIGUOUS_ADJECTIVES = frozenset({"московский", "алтайский"})


@functools.cache
def _adjective_index() -> dict[str, str]:
    """Region adjective (lemma) → code: the first word of a gazetteer name such as
    «Пермский край» or «Свердловская область», and the republics' own adjectives."""
    claims: dict[str, set[str]] = {}
    for place in places_gazetteer():
        for name in place.names_ru:
            words = name.split()
            if len(words) >= 2 and _lemma(words[0]).endswith(("ский", "цкий", "ской")):
                claims.setdefault(_lemma(words[0]), set()).add(place.code)
    index = {k: v.pop() for k, v in claims.items() if len(v) == 1}
    index.update(REPUBLIC_ADJECTIVES_RU)
    return {k: v for k, v in index.items() if k not in _AMBIGUOUS_ADJECTIVES}


def _regional_adjectives(analysis: Analysis, lemmas: list[str]) -> list[Mention]:
    """«в мордовской колонии строгого режима» is in Mordovia: a region's adjective
    before a penal institution, within two words («пермской исправительной колонии»)."""
    index, text, tokens = _adjective_index(), analysis.document.text, analysis.tokens
    found = []
    for i, lemma in enumerate(lemmas):
        code = index.get(lemma)
        if code is None:
            continue
        following = [
            lemmas[j] or tokens[j][2].lower() for j in range(i + 1, min(i + 4, len(tokens)))
        ]
        if any(word.split("-")[0] in _PENAL_NOUNS for word in following):
            start, end = tokens[i][0], tokens[i][1]
            found.append(Mention(start, end, text[start:end], "place", code, _kind(code)))
    return found


def _declined_neuter_town(word: str, index: dict[str, str]) -> str | None:
    """A town in -ово/-ево/-ино declined as a noun after «в»: «в Одинцове», «в Домодедове»,
    «в Мурине». The dictionary reads «Одинцове» as a surname's form, which is why the
    gazetteer abstains on the word alone («об Иванове» is about a man); after «в» it is the
    town."""
    if len(word) < 5 or word[-3:].lower() not in ("ове", "еве", "ёве", "ине", "ыне"):
        return None
    return index.get(_lemma(word[:-1] + "о"))


def _kind(code: str) -> str:
    return "region" if "-" in code else "country"


def _longest_non_overlapping(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    taken = Occupancy(max((m.end for m in mentions), default=0))
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.free(mention.start, mention.end):
            taken.take(mention.start, mention.end)
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


# A city the lead names only to say where the dateline's town is ("KRASNOGORSK – … a
# construction site outside Moscow") does not make the dateline a place filed from.
_NEAR = re.compile(
    r"(?<!\w)(?:outside|near|(?:north|south|east|west)(?:-(?:east|west))?\s+of|под)\s+$",
    re.IGNORECASE,
)


def _filed_from(text: str, found: list[Mention]) -> list[Mention]:
    """The places of a dateline that says where the story was filed, not where it happened:
    those of a dateline whose paragraph names another region ("MOSCOW, March 14 - … in
    Russia's Republic of Karelia"). See :mod:`~recruitwatch.extraction.stages.datelines`."""
    filed = []
    for dateline in datelines(text):
        inside = [m for m in found if dateline.holds(m.start, m.end)]
        codes = {m.value for m in inside}
        if any(
            dateline.end <= m.start < dateline.paragraph_end
            and m.detail == "region"
            and m.value not in codes
            and not _NEAR.search(text, max(0, m.start - 30), m.start)
            for m in found
        ):
            filed.extend(inside)
    return filed


# The region around a federal city: "a workers' hostel outside Moscow", «под Петербургом»
# (not "in the south of St Petersburg", which is in the city).
_AROUND = {"RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN"}
_JUST_OUTSIDE = re.compile(r"(?<!\w)(?:outside|near|under|под)\s+$", re.IGNORECASE)


def _around_the_city(text: str, found: list[Mention]) -> list[Mention]:
    return [
        replace(m, value=_AROUND[m.value])
        if m.value in _AROUND and _JUST_OUTSIDE.search(text, max(0, m.start - 30), m.start)
        else m
        for m in found
    ]


def places(analysis: Analysis) -> Analysis:
    found = _russian_places(analysis) if analysis.language == "ru" else _english_places(analysis)
    text = analysis.document.text
    filed = _filed_from(text, found)
    kept = _around_the_city(text, [m for m in found if m not in filed])
    return replace(analysis, places=tuple(_the_same_region(text, kept)))


# "KP-8, in the same region", «в той же области»: the region named last before.
_THE_SAME_REGION = re.compile(
    r"(?<!\w)(?:in\s+the\s+same\s+(?:region|province|oblast|republic|krai)"
    r"|в\s+(?:том\s+же\s+(?:регионе|крае|субъекте)|той\s+же\s+(?:области|республике)))(?!\w)",
    re.IGNORECASE,
)


def _the_same_region(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each "in the same region" read as the region named last before it."""
    added = []
    for m in _THE_SAME_REGION.finditer(text):
        before = [p for p in found if p.end <= m.start() and p.value.startswith("RU-")]
        if before:
            added.append(
                Mention(
                    m.start(), m.end(), m.group(0), "place", before[-1].value, before[-1].detail
                )
            )
    return sorted((*found, *added), key=lambda p: p.start) if added else found
