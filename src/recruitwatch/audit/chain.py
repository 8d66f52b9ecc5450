"""The hash chain of the audit log, as pure functions on plain dictionaries (no Django).

Each entry's ``entry_hash`` is the SHA-256 of a canonical serialisation of every other field,
``prev_hash`` included, so an entry commits to the whole log before it. The first entry's
``prev_hash`` is :data:`GENESIS_HASH`. Kept free of Django so the logic can be property-tested
in memory; ``audit.services`` feeds it the rows ordered by sequence.

:func:`chain_verify` does more than say yes or no: at the first entry that does not fit, it
works out what most plausibly happened there (modified, missing, inserted, out of order) so a
caseworker knows which entry to look at and what to compare with a backup.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64

#: Every field that ``entry_hash`` covers; the order here is irrelevant (keys are sorted).
HASHED_FIELDS = (
    "sequence",
    "created_at",
    "actor",
    "actor_id",
    "action",
    "object_type",
    "object_identifier",
    "fields",
    "detail",
    "prev_hash",
)

Entry = Mapping[str, Any]


@dataclass(frozen=True)
class Checkpoint:
    """What a signed checkpoint states about the log at the time it was taken."""

    count: int
    head_sequence: int
    head_hash: str
    created_at: str


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of a verification.

    ``problem`` is a short machine-readable kind ("modified", "missing", "inserted",
    "out_of_order", "truncated", "rewritten", "checkpoint_invalid", "head_mismatch"),
    ``sequence`` the first bad entry in the log's own numbering, ``position`` where it was found
    (1-based, in the order read), and ``reason`` a sentence for people.
    """

    ok: bool
    checked: int
    head_sequence: int = 0
    head_hash: str = GENESIS_HASH
    problem: str = ""
    sequence: int | None = None
    position: int | None = None
    reason: str = ""


def _timestamp(value: Any) -> str:
    """UTC ISO 8601 with microseconds: one spelling per instant, whatever the input."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise ValueError("created_at must be a timezone-aware timestamp")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_bytes(entry: Entry) -> bytes:
    """Sorted-key, compact JSON of the hashed fields, UTF-8."""
    payload = {name: entry[name] for name in HASHED_FIELDS}
    payload["created_at"] = _timestamp(entry["created_at"])
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def entry_hash(entry: Entry) -> str:
    """The SHA-256 (hex) that ``entry`` must carry as its ``entry_hash``."""
    return hashlib.sha256(canonical_bytes(entry)).hexdigest()


def _hash_as(entry: Entry, sequence: Any) -> str | None:
    """The hash ``entry`` would have at ``sequence``; None if it cannot be hashed at all."""
    try:
        return entry_hash({**entry, "sequence": sequence})
    except (KeyError, TypeError, ValueError):
        return None


def _self_consistent(entry: Entry) -> bool:
    return _hash_as(entry, entry.get("sequence")) == entry.get("entry_hash")


def _fits(entry: Entry, sequence: int, prev_hash: str) -> bool:
    """Whether ``entry`` is the genuine entry ``sequence`` following ``prev_hash``, whatever
    sequence number it carries now (a swap of sequence numbers changes only that)."""
    return entry.get("prev_hash") == prev_hash and _hash_as(entry, sequence) == entry.get(
        "entry_hash"
    )


def _hash_before(entries: Sequence[Entry], index: int) -> str:
    return str(entries[index - 1].get("entry_hash")) if index > 0 else GENESIS_HASH


def _failure(problem: str, sequence: int, position: int, reason: str, checked: int) -> VerifyResult:
    return VerifyResult(
        ok=False,
        checked=checked,
        problem=problem,
        sequence=sequence,
        position=position,
        reason=reason,
    )


def _diagnose(entries: Sequence[Entry], index: int) -> VerifyResult:
    """Name what happened at ``index``, the first entry that does not fit the chain.

    The checks go from the most specific pattern to the least, each confirmed by the links
    of the neighbours, so one edit is named correctly rather than as the damage it causes
    to the next entry:

    1. the entry is the genuine one but carries another sequence number → modified;
    2. the genuine entry for this place sits later in the log → out of order (swapped or
       moved), or inserted (something was put in front of it);
    3. this entry is the genuine previous one, renumbered → the one before it was inserted;
    4. this entry is intact but numbered later → the ones in between are missing;
    5. anything else → this entry was modified.
    """
    count = len(entries)
    expected = index + 1
    position = index + 1
    here = entries[index]
    prev_hash = _hash_before(entries, index)

    if _fits(here, expected, prev_hash):  # 1
        return _failure(
            "modified",
            expected,
            position,
            f"entry {expected} was modified (its sequence number was changed)",
            count,
        )

    genuine = next(
        (later for later in range(index + 1, count) if _fits(entries[later], expected, prev_hash)),
        None,
    )
    if genuine is not None:  # 2
        following_links_here = genuine + 1 == count or (
            entries[genuine + 1].get("prev_hash") == here.get("entry_hash")
        )
        # Where ``here`` belongs, after the entry before ``genuine``'s place; when the two are
        # neighbours, that entry is the genuine one itself.
        before_its_place = genuine + 1 if genuine == index + 1 else genuine
        if (
            _fits(here, genuine + 1, _hash_before(entries, before_its_place))
            and following_links_here
        ):
            return _failure(
                "out_of_order",
                expected,
                position,
                f"entries {expected} and {genuine + 1} are out of order",
                count,
            )
        moved = genuine > index + 1
        if moved and _fits(here, expected + 1, str(entries[genuine].get("entry_hash"))):
            return _failure(
                "out_of_order",
                expected,
                genuine + 1,
                f"entry {expected} is out of order (found at position {genuine + 1})",
                count,
            )
        inserted = genuine - index
        what = "an entry was" if inserted == 1 else f"{inserted} entries were"
        return _failure("inserted", expected, position, f"{what} inserted before {expected}", count)

    if index > 0 and _fits(here, expected - 1, _hash_before(entries, index - 1)):  # 3
        return _failure(
            "inserted",
            expected - 1,
            position - 1,
            f"an entry was inserted before {expected - 1}",
            count,
        )

    carried = here.get("sequence")
    if isinstance(carried, int) and carried > expected and _self_consistent(here):  # 4
        missing = (
            f"entry {expected} is missing"
            if carried == expected + 1
            else f"entries {expected} to {carried - 1} are missing"
        )
        return _failure("missing", expected, position, missing, count)

    if _self_consistent(here) and index > 0 and here.get("sequence") == expected:  # 5, rehashed
        return _failure(
            "modified",
            expected - 1,
            position - 1,
            f"entry {expected - 1} was modified (its hash was recomputed; "
            f"entry {expected} still records the original)",
            count,
        )
    return _failure("modified", expected, position, f"entry {expected} was modified", count)


def _checkpoint_verify(entries: Sequence[Entry], checkpoint: Checkpoint) -> VerifyResult | None:
    """None when the log still holds the checkpointed head at the same place."""
    count = len(entries)
    head = checkpoint.head_sequence
    if count < checkpoint.count or count < head:
        return _failure(
            "truncated",
            count + 1,
            count + 1,
            f"log is shorter than the checkpoint (truncated or rolled back): it has {count} "
            f"entries, the checkpoint of {checkpoint.created_at} saw {checkpoint.count}",
            count,
        )
    if head == 0:
        return None if checkpoint.head_hash == GENESIS_HASH else _checkpoint_rewritten(count, 1)
    if entries[head - 1].get("entry_hash") != checkpoint.head_hash:
        return _checkpoint_rewritten(count, head)
    return None


def _checkpoint_rewritten(count: int, head: int) -> VerifyResult:
    return _failure(
        "rewritten",
        head,
        head,
        f"entry {head} is not the one the checkpoint saw (log rewritten or rolled back)",
        count,
    )


def chain_verify(entries: Sequence[Entry], checkpoint: Checkpoint | None = None) -> VerifyResult:
    """Check ``entries`` (ordered by sequence) link up from the genesis hash, are numbered
    1, 2, 3… and each carries its own hash; with ``checkpoint``, also that the log still
    holds the checkpointed head at the same sequence (so a truncation or a rollback to an
    earlier state shows). Never raises on malformed entries: they are reported as modified.
    """
    prev_hash = GENESIS_HASH
    for index, entry in enumerate(entries):
        intact = (
            entry.get("sequence") == index + 1
            and entry.get("prev_hash") == prev_hash
            and _self_consistent(entry)
        )
        if not intact:
            return _diagnose(entries, index)
        prev_hash = str(entry["entry_hash"])
    if checkpoint is not None:
        failure = _checkpoint_verify(entries, checkpoint)
        if failure is not None:
            return failure
    return VerifyResult(
        ok=True, checked=len(entries), head_sequence=len(entries), head_hash=prev_hash
    )
