"""Backup and restore of a whole deployment: the services the CLI (and tests) call.

``create``: ``backup_create`` writes one encrypted archive; ``restore``: ``backup_verify``
checks one without changing anything, ``backup_restore`` checks it and then restores it.
"""

from recruitwatch.backup.services.create import backup_create, backup_output_check
from recruitwatch.backup.services.reports import (
    AuditOutcome,
    BackupReport,
    ProgressSink,
    RestoreReport,
    VerifyReport,
)
from recruitwatch.backup.services.restore import audit_outcome, backup_restore, backup_verify

__all__ = [
    "AuditOutcome",
    "BackupReport",
    "ProgressSink",
    "RestoreReport",
    "VerifyReport",
    "audit_outcome",
    "backup_create",
    "backup_output_check",
    "backup_restore",
    "backup_verify",
]
