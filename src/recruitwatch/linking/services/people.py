"""Proposing "same person" links for people recorded at ingest (issue 7, points 2 and 6).

The comparison is the resolver's (``resolution.people_compare``, the rules behind
`recruitwatch link`); what this adds is finding candidates in the database without opening
every sealed name. Each person's name and aliases give phonetic blocking keys
(``resolution.names``), stored keyed (``PersonKey``, HMAC under the blind-index key). A new
person is compared with the people sharing one of its keys — only those names are opened —
and every pair scoring at least ``PERSON_SUGGEST_SCORE`` becomes a suggestion with the
resolver's reasons. The reviewer decides; a rejected pair is never proposed again.

A person whose only known name is a pseudonym ("Oleg, not his real name") is never linked
by name: two reports using one common pseudonym say nothing about one man.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from recruitwatch.linking.models import LinkSuggestion, PersonKey, SuggestionKind
from recruitwatch.linking.services.suggestions import suggestion_propose
from recruitwatch.protection.blind_index import lookup_key
from recruitwatch.protection.fields import active_keyring
from recruitwatch.records.models import Person
from recruitwatch.resolution.people import REVIEW_THRESHOLD
from recruitwatch.resolution.people_attributes import (
    PersonMention,
    PreparedMention,
    mention_prepare,
)
from recruitwatch.resolution.people_compare import mentions_compare
from recruitwatch.resolution.people_reasons import link_reasons

# The resolver's review threshold (0.80): pairs this alike are worth a reviewer's glance; its
# link threshold is higher, and the suggestion's score tells the reviewer which it passed.
PERSON_SUGGEST_SCORE = REVIEW_THRESHOLD
# People compared per new person, newest first: a common surname with an initial can block
# with thousands; the comparison is cheap, but opening thousands of names per ingest is not.
CANDIDATE_LIMIT = 500
_DOMAIN = "linking.person_key"


def person_blocking_key(blocking_key: str) -> str:
    """The stored (keyed) form of one of the resolver's blocking keys."""
    return lookup_key(active_keyring(), blocking_key.encode("utf-8"), domain=_DOMAIN)


def _agreed(values: Iterable[str]) -> str | None:
    """The one value all of a person's incidents agree on, or None (none, or several: a
    transferred prisoner's two colonies must not make him conflict with either)."""
    distinct = {value for value in values if value}
    return distinct.pop() if len(distinct) == 1 else None


def person_mentions(person: Person) -> list[PreparedMention]:
    """The person as the resolver sees him: one mention per known name (name, aliases), with
    what his incidents say about facility and region, and his birth date and nationality."""
    incidents = [involvement.incident for involvement in person.involvements.all()]
    facility = _agreed(i.facility.canonical_name for i in incidents if i.facility is not None)
    region = _agreed(i.region for i in incidents)
    nationalities = list(person.nationalities or [])
    birth_date = str(person.birth_date or "") or None
    names = [str(person.name or ""), *[str(alias) for alias in person.aliases or []]]
    return [
        mention_prepare(
            PersonMention(
                id=f"{person.identifier}#{number}",
                name=name,
                birth_date=birth_date,
                nationality=nationalities[0] if len(nationalities) == 1 else None,
                facility=facility,
                region=region,
            )
        )
        for number, name in enumerate(names)
        if name.strip()
    ]


def person_linkable(person: Person) -> bool:
    """Whether a person may be matched by name: he has one, and it is not a pseudonym."""
    return bool(str(person.name or "").strip()) and not person.name_is_pseudonym


@transaction.atomic
def person_keys_record(*, person: Person) -> int:
    """Store the keyed blocking keys of ``person``'s names (replacing any before); returns
    how many. A pseudonymous person gets none, so nobody is matched to him by name."""
    PersonKey.objects.filter(person=person).delete()
    if not person_linkable(person):
        return 0
    keys = {
        person_blocking_key(k)
        for mention in person_mentions(person)
        for k in mention.parsed.blocking_keys
    }
    PersonKey.objects.bulk_create(PersonKey(person=person, key=key) for key in sorted(keys))
    return len(keys)


def person_keys_forget(*, person: Person) -> None:
    """Take a person out of candidate search (he was merged into another)."""
    PersonKey.objects.filter(person=person).delete()


def person_keys_rebuild() -> int:
    """Recompute every person's keys (after a new blind-index key); returns people done."""
    done = 0
    for person in Person.objects.order_by("pk").iterator():
        if PersonKey.objects.filter(person=person).exists() or person_linkable(person):
            person_keys_record(person=person)
            done += 1
    return done


def _best(
    mine: list[PreparedMention], theirs: list[PreparedMention]
) -> tuple[float, list[str]] | None:
    best: tuple[float, list[str]] | None = None
    for a in mine:
        for b in theirs:
            comparison = mentions_compare(a, b)
            if comparison.score >= PERSON_SUGGEST_SCORE and (
                best is None or comparison.score > best[0]
            ):
                reasons = link_reasons(a, b, comparison.reading_a, comparison.reading_b)
                best = (min(1.0, comparison.score), reasons)
    return best


@transaction.atomic
def person_suggestions_propose(*, person: Person, actor: Any = None) -> list[LinkSuggestion]:
    """Record ``person``'s keys, then propose linking him to each recorded person his name
    (and what is known of him) resembles; returns the suggestions opened or strengthened."""
    person_keys_record(person=person)
    if not person_linkable(person):
        return []
    keys = PersonKey.objects.filter(person=person).values_list("key", flat=True)
    candidate_ids = (
        PersonKey.objects.filter(key__in=list(keys))
        .exclude(person=person)
        .values_list("person_id", flat=True)
        .distinct()
        .order_by("-person_id")[:CANDIDATE_LIMIT]
    )
    mine = person_mentions(person)
    proposed = []
    candidates = Person.objects.filter(pk__in=list(candidate_ids)).prefetch_related(
        "involvements__incident__facility"
    )
    for candidate in candidates.order_by("pk"):
        if not person_linkable(candidate):
            continue
        found = _best(mine, person_mentions(candidate))
        if found is None:
            continue
        score, reasons = found
        suggestion = suggestion_propose(
            kind=SuggestionKind.PERSON,
            left=person.identifier,
            right=candidate.identifier,
            score=round(score, 3),
            reasons=[phrase[:300] for phrase in reasons][:20] or ["similar name"],
            actor=actor,
        )
        if suggestion is not None:
            proposed.append(suggestion)
    return proposed
