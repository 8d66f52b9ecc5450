"""What one user's dashboard counts: the global counts less the incidents they may not see.

1. Permission: ``records.view_incident``, checked by the records selector (403 without it).
2. Case restriction: the incidents of restricted cases the user may not open are counted on
   their own (a few hundred rows at most, by primary key; cached while those cases' links
   and the incidents are unchanged) and subtracted from the cached global counts
   (``dashboard.counts``), which equals counting the visible incidents — the tests hold it
   to ``records.selectors.incident_list``.
3. Open link suggestions are counted live (an index on state and kind), leaving out those
   that pair a record the user may not see.

Counts name no one: no audit "view" entry is written for a dashboard.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Max, QuerySet

from recruitwatch.access.visibility import hidden_case_ids, restriction_bypassed
from recruitwatch.dashboard.counts import Counts, counts_global, counts_without
from recruitwatch.linking.models import LinkSuggestion, SuggestionState
from recruitwatch.records import selectors
from recruitwatch.records.models import Case, Claim, Document, Incident, Involvement, Person


@dataclass(frozen=True)
class _Scope:
    """What one user may not see, worked out once per request: the restricted cases hidden
    from them (usually none)."""

    hidden_cases: tuple[int, ...]

    @property
    def hidden_incidents(self) -> QuerySet[Any] | None:
        """Ids of the incidents of the hidden cases (a subquery), or None when nothing is
        hidden. The same rule as ``access.visibility.incidents_visible``."""
        if not self.hidden_cases:
            return None
        return Case.incidents.through.objects.filter(case_id__in=self.hidden_cases).values(
            "incident_id"
        )


def _scope(user: Any) -> _Scope:
    """PermissionDenied without records.view_incident (the records selector checks it; its
    queryset is not run), else what ``user`` may not see."""
    selectors.incident_list(user=user)
    if restriction_bypassed(user):
        return _Scope(hidden_cases=())
    return _Scope(hidden_cases=tuple(row["case_id"] for row in hidden_case_ids(user)))


def _counts(scope: _Scope) -> Counts:
    hidden = scope.hidden_incidents
    if hidden is None:
        return counts_global()
    # The hidden incidents change with the hidden cases and their links: key on both.
    links = Case.incidents.through.objects.filter(case_id__in=scope.hidden_cases).aggregate(
        rows=Count("id"), last_id=Max("id")
    )
    key = f"{','.join(map(str, scope.hidden_cases))}:{links['rows']}:{links['last_id']}"
    return counts_without(hidden, hidden_key=key)


def _hidden_identifiers(scope: _Scope, hidden_incidents: QuerySet[Any]) -> list[QuerySet[Any]]:
    """Subqueries of the identifiers a suggestion may pair that are hidden: the hidden
    incidents, their people and the subjects of hidden cases, their documents."""
    people = Person.objects.filter(
        pk__in=Involvement.objects.filter(incident_id__in=hidden_incidents).values("person_id")
    ) | Person.objects.filter(
        pk__in=Case.persons.through.objects.filter(case_id__in=scope.hidden_cases).values(
            "person_id"
        )
    )
    documents = Document.objects.filter(
        pk__in=Claim.objects.filter(incident_id__in=hidden_incidents).values("document_id")
    )
    return [
        Incident.objects.filter(pk__in=hidden_incidents).values("identifier"),
        people.values("identifier"),
        documents.values("identifier"),
    ]


def _suggestions(scope: _Scope) -> Counter[str]:
    suggestions = LinkSuggestion.objects.filter(state=SuggestionState.OPEN).order_by()
    hidden = scope.hidden_incidents
    if hidden is not None and suggestions.exists():
        for identifiers in _hidden_identifiers(scope, hidden):
            suggestions = suggestions.exclude(left__in=identifiers).exclude(right__in=identifiers)
    rows = suggestions.values_list("kind").annotate(n=Count("id")).order_by()
    return Counter({kind: n for kind, n in rows})


def dashboard_counts(*, user: Any) -> Counts:
    """The incident counts ``user`` may see (PermissionDenied without records.view_incident)."""
    return _counts(_scope(user))


def suggestions_open_by_kind(*, user: Any) -> Counter[str]:
    """Open link suggestions by kind, without those pairing a record hidden from ``user``."""
    return _suggestions(_scope(user))


def dashboard_numbers(*, user: Any) -> tuple[Counts, Counter[str]]:
    """Both, for the page: the counts and the open suggestions, with one access check."""
    scope = _scope(user)
    return _counts(scope), _suggestions(scope)
