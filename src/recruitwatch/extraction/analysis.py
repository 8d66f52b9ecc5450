"""The value the pipeline's stages pass along: a document and what has been found in it so far.

Frozen: a stage returns ``dataclasses.replace(analysis, field=…)``, never mutates. Each field
is filled by exactly one stage (``pipeline.STAGES`` declares which), so a reader of a stage
can see what it may rely on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recruitwatch.extraction.languages.lexicon import Lexicon
from recruitwatch.extraction.types import Document, IncidentProposal, Mention, Sentence


@dataclass(frozen=True)
class Analysis:
    document: Document
    language: str
    lexicon: Lexicon
    #: Language-specific parse of the text (a spaCy Doc for English, a natasha Doc for Russian).
    parsed: Any = None
    sentences: tuple[Sentence, ...] = ()
    #: Tokens as (start, end, lemma-or-lowercase) triples, for gazetteer matching.
    tokens: tuple[tuple[int, int, str], ...] = ()
    facilities: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    dates: tuple[Mention, ...] = ()
    people: tuple[Mention, ...] = ()
    organizations: tuple[Mention, ...] = ()
    nationalities: tuple[Mention, ...] = ()
    #: News outlets in retelling constructions; ``detail`` is outer / cited / listener.
    outlets: tuple[Mention, ...] = ()
    sources: tuple[Mention, ...] = ()
    #: Retelling chains: one per (sentence, source); ``text`` is the source's name and
    #: ``value`` the outlets it reached us through, outermost first ("Vot Tak → iStories").
    via: tuple[Mention, ...] = ()
    cues: tuple[Mention, ...] = ()
    counts: tuple[Mention, ...] = ()
    incidents: tuple[IncidentProposal, ...] = ()

    def in_sentence(self, mentions: tuple[Mention, ...], sentence: Sentence) -> list[Mention]:
        return [m for m in mentions if sentence.start <= m.start < sentence.end]
