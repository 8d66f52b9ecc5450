"""AES-256-GCM: the one primitive every layer of protection uses.

:func:`aead_encrypt` / :func:`aead_decrypt` are the raw operation (random 96-bit nonce in
front of the ciphertext and tag). Opening never fails open: a wrong key, a truncated or edited
value, or other associated data all raise :class:`DecryptionError`.

:func:`seal` / :func:`unseal` make and read the *first* token format, kept so that data
directories written before envelope encryption still open::

    rw1.<master key id>.<base64url(12-byte nonce || ciphertext || 16-byte tag)>

A ``rw1`` value is sealed directly under a master key, bound to ``app.Model.field`` only. New
values are ``rw2`` tokens under a per-record data key (``protection.envelope``); a key rotation
re-seals every remaining ``rw1`` value.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from recruitwatch.protection.errors import DecryptionError, KeyringError

if TYPE_CHECKING:  # keyring.py uses the AEAD helpers below to lock its own file
    from recruitwatch.protection.keyring import Keyring

TOKEN_PREFIX = "rw1"  # noqa: S105 - a format marker, not a secret
NONCE_BYTES = 12  # the GCM standard nonce; random per value, never reused with one key


TAG_BYTES = 16


def b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict base64url: a character outside the alphabet or stray padding is an edit."""
    try:
        return base64.b64decode(text.encode("ascii"), altchars=b"-_", validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise DecryptionError("sealed value is damaged") from None


def aead_encrypt(key: bytes, plaintext: bytes, *, aad: bytes) -> bytes:
    """``nonce || ciphertext || tag`` under ``key``, bound to ``aad``."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, blob: bytes, *, aad: bytes) -> bytes:
    """Open what :func:`aead_encrypt` made with the same ``aad``; raise on any failure."""
    if len(blob) < NONCE_BYTES + TAG_BYTES:
        raise DecryptionError("sealed value is truncated")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag:
        raise DecryptionError("sealed value does not open: wrong key, moved or tampered") from None


def seal(keyring: Keyring, plaintext: bytes, *, aad: bytes) -> str:
    """Encrypt ``plaintext`` as a ``rw1`` token under the active master key, bound to ``aad``.

    Only legacy rows (written before envelope encryption, no data key yet) still get these.
    """
    body = b64encode(aead_encrypt(keyring.active_key, plaintext, aad=aad))
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
    # An edited token must not open even when the ciphertext itself survived: strict base64.
    return aead_decrypt(key, b64decode(body), aad=aad)
