"""What search refuses, each with a message a caseworker can act on (and no query text:
a query may hold a name)."""

from __future__ import annotations


class SearchError(Exception):
    """Base of every search failure."""


class SearchUnavailable(SearchError):
    """The database has no search index this code knows how to use (an unsupported engine,
    or a database not migrated since search was added)."""


class FilterInvalid(SearchError):
    """A facet filter names a value that cannot be: an unknown state, a malformed date.
    ``parameter`` is the filter's name (``review_state``), for a page to point at."""

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"{parameter}: {problem}")
        self.parameter = parameter
