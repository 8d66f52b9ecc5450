"""How alike two person mentions are: a score in 0..1, a conflict, and reasons to read.

The score is the name's similarity (surname stems and first names, Jaro-Winkler over the
phonetic keys of ``names``), plus small amounts for agreeing attributes. A conflicting
attribute (birth year, month or day; region; facility; nationality; patronymic) makes the
score 0: two men named Karimov in different colonies are two people.

Calibration (tests/corpus/linking/generated.*, see docs/linking.md): a full name in two
schemes scores ≈ 1.0, one typo ≈ 0.95; an initial alone reaches the link threshold only with
one agreeing attribute, a surname alone only with a birth date or two attributes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import OSA, JaroWinkler

from recruitwatch.resolution.names import NameForms, ParsedName
from recruitwatch.resolution.people_attributes import PreparedMention

__all__ = [
    "LINK_THRESHOLD",
    "Comparison",
    "attributes_conflict",
    "attributes_score",
    "mentions_compare",
    "names_compare",
    "similarity",
]

# 0.90: on the generated benchmark, the highest pair recall with pair precision ≥ 0.98
# (docs/linking.md). Below it, pairs are listed for a reviewer, never merged.
LINK_THRESHOLD = 0.90
# Surnames less alike than this are different names, however alike the rest.
SURNAME_MIN = 0.88
# First names less alike than this are different (Shavkat / Sherzod ≈ 0.7).
FIRST_MIN = 0.84
# What an initial that fits is worth against a full first name (it fits many names).
INITIAL_WEIGHT = 0.75
# A surname with no first name on one side: worth this fraction of its similarity.
SURNAME_ONLY_WEIGHT = 0.78
SURNAME_SHARE = 0.55
# A first name with no surname: 0.72 + a full birth date (0.10) + facility (0.05) + region
# (0.04) = 0.91; a birth month or a single attribute less stays below the threshold.
FIRST_ALONE_WEIGHT = 0.72

BONUS_BIRTH_DAY = 0.10
BONUS_BIRTH_MONTH = 0.07
BONUS_BIRTH_YEAR = 0.04
BONUS_FACILITY = 0.05
BONUS_REGION = 0.04
BONUS_NATIONALITY = 0.02
BONUS_PATRONYMIC = 0.04


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float  # 0..1, what the output shows
    rank: float  # name + every bonus, uncapped: orders candidate links, best evidence first
    name_score: float
    conflict: str | None
    reading_a: NameForms | None
    reading_b: NameForms | None


def _edits_allowed(key_a: str, key_b: str) -> int:
    # One slip (a transposition counts as one) in a short key, two in a long one. Scheme
    # differences are already folded away, so what is left is typos; Jaro-Winkler alone
    # is generous to short stems (bel / belia ≈ 0.92, which are Belov and Belyaev).
    return 1 if min(len(key_a), len(key_b)) <= 6 else 2


def similarity(keys_a: frozenset[str], keys_b: frozenset[str]) -> float:
    """The best Jaro-Winkler similarity between any key of one side and any of the other,
    among pairs no more than a typo or two apart (others count 0)."""
    if keys_a & keys_b:
        return 1.0
    best = 0.0
    for key_a in keys_a:
        for key_b in keys_b:
            value = JaroWinkler.normalized_similarity(key_a, key_b)
            if value <= best:
                continue
            allowed = _edits_allowed(key_a, key_b)
            if OSA.distance(key_a, key_b, score_cutoff=allowed) <= allowed:
                best = value
    return best


def _first_score(a: NameForms, b: NameForms) -> float | None:
    if a.first and b.first:
        value = similarity(a.first, b.first)
        return value if value >= FIRST_MIN else 0.0
    if (a.first or a.first_initial) and (b.first or b.first_initial):
        # at least one side is an initial only
        initials_a = {k[0] for k in a.first} if a.first else {a.first_initial}
        initials_b = {k[0] for k in b.first} if b.first else {b.first_initial}
        return INITIAL_WEIGHT if initials_a & initials_b else 0.0
    return None


def _first_name_alone_score(a: NameForms, b: NameForms) -> float:
    """A first name alone ("Farkhod") against a full name: worth FIRST_ALONE_WEIGHT of the
    first names' likeness, so only an identical first name with a full birth date and two
    more agreeing attributes reaches the link threshold."""
    alone, full = (a, b) if not a.surname else (b, a)
    if alone.surname or not full.surname or not alone.first or not full.first:
        return 0.0
    value = similarity(alone.first, full.first)
    return FIRST_ALONE_WEIGHT * value if value >= FIRST_MIN else 0.0


def reading_score(a: NameForms, b: NameForms) -> float:
    if not a.surname or not b.surname:
        return _first_name_alone_score(a, b)
    surname = similarity(a.surname, b.surname)
    if surname < SURNAME_MIN:
        return 0.0
    first = _first_score(a, b)
    if first is None:
        return SURNAME_ONLY_WEIGHT * surname
    if first == 0.0:
        return 0.0
    return SURNAME_SHARE * surname + (1 - SURNAME_SHARE) * first


def attributes_conflict(a: PreparedMention, b: PreparedMention) -> str | None:
    """What makes two mentions two people, or None."""
    if a.birth_year is not None and b.birth_year is not None:
        if a.birth_year != b.birth_year:
            return "different birth years"
        if a.birth_month is not None and b.birth_month is not None:
            if a.birth_month != b.birth_month:
                return "different birth months"
            if a.birth_day is not None and b.birth_day is not None and a.birth_day != b.birth_day:
                return "different birth dates"
    if a.region and b.region and a.region != b.region:
        return "different regions"
    if a.facility and b.facility and a.facility != b.facility:
        return "different facilities"
    if a.nationality and b.nationality and a.nationality != b.nationality:
        return "different nationalities"
    if (
        a.parsed.patronymic
        and b.parsed.patronymic
        and similarity(a.parsed.patronymic, b.parsed.patronymic) < FIRST_MIN
    ):
        return "different patronymics"
    return None


def _bonus(a: PreparedMention, b: PreparedMention) -> float:
    bonus = 0.0
    if a.birth_year is not None and a.birth_year == b.birth_year:
        if a.birth_month is not None and a.birth_month == b.birth_month:
            bonus += (
                BONUS_BIRTH_DAY
                if a.birth_day is not None and a.birth_day == b.birth_day
                else BONUS_BIRTH_MONTH
            )
        else:
            bonus += BONUS_BIRTH_YEAR
    if a.facility and a.facility == b.facility:
        bonus += BONUS_FACILITY
    if a.region and a.region == b.region:
        bonus += BONUS_REGION
    if a.nationality and a.nationality == b.nationality:
        bonus += BONUS_NATIONALITY
    if a.parsed.patronymic and b.parsed.patronymic:
        bonus += BONUS_PATRONYMIC
    return bonus


def names_compare(a: ParsedName, b: ParsedName) -> tuple[float, NameForms | None, NameForms | None]:
    """The better of two names' readings: (name score, reading of a, reading of b)."""
    best = 0.0
    best_a: NameForms | None = None
    best_b: NameForms | None = None
    for reading_a in a.readings:
        for reading_b in b.readings:
            value = reading_score(reading_a, reading_b)
            if value > best:
                best, best_a, best_b = value, reading_a, reading_b
    return best, best_a, best_b


def attributes_score(
    a: PreparedMention, b: PreparedMention, name_score: float
) -> tuple[float, float]:
    """(score, rank) of two mentions whose names score ``name_score``; (0, 0) on a conflict."""
    if name_score == 0.0 or attributes_conflict(a, b):
        return 0.0, 0.0
    rank = name_score + _bonus(a, b)
    return round(min(1.0, rank), 4), rank


def mentions_compare(a: PreparedMention, b: PreparedMention) -> Comparison:
    """Compare two mentions: the better of their name readings, then the attributes."""
    best, reading_a, reading_b = names_compare(a.parsed, b.parsed)
    if best == 0.0:
        return Comparison(0.0, 0.0, 0.0, None, None, None)
    conflict = attributes_conflict(a, b)
    if conflict:
        return Comparison(0.0, 0.0, best, conflict, reading_a, reading_b)
    rank = best + _bonus(a, b)
    return Comparison(round(min(1.0, rank), 4), rank, best, None, reading_a, reading_b)
