"""Extraction library: from a report's bytes to text, and from text to proposed incidents.

Framework-free: nothing here imports Django, so the library runs in a notebook, a test or a
batch job as it does in the web app. Public API::

    from recruitwatch.extraction import read_path, extract, result_contract

    for document in read_path(path).documents:
        print(result_contract(extract(document)))
"""

from recruitwatch.extraction.errors import ExtractionError, ReadError
from recruitwatch.extraction.readers import read_bytes, read_path, supported_suffixes
from recruitwatch.extraction.results import result_contract
from recruitwatch.extraction.types import Document, ExtractionResult


def extract(document: Document) -> ExtractionResult:
    """Propose incidents (with people, facilities, organisations, figures) for one document."""
    from recruitwatch.extraction.pipeline import analyse
    from recruitwatch.extraction.results import result_build

    return result_build(analyse(document))


__all__ = [
    "Document",
    "ExtractionError",
    "ExtractionResult",
    "ReadError",
    "extract",
    "read_bytes",
    "read_path",
    "result_contract",
    "supported_suffixes",
]
