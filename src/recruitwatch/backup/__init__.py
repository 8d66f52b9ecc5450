"""Encrypted, integrity-checked backup and restore of a whole deployment.

Public API: :func:`backup_create`, :func:`backup_restore`, :func:`backup_verify`, their
reports and the errors. The archive format is described in ``archive`` (the encrypted
container) and ``contents`` (files and manifest inside it); the user's guide is
``docs/security/backup.md``.
"""

from recruitwatch.backup.database import engine_label
from recruitwatch.backup.errors import (
    ArchiveAuthenticationError,
    ArchiveContentError,
    ArchiveError,
    ArchiveFormatError,
    BackupError,
    BackupTargetError,
    DatabaseCopyError,
    PassphraseError,
    RestoreIncompleteError,
)
from recruitwatch.backup.kdf import PASSPHRASE_MIN_CHARS, passphrase_check
from recruitwatch.backup.services import (
    AuditOutcome,
    BackupReport,
    ProgressSink,
    RestoreReport,
    VerifyReport,
    backup_create,
    backup_output_check,
    backup_restore,
    backup_verify,
)

__all__ = [
    "PASSPHRASE_MIN_CHARS",
    "ArchiveAuthenticationError",
    "ArchiveContentError",
    "ArchiveError",
    "ArchiveFormatError",
    "AuditOutcome",
    "BackupError",
    "BackupReport",
    "BackupTargetError",
    "DatabaseCopyError",
    "PassphraseError",
    "ProgressSink",
    "RestoreIncompleteError",
    "RestoreReport",
    "VerifyReport",
    "backup_create",
    "backup_output_check",
    "backup_restore",
    "backup_verify",
    "engine_label",
    "passphrase_check",
]
