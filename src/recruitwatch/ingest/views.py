"""Pages listing and showing ingested documents. Access is checked by the selectors."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from recruitwatch.records import selectors

DOCUMENTS_PER_PAGE = 50


def document_list_view(request: HttpRequest) -> HttpResponse:
    documents = selectors.document_list(user=request.user)
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "ingest/document_list.html", {"page": page})


def document_detail_view(request: HttpRequest, identifier: str) -> HttpResponse:
    document = selectors.document_get(user=request.user, identifier=identifier)
    return render(request, "ingest/document_detail.html", {"document": document})
