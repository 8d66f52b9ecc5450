"""Person mentions into persons, across scripts: the service behind ``recruitwatch link``.

The flow, in order:

1. read: JSON Lines → ``PersonMention`` (``people_attributes.mention_from_json``; bad lines
   raise ``PeopleInputError`` naming the line and field, never the value);
2. prepare: names parsed into phonetic keys (``names``), attributes into comparable form;
3. block: every mention filed under its blocking keys (``people_index``);
4. compare: every pair sharing a block scored (``people_compare``); pairs at or above
   ``LINK_THRESHOLD`` become candidate links;
5. cluster: candidate links, best first, join persons unless what the persons say conflicts
   (greedy, constrained single linkage: a link never joins two different birth years,
   regions, facilities, nationalities or first names);
6. explain: the links that built each person get reasons (``people_reasons``); weaker pairs
   between ``REVIEW_THRESHOLD`` and the link threshold are listed for a reviewer, marked
   ``"linked": false``.

Nothing here merges records in the database: this proposes, a reviewer decides.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from recruitwatch.resolution.people_attributes import (
    PeopleInputError,
    PersonMention,
    PreparedMention,
    mention_from_json,
    mention_prepare,
)
from recruitwatch.resolution.people_compare import (
    LINK_THRESHOLD,
    attributes_score,
    mentions_compare,
    names_compare,
)
from recruitwatch.resolution.people_index import PeopleIndex
from recruitwatch.resolution.people_reasons import link_reasons

__all__ = [
    "LinkResult",
    "PeopleInputError",
    "PersonLink",
    "PersonMention",
    "link_result_contract",
    "mentions_read_jsonl",
    "people_link",
]

# 0.80: pairs this alike but below the link threshold are worth a reviewer's glance (an
# initial with no attribute, a surname alone); fewer than one per person on the benchmark.
REVIEW_THRESHOLD = 0.80


@dataclass(frozen=True, slots=True)
class PersonLink:
    a: str
    b: str
    score: float
    linked: bool
    why: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LinkResult:
    clusters: tuple[tuple[str, ...], ...]
    links: tuple[PersonLink, ...]


def mentions_read_jsonl(lines: Iterable[str]) -> list[PersonMention]:
    """Read the contract's JSON Lines; blank lines skipped; ids must be unique."""
    mentions: list[PersonMention] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PeopleInputError(f"line {number}: not valid JSON ({exc.msg})") from None
        mention = mention_from_json(obj, line=number)
        if mention.id in seen:
            raise PeopleInputError(f"line {number}: id {mention.id!r} appears twice")
        seen.add(mention.id)
        mentions.append(mention)
    return mentions


def people_link(mentions: Sequence[PersonMention], *, explain: bool = True) -> LinkResult:
    """Group mentions into persons (steps 2–6 of the module docstring)."""
    index = PeopleIndex()
    for mention in mentions:
        index.add(mention_prepare(mention))
    prepared = index.mentions

    candidates: list[tuple[float, int, int]] = []
    weak: list[tuple[float, int, int]] = []
    for group_a, group_b, name_score in _name_pairs(prepared):
        for a in group_a:
            for b in group_b if group_b is not group_a else group_a:
                if b <= a and group_b is group_a:
                    continue
                score, rank = attributes_score(prepared[a], prepared[b], name_score)
                if score >= LINK_THRESHOLD:
                    candidates.append((rank, min(a, b), max(a, b)))
                elif score >= REVIEW_THRESHOLD:
                    weak.append((rank, min(a, b), max(a, b)))
    # Best first; ties in input order, so the output does not depend on hashing.
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    joined: list[tuple[float, int, int]] = []
    refused: list[tuple[float, int, int]] = []
    for rank, a, b in candidates:
        if index.join(a, b):
            joined.append((rank, a, b))
        elif index.person_of(a) != index.person_of(b):
            refused.append((rank, a, b))
    ambiguous = _ambiguous(prepared, joined, refused)
    if ambiguous:
        index = _rebuild(index, joined, ambiguous)
        joined = [(r, a, b) for r, a, b in joined if a not in ambiguous and b not in ambiguous]
    joined += _attach_unique(index, weak, ambiguous)
    joined = [(min(1.0, rank), a, b) for rank, a, b in joined]

    clusters = tuple(tuple(prepared[p].mention.id for p in group) for group in index.persons())
    links: list[PersonLink] = []
    if explain:
        for score, a, b in joined:
            links.append(_link(prepared[a], prepared[b], score, linked=True))
        for score, a, b in sorted(weak, key=lambda item: (-item[0], item[1], item[2])):
            if index.person_of(a) != index.person_of(b):
                links.append(_link(prepared[a], prepared[b], score, linked=False))
    else:
        links = [
            PersonLink(prepared[a].mention.id, prepared[b].mention.id, score, True, ())
            for score, a, b in joined
        ]
    return LinkResult(clusters=clusters, links=tuple(links))


def _name_pairs(
    prepared: Sequence[PreparedMention],
) -> Iterable[tuple[list[int], list[int], float]]:
    """Groups of mentions written alike, paired with the groups whose names may be the
    same person's, with the name score: names repeat, so comparing each distinct spelling
    once (through the same blocking keys) is far cheaper than comparing every mention."""
    groups: dict[str, list[int]] = {}
    for position, mention in enumerate(prepared):
        groups.setdefault(mention.parsed.written, []).append(position)
    names = list(groups.values())
    name_index = PeopleIndex()
    for members in names:
        name_index.add(prepared[members[0]])
    for members in names:
        parsed = prepared[members[0]].parsed
        score, _, _ = names_compare(parsed, parsed)
        if score > 0.0 and len(members) > 1:
            yield members, members, score
    for i, j in name_index.block_pairs():
        score, _, _ = names_compare(prepared[names[i][0]].parsed, prepared[names[j][0]].parsed)
        if score > 0.0:
            yield names[i], names[j], score


# A mention that joined one person and fits another as well (within this margin of rank)
# is ambiguous: 0.02 is less than the smallest attribute bonus, so any telling attribute
# decides.
AMBIGUITY_MARGIN = 0.02


def _telling(mention: PreparedMention) -> bool:
    """Whether a mention says something that tells namesakes apart."""
    return mention.birth_year is not None or bool(mention.region) or bool(mention.facility)


def _ambiguous(
    prepared: Sequence[PreparedMention],
    joined: list[tuple[float, int, int]],
    refused: list[tuple[float, int, int]],
) -> set[int]:
    """Mentions with nothing telling that fit two persons about equally well: step 5 would
    otherwise give them to whichever came first, so they are left alone for a reviewer."""
    best: dict[int, float] = {}
    for rank, a, b in joined:
        for position in (a, b):
            best[position] = max(best.get(position, 0.0), rank)
    found: set[int] = set()
    for rank, a, b in refused:
        for position in (a, b):
            if (
                not _telling(prepared[position])
                and rank >= best.get(position, 0.0) - AMBIGUITY_MARGIN
            ):
                found.add(position)
    return found


def _rebuild(
    index: PeopleIndex, joined: list[tuple[float, int, int]], alone: set[int]
) -> PeopleIndex:
    """The persons again, from the same links, with the ``alone`` mentions left out."""
    index.persons_reset()
    for _, a, b in joined:
        if a not in alone and b not in alone:
            index.join(a, b)
    return index


def _attach_unique(
    index: PeopleIndex, weak: list[tuple[float, int, int]], ambiguous: set[int]
) -> list[tuple[float, int, int]]:
    """Mentions left on their own whose weaker links (an initial, a surname alone) lead to
    one person only join that person: there is no one else they could be.

    First pass: lone mentions whose weak links reach exactly one person of two or more
    mentions. Second pass: lone mentions whose weak links reach only other lone mentions
    ("T. Kharitonov" three times, no Kharitonov with a full first name) are joined to each
    other, unless what they say conflicts.
    """
    joined: list[tuple[float, int, int]] = []
    reach: dict[int, dict[int, tuple[float, int]]] = {}
    for rank, a, b in weak:
        for alone, other in ((a, b), (b, a)):
            if alone in ambiguous or index.size_of(alone) != 1:
                continue
            person = index.person_of(other)
            previous = reach.setdefault(alone, {}).get(person)
            if previous is None or rank > previous[0]:
                reach[alone][person] = (rank, other)
    lone_only: list[int] = []
    for alone, persons in sorted(reach.items()):
        # Persons as they are now: an earlier lone mention may have joined one already.
        larger: dict[int, tuple[float, int]] = {}
        for rank, other in persons.values():
            root = index.person_of(other)
            if index.size_of(root) >= 2 and root != index.person_of(alone):
                larger[root] = max(larger.get(root, (0.0, other)), (rank, other))
        if len(larger) == 1:
            ((rank, other),) = larger.values()
            if index.join(other, alone):
                joined.append((rank, other, alone))
        elif not larger:
            lone_only.append(alone)
    for alone in lone_only:
        # Only when everything it reaches could be one person ("T. Kharitonov" three times),
        # not when it reaches two people who differ ("P. Ermakov": Pyotr or Pavel?).
        # Both ways: what the mentions it reaches could also be must agree too.
        reached = sorted(reach[alone].values(), reverse=True)
        roots = {index.person_of(other) for _, other in reached}
        for _, other in reached:
            roots |= {index.person_of(o) for _, o in reach.get(other, {}).values()}
        roots.add(index.person_of(alone))
        if any(not index.compatible(x, y) for x, y in itertools.combinations(sorted(roots), 2)):
            continue
        for rank, other in reached:
            if other in ambiguous:
                continue
            if index.join(other, alone):
                joined.append((rank, other, alone))
    return joined


def _link(a: PreparedMention, b: PreparedMention, score: float, *, linked: bool) -> PersonLink:
    comparison = mentions_compare(a, b)
    return PersonLink(
        a=a.mention.id,
        b=b.mention.id,
        score=round(score, 3),
        linked=linked,
        why=tuple(link_reasons(a, b, comparison.reading_a, comparison.reading_b)),
    )


def link_result_contract(result: LinkResult) -> dict[str, Any]:
    """The JSON object of ``shared/contracts/linking-format.md``."""
    return {
        "clusters": [list(cluster) for cluster in result.clusters],
        "links": [
            {
                "a": link.a,
                "b": link.b,
                "score": link.score,
                "linked": link.linked,
                "why": list(link.why),
            }
            for link in result.links
        ],
    }
