"""Blind index: find a record by exact name without decrypting every name.

The index of a name is a keyed HMAC-SHA256 (the keyring's blind-index key, separate from the
master keys) over the *normalised* name — Unicode NFC, case-folded, whitespace collapsed — and
the column that stores it sits next to the sealed name. A lookup computes the index of the
name asked for, fetches the rows that carry it, and opens only those to confirm.

What it costs: anyone who sees the database sees which rows share an index value, i.e.
(probably) the same name, and how often names repeat. Without the blind-index key they cannot
compute the index of a name they guess. The HMAC is truncated (see
:data:`BLIND_INDEX_BITS`) so that a shared value is not proof of a shared name; lookups
confirm every candidate by opening it, so truncation never returns a wrong match.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from recruitwatch.protection.keyring import Keyring

# 16 bits: 65,536 buckets. Collisions are harmless to lookups (every candidate is opened and
# compared), and they blur the equality the index leaks: at N indexed names a given value is
# shared by about N / 65,536 unrelated names. That only blurs much for large N; for a few
# thousand people equal values still mostly mean equal names (docs/security/keys.md). Fewer
# bits would blur more at the cost of opening more candidates per lookup.
BLIND_INDEX_BITS = 16
BLIND_INDEX_HEX_CHARS = BLIND_INDEX_BITS // 4
#: Room in the column for a wider index later without a schema change.
BLIND_INDEX_COLUMN_CHARS = 16


def name_normalise(name: str) -> str:
    """Unicode NFC, case-folded, runs of whitespace collapsed to one space, trimmed.

    NFC again after case-folding: folding can decompose characters (e.g. "ǰ"), and two
    spellings of one name must give one index.
    """
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
    return " ".join(folded.split())


def blind_index(keyring: Keyring, name: str, *, domain: str) -> str:
    """The index of ``name`` within ``domain`` (e.g. ``records.Person.name``); "" for none.

    The domain keeps indexes of different columns apart: a person and a source with the same
    name do not share an index value.
    """
    normalised = name_normalise(name)
    if not normalised:
        return ""
    message = domain.encode("utf-8") + b"\x00" + normalised.encode("utf-8")
    digest = hmac.new(keyring.blind_index_key(), message, hashlib.sha256).hexdigest()
    return digest[:BLIND_INDEX_HEX_CHARS]


#: Lookup keys (``lookup_key``): 64 bits, so unrelated values virtually never share one by
#: accident, while the column stays short.
LOOKUP_KEY_HEX_CHARS = 16


def lookup_key(keyring: Keyring, message: bytes, *, domain: str) -> str:
    """A keyed hash of ``message`` for equality lookups of derived values (copy-detection
    bands, people's blocking keys): HMAC-SHA256 under the blind-index key, domain-separated,
    truncated to 64 bits. Whoever holds the database but not the keyring learns which rows
    share a value, never what the value is or whether a guessed one is present."""
    digest = hmac.new(
        keyring.blind_index_key(), domain.encode("ascii") + b"\x00" + message, hashlib.sha256
    )
    return digest.hexdigest()[:LOOKUP_KEY_HEX_CHARS]
