"""Extraction library: from a report's bytes to text, and (later stages) to proposed incidents.

Framework-free: nothing here imports Django, so the library runs in a notebook, a test or a
batch job as it does in the web app. Public API::

    from recruitwatch.extraction import read_path, read_bytes, Document, ReadError
"""

from recruitwatch.extraction.errors import ExtractionError, ReadError
from recruitwatch.extraction.readers import read_bytes, read_path, supported_suffixes
from recruitwatch.extraction.types import Document

__all__ = [
    "Document",
    "ExtractionError",
    "ReadError",
    "read_bytes",
    "read_path",
    "supported_suffixes",
]
