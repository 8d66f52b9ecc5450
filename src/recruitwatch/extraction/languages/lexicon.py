"""The shape of a language's cue lexicon: compiled patterns the stages look for.

Each language module (``english``, ``russian``) builds one :class:`Lexicon`. Stages never
hold language-specific words themselves; they ask the lexicon. Patterns are matched against
the sentence text as written (case-insensitive), so every match has exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(frozen=True)
class Lexicon:
    language: str
    #: The sentence reports a recruitment event (signing, being sent to fight, taken to an
    #: enlistment office). Such sentences anchor incidents.
    event: re.Pattern[str]
    #: Coercion type → pattern. A match is a cue for that type.
    coercion: dict[str, re.Pattern[str]]
    #: Voluntary, negated or doubtful statements: coercion cues in the sentence are void.
    no_coercion: re.Pattern[str]
    feared: re.Pattern[str]
    planned: re.Pattern[str]
    #: Places that are not facilities ("on the street", "at a construction site").
    generic_place: re.Pattern[str]
    #: Victim status cues: status → pattern.
    status: dict[str, re.Pattern[str]]
    #: Perpetrator label → pattern.
    perpetrators: dict[str, re.Pattern[str]]
    #: Organisation canonical name → pattern.
    organizations: dict[str, re.Pattern[str]]
    #: Nationality code ("UZ", "Central Asia", …) → pattern.
    nationalities: dict[str, re.Pattern[str]]
    #: Relatives: pattern whose group "relation" names the relation ("father", "мать").
    relative: re.Pattern[str]
    #: Attribution: patterns with a named group "name" (the speaker).
    attribution: tuple[re.Pattern[str], ...]
    #: Pseudonym markers following a name ("(not his real name)", «(имя изменено)»).
    pseudonym_marker: re.Pattern[str]
    #: Pseudonym markers right before a name ("I'll call him Bakhtiyor", «назовём его Фарход»).
    pseudonym_before: re.Pattern[str] = re.compile(r"(?!x)x")
    #: A report's own statement that it changed its people's names ("all names in this chapter
    #: are pseudonyms"): then everyone it calls by a first name alone goes by a pseudonym.
    pseudonyms_declared: re.Pattern[str] = re.compile(r"(?!x)x")
    #: A deportation ordered or carried out, with no threat in the sentence ("he refused and
    #: was deported", «суд назначил ему выдворение»): what followed, not the coercion.
    expulsion_done: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Statements that something is not known or not said ("declined to comment", "did not
    #: say how many"): an incident resting only on them is background, not an incident.
    no_information: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Advice and hypotheticals addressed to the reader ("If you are threatened with
    #: deportation, ask for it in writing") and generalisations ("The pattern is the same: a
    #: list, a room, a signature"): such a sentence reports no incident of its own.
    advice: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Source role → pattern over the text around a person's name.
    roles: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: Known news outlets and monitoring groups: canonical name → pattern (any case form).
    outlets: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: How an outlet enters a retelling, by its place in the chain: ``outer`` (it reports:
    #: "X reported", "according to X"), ``cited`` (it is cited: "citing X") and ``listener``
    #: (it was told: "told X", "interviewed by X"). Each pattern has a group "name".
    #: A fourth, ``publisher``, is the group or outlet whose report the document is ("an
    #: excerpt from a report published by X", «Издание «X» опубликовало рассказ»); it is
    #: read in the document's opening only.
    retelling: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    #: A name introduced as an outlet ("the news site Taiga Post", «издание «Х»»): group
    #: "name". Such a name is never a person, wherever else it appears.
    outlet_named: re.Pattern[str] = re.compile(r"(?!x)x")
    #: The outlet's name opening the text ("The Northern Ledger. …"), tried at its start only.
    masthead: re.Pattern[str] = re.compile(r"(?!x)x")
    #: The last word of a name that makes it an outlet's or a group's ("… Post", "… Review",
    #: "… Watch"): such a name is never a person.
    outlet_head: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Ends with a verb of telling and its preposition ("told", "wrote to", «рассказал»): a
    #: relative right after it is the one told ("prisoner S. told his wife"), not a speaker.
    told_before: re.Pattern[str] = re.compile(r"(?!x)x")
    #: The lawyer or monitor an account was told to, named ("told our lawyer, Timur
    #: Saidaliev, that", "told Yevgenia Lapina, a coordinator at the group Open Cell,
    #: that"): they relay it, so they are a source beside the one who told; group "name".
    told_advocate: tuple[re.Pattern[str], ...] = ()
    #: Unnamed witnesses who may speak ("a stallholder", «наш собеседник», «продавщица»):
    #: one pattern (see :func:`witness_words`) whose matching group ``w<i>`` names the
    #: word a caseworker would file them under, ``witness_nouns[i]``.
    witness: re.Pattern[str] = re.compile(r"(?!x)x")
    witness_nouns: tuple[str, ...] = ()
    #: The same witnesses counted in the plural ("two inmates who wrote to us"): group
    #: ``w<i>`` as in :attr:`witness`. A plural speaks only when counted.
    witness_counted: re.Pattern[str] = re.compile(r"(?!x)x")
    #: A person the text calls by an initial only, where it introduces them ("prisoner K.",
    #: "Sh., 28, an Uzbek citizen", «Ш., 28 лет»): group "initial" is the letter. The
    #: second pattern, an initial with its age or citizenship, is tried only where an
    #: initial is followed by a comma.
    initial_introduced: tuple[re.Pattern[str], ...] = ()
    #: Words around a publisher's name that make it a rights group, not a news outlet
    #: ("monitoring group", «правозащитный центр»): its role is then advocate.
    rights_group: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Whether a bare capitalised name may be an outlet (English) or only a quoted or known
    #: one (Russian, where capitalised words after a verb are mostly people).
    outlet_needs_quotes: bool = False


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """``pattern``'s top-level alternatives, each compiled on its own with the same flags.

    A pattern of twenty alternatives is tried alternative by alternative at every position
    of every sentence; split, each part is run only where its own literals occur (see
    :mod:`recruitwatch.extraction.literals`), and a sentence matches the whole exactly when
    it matches a part. An alternative that is one whole non-capturing group, ``(?:A|B)``, is
    split in turn: wrapped so, its alternatives shared no literal prefix, and it was run over
    every sentence holding any of their words."""
    flags = pattern.flags & ~re.UNICODE
    return tuple(re.compile(part, flags) for part in _split_alternatives(pattern.pattern))


def _split_alternatives(source: str) -> list[str]:
    parts: list[str] = []
    for part in _top_level_parts(source):
        inner = _whole_group(part)
        parts += [part] if inner is None else _split_alternatives(inner)
    return parts


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` for each character of ``source`` that is pattern syntax: not
    escaped, not inside a character class; ``depth`` is the group depth before it."""
    depth, in_class, index = 0, False, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[index + 1 : index + 2] == "]":  # "[]…]": a literal first bracket
                index += 1
        else:
            yield index, char, depth
            depth += {"(": 1, ")": -1}.get(char, 0)
        index += 1


def _top_level_parts(source: str) -> list[str]:
    """``source`` split at its ``|`` outside any group or character class."""
    cuts = [index for index, char, depth in _structure(source) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1 : b] for a, b in pairwise(bounds)]


def _whole_group(part: str) -> str | None:
    """The inside of ``part`` when it is one non-capturing group from end to end
    (``(?:A|B)``, not ``(?:A)(?:B)`` nor ``(?:A)?``); otherwise None."""
    if not (part.startswith("(?:") and part.endswith(")")):
        return None
    closes = (index for index, char, depth in _structure(part) if char == ")" and depth == 1)
    return part[3:-1] if next(closes, None) == len(part) - 1 else None


def words(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any alternative as a whole word (or phrase)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def stems(*alternatives: str) -> re.Pattern[str]:
    """Like :func:`words` but each alternative may be followed by an ending (inflection)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")\w*", re.IGNORECASE)


def witness_words(table: dict[str, str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One case-insensitive whole-word pattern for ``table`` (noun → its forms' pattern),
    group ``w<i>`` for the i-th noun: a sentence is searched once, not once per noun."""
    nouns = tuple(table)
    groups = "|".join(f"(?P<w{i}>{table[noun]})" for i, noun in enumerate(nouns))
    return re.compile(r"(?<!\w)(?:" + groups + r")(?!\w)", re.IGNORECASE), nouns
