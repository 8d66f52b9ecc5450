"""The pure hash chain, property-tested in memory: every kind of tampering is caught and the
right entry is named. Entries are generated, fictional, and hold no personal data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from recruitwatch.audit.chain import (
    GENESIS_HASH,
    HASHED_FIELDS,
    Checkpoint,
    chain_verify,
    entry_hash,
)

EXAMPLES = 1000

FIELD_NAMES = ["name", "pseudonym", "status", "title", "text", "contact", "aliases"]
contents = st.fixed_dictionaries(
    {
        "created_at": st.datetimes(
            min_value=datetime(2020, 1, 1),
            max_value=datetime(2040, 1, 1),
            timezones=st.sampled_from([UTC, timezone(timedelta(hours=3))]),
        ),
        "actor": st.sampled_from(["system", "fictional-caseworker", "анна-вымышленная"])
        | st.text(min_size=1, max_size=8),
        "actor_id": st.none() | st.integers(min_value=1, max_value=10**6),
        "action": st.sampled_from(["create", "update", "delete", "export", "view"]),
        "object_type": st.sampled_from(["records.Person", "records.Document", ""]),
        "object_identifier": st.builds(
            "{}-{:04d}".format, st.sampled_from(["PER", "DOC", "INC"]), st.integers(1, 9999)
        ),
        "fields": st.lists(st.sampled_from(FIELD_NAMES), max_size=3, unique=True),
        "detail": st.text(max_size=12),
    }
)


def chain_build(items: list[dict[str, Any]], *, start: int = 1, prev: str = GENESIS_HASH):
    """A valid chain of ``items``, numbered from ``start`` after ``prev``."""
    log = []
    for offset, content in enumerate(items):
        entry = {**content, "sequence": start + offset, "prev_hash": prev}
        entry["entry_hash"] = entry_hash(entry)
        prev = entry["entry_hash"]
        log.append(entry)
    return log


def fixed_content(number: int) -> dict[str, Any]:
    """A fixed, fictional entry body."""
    return {
        "created_at": datetime(2030, 5, 1, 12, number, tzinfo=UTC),
        "actor": "fictional-caseworker",
        "actor_id": number,
        "action": "create",
        "object_type": "records.Person",
        "object_identifier": f"PER-{number:04d}",
        "fields": ["name"],
        "detail": "",
    }


def checkpoint_of(log: list[dict[str, Any]]) -> Checkpoint:
    head = log[-1] if log else None
    return Checkpoint(
        count=len(log),
        head_sequence=head["sequence"] if head else 0,
        head_hash=head["entry_hash"] if head else GENESIS_HASH,
        created_at="2030-01-01T00:00:00+00:00",
    )


def _different(draw: Any, field: str, original: Any) -> Any:
    """A new value for ``field`` that really differs from ``original`` once hashed."""
    if field == "created_at":
        shift = draw(st.integers(min_value=1, max_value=10**9))
        return original + timedelta(microseconds=shift * draw(st.sampled_from([1, -1])))
    if field in {"sequence", "actor_id"}:
        candidates = st.none() | st.integers(min_value=-5, max_value=10**6)
    elif field == "fields":
        candidates = st.lists(st.text(max_size=6), max_size=4)
    elif field in {"prev_hash", "entry_hash"}:
        candidates = st.from_regex(r"[0-9a-f]{64}", fullmatch=True)
    else:
        candidates = st.text(max_size=20)
    return draw(candidates.filter(lambda value: value != original))


@dataclass
class Expected:
    problem: str
    sequences: set[int]
    reason_mentions: tuple[str, ...] = ()
    without_checkpoint_ok: bool = False  # a tail edit only a checkpoint can catch


@st.composite
def tampered_logs(draw: Any):
    """(original log, tampered log, what verify must say)."""
    items = draw(st.lists(contents, min_size=1, max_size=12))
    log = chain_build(items)
    n = len(log)
    kind = draw(st.sampled_from(["modify", "delete", "insert", "swap", "truncate", "rewrite"]))
    tampered = [dict(entry) for entry in log]

    if kind == "modify":
        i = draw(st.integers(0, n - 1))
        field = draw(st.sampled_from([*HASHED_FIELDS, "entry_hash"]))
        tampered[i][field] = _different(draw, field, log[i][field])
        return log, tampered, Expected("modified", {i + 1})

    if kind == "delete":
        i = draw(st.integers(0, n - 1))
        del tampered[i]
        if i == n - 1:  # the last entry gone looks like a shorter log: truncation
            return log, tampered, Expected("truncated", {n}, without_checkpoint_ok=True)
        return log, tampered, Expected("missing", {i + 1}, (f"entry {i + 1} is missing",))

    if kind == "insert":
        i = draw(st.integers(0, n - 1))
        style = draw(st.sampled_from(["garbage", "forged", "replay"]))
        prev = log[i - 1]["entry_hash"] if i else GENESIS_HASH
        expected = {i + 1}
        if style == "garbage":
            forged = {**draw(contents), "sequence": draw(st.integers(0, n + 2))}
            forged["prev_hash"] = draw(st.from_regex(r"[0-9a-f]{64}", fullmatch=True))
            forged["entry_hash"] = draw(st.from_regex(r"[0-9a-f]{64}", fullmatch=True))
        elif style == "forged":  # correctly hashed and linked, by someone who knows the scheme
            forged = chain_build([draw(contents)], start=i + 1, prev=prev)[0]
        else:  # a copy of a genuine entry, replayed
            forged = dict(log[draw(st.integers(0, n - 1))])
        if forged == log[i]:  # a twin of the entry it precedes: "before it" or "after it" alike
            expected = {i + 1, i + 2}
        tampered.insert(i, forged)
        return log, tampered, Expected("inserted", expected, ("inserted before",))

    if kind == "swap" and n >= 2:
        i, j = sorted(draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True)))
        tampered[i], tampered[j] = tampered[j], tampered[i]
        return (
            log,
            tampered,
            Expected("out_of_order", {i + 1}, (f"entries {i + 1} and {j + 1} are out of order",)),
        )

    if kind == "rewrite":
        # Someone with the database rewrites from entry i on and recomputes every hash: the
        # chain is valid again; only the checkpoint kept elsewhere shows it.
        i = draw(st.integers(0, n - 1))
        prev = log[i - 1]["entry_hash"] if i else GENESIS_HASH
        replacement = draw(st.lists(contents, min_size=n - i, max_size=n - i + 3))
        original = {name: log[i][name] for name in replacement[0]}
        assume(replacement[0] != original)
        tampered = tampered[:i] + chain_build(replacement, start=i + 1, prev=prev)
        return log, tampered, Expected("rewritten", {n}, without_checkpoint_ok=True)

    k = draw(st.integers(1, n))  # truncate the last k entries
    return (
        log,
        tampered[: n - k],
        Expected("truncated", {n - k + 1}, ("shorter than the checkpoint",), True),
    )


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=tampered_logs())
def test_chain_verify_catches_and_names_every_single_tampering(case):
    log, tampered, expected = case
    checkpoint = checkpoint_of(log)

    untouched = chain_verify(log, checkpoint=checkpoint)
    assert untouched.ok
    assert (untouched.checked, untouched.head_hash) == (len(log), log[-1]["entry_hash"])

    result = chain_verify(tampered, checkpoint=checkpoint)
    assert not result.ok
    assert result.problem == expected.problem, result.reason
    assert result.sequence in expected.sequences, result.reason
    for words in expected.reason_mentions:
        assert words in result.reason

    without = chain_verify(tampered)
    if expected.without_checkpoint_ok:
        assert without.ok, "a tail edit is invisible without a checkpoint (documented limit)"
    else:
        assert (without.problem, without.sequence) == (result.problem, result.sequence)


@settings(max_examples=200, deadline=None)
@given(items=st.lists(contents, max_size=30), more=st.lists(contents, max_size=5))
def test_chain_verify_appending_keeps_verifying_and_a_checkpoint_stays_valid(items, more):
    log = chain_build(items)
    checkpoint = checkpoint_of(log)
    prev = log[-1]["entry_hash"] if log else GENESIS_HASH
    longer = log + chain_build(more, start=len(log) + 1, prev=prev)
    result = chain_verify(longer, checkpoint=checkpoint)
    assert result.ok, result.reason
    assert result.checked == len(items) + len(more)


def test_entry_hash_is_independent_of_key_order_and_timezone_spelling():
    entry = chain_build(
        [
            {
                "created_at": datetime(2030, 5, 1, 12, 0, tzinfo=UTC),
                "actor": "fictional-caseworker",
                "actor_id": 7,
                "action": "create",
                "object_type": "records.Person",
                "object_identifier": "PER-0001",
                "fields": ["name", "pseudonym"],
                "detail": "",
            }
        ]
    )[0]
    moscow = timezone(timedelta(hours=3))
    respelled = dict(reversed(list(entry.items())))
    respelled["created_at"] = datetime(2030, 5, 1, 15, 0, tzinfo=moscow).isoformat()
    assert entry_hash(respelled) == entry["entry_hash"]
    assert entry["prev_hash"] == GENESIS_HASH


def test_chain_verify_reports_a_naive_timestamp_as_modified_without_raising():
    log = chain_build([fixed_content(n) for n in range(3)])
    log[1]["created_at"] = log[1]["created_at"].replace(tzinfo=None)
    result = chain_verify(log)
    assert (result.ok, result.problem, result.sequence) == (False, "modified", 2)


@pytest.mark.parametrize("missing_key", ["actor", "fields", "entry_hash", "sequence"])
def test_chain_verify_reports_an_entry_with_a_missing_field_as_modified(missing_key):
    log = chain_build([fixed_content(n) for n in range(3)])
    del log[2][missing_key]
    result = chain_verify(log)
    assert (result.ok, result.sequence) == (False, 3)
    assert result.reason.startswith("entry 3 was modified")


def test_chain_verify_empty_log_and_empty_checkpoint():
    assert chain_verify([]).ok
    assert chain_verify([], checkpoint=checkpoint_of([])).ok
    one = chain_build([fixed_content(1)])
    result = chain_verify([], checkpoint=checkpoint_of(one))
    assert (result.ok, result.problem) == (False, "truncated")
