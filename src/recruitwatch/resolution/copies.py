"""Syndicated copies: documents that are reprints of one another, grouped so that a story
reprinted by ten sites counts as one source, not ten (issue 7, point 3). No Django imports.

A reprint differs from its original by a new headline, the outlet's furniture (bylines,
taglines, "Read more", «Подписывайтесь на наш канал»), truncation and light edits. Detection
runs in two steps, cheapest first:

1. **exact**: the SHA-256 of the normalised text (``copy_text_normalise``: NFKC, case folded,
   ё → е, quotes, punctuation and whitespace removed, boilerplate and furniture lines dropped;
   the text side is in ``copies_normalise``) — "same normalised text as DOC-…";
2. **near**: MinHash (datasketch's affine32 permutations, fixed seed) of the normalised text's
   word shingles; candidates from MinHash-LSH; each confirmed when its estimated Jaccard
   similarity is high enough or, for a truncated copy, enough of the shorter text lies in the
   longer (containment, from the Jaccard estimate and the exact shingle counts) — *and* the two
   texts' names and numbers agree (a second, small MinHash): a story written from the same
   template about another person is not a copy — "estimated Jaccard 0.91 with DOC-…; names
   and numbers agree (0.95)".

The API (all the linking app needs)::

    copy_signature(text: str) -> CopySignature         # compute once, at ingest
    CopySignature.to_bytes() -> bytes  / .to_base64() -> str   # SIGNATURE_BYTES (823) bytes
    CopySignature.from_bytes(data) / .from_base64(text)        # CopySignatureError if unusable
    index: CopyIndex[K] = CopyIndex()                  # in memory, any hashable key
    index.query(signature) -> list[CopyMatch[K]]       # strongest first: .key .exact .reason
    index.add(key, signature) -> None                  # after querying; ValueError if key known
    copy_groups(texts: Mapping[K, str]) -> list[list[K]]   # a batch, every key exactly once
    copy_groups_explained(texts) -> list[CopyGroup[K]]     # the same, with links and reasons

A signature is derived from the text and lets anyone holding it test a guessed phrase (a name)
for presence: store it encrypted, like the document's body, and rebuild the in-memory
CopyIndex from the stored signatures at start-up. A match is a proposal with its reason;
whether a copy's claims count as a new source is the caller's and finally the reviewer's
decision. Texts too short to judge (fewer than ``MIN_WORDS`` words after normalisation) never
match anything: no evidence, no link.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar, cast

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from recruitwatch.resolution.copies_normalise import copy_text_hash as copy_text_hash
from recruitwatch.resolution.copies_normalise import copy_text_normalise as copy_text_normalise
from recruitwatch.resolution.copies_normalise import copy_text_read

K = TypeVar("K", bound=Hashable)

# --- Tuning constants. Calibrated on tests/corpus/linking/generated.copies.jsonl (made by
# tests/corpus/linking/make_copies.py); the sweep and figures are in docs/copies.md. ---------

# Word 4-grams: long enough that different stories built from the same stock phrases share
# few of them, short enough that a light edit (one changed word) spoils only four shingles.
SHINGLE_WORDS = 4
# 128 permutations: the Jaccard estimate's standard error is at most 0.044 (√(J(1−J)/128)),
# small beside the gap between copies and different stories; 256 would double the cost.
NUM_PERM = 128
# Names and numbers (copies_normalise._fact_tokens) get a MinHash of their own, 64
# permutations: a story written from the same template about another person shares wording
# but not these.
FACT_PERM = 64
SEED = 20_240_607  # fixed: signatures stored today must compare with those made next year
# LSH candidates: 42 bands of 3 rows find a pair at Jaccard 0.3 with probability 0.68, at 0.4
# with 0.94; the confirmation below decides. Loose, because a truncated copy (half the
# original, kept whole) is only Jaccard ≈ 0.5 and edits and boilerplate lower it further.
LSH_BANDS, LSH_ROWS = 42, 3
# A copy: estimated Jaccard at least JACCARD_THRESHOLD ...
JACCARD_THRESHOLD = 0.5
# ... or at least CONTAINMENT_THRESHOLD of the shorter text's shingles inside the longer (a
# truncated reprint), when the shorter has MIN_CONTAINMENT_SHINGLES or more: a two-line item
# "contained" in a long article is too little evidence to call it a copy ...
CONTAINMENT_THRESHOLD = 0.6
MIN_CONTAINMENT_SHINGLES = 25
# ... and, when both texts have MIN_FACTS names and numbers or more, at least FACT_THRESHOLD of
# the fewer found in the other. Below it the wording is shared but the people are not.
FACT_THRESHOLD = 0.6
MIN_FACTS = 5
# Fewer words than this after normalisation: nothing to compare ("Read more", a caption).
MIN_WORDS = 8
# Bumped whenever normalisation, shingling or hashing changes: stored signatures of another
# version are refused (CopySignatureError) and must be recomputed from the text.
SIGNATURE_VERSION = 2


class CopySignatureError(ValueError):
    """A stored signature cannot be used: damaged, truncated, or made with other parameters.
    The message says which; the remedy is to recompute it from the document's text."""


# --- 1. Signatures (the text side is in copies_normalise) ----------------------------------

# Templates hold the permutations (drawn once from the seeds); every signature shares them.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
_FACT_TEMPLATE = MinHash(num_perm=FACT_PERM, seed=SEED + 1, scheme="affine32")


_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (the golden ratio's bits)
_SPACE = ord(" ")
_FIRST = np.zeros(1, np.intp)


def _fmix64(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, vectorised, in place: spreads every input bit over the
    output. uint64 array arithmetic wraps modulo 2**64, which is intended."""
    values = _fmix64_but_last(values)
    values ^= values >> np.uint64(33)
    return values


def _fmix64_high(values: np.ndarray) -> np.ndarray:
    """The top 32 bits of ``_fmix64(values)``, as uint32. Its last step, v ^ (v >> 33),
    leaves the top 32 bits of v as they are, so it is left out. Changes ``values``."""
    return (_fmix64_but_last(values) >> np.uint64(32)).astype(np.uint32)


def _fmix64_but_last(values: np.ndarray) -> np.ndarray:
    values ^= values >> np.uint64(33)
    values *= np.uint64(0xFF51AFD7ED558CCD)
    values ^= values >> np.uint64(33)
    values *= np.uint64(0xC4CEB9FE1A85EC53)
    return values


# Word hashes (version 2): a polynomial in the word's code points modulo 2**64, mixed by
# _fmix64. Computed for all the words of a text at once from one prefix sum (a word's value
# is the difference of two prefixes, shifted back to its start by an inverse power), instead
# of one zlib.crc32 call per word as version 1 did: splitting the text into word objects and
# calling a C function for each cost a third of a signature.
_CHAR_BASE = 0xD6E8FEB86659FD93  # odd, so invertible modulo 2**64
# Characters hashed in one pass: the size of the power tables (2 × 512 KiB). Longer texts are
# cut at spaces into pieces this long; a word longer than this counts as several words.
_PIECE = 1 << 16


def _powers(base: int) -> np.ndarray:
    table = np.full(_PIECE, base, np.uint64)
    table[0] = 1
    return np.cumprod(table, dtype=np.uint64)  # wraps modulo 2**64, as intended


_POWERS = _powers(_CHAR_BASE)
_INVERSE_POWERS = _powers(pow(_CHAR_BASE, -1, 1 << 64))


def _word_hashes(words: str) -> np.ndarray:
    """Stable 64-bit hashes of the words of ``words`` (one space between words, none at the
    ends, as the normaliser writes them): the same in every process and release, unlike
    hash(). A word's hash depends on its characters only: Σ code(c_k)·B**k, then _fmix64."""
    if len(words) <= _PIECE:
        return _piece_word_hashes(words)
    pieces, start = [], 0
    while start < len(words):
        end = min(start + _PIECE, len(words))
        if end < len(words):
            cut = words.rfind(" ", start, end + 1)
            end = cut if cut > start else end  # no space: cut the giant word
        pieces.append(_piece_word_hashes(words[start:end]))
        start = end + 1 if words[end : end + 1] == " " else end
    return np.concatenate(pieces)


def _piece_word_hashes(words: str) -> np.ndarray:
    codes = np.frombuffer(words.encode("utf-32-le", "surrogatepass"), np.uint32)
    size = codes.size
    if not size:
        return np.empty(0, np.uint64)
    spaces = (codes == _SPACE).nonzero()[0]
    prefix = np.zeros(size + 1, np.uint64)
    np.cumsum(codes * _POWERS[:size], out=prefix[1:])  # uint64, wraps modulo 2**64
    starts = np.concatenate((_FIRST, spaces + 1))
    ends = np.append(spaces, size)
    values = prefix.take(ends) - prefix.take(starts)
    values *= _INVERSE_POWERS.take(starts)
    return _fmix64(values)


def _distinct_count(values: np.ndarray) -> int:
    """How many different values (np.unique's size, without building the array)."""
    ordered = np.sort(values)
    return int(ordered.size and 1 + np.count_nonzero(ordered[1:] != ordered[:-1]))


def _shingle_hashes(word_hashes: np.ndarray) -> np.ndarray:
    """32-bit hashes of the SHINGLE_WORDS-word shingles (repeats kept), from the words'
    64-bit hashes with a polynomial (order matters) in numpy rather than one string per
    shingle."""
    if not word_hashes.size:
        return np.empty(0, np.uint32)
    count = max(1, word_hashes.size - SHINGLE_WORDS + 1)
    combined = word_hashes[:count].copy()
    for offset in range(1, min(SHINGLE_WORDS, word_hashes.size)):
        combined *= _MULTIPLIER
        combined += word_hashes[offset : offset + count]
    return _fmix64_high(combined)


def _minhash(template: MinHash, hashes: np.ndarray) -> np.ndarray:
    """datasketch's affine32 MinHash of already hashed items: the minimum of a·h + b (mod
    2**32) per permutation (a, b) of the template. Empty input: all maxima, like MinHash().
    Repeated items change nothing. One row per permutation: the minimum runs along rows."""
    a, b = cast(np.ndarray, template.permutations)
    if hashes.size == 0:
        return np.full(template.num_perm, np.iinfo(np.uint32).max, np.uint32)
    minima = _minhash_block(a, b, hashes[:_MINHASH_BLOCK])
    for start in range(_MINHASH_BLOCK, hashes.size, _MINHASH_BLOCK):  # a long text
        np.minimum(minima, _minhash_block(a, b, hashes[start : start + _MINHASH_BLOCK]), out=minima)
    return minima


# Items hashed at once: the products take num_perm × this × 4 bytes (8 MiB at 128), so that
# a book-length text does not need gigabytes.
_MINHASH_BLOCK = 16_384


def _minhash_block(a: np.ndarray, b: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    products = np.multiply.outer(a, hashes)  # uint32: wraps modulo 2**32, as intended
    products += b[:, np.newaxis]
    return cast(np.ndarray, products.min(axis=1))


def _estimates(j: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set inside the larger: |A∩B| = J(|A|+|B|)/(1+J)."""
    smaller = min(size_a, size_b)
    if smaller == 0:
        return 0.0
    return min(1.0, j * (size_a + size_b) / (1 + j) / smaller)


_EMPTY_FACTS = np.full(FACT_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)


@dataclass(frozen=True, eq=False)
class CopySignature:
    """What copy detection keeps of a text: the normalised text's SHA-256, the MinHash of its
    word shingles and of its names and numbers, with exact set sizes. Derived from the text,
    so it is as sensitive as the text: store ``to_bytes()`` encrypted, like the body."""

    text_hash: str
    shingle_count: int
    hashvalues: np.ndarray = field(repr=False)  # NUM_PERM uint32 minima of the shingles
    fact_count: int = 0
    fact_hashvalues: np.ndarray = field(repr=False, default_factory=lambda: _EMPTY_FACTS)
    comparable: bool = True  # False: too short to judge, never matches

    def to_bytes(self) -> bytes:
        header = _HEADER.pack(
            _MAGIC,
            SIGNATURE_VERSION,
            int(self.comparable),
            SHINGLE_WORDS,
            NUM_PERM,
            FACT_PERM,
            SEED,
            self.shingle_count,
            self.fact_count,
            bytes.fromhex(self.text_hash),
        )
        values = np.concatenate([self.hashvalues, self.fact_hashvalues])
        return header + values.astype("<u4").tobytes()

    def to_base64(self) -> str:
        return base64.b64encode(self.to_bytes()).decode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> CopySignature:
        """The signature ``to_bytes`` wrote; refuses anything else rather than guess."""
        if len(data) != SIGNATURE_BYTES:
            raise CopySignatureError(
                f"copy signature is {len(data)} bytes, expected {SIGNATURE_BYTES}; recompute it"
            )
        magic, version, comparable, words, perms, fact_perms, seed, count, facts, digest = (
            _HEADER.unpack_from(data)
        )
        if magic != _MAGIC:
            raise CopySignatureError("not a copy signature (bad magic bytes)")
        if (version, words, perms, fact_perms, seed) != _PARAMETERS or comparable > 1:
            raise CopySignatureError(
                f"copy signature made with other parameters (version {version}, {words}-word "
                f"shingles, {perms}+{fact_perms} permutations, seed {seed}); recompute it"
            )
        values = np.frombuffer(data, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
        return cls(
            digest.hex(), count, values[:NUM_PERM], facts, values[NUM_PERM:], bool(comparable)
        )

    @classmethod
    def from_base64(cls, text: str) -> CopySignature:
        try:
            data = base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise CopySignatureError("copy signature is not valid base64") from exc
        return cls.from_bytes(data)

    def jaccard(self, other: CopySignature) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / NUM_PERM

    def containment(self, other: CopySignature) -> float:
        """Estimated share of the shorter text's shingles that are in the longer."""
        return _estimates(self.jaccard(other), self.shingle_count, other.shingle_count)

    def fact_agreement(self, other: CopySignature) -> float | None:
        """Estimated share of the names and numbers of the text with fewer that the other
        has too; None when either has fewer than MIN_FACTS (nothing to judge by)."""
        if min(self.fact_count, other.fact_count) < MIN_FACTS:
            return None
        j = float(np.count_nonzero(self.fact_hashvalues == other.fact_hashvalues)) / FACT_PERM
        return _estimates(j, self.fact_count, other.fact_count)


_MAGIC = b"RWCS"
# magic, version, comparable, shingle words, num_perm, fact perms, seed, counts, text hash
_HEADER = struct.Struct("<4sBBBHHIII32s")
_PARAMETERS = (SIGNATURE_VERSION, SHINGLE_WORDS, NUM_PERM, FACT_PERM, SEED)
SIGNATURE_BYTES = _HEADER.size + 4 * (NUM_PERM + FACT_PERM)


def copy_signature(text: str) -> CopySignature:
    """The signature of one document's text: ≈ 0.2 ms for a 170-word article, ≈ 0.4 ms
    for 680 words on the shared test container, one core (docs/copies.md)."""
    read = copy_text_read(text)
    word_hashes = _word_hashes(read.normalised)
    shingles = _shingle_hashes(word_hashes)
    if read.facts is None:  # the facts are words: their hashes are at hand
        facts = (word_hashes.take(read.fact_words) >> np.uint64(32)).astype(np.uint32)
    else:
        facts = (_word_hashes(" ".join(read.facts)) >> np.uint64(32)).astype(np.uint32)
    return CopySignature(
        text_hash=hashlib.sha256(read.normalised.encode("utf-8")).hexdigest(),
        shingle_count=_distinct_count(shingles),
        hashvalues=_minhash(_TEMPLATE, shingles),
        fact_count=_distinct_count(facts),
        fact_hashvalues=_minhash(_FACT_TEMPLATE, facts),
        comparable=word_hashes.size >= MIN_WORDS,
    )


# --- 2. Index and grouping ------------------------------------------------------------------


@dataclass(frozen=True)
class CopyMatch(Generic[K]):
    """One earlier document the queried text is a copy of (or an original of), and why."""

    key: K
    exact: bool
    jaccard: float
    containment: float
    reason: str


class CopyIndex(Generic[K]):
    """Signatures of documents seen so far, for ingestion: ``query`` a new document's
    signature, then ``add`` it. In memory; rebuild it from stored signatures at start-up."""

    def __init__(self) -> None:
        self._signatures: dict[K, CopySignature] = {}
        self._by_hash: dict[str, list[K]] = {}
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def add(self, key: K, signature: CopySignature) -> None:
        """Remember a document. A key may be added once (ValueError otherwise)."""
        if key in self._signatures:
            raise ValueError(f"{key!r} is already in the copy index")
        self._signatures[key] = signature
        if not signature.comparable:
            return
        self._by_hash.setdefault(signature.text_hash, []).append(key)
        self._lsh.insert(key, _lean(signature), check_duplication=False)

    def query(self, signature: CopySignature) -> list[CopyMatch[K]]:
        """Documents in the index that this one copies or is copied by, strongest first:
        same normalised text, then by estimated Jaccard. Empty for a text too short to judge."""
        if not signature.comparable:
            return []
        matches: list[CopyMatch[K]] = [
            CopyMatch(key, True, 1.0, 1.0, f"same normalised text as {key}")
            for key in self._by_hash.get(signature.text_hash, ())
        ]
        exact = {match.key for match in matches}
        near: list[CopyMatch[K]] = []
        for key in cast(list[K], self._lsh.query(_lean(signature))):
            if key in exact:
                continue
            match = _confirm(key, signature, self._signatures[key])
            if match is not None:
                near.append(match)
        near.sort(key=lambda m: (-m.jaccard, -m.containment, str(m.key)))
        return matches + near


def _lean(signature: CopySignature) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=signature.hashvalues, scheme="affine32")


def _confirm(key: K, new: CopySignature, old: CopySignature) -> CopyMatch[K] | None:
    jaccard = new.jaccard(old)
    containment = _estimates(jaccard, new.shingle_count, old.shingle_count)
    if jaccard >= JACCARD_THRESHOLD:
        reason = f"estimated Jaccard {jaccard:.2f} with {key}"
    elif (
        containment >= CONTAINMENT_THRESHOLD
        and min(new.shingle_count, old.shingle_count) >= MIN_CONTAINMENT_SHINGLES
    ):
        reason = (
            f"estimated Jaccard {jaccard:.2f} with {key}; {containment:.2f} of the shorter "
            "text is in the longer (a truncated copy)"
        )
    else:
        return None
    facts = new.fact_agreement(old)
    if facts is not None:
        if facts < FACT_THRESHOLD:
            return None  # the same wording about other people, places or numbers
        reason += f"; names and numbers agree ({facts:.2f})"
    return CopyMatch(key, False, jaccard, containment, reason)


@dataclass(frozen=True)
class CopyLink(Generic[K]):
    """Why two documents of a group are copies: ``b`` came later and matched ``a``."""

    a: K
    b: K
    reason: str


@dataclass(frozen=True)
class CopyGroup(Generic[K]):
    members: list[K]  # input order
    links: list[CopyLink[K]]  # enough links to connect every member (a spanning forest)


def copy_groups_explained(texts: Mapping[K, str]) -> list[CopyGroup[K]]:
    """Group a batch: each text is queried against those before it and then added; linked
    texts join one group (single linkage). Groups in order of their first member."""
    index: CopyIndex[K] = CopyIndex()
    parent: dict[K, K] = {}

    def root(key: K) -> K:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    links: list[CopyLink[K]] = []
    for key, text in texts.items():
        signature = copy_signature(text)
        parent[key] = key
        for match in index.query(signature):
            a, b = root(match.key), root(key)
            if a != b:
                parent[b] = a
                links.append(CopyLink(match.key, key, match.reason))
        index.add(key, signature)
    members: dict[K, list[K]] = {}
    for key in texts:
        members.setdefault(root(key), []).append(key)
    by_root: dict[K, list[CopyLink[K]]] = {}
    for link in links:
        by_root.setdefault(root(link.a), []).append(link)
    return [CopyGroup(group, by_root.get(r, [])) for r, group in members.items()]


def copy_groups(texts: Mapping[K, str]) -> list[list[K]]:
    """The groups of copies in a batch, every key exactly once (singletons included)."""
    return [group.members for group in copy_groups_explained(texts)]
