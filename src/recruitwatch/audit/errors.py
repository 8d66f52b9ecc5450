"""Errors of the audit log. None of them is ever swallowed: an audit write that fails takes
the change it records down with it, and a log that does not verify is never checkpointed."""


class AuditError(Exception):
    """Base class of audit failures."""


class AuditEntryImmutableError(AuditError):
    """Something tried to change or delete an audit entry through the ORM."""


class AuditChainError(AuditError):
    """The log does not verify, or its head row disagrees with it."""


class CheckpointError(AuditError):
    """A checkpoint file is unreadable, malformed, or its signature does not verify."""


class SigningKeyError(AuditError):
    """The checkpoint signing key is missing, damaged or readable by other users."""
