"""Sealing and opening protected values with AES-256-GCM.

A sealed value is text, safe for any database column::

    rw1.<key id>.<base64url(12-byte nonce || ciphertext || 16-byte tag)>

The associated data names where the value belongs (for a model field, ``app.Model.field``),
so a ciphertext copied into another column does not open. Opening never fails open: a wrong
key, a missing key, a truncated or edited token all raise :class:`DecryptionError`.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from recruitwatch.protection.errors import DecryptionError, KeyringError
from recruitwatch.protection.keyring import Keyring

TOKEN_PREFIX = "rw1"  # noqa: S105 - a format marker, not a secret
NONCE_BYTES = 12  # the GCM standard nonce; random per value, never reused with one key


def seal(keyring: Keyring, plaintext: bytes, *, aad: bytes) -> str:
    """Encrypt ``plaintext`` under the active key, bound to ``aad``."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(keyring.active_key).encrypt(nonce, plaintext, aad)
    body = base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")
    return f"{TOKEN_PREFIX}.{keyring.active_key_id}.{body}"


def is_sealed(value: str) -> bool:
    """Whether ``value`` looks like a sealed token (not a proof that it opens)."""
    return value.startswith(TOKEN_PREFIX + ".")


def unseal(keyring: Keyring, token: str, *, aad: bytes) -> bytes:
    """Decrypt a token made by :func:`seal` with the same ``aad``; raise on any failure."""
    try:
        prefix, key_id, body = token.split(".", 2)
    except ValueError:
        raise DecryptionError("not a sealed value") from None
    if prefix != TOKEN_PREFIX:
        raise DecryptionError("not a sealed value")
    try:
        key = keyring.key(key_id)
    except KeyringError:
        raise DecryptionError(f"sealed with key {key_id!r}, which this keyring lacks") from None
    try:
        # validate=True: a character outside the alphabet or stray padding is an edit, and an
        # edited token must not open even when the ciphertext itself survived.
        raw = base64.b64decode(body.encode("ascii"), altchars=b"-_", validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise DecryptionError("sealed value is damaged") from None
    if len(raw) < NONCE_BYTES + 16:
        raise DecryptionError("sealed value is truncated")
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)
    except InvalidTag:
        raise DecryptionError("sealed value does not open: wrong key, moved or tampered") from None
