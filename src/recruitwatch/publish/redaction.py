"""Redaction: the default for everything that leaves the database.

A redacted export carries no real name, alias, contact or birth date of a person, and
free-text fields (summaries, titles) have every known name and alias of a person replaced by
that person's pseudonym. Document bodies are never exported: they are the raw material a
leak would expose in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Names shorter than this are not replaced inside free text: a two-letter alias would
# shred ordinary words.
MIN_REDACTED_NAME_LENGTH = 3


@dataclass(frozen=True)
class Redactor:
    pattern: re.Pattern[str] | None
    replacement: dict[str, str]

    def redact(self, text: str) -> str:
        if not text or self.pattern is None:
            return text
        return self.pattern.sub(lambda found: self.replacement[found.group(0).casefold()], text)


def redactor_build(people: Iterable[tuple[list[str], str]]) -> Redactor:
    """From (names and aliases, pseudonym) pairs, a redactor that swaps names for pseudonyms."""
    replacement: dict[str, str] = {}
    for names, pseudonym in people:
        for name in names:
            name = name.strip()
            if len(name) >= MIN_REDACTED_NAME_LENGTH:
                replacement[name.casefold()] = pseudonym
    if not replacement:
        return Redactor(pattern=None, replacement={})
    # Longest first, so "Aziz Karimov" is replaced whole before "Aziz" alone.
    alternatives = sorted(replacement, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(name) for name in alternatives) + r")(?!\w)",
        re.IGNORECASE,
    )
    return Redactor(pattern=pattern, replacement=replacement)


# The phrases of a person link's reasons that carry names (``resolution.people_reasons``):
# "surname Тожиев ~ Tojiev (ICAO)", "same first name Shavkat", "initial fits: Ш. / Sh.". The
# names in them are often forms no record stores (a case form, a transliteration), so the
# redactor cannot be relied on to find them: the phrase keeps its kind and how the spellings
# relate, the names go.
_NAME_PHRASE = re.compile(
    r"^(?P<head>(?:same )?(?:surname|first name|patronymic|name)) (?P<names>.+?)"
    r"(?P<how> \([^()]*\))?$"
)
_INITIAL_PHRASE = re.compile(r"^initial fits: .*$")
# Phrases of that shape that hold no name.
_NAME_FREE_PHRASES = frozenset({"surname only on one side", "same patronymic"})
NAME_PLACEHOLDER = "[name]"


def name_phrase_mask(phrase: str) -> str:
    """A link reason with the names taken out: "surname Тожиев ~ Tojiev (ICAO)" → "surname
    [name] ~ [name] (ICAO)"; phrases that carry no name come back as they were."""
    if phrase in _NAME_FREE_PHRASES:
        return phrase
    if _INITIAL_PHRASE.match(phrase):
        return "initial fits"
    found = _NAME_PHRASE.match(phrase)
    if found is None:
        return phrase
    names = " ~ ".join(NAME_PLACEHOLDER for _ in found["names"].split(" ~ "))
    return f"{found['head']} {names}{found['how'] or ''}"


def name_words_redactor(people: Iterable[list[str]]) -> Redactor:
    """A redactor that replaces each word of a name or alias (a surname alone, a first name
    alone) with NAME_PLACEHOLDER: for short machine-made phrases such as link reasons, where a
    name appears in parts. Too coarse for prose: a surname that is also a word would go."""
    words = {
        word.strip(".,;:()\"'«»")
        for names in people
        for name in names
        for word in (name or "").split()
    }
    return redactor_build([(sorted(words), NAME_PLACEHOLDER)])
