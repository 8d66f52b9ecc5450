"""Hypothesis strategies for hostile inputs: random blobs and mutated valid samples."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

# Mutations that grow an input stop here: big enough for deep nesting and long lines, small
# enough that the fuzzer tries many inputs rather than few huge ones.
MAX_MUTATED_BYTES = 64 * 1024
_INTERESTING_BYTES = (0x00, 0x0A, 0x0D, 0x1F, 0x22, 0x3C, 0x3E, 0x7F, 0x80, 0xC0, 0xED, 0xFF)
_OPERATIONS = (
    "flip",
    "byte",
    "insert_token",
    "insert_bytes",
    "insert_text",
    "delete",
    "duplicate",
    "truncate",
    "splice",
    "nest",
)


def blobs(max_size: int = 4096) -> st.SearchStrategy[bytes]:
    return st.binary(max_size=max_size)


@st.composite
def _mutated(
    draw: st.DrawFn, samples: Sequence[bytes], dictionary: Sequence[bytes], max_mutations: int
) -> bytes:
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(0, max_mutations))):
        operation = draw(st.sampled_from(_OPERATIONS))
        at = draw(st.integers(0, len(data)))
        if operation == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "byte" and at < len(data):
            data[at] = draw(st.sampled_from(_INTERESTING_BYTES))
        elif operation == "insert_token":
            data[at:at] = draw(st.sampled_from(dictionary))
        elif operation == "insert_bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif operation == "insert_text":
            data[at:at] = draw(st.text(max_size=32)).encode("utf-8", "surrogatepass")
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif operation == "duplicate":
            end = at + draw(st.integers(1, 64))
            data[at:at] = data[at:end] * draw(st.integers(1, 50))
        elif operation == "truncate":
            del data[at:]
        elif operation == "splice":
            other = draw(st.sampled_from(samples))
            cut = draw(st.integers(0, len(other)))
            data[at:] = other[cut:]
        elif operation == "nest":
            token = draw(st.sampled_from([b"[", b'{"a":', b"<div>", b"<p><b>", b"<item>"]))
            data[at:at] = token * draw(st.integers(100, 3000))
        del data[MAX_MUTATED_BYTES:]
    return bytes(data)


def mutated(
    samples: Sequence[bytes], dictionary: Sequence[bytes], max_mutations: int = 6
) -> st.SearchStrategy[bytes]:
    """A valid sample with up to ``max_mutations`` random edits (0: the sample itself)."""
    return _mutated(tuple(samples), tuple(dictionary), max_mutations)
