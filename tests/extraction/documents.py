"""A read document built straight from text, for tests of the pipeline and its stages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recruitwatch.extraction import Document, read_path

ROOT = Path(__file__).resolve().parents[2]


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


def corpus_documents() -> list[Document]:
    """Every document of the fictional corpus (``tests/corpus``) and of ``examples/``, as read."""
    paths = [*sorted((ROOT / "tests/corpus").glob("*.txt")), *sorted((ROOT / "examples").iterdir())]
    return [
        document
        for path in paths
        if path.suffix in {".txt", ".md", ".html", ".jsonl"} and path.name != "README.md"
        for document in read_path(path).documents
    ]
