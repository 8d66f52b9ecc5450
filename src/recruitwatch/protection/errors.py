"""Errors of the protection layer. Every failure is loud: nothing here fails open."""


class ProtectionError(Exception):
    """Base class for keyring and encryption failures."""


class KeyringError(ProtectionError):
    """The keyring cannot be used."""


class KeyringMissingError(KeyringError):
    """No keyring file where one is expected (run `recruitwatch init`)."""


class KeyringExistsError(KeyringError):
    """Refusing to overwrite an existing keyring: that would make every record unreadable."""


class KeyringPermissionError(KeyringError):
    """The keyring file is readable or writable by other users."""


class DecryptionError(ProtectionError):
    """A sealed value could not be opened: wrong key, missing key, tampered or moved value."""
