"""Searching: incidents (with filters and facets), documents and people, for one user.

Every search starts from the records selectors' lists (``records.selectors``): without the
role's view permission it raises PermissionDenied, and records of restricted cases the user
may not see are never matched, shown or counted. On top of that:

1. the query becomes blind tokens (``search.tokens.query_tokens``); for a user who may not
   see identities, tokens of recorded names are dropped (``search.names``), and people are
   searched only by their public row — a real name cannot be confirmed by searching it;
2. the engine's match (``search.backends``) narrows the list as a subquery, so filters,
   counts and facets stay single SQL statements whatever the number of matches;
3. the page takes the ids of the newest 2,000 matches once (``search.candidates``), ranks
   them by the engine (bm25 / ts_rank) when there are few enough, counts facets over them
   with GROUP BY, and reads only the rows of the page shown.

``search_incidents`` is the one entry point for anything that acts on "the current search"
(the page, exports, the API).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import Model, QuerySet
from django.db.models.expressions import RawSQL

from recruitwatch.access.identity import identity_visible
from recruitwatch.records import selectors
from recruitwatch.records.models import Document, Incident, Person
from recruitwatch.search.backends import backend_for
from recruitwatch.search.candidates import Hits, matching_candidate_ids, ranked_order
from recruitwatch.search.facets import Facets, IncidentFilters, filters_apply
from recruitwatch.search.names import name_tokens
from recruitwatch.search.tokens import query_tokens

M = TypeVar("M", bound=Model)


def search_tokens(*, user: Any, query: str) -> list[str]:
    """The tokens ``user``'s query is matched with: names dropped for users who may not
    see identities. Empty for a query of no searchable word."""
    tokens = query_tokens(query or "")
    if tokens and not identity_visible(user):
        hidden = name_tokens().hidden
        tokens = [token for token in tokens if token not in hidden]
    return tokens


def _matched(
    queryset: QuerySet[M],
    *,
    query: str,
    tokens: Sequence[str],
    kinds: Sequence[str],
    empty_is_all: bool,
) -> QuerySet[M]:
    """``queryset`` narrowed to the records of ``kinds`` that hold every token. A query
    that had words but none left to search matches nothing; an empty query matches all
    when ``empty_is_all`` (a filtered list), else nothing."""
    if not tokens:
        return queryset if empty_is_all and not (query or "").strip() else queryset.none()
    sql, params = backend_for(connection).ids_sql(kinds=kinds, tokens=tokens)
    return queryset.filter(pk__in=RawSQL(sql, params))  # noqa: S611 - see search.backends


def _incidents(
    *, user: Any, query: str, tokens: Sequence[str], filters: IncidentFilters
) -> tuple[QuerySet[Incident], Facets]:
    visible = selectors.incident_list(user=user)
    incidents = _matched(
        visible, query=query, tokens=tokens, kinds=("incident",), empty_is_all=True
    )
    shown = filters_apply(incidents, filters).order_by("-pk")
    return shown, Facets(incidents=incidents, filters=filters, visible=visible, tokens=tokens)


def search_incidents(
    *,
    user: Any,
    query: str = "",
    filters: IncidentFilters | Mapping[str, Any] | None = None,
) -> tuple[QuerySet[Incident], Facets]:
    """The incidents ``user`` may see that match ``query`` (every word, any inflection)
    and ``filters``, newest first (by id: creation order), with the facet counts beside
    them.

    ``filters`` is an :class:`IncidentFilters` or a mapping of its field names to strings
    (GET parameters as they come: ``region=RU-VLA``, ``date_from=2023-01-01``); an invalid
    value raises ``FilterInvalid``. An empty query with filters is a filtered list.
    The queryset holds every match (exports iterate it, unlimited); the page works on
    ``facets.candidates()`` (``search.candidates``). The facets are counted only when
    read. Raises
    PermissionDenied for a user without ``records.view_incident``.
    """
    if not isinstance(filters, IncidentFilters):
        filters = IncidentFilters.from_mapping(filters or {})
    tokens = search_tokens(user=user, query=query)
    return _incidents(user=user, query=query, tokens=tokens, filters=filters)


def search_documents(*, user: Any, query: str) -> QuerySet[Document]:
    """Documents ``user`` may see holding every word of ``query`` (none for no query)."""
    return _documents(user=user, query=query, tokens=search_tokens(user=user, query=query))


def _documents(*, user: Any, query: str, tokens: Sequence[str]) -> QuerySet[Document]:
    documents = _documents_visible(user=user)
    return _matched(documents, query=query, tokens=tokens, kinds=("document",), empty_is_all=False)


def person_kinds(user: Any) -> tuple[str, ...]:
    """The rows people are searched by: real names only for users who may see them."""
    return ("person.identity",) if identity_visible(user) else ("person",)


def search_people(*, user: Any, query: str) -> QuerySet[Person]:
    """People ``user`` may see whose pseudonym or public values — and, for users who may
    see identities, real name or aliases — hold every word of ``query`` (none for no
    query)."""
    return _people(user=user, query=query, tokens=search_tokens(user=user, query=query))


def _people(*, user: Any, query: str, tokens: Sequence[str]) -> QuerySet[Person]:
    people = selectors.person_list(user=user)
    return _matched(
        people, query=query, tokens=tokens, kinds=person_kinds(user), empty_is_all=False
    )


@dataclass(frozen=True)
class Found:
    """One search, as the page shows it: each group's candidates in display order, ready
    for a Paginator (``search.candidates.Hits``); None for a group the user may not see (no
    view permission) or that a search without words does not list."""

    incidents: Hits
    facets: Facets
    documents: Hits | None
    people: Hits | None
    tokens: tuple[str, ...]


def _group(user: Any, within: Any, *, tokens: Sequence[str], kinds: Sequence[str]) -> Hits | None:
    """The candidates among ``within(user=user)`` (the records ``user`` may see) holding every
    token, ranked if they can be; None without tokens or without the view permission."""
    if not tokens:
        return None
    try:
        records = within(user=user)
    except PermissionDenied:
        return None
    ids, truncated = matching_candidate_ids(records, kinds=kinds, tokens=tokens)
    ordered, ranked = ranked_order(ids, tokens=tokens, kinds=kinds)
    return Hits(records.model, ordered, truncated=truncated, ranked=ranked)


def _documents_visible(*, user: Any) -> QuerySet[Document]:
    return selectors.document_list(user=user).defer(None)


def search_all(*, user: Any, query: str, filters: IncidentFilters) -> Found:
    """Incidents (filtered, with facets), documents and people for the search page."""
    tokens = search_tokens(user=user, query=query)
    _, facets = _incidents(user=user, query=query, tokens=tokens, filters=filters)
    ids, truncated = facets.candidates()  # the facets count these same ids
    ordered, ranked = ranked_order(ids, tokens=tokens, kinds=("incident",))
    return Found(
        incidents=Hits(Incident, ordered, truncated=truncated, ranked=ranked, related=["facility"]),
        facets=facets,
        documents=_group(user, _documents_visible, tokens=tokens, kinds=("document",)),
        people=_group(user, selectors.person_list, tokens=tokens, kinds=person_kinds(user)),
        tokens=tuple(tokens),
    )
