"""Storing documents that a reader produced."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction

from recruitwatch.extraction import Document as ReadDocument
from recruitwatch.records.choices import Channel
from recruitwatch.records.models import Document
from recruitwatch.records.services.identifiers import record_create


def document_create(
    *, read: ReadDocument, channel: str | None = None, ingested_by: Any = None
) -> tuple[Document, bool]:
    """Store ``read`` unless a document with the same raw bytes exists.

    Returns the document and whether it was created. The SHA-256 of the raw bytes is unique
    in the database, so two processes ingesting the same file at once still store it once.
    """
    existing = Document.objects.filter(sha256=read.sha256).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            document = record_create(
                Document,
                sha256=read.sha256,
                channel=read.channel or channel or Channel.NEWS,
                title=read.title,
                text=read.text,
                origin=read.url or read.origin,
                published=read.published,
                language=read.language,
                reader=read.reader,
                size_bytes=read.size_bytes,
                ingested_by=ingested_by,
            )
    except IntegrityError:
        # Lost a race with another ingest of the same bytes: theirs is the document.
        return Document.objects.get(sha256=read.sha256), False
    return document, True
