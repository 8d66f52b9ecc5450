"""What the verification services refuse."""

from __future__ import annotations

from recruitwatch.linking.errors import DecisionNotPermitted, ReasonRequired


class VerificationError(Exception):
    """Base of verification refusals."""


class TransitionRefused(VerificationError):
    """The state change is not allowed from the incident's current state."""


class GradeInvalid(VerificationError, ValueError):
    """A reliability or credibility grade outside the Admiralty scale."""


__all__ = [
    "DecisionNotPermitted",
    "GradeInvalid",
    "ReasonRequired",
    "TransitionRefused",
    "VerificationError",
]
