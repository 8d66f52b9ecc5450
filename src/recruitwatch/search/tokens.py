"""Text → blind search tokens: the one function both the index and every query go through.

The stages, in order (``text_tokens``):

1. **words**: runs of Unicode letters and digits (``_WORD``), keeping an inner apostrophe
   ("colony's") and the combining accents some Russian texts put on stressed vowels;
2. **normalise** each word: NFKC, accents dropped, case-folded, ``ё`` → ``е``, cut to
   ``MAX_WORD_CHARS``;
3. **stop words** dropped (``STOP_WORDS``): they would make every query of several words
   demand an "in" or a «в» that a short summary may not have;
4. **stem** with Snowball — "russian" for a word with a Cyrillic letter, "english" for one
   with a Latin letter, digits and other scripts as they are. These are the stemmers
   PostgreSQL's ``russian`` and ``english`` configurations use, so inflected forms meet:
   колонии / колония → колон, colonies / colony → coloni;
5. **hash** each stem with the blind-index key (``protection.blind_index.lookup_key``,
   domain ``search.token``) and spell the 64-bit hash in the letters a–p, so both
   full-text engines read it as one plain word (PostgreSQL's parser splits hexadecimal
   such as ``1e10ab`` into a number and a word).

A record's tokens are a **sorted set**: no order, no repetition. Word order and counts would
make the hashes a substitution cipher open to n-gram analysis; a set leaves only which
records share a (unknown) stem. Ranking loses term frequency and keeps rarity and length.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import snowballstemmer

from recruitwatch.protection.blind_index import lookup_key
from recruitwatch.protection.keyring import Keyring

#: Domain of the keyed hash: search tokens never equal another lookup key of the same text.
TOKEN_DOMAIN = "search.token"  # noqa: S105 - a hash domain, not a secret
# 64: longer "words" are hashes, URLs' paths or base64; cutting them keeps stemming cheap
# and changes nothing for real words (the longest Russian words are about 35 letters).
MAX_WORD_CHARS = 64
# 32 words in one query: more is a pasted paragraph, not a search, and every word is one
# more posting list to intersect.
MAX_QUERY_WORDS = 32
# 65,536 words and stems remembered per process (a few MB each): texts repeat the same few
# thousand words, and Snowball in pure Python costs about 0.1 ms a word — measured, it made
# re-indexing 60 records/s without the caches. With them a word is two dictionary lookups.
STEM_CACHE_SIZE = 65_536
TOKEN_CACHE_SIZE = 65_536

# Letters, digits, an apostrophe inside a word, and combining marks (stress accents,
# decomposed й) — so a word keeps together whichever way its accents were encoded.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}]|['’][^\W_])*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
_HEX_TO_LETTERS = str.maketrans("0123456789", "ghijklmnop")

# The most frequent function words of each language (a subset of Snowball's stop lists,
# which PostgreSQL's configurations also use). Kept short on purpose: a dropped word can
# never be searched, so only words that carry no meaning on their own are here.
STOP_WORDS = frozenset(
    """a an and are as at be been but by for from had has have he her his i in is it its
    of on or she that the their they this to was were which who will with
    а без бы был была были было в во вот да для до его ее если же за и из или им их к как
    ко ли на над не ни но о об от по при с со так то только у уже что чтобы это я""".split()  # noqa: SIM905 - a word list reads best as text
)


def _normalise(word: str) -> str:
    composed = unicodedata.normalize("NFKC", word)
    bare = "".join(c for c in composed if unicodedata.category(c) != "Mn")
    folded = unicodedata.normalize("NFC", bare.casefold()).replace("ё", "е").replace("’", "'")
    return folded[:MAX_WORD_CHARS]


class Word(NamedTuple):
    """A word as found in a text: where it is (offsets into that text) and its stem. (A
    tuple: excerpts make thousands per page, and a tuple is the cheapest to make.)"""

    start: int
    end: int
    stem: str


_stemmers = threading.local()


def _stemmer(language: str) -> snowballstemmer.stemmer:
    # Snowball stemmer objects keep state while stemming: one per thread.
    found = getattr(_stemmers, language, None)
    if found is None:
        found = snowballstemmer.stemmer(language)
        setattr(_stemmers, language, found)
    return found


def stem(word: str) -> str:
    """The stem of one normalised word ("" for a stop word)."""
    if word in STOP_WORDS:
        return ""
    if _CYRILLIC.search(word):
        return str(_stemmer("russian").stemWord(word))
    if _LATIN.search(word):
        return str(_stemmer("english").stemWord(word)).strip("'")
    return word


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def _stem_of(raw: str) -> str:
    return stem(_normalise(raw))


def words(text: str) -> Iterator[Word]:
    """Every word of ``text`` that is not a stop word, with its offsets and stem."""
    for found in _WORD.finditer(text or ""):
        stemmed = _stem_of(found.group())
        if stemmed:
            yield Word(found.start(), found.end(), stemmed)


class TokenHasher:
    """Stems → tokens under one keyring's blind-index key, with a bounded cache."""

    def __init__(self, keyring: Keyring) -> None:
        self.keyring = keyring
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()

    def token(self, stemmed: str) -> str:
        found = self._cache.get(stemmed)
        if found is not None:
            return found
        digest = lookup_key(self.keyring, stemmed.encode("utf-8"), domain=TOKEN_DOMAIN)
        token = digest.translate(_HEX_TO_LETTERS)
        with self._lock:
            if len(self._cache) >= TOKEN_CACHE_SIZE:
                self._cache.clear()
            self._cache[stemmed] = token
        return token


_hasher_lock = threading.Lock()
_hasher: TokenHasher | None = None


def hasher(keyring: Keyring | None = None) -> TokenHasher:
    """The hasher of ``keyring`` (default: the deployment's), reused while it is current."""
    global _hasher
    if keyring is None:
        from recruitwatch.protection.fields import active_keyring  # needs Django settings

        keyring = active_keyring()
    with _hasher_lock:
        if _hasher is None or _hasher.keyring is not keyring:
            _hasher = TokenHasher(keyring)
        return _hasher


def text_tokens(texts: Iterable[str], *, keyring: Keyring | None = None) -> set[str]:
    """The token set of some texts (a record's fields), for the index."""
    tokens = hasher(keyring)
    return {tokens.token(word.stem) for text in texts for word in words(text)}


def query_tokens(query: str, *, keyring: Keyring | None = None) -> list[str]:
    """The distinct tokens of a query, in the order typed, at most ``MAX_QUERY_WORDS``."""
    tokens = hasher(keyring)
    seen: dict[str, None] = {}
    for word in words(query):
        seen.setdefault(tokens.token(word.stem), None)
        if len(seen) >= MAX_QUERY_WORDS:
            break
    return list(seen)


def tokens_serialise(tokens: Iterable[str]) -> str:
    """What the index stores: the tokens sorted (no trace of word order), space-separated."""
    return " ".join(sorted(set(tokens)))
