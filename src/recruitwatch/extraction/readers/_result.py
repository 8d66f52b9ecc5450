"""The value every reader returns."""

from __future__ import annotations

from dataclasses import dataclass

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.types import Document


@dataclass(frozen=True)
class ReadResult:
    """What one input yielded: documents, and errors for parts that could not be read."""

    documents: tuple[Document, ...] = ()
    errors: tuple[ReadError, ...] = ()
