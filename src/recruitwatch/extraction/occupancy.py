"""Which characters of a text are already taken by a mention.

Stages that keep the longest or first of overlapping matches (facilities, places, people
that must not overlap an organisation) ask "is this span free?" once per candidate. A
byte per character answers in time proportional to the span, not to the number of spans
taken so far, so a long document does not make the question quadratic.
"""

from __future__ import annotations


class Occupancy:
    def __init__(self, length: int) -> None:
        self._taken = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        """Whether no character in ``[start, end)`` is taken."""
        return self._taken.find(1, start, max(start, end)) == -1

    def take(self, start: int, end: int) -> None:
        if end > start:
            self._taken[start:end] = b"\x01" * (end - start)
