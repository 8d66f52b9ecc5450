"""A literal prefilter for the rule patterns: skip a regular expression on text that cannot
hold a match, without changing what it finds.

Python's ``re`` tries a pattern such as ``(?<!\\w)(?:sign…|recruit…|…)`` (case-insensitive)
at every character, and the stages run dozens of them over every sentence: most of the
pipeline's own time went there. But every match of such a pattern contains one of a few
fixed strings ("sign", "recruit", …). :func:`pattern_literals` reads them off the parsed
pattern; :meth:`LiteralFilter.may_match` answers "could the pattern match in this stretch of
the document?" with a few substring searches, and the pattern runs only when the answer is
yes. A no is a proof, not a guess, so the results are the same with or without the filter
(``tests/extraction/test_literals.py`` checks both halves of the argument below).

Why a no is a proof:

1. Every string a pattern matches contains one of :func:`pattern_literals` — computed from
   the parse tree, taking only parts every match must pass through: a run of literal
   characters in a sequence, a group, a repeat of at least once, or an alternation whose
   every branch has such a part (the union of theirs). Anything else (classes, anchors,
   look-arounds, optional parts) contributes nothing, which only weakens the filter.
2. Case: a text character ``t`` matches a pattern character ``c`` under ``re.IGNORECASE``
   exactly when their simple lower cases are equal or are listed together in ``re``'s table
   of extra case equivalences (``ſ`` and ``s``, ``ᲀ`` and ``в``, …). ``str.lower`` gives the
   simple lower case for every character but ``İ`` (two characters; text holding it is not
   filtered) and a final ``Σ`` (``ς``, an equivalent of ``σ``). :func:`text_fold` lower-cases
   and then maps every class of extra equivalents to one member, so matching characters
   fold to the same character, position for position. Literals are folded the same way.

A pattern over a whole document is often cheaper to replay than to run:
:func:`pattern_prefixes` reads off strings one of which every match *starts* with (zero-width
assertions at the head consume nothing; then a run of literal characters, continued by the
prefixes of a group or alternation right after it). A match can then start only where one of
them occurs, and :meth:`LiteralFilter.finditer` tries ``pattern.match`` at those offsets in
order, resuming after each match as ``finditer`` does (no match is empty: no prefix is), so
it yields the same matches.

Where the literals and prefixes occur is found for all patterns at once: one Aho-Corasick
pass (pyahocorasick) over the folded text per document, instead of a ``str.find`` per string
and pattern (a pattern with a one-letter literal or prefix, which nearly every word holds,
is looked for with ``str.find`` when asked about). A class of more than ten characters is not
a set of prefixes.
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import ahocorasick

# re's extra case equivalences (``re._casefix._EXTRA_CASES`` in Python 3.11, as classes):
# characters that match each other under IGNORECASE although their lower cases differ.
# Escaped: an editor's NFC normalisation would merge some of them (U+1FBE into U+03B9).
_EQUIVALENT_CLASSES = (
    "i\u0131", "s\u017f", "\u00b5\u03bc", "\u0345\u03b9\u1fbe", "\u0390\u1fd3", "\u03b0\u1fe3",
    "\u03b2\u03d0", "\u03b5\u03f5", "\u03b8\u03d1", "\u03ba\u03f0", "\u03c0\u03d6",
    "\u03c1\u03f1", "\u03c2\u03c3", "\u03c6\u03d5", "\u0432\u1c80", "\u0434\u1c81",
    "\u043e\u1c82", "\u0441\u1c83", "\u0442\u1c84\u1c85", "\u044a\u1c86", "\u0463\u1c87",
    "\u1c88\ua64b", "\u1e61\u1e9b", "\ufb05\ufb06",
)  # fmt: skip
_FOLD = {ord(ch): cls[0] for cls in _EQUIVALENT_CLASSES for ch in cls[1:]}
# str.translate looks each character up in a dict: slow, so only for text that needs it.
_FOLDABLE = re.compile("[" + re.escape("".join(chr(c) for c in _FOLD)) + "]")
# The one character whose lower case is not one character.
_LONG_LOWER = "\u0130"
# Decimal digits other than 0-9 ("٣", "३"): ``\d`` matches them. The fold writes them as
# "0", so that a class of digits can be searched for as the ten ASCII ones.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")

_parser: Any = importlib.import_module("re._parser")
_UNKNOWN: Any = object()
_constants: Any = importlib.import_module("re._constants")
_ZERO_WIDTH = frozenset({_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT})
# Trying a match at each possible start beats a search only while starts are rarer than one
# in this many characters. 8: on the generated English reports 4, 8 and 16 timed the same
# within noise, and a search costs about a tenth of a match call per character.
_STARTS_PER_CHARACTER = 8
_REPEATS = frozenset({_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT})


def text_fold(text: str) -> str | None:
    """``text`` lower-cased and folded (see the module docstring), offset for offset; None for
    text that cannot be folded so (it holds ``İ``)."""
    if _LONG_LOWER in text:
        return None
    folded = text.lower()
    if _FOLDABLE.search(folded):
        folded = folded.translate(_FOLD)
    if not folded.isascii() and _OTHER_DIGIT.search(folded):
        folded = _OTHER_DIGIT.sub("0", folded)
    return folded if len(folded) == len(text) else None


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None."""
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            choices.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _constants.LITERAL:
            lowered = chr(av).lower()
            if len(lowered) == 1:
                run.append(_FOLD.get(ord(lowered), lowered))
                continue
        end_run()
        required: frozenset[str] | None = None
        if op is _constants.SUBPATTERN:
            required = _required(av[3].data)
        elif op is _constants.ATOMIC_GROUP:
            required = _required(av.data)
        elif op in _REPEATS and av[0] >= 1:
            required = _required(av[2].data)
        elif op is _constants.BRANCH:
            branches = [_required(branch.data) for branch in av[1]]
            if all(b is not None for b in branches):
                required = frozenset().union(*(b for b in branches if b is not None))
        if required:
            choices.append(required)
    end_run()
    if not choices:
        return None
    # The most selective choice: one of no word of nearly every sentence nor of one or two
    # letters, then the longest shortest string, then the fewest strings.
    return max(
        choices,
        key=lambda c: (not c & _COMMON_WORDS and min(map(len, c)) > 2, min(map(len, c)), -len(c)),
    )


# Words nearly every sentence holds: a pattern whose only required strings are among them
# ("… (?:that|all|the|any)\b") is searched in nearly every sentence, so another part of it
# ("ensure|guarantee|…") is the better one to look for.
_COMMON_WORDS = frozenset({
    "the", "that", "and", "all", "any", "his", "her", "him", "was", "were", "not", "for", "with",
    "from", "this", "they", "their", "them", "had", "has", "have", "are", "you", "our", "who",
    "what", "when", "which", "will", "would", "been", "but", "she", "one", "out", "into", "said",
    "что", "это", "как", "его", "она", "они", "при", "для", "или", "был", "была", "были", "так",
    "все", "уже", "под", "без", "том", "чем", "кто",
})  # fmt: skip


# A character class is a set of one-character prefixes only while it is this small: the ten
# digits are rare in prose, but a class of letters such as [A-Z] starts nearly every word.
_MAX_CLASS = 10
_DIGITS = frozenset("0123456789")


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The folded characters a class ``[…]`` matches, when they are few; ``\\d`` is the ten
    ASCII digits (:func:`text_fold` writes every other decimal digit as "0")."""
    chars: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            chars.add(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        else:
            return None  # a negation, a wide range or another category
    folded = set()
    for char in chars:
        lowered = char.lower()
        if len(lowered) != 1:
            return None
        folded.add(_FOLD.get(ord(lowered), lowered))
    return frozenset(folded) if len(folded) <= _MAX_CLASS else None


def _head(op: Any, av: Any) -> frozenset[str] | None:
    """Prefixes of one element at the head of a sequence, or None."""
    if op is _constants.IN:
        return _class(av)
    if op is _constants.SUBPATTERN:
        return _prefixes(av[3].data)
    if op is _constants.ATOMIC_GROUP:
        return _prefixes(av.data)
    if op in _REPEATS and av[0] >= 1:
        return _prefixes(av[2].data)
    if op is _constants.BRANCH:
        branches = [_prefixes(branch.data) for branch in av[1]]
        if all(b is not None for b in branches):
            return frozenset().union(*(b for b in branches if b is not None))
    return None


# A run of literal characters is continued by the prefixes of the group after it only while
# their number stays this small: enough for "w(?:ill|ould)" and a list of month names.
_MAX_PREFIXES = 64
# Prefixes not made longer by a literal head (an optional head's added to those of what
# follows it, a long alternation of words): up to this many.
_MAX_HEAD_PREFIXES = 128


def _prefixes(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with, or None."""
    index = 0
    while index < len(items) and items[index][0] in _ZERO_WIDTH:
        index += 1
    run: list[str] = []
    while index < len(items) and items[index][0] is _constants.LITERAL:
        lowered = chr(items[index][1]).lower()
        if len(lowered) != 1:
            break
        run.append(_FOLD.get(ord(lowered), lowered))
        index += 1
    head = "".join(run)
    if not head and index < len(items) and items[index][0] in _REPEATS:
        op, av = items[index]
        if av[0] == 0:  # an optional head: a match starts with it or with what follows
            own = _prefixes(av[2].data)
            rest = _prefixes(items[index + 1 :])
            if own is None or rest is None or len(own) + len(rest) > _MAX_HEAD_PREFIXES:
                return None
            return own | rest
    if index < len(items):
        op, av = items[index]
        if not head or op in (_constants.SUBPATTERN, _constants.BRANCH):
            following = _head(op, av)
            most = _MAX_PREFIXES if head else _MAX_HEAD_PREFIXES
            if following is not None and len(following) <= most:
                return frozenset(head + f for f in following)
    return frozenset({head}) if head else None


@dataclass(frozen=True)
class _Literals:
    pattern: re.Pattern[str]  # kept so that its id stays its own
    contained: frozenset[str] | None
    prefixes: frozenset[str] | None


# id(pattern) → what it was found to hold: a Pattern's own hash walks its compiled code, too
# slow for a lookup per sentence.
_ANALYSED: dict[int, _Literals] = {}


def _analysed(pattern: re.Pattern[str]) -> _Literals:
    found = _ANALYSED.get(id(pattern))
    if found is None:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        required = _required(items)
        contained = (
            None
            if required is None
            else frozenset(s for s in required if not any(o != s and o in s for o in required))
        )
        prefixes = _prefixes(items)
        if prefixes is not None and "" in prefixes:
            prefixes = None
        elif prefixes is not None:  # "apr" covers "april": wherever one starts, so does it
            prefixes = frozenset(
                p for p in prefixes if not any(o != p and p.startswith(o) for o in prefixes)
            )
        found = _ANALYSED[id(pattern)] = _Literals(pattern, contained, prefixes)
    return found


def pattern_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains; None when the
    pattern has no such set (then it is always run). A string containing another of the set
    is dropped: wherever it occurs, the shorter one does too."""
    return _analysed(pattern).contained


def pattern_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` starts with, or None."""
    return _analysed(pattern).prefixes


class _Scanner:
    """The prefixes and literals of every registered pattern in one Aho-Corasick automaton
    (pyahocorasick): one pass over a folded text finds where each occurs. A ``str.find`` per
    prefix and literal walked the text once for each of them — hundreds per document."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns  # kept so that their ids stay their own
        self.slots = {id(p): slot for slot, p in enumerate(patterns)}
        # Per slot: whether the pattern has literals every match holds (else it always runs).
        self.has_literals = [_analysed(p).contained is not None for p in patterns]
        # A prefix or literal of one or two letters ("в", "I", "if") would have the automaton
        # report nearly every word: it is looked for with str.find, only for a pattern asked
        # about (slot → its short prefixes and literals).
        self.found_apart: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        targets: dict[str, tuple[list[int], list[int]]] = {}
        for slot, pattern in enumerate(patterns):
            found = _analysed(pattern)
            prefixes, contained = found.prefixes or frozenset(), found.contained or frozenset()
            apart = (
                frozenset(w for w in prefixes if _one_letter(w)),
                frozenset(w for w in contained if _one_letter(w)),
            )
            if apart[0] or apart[1]:
                self.found_apart[slot] = apart
            for prefix in prefixes - apart[0]:
                targets.setdefault(prefix, ([], []))[0].append(slot)
            for literal in contained - apart[1]:
                targets.setdefault(literal, ([], []))[1].append(slot)
        self._automaton: Any = ahocorasick.Automaton()
        for word, (starting, containing) in targets.items():
            self._automaton.add_word(word, (len(word), tuple(starting), tuple(containing)))
        self._empty = not targets
        if targets:
            self._automaton.make_automaton()

    def starts_apart(self, slot: int, folded: str) -> list[int]:
        """Where a pattern's short prefixes start (unordered)."""
        return list(_occurrences(folded, self.found_apart[slot][0]))

    def literals_apart(self, slot: int, folded: str) -> list[tuple[int, int]]:
        """Where a pattern's short literals lie (unordered)."""
        return [
            (at, at + len(word))
            for word in self.found_apart[slot][1]
            for at in _occurrences(folded, {word})
        ]

    def scan(self, folded: str) -> tuple[dict[int, list[int]], dict[int, list[tuple[int, int]]]]:
        """Per slot: the offsets where one of its prefixes starts, and the (start, end) of
        each occurrence of one of its literals; both in text order."""
        starts: dict[int, list[int]] = {}
        literals: dict[int, list[tuple[int, int]]] = {}
        if self._empty:
            return starts, literals
        for last, (length, starting, containing) in self._automaton.iter(folded):
            at = last - length + 1
            for slot in starting:
                starts.setdefault(slot, []).append(at)
            for slot in containing:
                literals.setdefault(slot, []).append((at, last + 1))
        # Found in order of their ends: a longer word ending later may start earlier.
        for found in starts.values():
            found.sort()
        for occurrences in literals.values():
            occurrences.sort()
        return starts, literals


def _one_letter(word: str) -> bool:
    """A prefix or literal of one or two letters ("в", "I", "if", "не"): so common that the
    automaton would report nearly every word for it; looked for with ``str.find`` instead,
    and only for a pattern asked about."""
    return len(word.strip()) <= 2


def _occurrences(text: str, words: frozenset[str] | set[str]) -> Iterator[int]:
    """Every offset where one of ``words`` starts in ``text``."""
    find = text.find
    for word in words:
        at = find(word)
        while at != -1:
            yield at
            at = find(word, at + 1)


_REGISTERED: dict[int, re.Pattern[str]] = {}
# The scanner of no pattern: what a document's filter starts from, built once.
_NO_PATTERNS = _Scanner(())
_scanner = _NO_PATTERNS
_registering = threading.Lock()


def register_patterns(patterns: Iterable[re.Pattern[str]]) -> None:
    """Add ``patterns`` to the one automaton every document is scanned with, and rebuild it.
    The pipeline registers all its stages' patterns before its first document (one build); a
    pattern asked about without that is registered on first use (a rebuild, paid once)."""
    global _scanner
    with _registering:
        new = [p for p in patterns if id(p) not in _REGISTERED]
        if new:
            _REGISTERED.update((id(p), p) for p in new)
            _scanner = _Scanner(tuple(_REGISTERED.values()))


def _scanner_for(pattern: re.Pattern[str]) -> _Scanner:
    scanner = _scanner
    if id(pattern) not in scanner.slots:
        register_patterns([pattern])
        scanner = _scanner
    return scanner


class LiteralFilter:
    """Per document text: whether a pattern could match in a stretch of it."""

    def __init__(self, text: str) -> None:
        self._folded = text_fold(text)
        self._searched = self._folded or ""  # what is searched, once the text could be folded
        # The scan of the folded text (see _Scanner.scan), and the scanner that made it.
        self._scanned: tuple[_Scanner, dict[int, list[int]], dict[int, list[tuple[int, int]]]]
        self._scanned = (_NO_PATTERNS, {}, {})
        # id(pattern) → its literals' occurrences here, None to always run it: may_match is
        # asked hundreds of times a document, so the answer's inputs are one lookup away.
        self._occurrences: dict[int, list[tuple[int, int]] | None] = {}
        # id(pattern) → where its prefixes start here (for a pattern with prefixes).
        self._starts_found: dict[int, list[int]] = {}
        # id(pattern) → how often its one- and two-letter prefixes start in the whole text.
        self._short_counts: dict[int, int] = {}

    def _scanned_slot(self, pattern: re.Pattern[str]) -> tuple[_Scanner, int]:
        """The scanner that knows ``pattern``, having scanned the folded text, and its slot."""
        scanner = _scanner_for(pattern)
        if self._scanned[0] is not scanner:
            self._scanned = (scanner, *scanner.scan(self._searched))
        return scanner, scanner.slots[id(pattern)]

    def _scan_starts(self, pattern: re.Pattern[str]) -> list[int]:
        """Where ``pattern``'s prefixes start in the folded text, in order."""
        scanner, slot = self._scanned_slot(pattern)
        starts = self._scanned[1].get(slot, [])
        if slot in scanner.found_apart and scanner.found_apart[slot][0]:
            starts = sorted(starts + scanner.starts_apart(slot, self._searched))
        return starts

    def _learn(self, pattern: re.Pattern[str]) -> list[tuple[int, int]] | None:
        # (asked of some 200 patterns a document: the scan's own tables, looked up here
        # directly, cost a third of the chain of calls they replace)
        key = id(pattern)
        scanner = self._scanned[0]
        slot = scanner.slots.get(key)
        if slot is None:
            scanner, slot = self._scanned_slot(pattern)
        occurrences: list[tuple[int, int]] | None = None
        if scanner.has_literals[slot] and self._folded is not None:
            occurrences = self._scanned[2].get(slot) or []
            apart = scanner.found_apart.get(slot)
            if apart is not None and apart[1]:
                occurrences = sorted(occurrences + scanner.literals_apart(slot, self._searched))
        self._occurrences[key] = occurrences
        return occurrences

    def occurrences(self, pattern: re.Pattern[str]) -> list[tuple[int, int]] | None:
        """Where ``pattern``'s literals lie in the text, (start, end) in order; None when it
        has none to look for (it may match anywhere)."""
        occurrences = self._occurrences.get(id(pattern), _UNKNOWN)
        if occurrences is _UNKNOWN:
            occurrences = self._learn(pattern)
        return cast(list[tuple[int, int]] | None, occurrences)

    def may_match(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> bool:
        """False only when no match of ``pattern`` can lie within ``text[start:end]``: none of
        its literals lies wholly there."""
        occurrences = self._occurrences.get(id(pattern), _UNKNOWN)
        if occurrences is _UNKNOWN:
            occurrences = self._learn(pattern)
        if occurrences is None:
            return True
        stop = len(self._searched) if end is None else end
        for index in range(bisect_left(occurrences, (start, -1)), len(occurrences)):
            found_start, found_end = occurrences[index]
            if found_start >= stop:
                return False
            if found_end <= stop:
                return True
        return False

    def starts(self, pattern: re.Pattern[str]) -> list[int] | None:
        """Where in the whole text a match of ``pattern`` could start, in order; None when
        the pattern has no prefixes or they occur too often for trying each place to beat a
        search."""
        return self._starts(pattern, 0, len(self._searched))

    def finditer(
        self, pattern: re.Pattern[str], text: str, base: int = 0
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, where ``text`` is the document's ``text[base:…]``: the
        same matches, found at fewer places when the pattern's prefixes are rare in it."""
        end = base + len(text)
        if not self.may_match(pattern, base, end):
            return iter(())
        starts = self._starts(pattern, base, end)
        if starts is None:
            return pattern.finditer(text)
        return self._matches_at(pattern, text, [s - base for s in starts])

    def _starts(self, pattern: re.Pattern[str], base: int, end: int) -> list[int] | None:
        """Where a match could start in ``[base, end)``; None when that is too many places
        for matching at each to beat a search (one in :data:`_STARTS_PER_CHARACTER`)."""
        if pattern_prefixes(pattern) is None or self._folded is None:
            return None
        found = self._starts_found.get(id(pattern))
        if found is None:
            if self._short_starts_exceed(pattern, base, end):
                return None
            found = self._starts_found[id(pattern)] = self._scan_starts(pattern)
        if base > 0 or end < len(self._searched):
            found = found[bisect_left(found, base) : bisect_left(found, end)]
        return None if len(found) > (end - base) // _STARTS_PER_CHARACTER else found

    def _short_starts_exceed(self, pattern: re.Pattern[str], base: int, end: int) -> bool:
        """Whether ``pattern``'s one- and two-letter prefixes ("a", "в", "in") alone start
        too often in ``[base, end)`` for trying each place to beat a search: counted, not
        listed (listing every "a" of a text to throw the list away cost more than the search
        it was meant to spare). Only the way the matches are found depends on it."""
        scanner, slot = self._scanned_slot(pattern)
        short = scanner.found_apart.get(slot, (frozenset(), frozenset()))[0]
        if not short:
            return False
        limit = (end - base) // _STARTS_PER_CHARACTER
        count = self._searched.count
        total = self._short_counts.get(id(pattern))
        if total is None:
            total = self._short_counts[id(pattern)] = sum(count(word) for word in short)
        if total <= limit or (base == 0 and end >= len(self._searched)):
            return total > limit  # (within the limit over the whole text, so over any part)
        return sum(count(word, base, end) for word in short) > limit

    @staticmethod
    def _matches_at(
        pattern: re.Pattern[str], text: str, starts: list[int]
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a pattern whose matches can start only at
        ``starts`` (in order): tried there, resuming after each match as finditer does."""
        resume = 0
        for start in starts:
            if start < resume:
                continue  # inside the previous match: finditer resumes after it
            found = pattern.match(text, start)
            if found is not None:
                yield found
                resume = found.end()


# A document's filter serves every stage; texts repeat across calls only while one document
# is analysed, so a handful of entries suffices.
@functools.lru_cache(maxsize=8)
def literal_filter(text: str) -> LiteralFilter:
    """The filter for one document text, built once."""
    return LiteralFilter(text)
