"""Counting an incident's independent sources.

The rule (also in docs/verification.md), applied to the incident's claims:

1. A retelling is folded into what it retells: each claim is followed along ``retells`` to
   its root, the first-hand account ("Vot Tak → iStories → the mother" is the mother).
2. Two root accounts are one source when
   a. they are in the same document, or in documents of one copy group (a reprint, a
      syndicated copy: ``linking.DocumentFingerprint.copy_group``) — one publication is one
      source, however many people it quotes; or
   b. they have the same teller: the same source record; the same named outlet, advocate,
      official or journalist (by label); or a private teller whose sealed name has the same
      blind index (the same name, compared without opening it).
3. Joined transitively, the groups that remain are the independent sources.

Every step can only join, never split: where the records cannot tell whether two accounts
are independent, they count once. Corroboration may come late; it is never faked.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruitwatch.linking.models import DocumentFingerprint
from recruitwatch.records.models import Claim, Incident

# Roles whose label is a public name (the same as records.services.proposals): the same label
# is the same teller.
_PUBLIC_KINDS = frozenset({"outlet", "advocate", "official", "journalist"})


@dataclass(frozen=True)
class IndependentSource:
    """One independent source of an incident: the claims that count as it, with the
    documents and copy groups they come from and the labels of their tellers."""

    claims: tuple[str, ...]
    documents: tuple[str, ...]
    copy_groups: tuple[str, ...]
    tellers: tuple[str, ...]
    retellings: int


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, node: object) -> object:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, first: object, second: object) -> None:
        self.parent[self.find(first)] = self.find(second)


def claim_root(claim: Claim, claims_by_pk: dict[int, Claim]) -> Claim:
    """The first-hand claim a claim retells, directly or through other retellings."""
    seen = {claim.pk}
    while claim.retells_id is not None and claim.retells_id not in seen:
        seen.add(claim.retells_id)
        inner = claims_by_pk.get(claim.retells_id)
        if inner is None:
            inner = Claim.objects.select_related("source", "document").get(pk=claim.retells_id)
            claims_by_pk[inner.pk] = inner
        claim = inner
    return claim


def teller_key(claim: Claim) -> tuple[str, str] | None:
    """Who told it, as a key two claims share exactly when they have the same teller."""
    source = claim.source
    if source is None:
        return None
    if source.kind in _PUBLIC_KINDS and source.label.strip():
        return ("public", source.label.strip().casefold())
    if source.name_index:
        return ("name", source.name_index)
    return ("source", source.identifier)


def independent_sources(incident: Incident) -> list[IndependentSource]:
    """The incident's independent sources by the rule above, in order of first claim."""
    claims = list(
        Claim.objects.filter(incident=incident).select_related("source", "document").order_by("pk")
    )
    by_pk = {claim.pk: claim for claim in claims}
    groups = dict(
        DocumentFingerprint.objects.filter(
            document_id__in={claim.document_id for claim in claims}
        ).values_list("document_id", "copy_group")
    )
    union = _UnionFind()
    roots: dict[int, Claim] = {}
    for claim in claims:
        root = claim_root(claim, by_pk)
        roots[claim.pk] = root
        union.union(("claim", claim.pk), ("claim", root.pk))
        group = groups.get(root.document_id) or root.document.identifier
        union.union(("claim", root.pk), ("group", group))
        teller = teller_key(root)
        if teller is not None:
            union.union(("claim", root.pk), ("teller", *teller))
    components: dict[object, list[Claim]] = {}
    for claim in claims:
        components.setdefault(union.find(("claim", claim.pk)), []).append(claim)
    result = []
    for members in components.values():
        root_claims = {roots[c.pk].pk: roots[c.pk] for c in members}.values()
        result.append(
            IndependentSource(
                claims=tuple(c.identifier for c in members),
                documents=tuple(sorted({c.document.identifier for c in members})),
                copy_groups=tuple(
                    sorted({groups.get(c.document_id) or c.document.identifier for c in members})
                ),
                tellers=tuple(
                    sorted({r.source.label for r in root_claims if r.source is not None})
                ),
                retellings=sum(1 for c in members if c.retells_id is not None),
            )
        )
    return result


def independent_source_count(incident: Incident) -> int:
    return len(independent_sources(incident))
