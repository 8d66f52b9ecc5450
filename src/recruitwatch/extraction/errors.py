"""Errors of the extraction library."""


class ExtractionError(Exception):
    """Base class for everything the extraction library raises on purpose."""


class ReadError(ExtractionError):
    """An input could not be read as a report. The message says why, in one line."""
