"""Protection underneath every stage: the keyring, sealing and opening protected values.

Public API: :func:`seal`, :func:`unseal`, :class:`Keyring`, :func:`keyring_create`,
:func:`keyring_load`, and the errors. Django model fields live in ``protection.fields``.
"""

from recruitwatch.protection.crypto import seal, unseal
from recruitwatch.protection.errors import (
    DecryptionError,
    KeyringError,
    KeyringExistsError,
    KeyringMissingError,
    KeyringPermissionError,
    ProtectionError,
)
from recruitwatch.protection.keyring import Keyring, keyring_create, keyring_load

__all__ = [
    "DecryptionError",
    "Keyring",
    "KeyringError",
    "KeyringExistsError",
    "KeyringMissingError",
    "KeyringPermissionError",
    "ProtectionError",
    "keyring_create",
    "keyring_load",
    "seal",
    "unseal",
]
