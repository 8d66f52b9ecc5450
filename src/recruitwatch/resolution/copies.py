"""Syndicated copies: documents that are reprints of one another, grouped so that a story
reprinted by ten sites counts as one source, not ten (issue 7, point 3). No Django imports.

A reprint differs from its original by a new headline, the outlet's furniture (bylines,
taglines, "Read more", «Подписывайтесь на наш канал»), truncation and light edits. Detection
runs in two steps, cheapest first:

1. **exact**: the SHA-256 of the normalised text (``copy_text_normalise``: NFKC, case folded,
   ё → е, quotes, punctuation and whitespace removed, boilerplate and furniture lines dropped)
   — "same normalised text as DOC-…";
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
import re
import struct
import unicodedata
import zlib
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar, cast

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

K = TypeVar("K", bound=Hashable)

# --- Tuning constants. Calibrated on tests/corpus/linking/generated.copies.jsonl (made by
# tests/corpus/linking/make_copies.py); the sweep and figures are in docs/copies.md. ---------

# Word 4-grams: long enough that different stories built from the same stock phrases share
# few of them, short enough that a light edit (one changed word) spoils only four shingles.
SHINGLE_WORDS = 4
# 128 permutations: the Jaccard estimate's standard error is at most 0.044 (√(J(1−J)/128)),
# small beside the gap between copies and different stories; 256 would double the cost.
NUM_PERM = 128
# Names and numbers (see _fact_tokens) get a MinHash of their own, 64 permutations: a story
# written from the same template about another person shares wording but not these.
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
SIGNATURE_VERSION = 1


class CopySignatureError(ValueError):
    """A stored signature cannot be used: damaged, truncated, or made with other parameters.
    The message says which; the remedy is to recompute it from the document's text."""


# --- 1. Normalisation -----------------------------------------------------------------------

# Whole lines that outlets add around a story. Anchored at the line start, case-insensitive.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:"
    r"read (?:more|also|the full|the original)|also read|related(?: stories)?\s*:|see also|"
    r"continue reading|full story|subscribe|follow us|share (?:this|on)|share\s*$|"
    r"sign up|advertisement|sponsored|photo\s*:|image\s*:|credit\s*:|source\s*:|"
    r"(?:this (?:article|story|report) )?(?:was )?(?:originally |first )?(?:published|"
    r"republished|reprinted)\b|copyright|©|\(c\)|by\s+\S+(?:\s+\S+){0,4}\s*$|"
    r"читайте (?:также|еще|ещё|подробнее|полностью)|смотрите также|подробнее\s*:|"
    r"подписывайтесь|подпишитесь|поделиться|реклама|фото\s*:|источник\s*:|автор\s*:|"
    r"(?:этот )?материал (?:был )?(?:впервые )?опубликован|перепечатано|"
    r"https?://|www\."
    r")",
    re.IGNORECASE,
)
# A seed-format first line: "date 2023-02-16 Headline".
_DATE_HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\b")
# Headlines, taglines, bylines and captions: short lines that do not end a sentence.
_FURNITURE_MAX_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…:;»\"”’)]\s*$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")


def _body_lines(text: str) -> Iterator[str]:
    """The lines that carry the story: boilerplate and furniture dropped. A short line inside
    a sentence (hard-wrapped text: the line before left it open, or the next goes on in lower
    case) is body, not furniture."""
    lines = [line.strip() for line in text.splitlines()]
    sentence_open = False  # the last kept line ended mid-sentence, with no blank line since
    for number, line in enumerate(lines):
        if not line:
            sentence_open = False
            continue
        if _DATE_HEADER.match(line) or _BOILERPLATE_LINE.match(line):
            continue
        ends_sentence = _SENTENCE_END.search(line) is not None
        following = lines[number + 1] if number + 1 < len(lines) else ""
        continued = sentence_open or following[:1].islower()
        if len(line.split()) <= _FURNITURE_MAX_WORDS and not ends_sentence and not continued:
            continue
        sentence_open = not ends_sentence
        yield line


def _words(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(_NON_WORD.sub(" ", _URL.sub(" ", folded)).split())


# Fact tokens: a capitalised word inside a sentence (after a letter, digit or comma and a
# space; not after a full stop, a quote or a line break) and any word with a digit in it. The
# capitals of every script Python knows are gathered once (re has no \p{Lu}).
_CAPITALS = "".join(c for c in map(chr, range(0x10000)) if c.isupper())
_NAME_INSIDE = re.compile(r"(?<=[^\W_]|,)[ \t]+([" + re.escape(_CAPITALS) + r"][^\W_]*)")
_WITH_DIGIT = re.compile(r"\b[^\W_]*?\d[^\W_]*")


def _fact_tokens(text: str) -> list[str]:
    """Names and numbers of a story's body lines, case folded: two stories written from one
    template about different people differ here, where their wording does not."""
    body = unicodedata.normalize("NFKC", text)
    found = _NAME_INSIDE.findall(body) + _WITH_DIGIT.findall(body)
    return [token.casefold().replace("ё", "е") for token in found]


def copy_text_normalise(text: str) -> str:
    """The words of the story, for comparison only: NFKC, case folded, ё → е, URLs,
    punctuation, quotes and dashes gone, one space between words; boilerplate lines ("Read
    more", bylines, «Подписывайтесь…»), headlines and taglines dropped. If dropping lines
    leaves nothing (a post of short lines), every line is kept rather than nothing compared."""
    return _words("\n".join(_body_lines(text))) or _words(text)


def copy_text_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for copies that differ only in furniture."""
    return hashlib.sha256(copy_text_normalise(text).encode("utf-8")).hexdigest()


# --- 2. Signatures --------------------------------------------------------------------------

# Templates hold the permutations (drawn once from the seeds); every signature shares them.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
_FACT_TEMPLATE = MinHash(num_perm=FACT_PERM, seed=SEED + 1, scheme="affine32")


_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (the golden ratio's bits)


def _fmix64(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, vectorised: spreads every input bit over the output.
    uint64 array arithmetic wraps modulo 2**64, which is intended."""
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return cast(np.ndarray, values ^ (values >> np.uint64(33)))


def _token_hashes(tokens: list[str]) -> np.ndarray:
    """A stable 64-bit hash per token (CRC-32 of its UTF-8, then mixed): the same in every
    process and release, unlike hash(); fast because zlib.crc32 runs in C."""
    distinct = {token: zlib.crc32(token.encode("utf-8")) for token in set(tokens)}
    return _fmix64(np.fromiter(map(distinct.__getitem__, tokens), np.uint64, len(tokens)))


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """Distinct 32-bit hashes of the SHINGLE_WORDS-word shingles, built from per-word hashes
    with a polynomial (order matters) in numpy rather than one string per shingle."""
    if not words:
        return np.empty(0, np.uint32)
    word_hashes = _token_hashes(words)
    count = max(1, len(words) - SHINGLE_WORDS + 1)
    combined = word_hashes[:count].copy()
    for offset in range(1, min(SHINGLE_WORDS, len(words))):
        combined = combined * _MULTIPLIER + word_hashes[offset : offset + count]
    return np.unique((_fmix64(combined) >> np.uint64(32)).astype(np.uint32))


def _minhash(template: MinHash, hashes: np.ndarray) -> np.ndarray:
    """datasketch's affine32 MinHash of already hashed items: the minimum of a·h + b (mod
    2**32) per permutation (a, b) of the template. Empty input: all maxima, like MinHash()."""
    a, b = cast(np.ndarray, template.permutations)
    if hashes.size == 0:
        return np.full(template.num_perm, np.iinfo(np.uint32).max, np.uint32)
    return cast(np.ndarray, (hashes[:, np.newaxis] * a + b).min(axis=0)).astype(np.uint32)


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
    """The signature of one document's text (≈ 0.2 ms for a 400-word article)."""
    lines = list(_body_lines(text))
    normalised = _words("\n".join(lines)) or _words(text)
    words = normalised.split()
    shingles = _shingle_hashes(words)
    facts = np.unique(_token_hashes(_fact_tokens("\n".join(lines))) >> np.uint64(32))
    return CopySignature(
        text_hash=hashlib.sha256(normalised.encode("utf-8")).hexdigest(),
        shingle_count=int(shingles.size),
        hashvalues=_minhash(_TEMPLATE, shingles),
        fact_count=int(facts.size),
        fact_hashvalues=_minhash(_FACT_TEMPLATE, facts.astype(np.uint32)),
        comparable=len(words) >= MIN_WORDS,
    )


# --- 3. Index and grouping ------------------------------------------------------------------


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
