"""What the review services refuse, each with a message a reviewer can act on.

Messages name record identifiers and field names only, never a value (a summary or a reason
may name someone); the review page turns each into a message on the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class ReviewError(Exception):
    """Base of every review refusal."""


class ReviewNotPermitted(ReviewError):
    """The user may not review incidents (not signed in, or without records.change_incident)."""


class IncidentChangedMeanwhile(ReviewError):
    """Optimistic locking: the incident was saved by someone else after the reviewer opened
    it. Nothing was written; the page shows what changed and lets the reviewer decide again.
    """

    def __init__(self, *, identifier: str, expected: int, stored: int) -> None:
        self.identifier = identifier
        self.expected = expected
        self.stored = stored
        super().__init__(
            f"{identifier} was changed by someone else since it was opened "
            f"(version {stored} now, {expected} when opened); nothing was saved"
        )


class ReviewInvalid(ReviewError):
    """The changes do not make a valid incident; ``errors`` maps field names to messages."""

    def __init__(self, *, identifier: str, errors: Mapping[str, Sequence[str]]) -> None:
        self.identifier = identifier
        self.errors = {name: list(messages) for name, messages in errors.items()}
        super().__init__(f"{identifier}: invalid value for {', '.join(sorted(self.errors))}")


class ReviewStateRefused(ReviewError):
    """Only a proposed incident is accepted, rejected or merged by review."""


class ReasonRequired(ReviewError):
    """A rejection or a merge carries a reason, so the history says why."""


class MergeRefused(ReviewError):
    """The merge cannot be made (the same incident, a rejected target, a stale suggestion)."""
