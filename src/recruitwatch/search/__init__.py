"""Search over documents, incidents and people, with facets (issue 5; docs/search.md).

The public surface, in order of the data flow:

- ``search.services``: ``search_index_document``, ``search_index_incident``,
  ``search_index_person``, ``search_index_remove``, ``search_reindex`` — keep the index in
  step with the records (ingestion and the review pages call them);
- ``search.selectors.search_incidents(*, user, query, filters) -> (queryset, facets)`` —
  the one entry point for "the current search" (the page, exports, the API);
- ``search.views.search_view`` — the page at /search/.

Everything else (tokens, backends, candidates, facets, snippets, names) is how they work.
"""
