"""Pages listing and showing ingested documents, and evidence downloads. Access is checked
by the selectors."""

from __future__ import annotations

import logging
from urllib.parse import quote

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from recruitwatch.access.identity import documents_for_display
from recruitwatch.ingest.uploads import download_name
from recruitwatch.protection import ProtectionError
from recruitwatch.records import selectors
from recruitwatch.records.services.evidence import EvidenceIntegrityError, evidence_read

DOCUMENTS_PER_PAGE = 50

logger = logging.getLogger(__name__)


def document_list_view(request: HttpRequest) -> HttpResponse:
    documents = selectors.document_list(user=request.user)
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    # Names of protected people replaced for users without access.view_identity.
    page.object_list = documents_for_display(user=request.user, documents=page.object_list)
    return render(request, "ingest/document_list.html", {"page": page})


def document_detail_view(request: HttpRequest, identifier: str) -> HttpResponse:
    document = selectors.document_get(user=request.user, identifier=identifier)
    [shown] = documents_for_display(user=request.user, documents=[document])
    return render(request, "ingest/document_detail.html", {"document": shown})


@require_safe
def evidence_download_view(request: HttpRequest, identifier: str) -> HttpResponse:
    """The evidence file's bytes, always as an attachment of no particular type.

    Never inline and never with the stored media type: a file that is HTML, SVG or a
    polyglot must not run in our origin, whatever it claims to be. The name is rebuilt from
    the declared one by ``download_name`` on every download.
    """
    # The shared selector: role permission first (403 for any identifier without it), then
    # per-case restriction (a restricted case's evidence is a 404, like an unknown one),
    # and an audit entry of who fetched what.
    evidence = selectors.evidence_get(user=request.user, identifier=identifier)
    try:
        data = evidence_read(evidence)
    except (OSError, ProtectionError, EvidenceIntegrityError) as exc:
        # The identifier and the kind of failure only: never the name or content.
        logger.error("evidence %s could not be opened (%s)", identifier, type(exc).__name__)
        return HttpResponse(
            "This evidence file cannot be opened: its stored copy is missing or damaged. "
            "An administrator can restore it from a backup.",
            status=500,
            content_type="text/plain; charset=utf-8",
        )
    name = download_name(
        str(evidence.original_name), media_type=evidence.media_type, fallback_stem=identifier
    )
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = content_disposition(name, fallback_stem=identifier)
    response["Content-Length"] = str(len(data))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    # Should a browser ever render it anyway, nothing in it may run or load.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def content_disposition(name: str, *, fallback_stem: str) -> str:
    """``attachment; filename="…"`` with an ASCII name every browser reads, and the full
    UTF-8 name (RFC 6266 / 5987 ``filename*``) when it is not ASCII (Russian names are)."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    ascii_stem = " ".join(stem.encode("ascii", "ignore").decode("ascii").split()).strip(" ._")
    ascii_extension = extension.encode("ascii", "ignore").decode("ascii")
    ascii_name = (ascii_stem or fallback_stem) + (f".{ascii_extension}" if ascii_extension else "")
    header = f'attachment; filename="{ascii_name}"'
    if ascii_name != name:
        header += f"; filename*=UTF-8''{quote(name, safe='')}"
    return header
