"""The value the pipeline's stages pass along: a document and what has been found in it so far.

Frozen: a stage returns ``dataclasses.replace(analysis, field=…)``, never mutates. Each field
is filled by exactly one stage (``pipeline.STAGES`` declares which), so a reader of a stage
can see what it may rely on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from recruitwatch.extraction.languages.lexicon import Lexicon
from recruitwatch.extraction.types import Document, IncidentProposal, Mention, Sentence

T = TypeVar("T")


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

    #: Per-instance lookup tables (see :meth:`in_sentence`); never copied by ``replace``.
    _index: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def in_sentence(self, mentions: tuple[Mention, ...], sentence: Sentence) -> list[Mention]:
        """The mentions that start inside ``sentence``, in the order ``mentions`` has them.

        Looked up by bisection in a start-ordered index built once per tuple, so grouping a
        long document's sentences costs O(n log n) rather than O(sentences × mentions).
        """
        entry = self._index.get(id(mentions))
        if entry is None or entry[0] is not mentions:
            ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
            starts = [mentions[i].start for i in ordered]
            entry = (mentions, starts, ordered)
            self._index[id(mentions)] = entry  # keeps ``mentions`` alive: ids stay unique
        _, starts, ordered = entry
        low = bisect_left(starts, sentence.start)
        high = bisect_left(starts, sentence.end, lo=low)
        return [mentions[i] for i in sorted(ordered[low:high])]

    def of_kind(self, mentions: tuple[Mention, ...], kind: str) -> tuple[Mention, ...]:
        """The mentions of one kind, as one tuple per (tuple, kind) so lookups share an index."""
        key = (id(mentions), kind)
        entry = self._index.get(key)
        if entry is None or entry[0] is not mentions:
            entry = (mentions, tuple(m for m in mentions if m.kind == kind))
            self._index[key] = entry
        return entry[1]

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, once per analysis: for values derived from its fields."""
        if key not in self._index:
            self._index[key] = compute()
        return cast(T, self._index[key])

    def paragraph_sentences(self, paragraph: int) -> tuple[Sentence, ...]:
        """The sentences of one paragraph, in order."""
        entry = self._index.get("paragraphs")
        if entry is None or entry[0] is not self.sentences:
            grouped: dict[int, list[Sentence]] = {}
            for s in self.sentences:
                grouped.setdefault(s.paragraph, []).append(s)
            entry = (self.sentences, {k: tuple(v) for k, v in grouped.items()})
            self._index["paragraphs"] = entry
        return entry[1].get(paragraph, ())

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds character ``offset``, if any."""
        entry = self._index.get("sentence_starts")
        if entry is None or entry[0] is not self.sentences:
            entry = (self.sentences, [s.start for s in self.sentences])
            self._index["sentence_starts"] = entry
        index = bisect_right(entry[1], offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None
