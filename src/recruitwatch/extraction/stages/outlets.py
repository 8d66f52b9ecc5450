"""Stage outlets: the news sites and groups that retell an account, and their place in
the retelling.

A report is often second-hand: "Vot Tak reported, citing iStories, which spoke to the
prisoner's sister". Each outlet found in such a construction becomes a mention of kind
``outlet`` whose ``detail`` says its place in the chain: ``outer`` (it reports), ``cited``
(it is cited by the reporter), ``listener`` (someone told it) or ``publisher`` (the document
is its report or carries what it first published: "an excerpt from a report published by
X"); a publisher is read in the document's opening only. The attribution stage turns
the first three into ``SourceRef.via`` so that a retelling is not counted as a new source;
the publisher speaks for the whole document and is a source of each of its incidents
(:func:`~recruitwatch.extraction.stages.attribution.publisher`).

Names are accepted when the lexicon knows the outlet, or — in English — when a capitalised
name that is not a person, place or organisation stands in a reporting construction ("the
Siberian news site Taiga Post reported"). Russian bare names must be known or quoted
(«Саранский курьер»), because a capitalised word after a Russian verb of speech is usually a
person. Case forms of one name («Саранскому курьеру») are folded onto its first form, and a
quoted Russian name is put in the nominative (:func:`outlet_nominative`), so that the chain
and the database's retellers name «Саранский курьер» however the sentence declined it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import Mention

#: Capitalised words that start sentences or name people generically, never outlets.
_NOT_OUTLETS = frozenset(
    {
        "he", "she", "they", "it", "this", "that", "these", "those", "we", "i", "you", "one",
        "but", "and", "in", "on", "at", "the", "a", "an", "when", "after", "before", "then",
        "there", "here", "his", "her", "their", "our", "my", "police", "officials", "guards",
        "recruiters", "prisoners", "relatives", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "mr",
        "ms", "mrs", "dr", "nobody", "everyone", "someone",
        # "As reported last month, …", "Also reported …", "So reported …"
        "as", "also", "so", "later", "earlier", "previously", "first", "yesterday", "today",
    }
)  # fmt: skip
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr)\.?\s", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_MODES = ("outer", "cited", "listener", "publisher")
#: A publisher is named where the document introduces itself: its first paragraphs (a
#: heading, the sentence that says whose report or letter this is, the method paragraph).
OPENING_PARAGRAPHS = 3


def outlet_names(analysis: Analysis) -> set[str]:
    """Names the text introduces as outlets ("the news site Taiga Post", a dateline's
    "(Northern Wire) —"), casefolded."""
    names: set[str] = set()
    text = analysis.document.text
    for m in analysis.literals().finditer(analysis.lexicon.outlet_named, text):
        name = m.groupdict().get("name") or m.groupdict().get("dateline")
        if name:
            names.add(name.casefold())
    masthead = analysis.lexicon.masthead.match(text)
    if masthead:
        names.add(masthead.group("masthead").casefold())
    return names


def publisher_names(analysis: Analysis) -> list[list[str]]:
    """The words of the names the opening calls the publisher of the report ("a report
    published by the Open Cell Monitoring Group"), casefolded, for the mentions stage, which
    runs before this one: a group's name, however many capitalised words it has, is not a
    person's."""
    found: list[list[str]] = []
    may_match = analysis.literals().may_match
    for sentence in analysis.sentences:
        if sentence.paragraph >= OPENING_PARAGRAPHS:
            break
        for pattern in analysis.lexicon.retelling.get("publisher", ()):
            if may_match(pattern, sentence.start, sentence.end):
                found += [
                    _LEADING_ARTICLE.sub("", m.group("name").strip("«»")).casefold().split()
                    for m in pattern.finditer(sentence.text)
                ]
    return found


def _known(analysis: Analysis, name: str) -> str | None:
    for canonical, pattern in analysis.lexicon.outlets.items():
        if pattern.search(name):
            return canonical
    return None


def _same_name(a: str, b: str) -> bool:
    """Case forms of one name: same number of words, each pair sharing its stem."""
    left, right = a.casefold().split(), b.casefold().split()
    if len(left) != len(right):
        return False
    for x, y in zip(left, right, strict=True):
        stem = max(3, min(len(x), len(y)) - 3)
        if x[:stem] != y[:stem]:
            return False
    return True


def _overlaps(mentions: tuple[Mention, ...], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


class _Canon:
    """Folds each name found onto the first form of the same outlet in the document."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def __call__(self, name: str) -> str:
        for seen in self.names:
            if _same_name(seen, name):
                return seen
        self.names.append(name)
        return name


_OBLIQUE = ("datv", "accs", "gent", "ablt", "loct", "loc2")
#: «изданию «Сквозняк»»: after a word for the outlet its quoted name stays as it is called.
_DESCRIBED_BEFORE = re.compile(
    r"(?:издани|газет|канал|сайт|портал|агентств|проект|паблик|журнал)\w*\s+$", re.IGNORECASE
)


def _matching_case(word: str, case: str, number: str, gender: str | None) -> Any:
    """The reading of an adjective that agrees with its noun's case, number and gender."""
    from recruitwatch.extraction.languages.russian import models

    for parse in models().morph_vocab.parse(word):
        grammemes = parse.tag.grammemes
        agrees = number == "plur" or gender is None or gender in grammemes
        if "ADJF" in grammemes and {case, number} <= grammemes and agrees:
            return parse
    return None


def _is_adjective(word: str) -> bool:
    from recruitwatch.extraction.languages.russian import models

    return any("ADJF" in p.tag.grammemes for p in models().morph_vocab.parse(word))


def _head_reading(word: str) -> Any:
    """The oblique reading of an outlet name's head noun, or None when the word may be a
    nominative (or is not a word the dictionary knows)."""
    from recruitwatch.extraction.languages.russian import models

    vocab = models().morph_vocab
    if not vocab.word_is_known(word.lower().rsplit("-", 1)[-1]):
        return None
    nouns = [p for p in vocab.parse(word) if "NOUN" in p.tag.grammemes]
    if not nouns or any("nomn" in p.tag.grammemes for p in nouns):
        return None
    return next((p for p in nouns if any(c in p.tag.grammemes for c in _OBLIQUE)), None)


def _as_written(form: str, original: str) -> str:
    """``form`` with the capitals of ``original``: each hyphen-joined part that began with
    one begins with one; and without the dictionary's «ё» where the text wrote «е»."""
    if "ё" not in original.lower():
        form = form.replace("ё", "е")
    parts = form.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return form.capitalize() if original[:1].isupper() else form
    return "-".join(
        p.capitalize() if o[:1].isupper() else p for p, o in zip(parts, originals, strict=True)
    )


def outlet_nominative(name: str) -> str:
    """A Russian outlet's name as it is called, when the text names it bare in another case:
    «рассказала «Сквозняку»» → «Сквозняк», «со ссылкой на «Зону без глянца»» → «Зона без
    глянца», «Полярной звезде» → «Полярная звезда». The adjectives before the first noun and
    that noun are put in the nominative, agreeing with it; what follows it (a genitive, «без
    глянца») is kept. A name whose head may already be a nominative, or that the dictionary
    does not know, is kept as written: the same outlet is one source whatever case a
    sentence put it in."""
    words = name.split()
    for index, word in enumerate(words):
        if _is_adjective(word):
            continue  # agrees with the noun, which decides the case
        head = _head_reading(word)
        if head is None:
            return name
        grammemes = head.tag.grammemes
        case = next(c for c in _OBLIQUE if c in grammemes)
        number = "plur" if "plur" in grammemes else "sing"
        gender = next((g for g in ("masc", "femn", "neut") if g in grammemes), None)
        adjectives = [_matching_case(w, case, number, gender) for w in words[:index]]
        noun = head.inflect({"Nom", "Plur" if number == "plur" else "Sing"})
        forms = [a.inflect({"Nom"}) if a is not None else None for a in adjectives] + [noun]
        if not all(forms):
            return name
        inflected = [str(f.word) for f in forms if f is not None]
        return " ".join(
            [
                *(_as_written(f, w) for f, w in zip(inflected, words, strict=False)),
                *words[index + 1 :],
            ]
        )
    return name


def _candidate(analysis: Analysis, raw: str, start: int, end: int) -> tuple[str, bool] | None:
    """The outlet a captured name stands for, and whether the lexicon knows it."""
    quoted = raw.startswith("«")
    name = raw.strip("«»").strip().rstrip(".’'")
    known = _known(analysis, name)
    if known is not None:
        return known, True
    if quoted:
        if analysis.language == "ru" and not _DESCRIBED_BEFORE.search(
            analysis.document.text[max(0, start - 30) : start]
        ):
            name = outlet_nominative(name)
        return name, False
    if analysis.lexicon.outlet_needs_quotes:
        return None
    name = _LEADING_ARTICLE.sub("", name)
    first = name.split()[0].strip(".’'").casefold() if name.split() else ""
    if not first or first in _NOT_OUTLETS or _HONORIFIC.match(name):
        return None
    if name.casefold() in analysis.memo("outlet_names", lambda: outlet_names(analysis)):
        return name, False  # the text calls it a site or channel, whatever words it holds
    # (nor a facility: "a prisoner … at LIU-4 wrote to us")
    mentioned = (
        *analysis.people,
        *analysis.places,
        *analysis.nationalities,
        *analysis.facilities,
    )
    if _overlaps(analysis.organizations, start, end):
        return None
    if _overlaps(mentioned, start, end):
        return None
    if any(name.casefold() in (p.value.casefold(), p.text.casefold()) for p in analysis.people):
        return None
    return name, False


def outlets(analysis: Analysis) -> Analysis:
    lexicon = analysis.lexicon
    canon = _Canon()
    found: list[Mention] = []
    weak: list[tuple[int, int, str, bool]] = []
    may_match = analysis.literals().may_match  # skips a pattern the sentence cannot match
    for sentence in analysis.sentences:
        for mode, patterns in lexicon.retelling.items():
            if mode == "publisher" and sentence.paragraph >= OPENING_PARAGRAPHS:
                continue
            for pattern in patterns:
                if not may_match(pattern, sentence.start, sentence.end):
                    continue
                for m in pattern.finditer(sentence.text):
                    start = sentence.start + m.start("name")
                    end = sentence.start + m.end("name")
                    candidate = _candidate(analysis, m.group("name"), start, end)
                    if candidate is None:
                        continue
                    name, known = candidate
                    if mode not in _MODES:  # "outer_if_known": settled once all are seen
                        weak.append((start, end, name, known))
                        continue
                    found.append(Mention(start, end, m.group("name"), "outlet", canon(name), mode))
    strong = [m.value for m in found]
    introduced = analysis.memo("outlet_names", lambda: outlet_names(analysis))
    for start, end, name, known in weak:
        # "X said" is an outlet's report when X is known, reported strongly elsewhere, or
        # introduced by the text as one ("the channel X").
        if known or name.casefold() in introduced or any(_same_name(seen, name) for seen in strong):
            text = analysis.document.text[start:end]
            found.append(Mention(start, end, text, "outlet", canon(name), "outer"))
    unique = {(m.start, m.detail): m for m in found}
    # «сообщило издание «…»» reads as both a report and a telling; the report is what it is.
    reporting = {m.start for m in found if m.detail != "listener"}
    unique = {k: m for k, m in unique.items() if m.detail != "listener" or m.start not in reporting}
    return replace(analysis, outlets=tuple(sorted(unique.values(), key=lambda m: m.start)))
