"""Protection underneath every stage: the keyring, sealing and opening protected values.

Key hierarchy (docs/security/keys.md): passphrase (optional, ``passphrase``) → keyring file
(``keyring``) → master key → per-record data key (``envelope``) → sealed values (``fields``)
and sealed files (``files``); the blind-index key beside the master keys (``blind_index``);
master-key rotation in ``rotation``.

Public API: :func:`seal`, :func:`unseal`, :class:`Keyring`, :func:`keyring_create`,
:func:`keyring_load`, and the errors. Django model fields live in ``protection.fields``.
"""

from recruitwatch.protection.crypto import seal, unseal
from recruitwatch.protection.errors import (
    DecryptionError,
    KeyringError,
    KeyringExistsError,
    KeyringLockedError,
    KeyringMissingError,
    KeyringPermissionError,
    PassphraseError,
    ProtectionError,
    RotationError,
)
from recruitwatch.protection.keyring import Keyring, keyring_create, keyring_load

__all__ = [
    "DecryptionError",
    "Keyring",
    "KeyringError",
    "KeyringExistsError",
    "KeyringLockedError",
    "KeyringMissingError",
    "KeyringPermissionError",
    "PassphraseError",
    "ProtectionError",
    "RotationError",
    "keyring_create",
    "keyring_load",
    "seal",
    "unseal",
]
