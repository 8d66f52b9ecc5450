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
