"""The one adapter between the database side and the copy detector
(``recruitwatch.resolution.copies``: normalised-text hash, MinHash signature, ``CopyIndex``).

What it adds is what storing needs, and privacy: a signature is derived from the text (its
MinHash values can confirm a guessed phrase or name), so it is sealed in the database like the
body, and what stays readable for lookups — the normalised-text hash and the LSH band keys —
is keyed with the keyring's blind-index key (HMAC-SHA256, domain-separated, truncated to 64
bits). Someone holding the database but not the keyring learns which documents share a band
(which the copy groups show anyway), never whether a document holds a text they guess.
"""

from __future__ import annotations

from collections.abc import Mapping

from recruitwatch.protection.blind_index import lookup_key
from recruitwatch.protection.fields import active_keyring
from recruitwatch.resolution import copies

CopySignature = copies.CopySignature
CopySignatureError = copies.CopySignatureError

#: Stored with every signature: signatures of another scheme are recomputed, never compared.
SCHEME = f"resolution.copies-v{copies.SIGNATURE_VERSION}"


def _keyed(message: bytes, *, domain: str) -> str:
    # 64 bits: unrelated documents virtually never share a band key by accident (candidates
    # are confirmed on the signatures anyway), and the key stays short in the index.
    return lookup_key(active_keyring(), message, domain=domain)


def signature(text: str) -> CopySignature:
    """The copy signature of a document's text."""
    return copies.copy_signature(text)


def text_key(sig: CopySignature) -> str:
    """The keyed hash of the normalised text: equal for exact copies (after furniture)."""
    return _keyed(bytes.fromhex(sig.text_hash), domain="linking.copy_text")


def band_keys(sig: CopySignature) -> list[str]:
    """Keyed LSH band keys, with the detector's own banding (``LSH_BANDS`` × ``LSH_ROWS``):
    documents sharing one are candidates. None for a text too short to judge."""
    if not sig.comparable:
        return []
    rows = copies.LSH_ROWS
    values = sig.hashvalues.astype("<u4")
    return [
        f"{band}:"
        + _keyed(values[band * rows : (band + 1) * rows].tobytes(), domain="linking.band")
        for band in range(copies.LSH_BANDS)
    ]


def copies_among(
    sig: CopySignature, candidates: Mapping[str, CopySignature]
) -> list[copies.CopyMatch[str]]:
    """The candidates (by key) the detector confirms as copies of ``sig``, strongest first,
    each with its reason."""
    index: copies.CopyIndex[str] = copies.CopyIndex()
    for key, candidate in candidates.items():
        index.add(key, candidate)
    return index.query(sig)


def signature_dump(sig: CopySignature) -> str:
    return sig.to_base64()


def signature_load(stored: str) -> CopySignature:
    """A stored signature; CopySignatureError when it is of another version or damaged."""
    return CopySignature.from_base64(stored)
