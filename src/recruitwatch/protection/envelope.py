"""Envelope encryption: a random data key per record, wrapped by the keyring's master key.

Two token formats, both plain ASCII for any text column:

* a **wrapped data key** names the master key that wraps it::

      rwk1.<master key id>.<base64url(nonce || AES-GCM(data key) || tag)>

  bound (associated data) to the table, the column and the row's binding value — the record
  identifier for a record's data key, the file's SHA-256 for an evidence file key — so a
  wrapped key copied to another row does not open;
* a **protected value** sealed under a record's data key::

      rw2.<base64url(nonce || AES-GCM(value) || tag)>

  bound to the table, the column and the record identifier (the row binding; see
  docs/security/keys.md).

Rotating the master key re-wraps the data keys (a few bytes per record); the values
themselves are never re-encrypted. Nothing here fails open.
"""

from __future__ import annotations

import secrets

from recruitwatch.protection.crypto import aead_decrypt, aead_encrypt, b64decode, b64encode
from recruitwatch.protection.errors import DecryptionError, KeyringError
from recruitwatch.protection.keyring import Keyring

WRAPPED_PREFIX = "rwk1"
VALUE_PREFIX = "rw2"
DATA_KEY_BYTES = 32  # AES-256-GCM


def data_key_generate() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def wrapped_key_aad(*, table: str, column: str, binding: str) -> bytes:
    return f"{WRAPPED_PREFIX}|{table}|{column}|{binding}".encode()


def value_aad(*, table: str, column: str, identifier: str) -> bytes:
    return f"{VALUE_PREFIX}|{table}|{column}|{identifier}".encode()


def data_key_wrap(keyring: Keyring, data_key: bytes, *, aad: bytes) -> str:
    """Wrap ``data_key`` under the active master key."""
    body = b64encode(aead_encrypt(keyring.active_key, data_key, aad=aad))
    return f"{WRAPPED_PREFIX}.{keyring.active_key_id}.{body}"


def wrapped_key_master_id(token: str) -> str:
    """The id of the master key a wrapped token names (no key material is touched)."""
    return _split_wrapped(token)[1]


def _split_wrapped(token: str) -> tuple[str, str, str]:
    parts = token.split(".", 2)
    if len(parts) != 3 or parts[0] != WRAPPED_PREFIX or not parts[1]:
        raise DecryptionError("not a wrapped data key")
    return parts[0], parts[1], parts[2]


def data_key_unwrap(keyring: Keyring, token: str, *, aad: bytes) -> bytes:
    """The data key inside ``token``; raises if the master key is gone or anything differs."""
    _, key_id, body = _split_wrapped(token)
    try:
        master = keyring.key(key_id)
    except KeyringError:
        raise DecryptionError(
            f"data key wrapped with master key {key_id!r}, which this keyring lacks"
        ) from None
    data_key = aead_decrypt(master, b64decode(body), aad=aad)
    if len(data_key) != DATA_KEY_BYTES:
        raise DecryptionError("wrapped data key has the wrong length")
    return data_key


def value_seal(data_key: bytes, plaintext: bytes, *, aad: bytes) -> str:
    return f"{VALUE_PREFIX}.{b64encode(aead_encrypt(data_key, plaintext, aad=aad))}"


def value_open(data_key: bytes, token: str, *, aad: bytes) -> bytes:
    prefix, _, body = token.partition(".")
    if prefix != VALUE_PREFIX or not body:
        raise DecryptionError("not a sealed value")
    return aead_decrypt(data_key, b64decode(body), aad=aad)
