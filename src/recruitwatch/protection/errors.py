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


class KeyringLockedError(KeyringError):
    """The keyring is encrypted under a passphrase and no passphrase was given."""


class PassphraseError(KeyringError):
    """A passphrase was refused: it does not open the keyring, or it is too weak to set."""


class RotationError(ProtectionError):
    """A key rotation could not finish; the old master key stays in the keyring."""
