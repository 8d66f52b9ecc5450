"""The blocking index and the persons built so far: what makes linking fast and incremental.

Comparing every mention with every other is quadratic (10^10 pairs for 100,000 mentions).
Each mention is filed under a few *blocking keys* (``ParsedName.blocking_keys``: the
surname's consonant skeleton with the first initial, and the first name's skeleton with
the surname's first sounds); only mentions sharing a key are compared. A key shared by more
than ``BLOCK_LIMIT`` mentions (a very common name) is still used, but only its most recent
``BLOCK_LIMIT`` mentions are compared: the other key usually finds the rest.

Persons are a union-find over mentions. Each person keeps what its mentions say (birth
dates, regions, facilities, nationalities, first names); two persons are only joined when
nothing they say conflicts, so a chain of individually plausible links cannot put
Shavkat and Sherzod, or the Karimov of IK-2 and the Karimov of IK-6, into one person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from recruitwatch.resolution.names import skeleton
from recruitwatch.resolution.people_attributes import PreparedMention
from recruitwatch.resolution.people_compare import (
    FIRST_MIN,
    LINK_THRESHOLD,
    mentions_compare,
    similarity,
)

__all__ = ["BLOCK_LIMIT", "Link", "PeopleIndex"]

# 400: larger than any one name's block in the generated benchmark at 100,000 mentions
# (≈ 60), small enough that a mention never costs more than a few milliseconds.
BLOCK_LIMIT = 400


@dataclass(frozen=True, slots=True)
class Link:
    a: int  # mention positions in the index
    b: int
    score: float


@dataclass(slots=True)
class _Person:
    """What a person's mentions say; sets so that a conflict is a set of size > 1."""

    birth_years: set[int] = field(default_factory=set)
    birth_months: set[tuple[int, int]] = field(default_factory=set)
    birth_days: set[tuple[int, int, int]] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    facilities: set[str] = field(default_factory=set)
    nationalities: set[str] = field(default_factory=set)
    first_names: list[frozenset[str]] = field(default_factory=list)
    initials: set[str] = field(default_factory=set)


def _blocking_keys(mention: PreparedMention) -> frozenset[str]:
    """The name's keys, and with a full birth date each first name's skeleton with that
    date: how a first name alone ("Farkhod", 1991-03-14) meets the full name it belongs to
    (such blocks are small: one first name born on one day)."""
    keys = mention.parsed.blocking_keys
    if mention.birth_day is None:
        return keys
    day = f"{mention.birth_year}-{mention.birth_month}-{mention.birth_day}"
    firsts = {skeleton(first) for reading in mention.parsed.readings for first in reading.first}
    return keys | {f"d:{first}:{day}" for first in firsts}


def _person_of(mention: PreparedMention) -> _Person:
    person = _Person()
    if mention.birth_year is not None:
        person.birth_years.add(mention.birth_year)
        if mention.birth_month is not None:
            person.birth_months.add((mention.birth_year, mention.birth_month))
            if mention.birth_day is not None:
                person.birth_days.add((mention.birth_year, mention.birth_month, mention.birth_day))
    if mention.region:
        person.regions.add(mention.region)
    if mention.facility:
        person.facilities.add(mention.facility)
    if mention.nationality:
        person.nationalities.add(mention.nationality)
    # A name whose order is uncertain ("Sultonov Lochin", "Sherzod Abdullaev": both words
    # could be a surname) records the first-name keys of every reading: it stays compatible
    # with each reading, and still refuses a first name that fits none. A lone word read as
    # a first name records nothing: it may as well be a surname ("Kim").
    first_keys: set[str] = set()
    initial = ""
    for reading in mention.parsed.readings:
        if not reading.surname:
            continue
        first_keys |= reading.first
        if not reading.first and reading.first_initial:
            initial = reading.first_initial
    if first_keys:
        person.first_names.append(frozenset(first_keys))
    elif initial:
        person.initials.add(initial)
    return person


def _compatible(a: _Person, b: _Person) -> bool:
    if len(a.birth_years | b.birth_years) > 1:
        return False
    if len(a.birth_months | b.birth_months) > 1 or len(a.birth_days | b.birth_days) > 1:
        return False
    if len(a.regions | b.regions) > 1 or len(a.facilities | b.facilities) > 1:
        return False
    if len(a.nationalities | b.nationalities) > 1:
        return False
    for first_a in a.first_names:
        for first_b in b.first_names:
            if first_a is not first_b and similarity(first_a, first_b) < FIRST_MIN:
                return False
    initials = a.initials | b.initials
    if len(initials) > 1:
        return False
    for initial in initials:
        for first in (*a.first_names, *b.first_names):
            if not any(key[0] == initial for key in first):
                return False
    return True


def _merge(into: _Person, other: _Person) -> None:
    into.birth_years |= other.birth_years
    into.birth_months |= other.birth_months
    into.birth_days |= other.birth_days
    into.regions |= other.regions
    into.facilities |= other.facilities
    into.nationalities |= other.nationalities
    for first in other.first_names:
        if first not in into.first_names:
            into.first_names.append(first)
    into.initials |= other.initials


class PeopleIndex:
    """Mentions, their blocks and the persons they form; grows one mention at a time."""

    def __init__(self) -> None:
        self.mentions: list[PreparedMention] = []
        self._blocks: dict[str, list[int]] = {}
        self._parent: list[int] = []
        self._persons: dict[int, _Person] = {}
        self._sizes: dict[int, int] = {}

    # --- blocking -------------------------------------------------------------------
    def add(self, mention: PreparedMention) -> int:
        """File a mention under its keys as a person of its own; return its position."""
        position = len(self.mentions)
        self.mentions.append(mention)
        self._parent.append(position)
        self._persons[position] = _person_of(mention)
        self._sizes[position] = 1
        for key in _blocking_keys(mention):
            self._blocks.setdefault(key, []).append(position)
        return position

    def candidates(self, mention: PreparedMention, *, before: int | None = None) -> set[int]:
        """Positions sharing a blocking key with ``mention`` (only those below ``before``)."""
        found: set[int] = set()
        for key in _blocking_keys(mention):
            block = self._blocks.get(key)
            if not block:
                continue
            if before is not None:
                block = [p for p in block if p < before]
            found.update(block[-BLOCK_LIMIT:])
        return found

    def block_pairs(self) -> Iterable[tuple[int, int]]:
        """Every pair of positions that share a block, each pair once."""
        seen: set[int] = set()
        size = len(self.mentions)
        for block in self._blocks.values():
            members = block[-BLOCK_LIMIT:] if len(block) > BLOCK_LIMIT else block
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    code = a * size + b
                    if code in seen:
                        continue
                    seen.add(code)
                    yield a, b

    # --- persons --------------------------------------------------------------------
    def persons_reset(self) -> None:
        """Every mention a person of its own again; the blocks stay."""
        self._parent = list(range(len(self.mentions)))
        self._persons = {p: _person_of(m) for p, m in enumerate(self.mentions)}
        self._sizes = dict.fromkeys(range(len(self.mentions)), 1)

    def person_of(self, position: int) -> int:
        parent = self._parent
        root = position
        while parent[root] != root:
            root = parent[root]
        while parent[position] != root:
            parent[position], position = root, parent[position]
        return root

    def compatible(self, a: int, b: int) -> bool:
        """Whether the persons of two mentions could be one person."""
        root_a, root_b = self.person_of(a), self.person_of(b)
        return root_a == root_b or _compatible(self._persons[root_a], self._persons[root_b])

    def join(self, a: int, b: int) -> bool:
        """Join the persons of two mentions unless what they say conflicts."""
        root_a, root_b = self.person_of(a), self.person_of(b)
        if root_a == root_b:
            return False
        person_a, person_b = self._persons[root_a], self._persons[root_b]
        if not _compatible(person_a, person_b):
            return False
        if len(person_a.first_names) < len(person_b.first_names):
            root_a, root_b, person_a, person_b = root_b, root_a, person_b, person_a
        self._parent[root_b] = root_a
        _merge(person_a, person_b)
        del self._persons[root_b]
        self._sizes[root_a] += self._sizes.pop(root_b)
        return True

    def size_of(self, position: int) -> int:
        """How many mentions the person of ``position`` has."""
        return self._sizes[self.person_of(position)]

    def persons(self) -> list[list[int]]:
        """Mention positions grouped by person, each group and the list in input order."""
        groups: dict[int, list[int]] = {}
        for position in range(len(self.mentions)):
            groups.setdefault(self.person_of(position), []).append(position)
        return sorted(groups.values(), key=lambda group: group[0])

    # --- incremental linking --------------------------------------------------------
    def link_new(self, mention: PreparedMention) -> tuple[int, list[Link]]:
        """Add one mention to an existing index and join it to the person it names.

        Candidates are compared in order of score; the mention joins the first person it
        does not conflict with, and the links that put it there are returned.
        """
        scored = []
        for candidate in self.candidates(mention):
            comparison = mentions_compare(mention, self.mentions[candidate])
            if comparison.score >= LINK_THRESHOLD:
                scored.append((comparison.rank, candidate))
        position = self.add(mention)
        links = []
        for score, candidate in sorted(scored, reverse=True):
            if self.join(candidate, position):
                links.append(Link(candidate, position, min(1.0, score)))
        return self.person_of(position), links
