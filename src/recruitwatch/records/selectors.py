"""Reads of the case database. Every selector that returns case data takes the user and
checks, itself, so no caller can forget to:

1. the role permission (``records.view_<model>``): without it, PermissionDenied (403) before
   any lookup, so the answer does not depend on the identifier asked for;
2. per-case restriction (``access.visibility``): a record of a restricted case the user may
   not see is treated as absent — ``*_get`` raises Http404 exactly as for an unknown
   identifier, and ``*_list`` leaves it out — so existence is not revealed.

Selectors return records as stored; what a user may *read* of a person's or source's identity
is decided at display time by ``access.identity``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from recruitwatch.access import visibility
from recruitwatch.audit.services import audit_view
from recruitwatch.records.models import (
    Case,
    Claim,
    Document,
    Evidence,
    Incident,
    Involvement,
    Person,
    Record,
    Source,
)

R = TypeVar("R", bound=Record)


def _require(user: Any, permission: str) -> None:
    if not (user and user.is_authenticated and user.has_perm(permission)):
        raise PermissionDenied


def _visible(
    user: Any,
    model: type[R],
    narrow: Callable[[Any, QuerySet[R]], QuerySet[R]],
    queryset: QuerySet[R] | None = None,
) -> QuerySet[R]:
    _require(user, f"records.view_{model._meta.model_name}")
    return narrow(user, queryset if queryset is not None else model._default_manager.all())


def _get(queryset: QuerySet[R], identifier: str, what: str) -> R:
    """One record by identifier; unknown and forbidden give the same 404 and message."""
    try:
        return queryset.get(identifier=identifier)
    except queryset.model.DoesNotExist:
        raise Http404(f"No such {what}") from None


def _shown(user: Any, record: R) -> R:
    """Every record a selector hands out for display is recorded in the audit log as seen by
    ``user``, in the request's transaction: who looked at whom can always be answered."""
    audit_view(user, record)
    return record


def document_list(*, user: Any) -> QuerySet[Document]:
    documents = Document.objects.defer("text").order_by("-published", "-id")
    return _visible(user, Document, visibility.documents_visible, documents)


def document_get(*, user: Any, identifier: str) -> Document:
    return _shown(
        user, _get(_visible(user, Document, visibility.documents_visible), identifier, "document")
    )


def case_list(*, user: Any) -> QuerySet[Case]:
    return _visible(user, Case, visibility.cases_visible)


def case_get(*, user: Any, identifier: str) -> Case:
    return _shown(user, _get(case_list(user=user), identifier, "case"))


def incident_list(*, user: Any) -> QuerySet[Incident]:
    return _visible(user, Incident, visibility.incidents_visible)


def incident_get(*, user: Any, identifier: str) -> Incident:
    return _shown(user, _get(incident_list(user=user), identifier, "incident"))


def person_list(*, user: Any) -> QuerySet[Person]:
    return _visible(user, Person, visibility.persons_visible)


def person_get(*, user: Any, identifier: str) -> Person:
    return _shown(user, _get(person_list(user=user), identifier, "person"))


def source_list(*, user: Any) -> QuerySet[Source]:
    return _visible(user, Source, visibility.sources_visible)


def source_get(*, user: Any, identifier: str) -> Source:
    return _shown(user, _get(source_list(user=user), identifier, "source"))


def claim_list(*, user: Any) -> QuerySet[Claim]:
    return _visible(user, Claim, visibility.claims_visible)


def claim_get(*, user: Any, identifier: str) -> Claim:
    return _get(claim_list(user=user), identifier, "claim")


def involvement_list(*, user: Any) -> QuerySet[Involvement]:
    return _visible(user, Involvement, visibility.involvements_visible)


def involvement_get(*, user: Any, identifier: str) -> Involvement:
    return _shown(user, _get(involvement_list(user=user), identifier, "involvement"))


def evidence_list(*, user: Any) -> QuerySet[Evidence]:
    return _visible(user, Evidence, visibility.evidence_visible)


def evidence_get(*, user: Any, identifier: str) -> Evidence:
    return _shown(user, _get(evidence_list(user=user), identifier, "evidence"))
