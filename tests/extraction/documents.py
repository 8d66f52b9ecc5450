"""A read document built straight from text, for tests of the pipeline and its stages."""

from __future__ import annotations

from datetime import date

from recruitwatch.extraction import Document


def fictional_document(
    text: str, *, language: str, published: date | None = date(2023, 2, 16)
) -> Document:
    """``text`` as a document in ``language``, published 2023-02-16 unless told otherwise."""
    return Document(
        text=text,
        sha256="0" * 64,
        size_bytes=len(text),
        reader="test",
        origin="t",
        title="Fictional",
        published=published,
        language=language,
    )
