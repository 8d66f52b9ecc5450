"""The search page: one box, three groups of results, facets for the incidents. Access is
checked by the selectors; only the rows of the pages shown are opened."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from recruitwatch.search import display
from recruitwatch.search.candidates import CANDIDATE_LIMIT
from recruitwatch.search.errors import FilterInvalid
from recruitwatch.search.facets import IncidentFilters
from recruitwatch.search.selectors import search_all

# Results per page: 20 incidents, the group the facets narrow, and 10 documents and 10
# people beside them (each group pages on its own). Every row shown is decrypted, redacted
# and excerpted, so the page's time grows with them: 50 a group kept the page over its
# 150 ms budget with 100,000 incidents (docs/search.md).
RESULTS_PER_PAGE = 20
OTHER_RESULTS_PER_PAGE = 10
# A query longer than this is a pasted text, not a search (the tokenizer stops at 32 words).
MAX_QUERY_CHARS = 500


@require_safe
def search_view(request: HttpRequest) -> HttpResponse:
    query = " ".join(request.GET.get("q", "")[:MAX_QUERY_CHARS].split())
    problem = ""
    try:
        filters = IncidentFilters.from_mapping(request.GET)
    except FilterInvalid as exc:
        filters, problem = IncidentFilters(), exc.parameter
    found = search_all(user=request.user, query=query, filters=filters)
    masker = display.ReaderMasker(request.user)
    tokens = list(found.tokens)

    incidents = Paginator(found.incidents, RESULTS_PER_PAGE).get_page(
        request.GET.get("incidents_page")
    )
    context = {
        "query": query,
        "found": found,
        "candidate_limit": CANDIDATE_LIMIT,
        "problem": problem,
        "filters": filters,
        "active_filters": filters.active(),
        "incidents": incidents,
        "incident_rows": display.incident_rows(incidents.object_list, tokens=tokens, masker=masker),
        "facet_groups": display.facet_groups(found.facets, query=query, filters=filters),
        "clear_filters_url": display.search_url(query, {}),
        # Page links keep the query and filters (and start the other groups afresh).
        "base_query": display.search_url(query, filters.active()).lstrip("?"),
        "documents": None,
        "people": None,
    }
    if found.documents is not None:
        documents = Paginator(found.documents, OTHER_RESULTS_PER_PAGE).get_page(
            request.GET.get("documents_page")
        )
        context["documents"] = documents
        context["document_rows"] = display.document_rows(
            documents.object_list, tokens=tokens, masker=masker
        )
    if found.people is not None:
        people = Paginator(found.people, OTHER_RESULTS_PER_PAGE).get_page(
            request.GET.get("people_page")
        )
        context["people"] = people
        context["person_rows"] = display.person_rows(people.object_list, user=request.user)
    return render(request, "search/search.html", context)
