"""Errors of backup and restore. Every failure is loud and names what to do; none fails open.

The hierarchy separates what the caseworker can fix (a passphrase, a target that is not
empty, a missing tool) from what they cannot (an archive that is damaged or was tampered
with), so the command line can say which it is in one line.
"""


class BackupError(Exception):
    """Base class of every backup and restore failure."""


class PassphraseError(BackupError):
    """The passphrase is missing, too short, or the two entries differ."""


class ArchiveError(BackupError):
    """The archive cannot be trusted: not a backup, damaged, truncated or tampered with."""


class ArchiveFormatError(ArchiveError):
    """Not a RecruitWatch backup, an unsupported version, or a damaged header."""


class ArchiveAuthenticationError(ArchiveError):
    """Decryption failed: wrong passphrase, or bytes were changed, removed, added or moved."""


class ArchiveContentError(ArchiveError):
    """The decrypted contents contradict their manifest (a file's hash, size, or the list)."""


class BackupTargetError(BackupError):
    """Where the backup or restore would write is not acceptable (exists, not empty, …)."""


class DatabaseCopyError(BackupError):
    """The database could not be copied or restored (tool missing, tool failed, bad copy)."""


class RestoreIncompleteError(BackupError):
    """Something failed after the restore began changing the deployment. The message says
    what state things are in and where the previous contents and the verified copy are."""
