"""What the linking services refuse, each with a message a reviewer can act on."""

from __future__ import annotations


class LinkingError(Exception):
    """Base of every linking refusal."""


class SuggestionAlreadyDecided(LinkingError):
    """A suggestion is decided once: accepting or rejecting it again is refused."""


class DecisionNotPermitted(LinkingError):
    """The user may not make this decision (not signed in, or lacks the permission)."""


class ReasonRequired(LinkingError):
    """Every decision carries a reason, so the history says why."""


class RecordNotFound(LinkingError):
    """A suggestion names a record that does not exist (any more)."""
