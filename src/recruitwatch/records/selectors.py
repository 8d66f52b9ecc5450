"""Reads of the case database. Every selector that returns case data takes the user and
checks the permission itself, so no caller can forget to."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from recruitwatch.records.models import Document


def _require(user: Any, permission: str) -> None:
    if not (user and user.is_authenticated and user.has_perm(permission)):
        raise PermissionDenied


def document_list(*, user: Any) -> QuerySet[Document]:
    _require(user, "records.view_document")
    return Document.objects.defer("text").order_by("-published", "-id")


def document_get(*, user: Any, identifier: str) -> Document:
    _require(user, "records.view_document")
    try:
        return Document.objects.get(identifier=identifier)
    except Document.DoesNotExist:
        raise Http404("No such document") from None
