"""The value the pipeline's stages pass along: a document and what has been found in it so far.

Frozen: a stage returns ``dataclasses.replace(analysis, field=…)``, never mutates. Each field
is filled by exactly one stage (``pipeline.STAGES`` declares which), so a reader of a stage
can see what it may rely on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from re import Match, Pattern
from typing import Any, TypeVar, cast

from recruitwatch.extraction.languages.lexicon import Lexicon
from recruitwatch.extraction.literals import LiteralFilter, literal_filter
from recruitwatch.extraction.types import Document, IncidentProposal, Mention, Sentence, Span

T = TypeVar("T")

# A pattern whose literals occur this often or less is searched in the sentences holding
# them: a few searches cost less than finding where its prefixes start ("is" in "\bis\s+a\s+
# criminal\s+offence", nearly every sentence's) and trying each.
_FEW_LITERALS = 3


@dataclass(frozen=True)
class Analysis:
    document: Document
    language: str
    lexicon: Lexicon
    #: Language-specific parse of the text (a spaCy Doc for English, a natasha Doc for Russian).
    parsed: Any = None
    sentences: tuple[Sentence, ...] = ()
    #: Russian tokens as (start, end, lower-case) triples, for the gazetteer's lemma lookup
    #: (empty for English: its places are matched over ``parsed``).
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

    def in_sentence(self, mentions: tuple[Mention, ...], sentence: Sentence) -> tuple[Mention, ...]:
        """The mentions that start inside ``sentence``, in the order ``mentions`` has them.

        The incidents stage asks this many times per sentence, so the first question about a
        tuple groups all of it by the analysis's sentences in one pass (they are in text
        order and do not overlap) and later ones are a lookup. Other spans (``Sentence(0,
        offset, "")``: everything before an offset) are found by bisection in a start-ordered
        index, also built once per tuple; for a tuple already in text order, as most are,
        the answer is a slice of it.
        """
        key = (id(mentions), sentence.start, sentence.end)
        found: tuple[Mention, ...] | None = self._index.get(key)
        if found is not None:
            return found
        entry = self._index.get(id(mentions))
        if entry is None or entry[0] is not mentions:
            # Keeps ``mentions`` alive: its id, in these keys, stays unique.
            entry = self._index[id(mentions)] = (mentions, *self._group(mentions))
            if key in self._index:
                return cast(tuple[Mention, ...], self._index[key])
        _, starts, ordered = entry
        low = bisect_left(starts, sentence.start)
        high = bisect_left(starts, sentence.end, lo=low)
        if ordered is None:
            return mentions[low:high]
        return tuple(mentions[i] for i in sorted(ordered[low:high]))

    def _group(self, mentions: tuple[Mention, ...]) -> tuple[list[int], list[int] | None]:
        """Record ``mentions`` per sentence under (id, start, end) keys; return the tuple's
        start-ordered index for other spans: the starts, and the positions in start order
        (None when that is the tuple's own order)."""
        sentences = self.sentences
        if all(a.end <= b.start for a, b in pairwise(sentences)):
            # As the segment stage makes them; other sentences are answered by bisection.
            sentence_starts = [s.start for s in sentences]
            grouped: list[list[Mention]] = [[] for _ in sentences]
            for mention in mentions:
                index = bisect_right(sentence_starts, mention.start) - 1
                if index >= 0 and mention.start < sentences[index].end:
                    grouped[index].append(mention)
            key = id(mentions)
            for sentence, members in zip(sentences, grouped, strict=True):
                self._index[(key, sentence.start, sentence.end)] = tuple(members)
        if all(a.start <= b.start for a, b in pairwise(mentions)):
            return [m.start for m in mentions], None
        ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        return [mentions[i].start for i in ordered], ordered

    def of_kind(self, mentions: tuple[Mention, ...], kind: str) -> tuple[Mention, ...]:
        """The mentions of one kind, as one tuple per (tuple, kind) so lookups share an index."""
        key = (id(mentions), kind)
        entry = self._index.get(key)
        if entry is None or entry[0] is not mentions:
            entry = (mentions, tuple(m for m in mentions if m.kind == kind))
            self._index[key] = entry
        return entry[1]

    def cues_in(self, sentences: list[Sentence], kind: str) -> list[Mention]:
        """The cues of one kind (``coercion``, ``modality``, …) in ``sentences``, in order."""
        wanted = self.of_kind(self.cues, kind)
        return [c for s in sentences for c in self.in_sentence(wanted, s)]

    def literals(self) -> LiteralFilter:
        """The document's literal prefilter (:mod:`~recruitwatch.extraction.literals`):
        ``literals().may_match(pattern, start, end)`` is False only when ``pattern`` cannot
        match within ``text[start:end]``, so a stage may skip the search and find the same."""
        found = self._index.get("literal_filter")
        if found is None:
            found = self._index["literal_filter"] = literal_filter(self.document.text)
        return cast(LiteralFilter, found)

    def sentence_matches(self, pattern: Pattern[str]) -> Iterator[tuple[int, Match[str]]]:
        """``(i, m)`` for every ``m`` in ``pattern.finditer(sentences[i].text)``, sentence by
        sentence in order: the same matches, relative to each sentence's text.

        Running dozens of patterns over every sentence cost more than the rest of a stage:
        where the pattern's prefixes are known (:meth:`LiteralFilter.starts`), the places a
        match could start are found once in the whole text and each is tried in its own
        sentence, resuming after a match as ``finditer`` does; a sentence without such a
        place is never searched. Otherwise each sentence the pattern may match is searched.
        """
        literals, sentences = self.literals(), self.sentences
        occurrences = literals.occurrences(pattern)
        if occurrences == []:
            return  # none of its literals is in the text (most patterns, most documents)
        ordered = self._sentences_ordered()
        starts = None
        if ordered and (occurrences is None or len(occurrences) > _FEW_LITERALS):
            starts = literals.starts(pattern)
        if starts is None:
            if ordered:
                for index in self._sentences_holding(pattern):
                    for found in pattern.finditer(sentences[index].text):
                        yield index, found
                return
            for index, sentence in enumerate(sentences):
                if literals.may_match(pattern, sentence.start, sentence.end):
                    for found in pattern.finditer(sentence.text):
                        yield index, found
            return
        sentence_starts = self._sentence_starts()
        current, resume = -1, 0
        for at in starts:
            index = bisect_right(sentence_starts, at) - 1
            if index < 0 or at >= sentences[index].end:
                continue  # between sentences: white space no match starts with
            sentence = sentences[index]
            if index != current:
                current, resume = index, 0
            local = at - sentence.start
            if local < resume:
                continue  # inside the previous match
            match = pattern.match(sentence.text, local)
            if match is not None:
                yield index, match
                resume = match.end()

    def _sentences_holding(self, pattern: Pattern[str]) -> Iterable[int]:
        """The indices of the sentences that hold one of ``pattern``'s literals whole, in
        order (every sentence when it has none): found from where the literals occur, which
        for most patterns is nowhere or a few places, not by asking of every sentence."""
        occurrences = self.literals().occurrences(pattern)
        if occurrences is None:
            return range(len(self.sentences))
        sentences, sentence_starts = self.sentences, self._sentence_starts()
        holding: list[int] = []
        for start, end in occurrences:
            index = bisect_right(sentence_starts, start) - 1
            if index >= 0 and end <= sentences[index].end and (not holding or holding[-1] != index):
                holding.append(index)
        return holding

    def _sentences_ordered(self) -> bool:
        """Whether the sentences are in text order without overlap, as segment makes them."""
        return self.memo(
            "sentences_ordered", lambda: all(a.end <= b.start for a, b in pairwise(self.sentences))
        )

    def _sentence_starts(self) -> list[int]:
        entry = self._index.get("sentence_starts")
        if entry is None or entry[0] is not self.sentences:
            entry = (self.sentences, [s.start for s in self.sentences])
            self._index["sentence_starts"] = entry
        return cast(list[int], entry[1])

    def may_match(self, pattern: Pattern[str], span: Span) -> bool:
        """Whether ``pattern`` could match within ``span`` (see :meth:`literals`)."""
        return self.literals().may_match(pattern, span.start, span.end)

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
        index = bisect_right(self._sentence_starts(), offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None
