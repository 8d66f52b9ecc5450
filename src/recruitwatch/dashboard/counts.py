"""The dashboard's counts, aggregated in the database and cached until incidents change.

What is counted: every incident that is not rejected (accepted ones and proposals awaiting
review). The counts over the whole table take most of a second with 100,000 incidents on
SQLite, far over the page's budget, so:

1. :func:`counts_global` computes them for the whole table once and caches them under a
   cheap marker of the table's state — row count, highest id and latest ``updated_at`` —
   so any insert, delete or save of an incident gives a new key. ``QuerySet.update`` does
   not touch ``updated_at``: a writer that bypasses ``save()`` must set it (Django's own
   contract for ``auto_now``), and ``CACHE_SECONDS`` bounds how stale a missed write leaves
   the page.
2. :func:`counts_without` subtracts the same counts over a small set of incidents — those
   of the restricted cases a user may not open — from the global ones: a user's counts
   without a per-user pass over the whole table. That part is cached too, under the same
   marker and one of the restricted cases' links.

Lists stored as JSON (coercion types, nationalities) are grouped as stored and unnested
here: an incident is counted once per type it lists, and once as ``UNSPECIFIED`` when the
list is empty. Everything is plain ORM, alike on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.db.models import CharField, Count, Max, Q, QuerySet, Value
from django.db.models.functions import Cast, Substr
from django.utils import timezone

from recruitwatch.records.choices import ReviewState
from recruitwatch.records.models import Incident

# Ten minutes: the longest a write that bypassed save() leaves the page stale, and one full
# recount (~1 s at 100,000 incidents) per ten minutes per process at worst.
CACHE_SECONDS = 600
# Bumped when Counts changes shape, so a process never reads another version's pickle.
CACHE_VERSION = 1
UNSPECIFIED = "unspecified"
UNDATED = "undated"
# Age buckets of proposals awaiting review, as (key, upper bound); the last is open-ended.
AGE_BUCKETS: tuple[tuple[str, timedelta | None], ...] = (
    ("under_1_day", timedelta(days=1)),
    ("1_to_7_days", timedelta(days=7)),
    ("7_to_30_days", timedelta(days=30)),
    ("30_to_90_days", timedelta(days=90)),
    ("over_90_days", None),
)


@dataclass
class Counts:
    """Incident counts by each dimension the dashboard draws. Keys are codes, never labels."""

    computed_at: datetime
    by_review_state: Counter[str] = field(default_factory=Counter)
    by_month_coercion: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_facility: Counter[int | None] = field(default_factory=Counter)
    by_region: Counter[str] = field(default_factory=Counter)
    by_nationality: Counter[str] = field(default_factory=Counter)
    by_verification: Counter[str] = field(default_factory=Counter)
    proposed_by_age: Counter[str] = field(default_factory=Counter)
    # {UNDATED: incidents without a start date} (a Counter, so that minus() treats it alike).
    undated: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_review_state.values())

    def minus(self, other: Counts) -> Counts:
        """These counts without ``other``'s (a subset of the same incidents); never below 0."""
        return Counts(
            computed_at=self.computed_at,
            **{name: getattr(self, name) - getattr(other, name) for name in _COUNTERS},
        )


_COUNTERS = (
    "by_review_state",
    "by_month_coercion",
    "by_facility",
    "by_region",
    "by_nationality",
    "by_verification",
    "proposed_by_age",
    "undated",
)


def counted_incidents() -> QuerySet[Incident]:
    """Every incident the dashboard counts: all but the rejected."""
    return Incident.objects.exclude(review_state=ReviewState.REJECTED)


def counts_marker() -> str:
    """A key that changes whenever an incident is inserted, deleted or saved (three
    index lookups: the count from the smallest index, max(id) and max(updated_at))."""
    table = Incident.objects.order_by()
    rows = table.count()
    last_id = table.aggregate(last_id=Max("id"))["last_id"]
    latest = table.aggregate(latest=Max("updated_at"))["latest"]
    stamp = latest.isoformat() if latest else "-"
    return f"{rows}:{last_id}:{stamp}"


def _cached(key: str, compute: Callable[[], Counts]) -> Counts:
    cached = cache.get(key, version=CACHE_VERSION)
    if isinstance(cached, Counts):
        return cached
    counts = compute()
    cache.set(key, counts, CACHE_SECONDS, version=CACHE_VERSION)
    return counts


def counts_global() -> Counts:
    """Counts over every counted incident, from the cache while the table is unchanged."""
    return _counts_global(counts_marker())


def _counts_global(marker: str) -> Counts:
    return _cached(f"dashboard:counts:{marker}", lambda: counts_for(None, now=timezone.now()))


def counts_without(hidden: QuerySet[Any], *, hidden_key: str) -> Counts:
    """The global counts less those of the ``hidden`` incidents (a subquery of ids). Both
    are cached: the part under ``hidden_key`` too, which must change whenever the set of
    hidden incidents does (the caller's marker of the restricted cases' links)."""
    marker = counts_marker()
    total = _counts_global(marker)
    # Ages from the same instant as the global counts, so each proposal leaves its bucket.
    part = _cached(
        f"dashboard:hidden:{marker}:{hidden_key}",
        lambda: counts_for(hidden, now=total.computed_at),
    )
    return total.minus(part)


def counts_for(only: QuerySet[Any] | None, *, now: datetime) -> Counts:
    """Counts over the counted incidents whose id is in ``only`` (a subquery of ids), or over
    all of them when ``only`` is None. Ages are measured from ``now``."""
    incidents = counted_incidents().order_by()
    if only is not None:
        incidents = incidents.filter(pk__in=only)
    counts = Counts(computed_at=now)
    for (review, verification), n in _grouped(incidents, "verification_state").items():
        counts.by_review_state[review] += n
        counts.by_verification[verification] += n
    for (_review, facility), n in _grouped(incidents, "facility_id").items():
        counts.by_facility[facility] += n
    for (_review, region), n in _grouped(incidents, "region").items():
        counts.by_region[region or UNSPECIFIED] += n
    counts.undated = Counter({UNDATED: incidents.filter(date_start__isnull=True).count()})
    counts.proposed_by_age = _ages(incidents.filter(review_state=ReviewState.PROPOSED), now)
    month = Substr(Cast("date_start", output_field=CharField()), 1, 7)
    for (month_key, kinds), n in _listed(incidents, "coercion", month).items():
        for kind in kinds:
            counts.by_month_coercion[(month_key or UNDATED, kind)] += n
    everything = Value("", output_field=CharField())  # one group: no key beside the list
    for (_all, kinds), n in _listed(incidents, "victim_nationalities", everything).items():
        for kind in kinds:
            counts.by_nationality[kind] += n
    return counts


def _grouped(incidents: QuerySet[Incident], column: str) -> Counter[tuple[str, Any]]:
    """Incidents by (review state, ``column``). Grouping by the review state too lets the
    database read only a (review_state, column, …) index in order — on SQLite, 40 ms instead
    of 800 for the regions of 100,000 incidents."""
    rows = incidents.values_list("review_state", column).annotate(n=Count("id")).order_by()
    return Counter({(review, value): n for review, value, n in rows})


def _ages(proposed: QuerySet[Incident], now: datetime) -> Counter[str]:
    """Proposals by how long they have waited: one conditional count per bucket, over the
    (review_state, created_at) index."""
    aggregates: dict[str, Any] = {}
    lower: timedelta = timedelta(0)
    for key, upper in AGE_BUCKETS:
        condition = Q(created_at__lte=now - lower)
        if upper is not None:
            condition &= Q(created_at__gt=now - upper)
        aggregates[key] = Count("id", filter=condition)
        lower = upper or lower
    return Counter({k: v for k, v in proposed.aggregate(**aggregates).items() if v})


def _listed(
    incidents: QuerySet[Incident], column: str, key: Any
) -> Counter[tuple[Any, frozenset[str]]]:
    """(``key``, the distinct items of a JSON list) → incidents, ``{UNSPECIFIED}`` for an
    empty list. Grouped by the list as stored — a few thousand distinct (month, list)
    pairs — and unnested here, which reads each list once per group instead of once per
    row, and counts an incident once per item even if its list repeats one."""
    rows = incidents.values_list(key, column).annotate(n=Count("id")).order_by()
    counted: Counter[tuple[Any, frozenset[str]]] = Counter()
    for group, items, n in rows:
        kinds = frozenset(str(item) for item in items) if isinstance(items, list) else frozenset()
        counted[(group, kinds or frozenset({UNSPECIFIED}))] += n
    return counted
