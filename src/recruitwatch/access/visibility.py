"""Which records a user may see under per-case restriction.

A restricted case hides, from everyone who is neither a member nor allowed to see every
restricted case (administrators):

1. the case itself;
2. its linked incidents, and the claims, involvements and evidence of those incidents;
3. its subject people, and the people involved in those incidents;
4. the documents and sources behind those claims.

A record linked to several cases is hidden as soon as one of them is hidden from the user:
access fails closed. Each function narrows a queryset; the records selectors apply them, so
a caller cannot forget to. Subqueries are built from identifiers only (no sealed values).
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from recruitwatch.access.models import CaseRestriction
from recruitwatch.access.roles import VIEW_ALL_RESTRICTED_CASES
from recruitwatch.records.models import (
    Case,
    Claim,
    Document,
    Evidence,
    Incident,
    Involvement,
    Person,
    Source,
)


def restriction_bypassed(user: Any) -> bool:
    """Administrators see every restricted case without being a member."""
    return bool(user and user.is_authenticated and user.has_perm(VIEW_ALL_RESTRICTED_CASES))


def hidden_case_ids(user: Any) -> QuerySet[Any]:
    """Primary keys of the restricted cases ``user`` may not see (a subquery)."""
    if restriction_bypassed(user):
        return CaseRestriction.objects.none().values("case_id")
    restrictions = CaseRestriction.objects.all()
    if user and user.is_authenticated:
        restrictions = restrictions.exclude(members=user)
    return restrictions.values("case_id")


def _hidden_incident_ids(user: Any) -> QuerySet[Any]:
    return Case.incidents.through.objects.filter(case_id__in=hidden_case_ids(user)).values(
        "incident_id"
    )


def _hidden_claims(user: Any) -> QuerySet[Claim]:
    return Claim.objects.filter(incident_id__in=_hidden_incident_ids(user))


def cases_visible(user: Any, cases: QuerySet[Case]) -> QuerySet[Case]:
    return cases.exclude(pk__in=hidden_case_ids(user))


def incidents_visible(user: Any, incidents: QuerySet[Incident]) -> QuerySet[Incident]:
    return incidents.exclude(pk__in=_hidden_incident_ids(user))


def persons_visible(user: Any, persons: QuerySet[Person]) -> QuerySet[Person]:
    subjects = Case.persons.through.objects.filter(case_id__in=hidden_case_ids(user))
    involved = Involvement.objects.filter(incident_id__in=_hidden_incident_ids(user))
    return persons.exclude(pk__in=subjects.values("person_id")).exclude(
        pk__in=involved.values("person_id")
    )


def persons_hidden_ids(user: Any) -> list[int]:
    """Primary keys of the people ``persons_visible`` leaves out for ``user``, sorted. Read
    from the hidden cases' links (two small queries), not by listing every visible person:
    pages key their caches on it."""
    subjects = Case.persons.through.objects.filter(case_id__in=hidden_case_ids(user))
    involved = Involvement.objects.filter(incident_id__in=_hidden_incident_ids(user))
    hidden = set(subjects.values_list("person_id", flat=True))
    hidden.update(involved.values_list("person_id", flat=True))
    return sorted(hidden)


def claims_visible(user: Any, claims: QuerySet[Claim]) -> QuerySet[Claim]:
    return claims.exclude(incident_id__in=_hidden_incident_ids(user))


def involvements_visible(user: Any, involvements: QuerySet[Involvement]) -> QuerySet[Involvement]:
    visible_people = persons_visible(user, Person.objects.all()).values("pk")
    return involvements.exclude(incident_id__in=_hidden_incident_ids(user)).filter(
        person_id__in=visible_people
    )


def evidence_visible(user: Any, evidence: QuerySet[Evidence]) -> QuerySet[Evidence]:
    # Evidence without an incident belongs to no case and stays visible (Django's exclude
    # keeps NULL rows; a test holds it to that).
    return evidence.exclude(incident_id__in=_hidden_incident_ids(user))


def documents_visible(user: Any, documents: QuerySet[Document]) -> QuerySet[Document]:
    return documents.exclude(pk__in=_hidden_claims(user).values("document_id"))


def sources_visible(user: Any, sources: QuerySet[Source]) -> QuerySet[Source]:
    # Claims without a source must not put NULL into the NOT IN list: that would hide all.
    behind = _hidden_claims(user).filter(source_id__isnull=False).values("source_id")
    return sources.exclude(pk__in=behind)
