"""Log formatting that keeps personal data out of tracebacks.

An exception's message can carry whatever value caused it — ``int("<a name>")``, a
validation error quoting a field — and Django logs a failed request's traceback. The
formatter keeps what an engineer needs (where it failed, and the exception's type) and
withholds the message. Log lines themselves name records by identifier only.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

_WITHHELD = "(message withheld: it may hold personal data)"


class ExceptionMessageWithheldFormatter(logging.Formatter):
    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, _, trace = ei
        frames = "".join(traceback.format_tb(trace)) if trace is not None else ""
        name = f"{kind.__module__}.{kind.__qualname__}" if kind is not None else "exception"
        return f"Traceback (most recent call last):\n{frames}{name}: {_WITHHELD}"
