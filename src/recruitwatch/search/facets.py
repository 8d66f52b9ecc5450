"""Incident filters and the facet counts beside them.

A filter narrows the incidents; a facet counts, for each value of one field, how many of the
incidents the *other* filters leave would have it — so choosing a region still shows how
many incidents every other region has, and switching is one click. Facets are counted in
three families, each by one ``GROUP BY`` in the database over the search's candidate ids
(``search.candidates``); Python adds up the grouped rows (one per distinct combination of
a family's values: a few hundred at most in practice) and labels them.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.translation import get_language

from recruitwatch.extraction.gazetteers.regions import place_by_code
from recruitwatch.records.choices import Coercion, PersonStatus, ReviewState, VerificationState
from recruitwatch.records.models import Facility, Incident
from recruitwatch.search.backends import backend_for
from recruitwatch.search.candidates import candidate_ids, matching_candidate_ids
from recruitwatch.search.errors import FilterInvalid

# 12 values per facet: enough for the regions and facilities that matter on one screen;
# a selected value is always shown even when it is not among them.
FACET_LIMIT = 12
# A filter value longer than this is not a code, an identifier or a state of ours.
MAX_FILTER_CHARS = 40
# Region and nationality codes (RU-VLA, UZ, "Central Asia") and facility identifiers.
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 -]*")

#: The column each facet counts.
FACET_COLUMNS = {
    "region": "region",
    "facility": "facility_id",
    "victim_status": "victim_status",
    "review_state": "review_state",
    "verification_state": "verification_state",
    "coercion": "coercion",
    "nationality": "victim_nationalities",
}
#: Facets over a JSON list column (an incident counts once under each item).
LIST_FACETS = {"coercion": "coercion", "nationality": "victim_nationalities"}
#: Facets counted by one GROUP BY together: few distinct combinations in each family. (All
#: seven in one GROUP BY gave nearly one group per incident: slower in SQL and in Python.)
FAMILIES = (
    ("review_state", "verification_state", "victim_status"),
    ("region", "facility"),
    ("coercion", "nationality"),
)
#: Every facet, in the order pages show them.
FACETS = (
    "review_state",
    "verification_state",
    "region",
    "facility",
    "coercion",
    "victim_status",
    "nationality",
)
_CHOICES = {
    "coercion": Coercion,
    "victim_status": PersonStatus,
    "review_state": ReviewState,
    "verification_state": VerificationState,
}


@dataclass(frozen=True)
class IncidentFilters:
    """What narrows an incident search. Empty strings and None mean "any"; ``facility`` is
    a facility identifier (``FAC-0003``), ``region`` an ISO 3166-2 code, ``nationality`` an
    ISO 3166-1 code; the date range keeps incidents whose dates overlap it."""

    region: str = ""
    facility: str = ""
    coercion: str = ""
    victim_status: str = ""
    nationality: str = ""
    review_state: str = ""
    verification_state: str = ""
    date_from: date | None = None
    date_to: date | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> IncidentFilters:
        """From GET parameters or an API's query (other keys are ignored); FilterInvalid
        names the parameter that cannot be right."""
        values: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            raw = str(data.get(field.name) or "").strip()
            if not raw:
                continue
            if len(raw) > MAX_FILTER_CHARS:
                raise FilterInvalid(field.name, "too long")
            if field.name in ("date_from", "date_to"):
                try:
                    values[field.name] = date.fromisoformat(raw)
                except ValueError:
                    raise FilterInvalid(field.name, "not a date (YYYY-MM-DD)") from None
                continue
            choices = _CHOICES.get(field.name)
            if choices is not None and raw not in choices.values:
                raise FilterInvalid(field.name, f"not one of {', '.join(choices.values)}")
            if choices is None and not _CODE.fullmatch(raw):
                raise FilterInvalid(field.name, "not a code or an identifier")
            values[field.name] = raw.upper() if field.name in ("region", "nationality") else raw
        return cls(**values)

    def without(self, name: str) -> IncidentFilters:
        cleared: dict[str, Any] = {name: None if name.startswith("date_") else ""}
        return dataclasses.replace(self, **cleared)

    def active(self) -> dict[str, str]:
        """The filters set, as GET parameters."""
        return {
            field.name: str(getattr(self, field.name))
            for field in dataclasses.fields(self)
            if getattr(self, field.name)
        }


def filters_apply(incidents: QuerySet[Incident], filters: IncidentFilters) -> QuerySet[Incident]:
    """``incidents`` narrowed by every filter set."""
    q = Q()
    for name in ("region", "victim_status", "review_state", "verification_state"):
        if getattr(filters, name):
            q &= Q(**{name: getattr(filters, name)})
    if filters.facility:
        q &= Q(facility__identifier=filters.facility)
    for name, column in LIST_FACETS.items():
        if getattr(filters, name):
            # The item with its JSON quotes, in the list's text: an exact item, per row, on
            # both engines (SQLite has no JSON containment lookup). Values are checked
            # codes (``_CODE``), so no quote or wildcard can be in them.
            q &= Q(**{f"{column}__icontains": f'"{getattr(filters, name)}"'})
    if filters.date_to:
        q &= Q(date_start__lte=filters.date_to)
    if filters.date_from:
        q &= Q(date_end__gte=filters.date_from) | Q(
            date_end__isnull=True, date_start__gte=filters.date_from
        )
    return incidents.filter(q) if q else incidents


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


def _region_label(code: str) -> str:
    place = place_by_code(code)
    if place is None:
        return code
    names = place.names_ru if (get_language() or "").startswith("ru") else place.names_en
    return names[0] if names else code


class Facets:
    """The facet counts of a search, computed on first use (exports never pay for them).

    Counts are of the search's candidates (``search.candidates``: every match when there are
    at most 2,000, else the newest 2,000 — ``truncated`` says which), by three GROUP BY
    queries over the candidate ids, one per family of facets. A facet whose filter is set
    is counted again without it (one more candidate query and GROUP BY), so its other
    values stay choosable.
    """

    def __init__(
        self,
        *,
        incidents: QuerySet[Incident],
        filters: IncidentFilters,
        visible: QuerySet[Incident] | None = None,
        tokens: Sequence[str] = (),
    ) -> None:
        self._incidents = incidents  # access and the text query applied, no filters
        self.filters = filters
        # With ``visible`` (access applied, not the text query) and the query's tokens, the
        # candidates are read from the text index's side (search.candidates).
        self._visible = visible
        self._tokens = tuple(tokens)
        self._candidates: dict[IncidentFilters, tuple[list[int], bool]] = {}

    def candidates(self, filters: IncidentFilters | None = None) -> tuple[list[int], bool]:
        """(ids newest first, whether there were more) of the matches under ``filters``
        (default: this search's)."""
        filters = self.filters if filters is None else filters
        if filters not in self._candidates:
            if self._visible is not None and self._tokens:
                found = matching_candidate_ids(
                    filters_apply(self._visible, filters),
                    kinds=("incident",),
                    tokens=self._tokens,
                    # A place keeps few incidents (under 1 % for a region in the
                    # benchmarks); dates, states, coercion and nationality keep many, where
                    # listing them costs more than probing each match (93-149 ms against
                    # 8-13 ms for a year; docs/search.md).
                    narrow=bool(filters.region or filters.facility),
                )
            else:
                found = candidate_ids(filters_apply(self._incidents, filters))
            self._candidates[filters] = found
        return self._candidates[filters]

    @property
    def truncated(self) -> bool:
        return self.candidates()[1]

    def _family_counts(self, names: tuple[str, ...], ids: list[int]) -> dict[str, Counter[str]]:
        """Counts of one family of facets over ``ids``: one GROUP BY on its columns."""
        counts: dict[str, Counter[str]] = {name: Counter() for name in names}
        if not ids:
            return counts
        columns = [FACET_COLUMNS[name] for name in names]
        sql, params = backend_for(connection).id_list_sql(ids)
        rows = (
            Incident.objects.filter(pk__in=RawSQL(sql, params))  # noqa: S611 - see backends
            .order_by()
            .values(*columns)
            .annotate(n=Count("pk"))
            .values_list(*columns, "n")
        )
        # One row per distinct combination of the family's values: few, however many rows.
        for *values, n in rows:
            for name, value in zip(names, values, strict=True):
                if name in LIST_FACETS:
                    for item in _as_list(value):
                        counts[name][str(item)] += n
                elif value not in (None, ""):
                    counts[name][str(value)] += n
        return counts

    def _counts(self) -> dict[str, Counter[str]]:
        base_ids, _ = self.candidates()
        counts: dict[str, Counter[str]] = {}
        for names in FAMILIES:
            counts.update(self._family_counts(names, base_ids))
            for name in names:
                if getattr(self.filters, name):  # counted again without its own filter
                    ids, _ = self.candidates(self.filters.without(name))
                    counts[name] = self._family_counts(names, ids)[name]
        return counts

    def _values(self, name: str, counts: Counter[str]) -> list[FacetValue]:
        counts = Counter(counts)
        selected = str(getattr(self.filters, name) or "")
        if name == "facility":
            # Counts are by primary key; pages and URLs use identifiers.
            top = [pk for pk, _ in counts.most_common(FACET_LIMIT)]
            facilities = Facility.objects.filter(
                Q(pk__in=[int(pk) for pk in top]) | Q(identifier=selected or None)
            )
            by_pk = {str(f.pk): f for f in facilities}
            counts = Counter({by_pk[pk].identifier: n for pk, n in counts.items() if pk in by_pk})
            for facility in facilities:
                counts.setdefault(facility.identifier, 0)
            labels = {f.identifier: f"{f.canonical_name} {f.region}".strip() for f in facilities}
        elif name in _CHOICES:
            choice_labels = dict(_CHOICES[name].choices)
            labels = {value: str(choice_labels.get(value, value)) for value in counts}
        else:  # region, nationality: ISO codes
            labels = {value: _region_label(value) for value in counts}
        if selected and selected not in counts:
            counts[selected] = 0
            labels.setdefault(selected, selected)
        ordered = sorted(counts, key=lambda value: (-counts[value], labels.get(value, value)))
        shown = ordered[:FACET_LIMIT]
        if selected and selected not in shown:
            shown.append(selected)
        return [
            FacetValue(value, labels.get(value, value), counts[value], value == selected)
            for value in shown
        ]

    @cached_property
    def groups(self) -> dict[str, list[FacetValue]]:
        """Facet name → its values, most frequent first."""
        counts = self._counts()
        return {name: self._values(name, counts[name]) for name in FACETS}


def _as_list(value: Any) -> list[Any]:
    """A JSON list column's value as the query returned it (decoded, or text on SQLite)."""
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, list) else []
