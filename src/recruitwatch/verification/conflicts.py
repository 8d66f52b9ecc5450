"""Conflicts between the facts two incidents were proposed with, found before they are merged.

A reviewer who accepts "same incident" has decided that two reports tell one event. Where the
reports disagree on where or when it happened, the merged incident is still one incident, but
its sources conflict, so it goes to "disputed" (``verification.states.incident_conflict_record``)
until a reviewer weighs them and reopens it. The rules (also in docs/verification.md):

1. facility — both name a facility, they are different records, and the records say a
   different type, number or region (IK-6 of Vladimir is not IK-2 of Moscow). Two records that
   agree on all three, or leave one of them blank, may be one colony recorded twice: that is a
   "same facility" suggestion, not a conflict;
2. region — both incidents are placed in a region (their own, or their facility's) and the ISO
   3166-2 codes differ; not repeated when the facility conflict already names both regions;
3. dates — both are dated and the ranges the dates stand for (a day, a month, a year, or an
   explicit start and end) do not overlap: "April 2023" and "12 April 2023" agree;
4. modality — never a conflict by itself. Occurred, planned and feared are stages of one event:
   a plan can be carried out and a fear can come true, so "planned" against "occurred" is the
   story moving on, and "feared" against "planned" is two people's view of one prospect. We do
   not compare publication dates either ("still planned" written after "it happened"): a later
   article often recounts the plan as it stood. A plan carried out on another date than planned
   shows as a date conflict, on purpose: the reviewer should look at the dates;
5. victim counts — never a conflict: reports disagree on numbers all the time, and the rule is
   the lowest figure when reports conflict (``victim_counts_merged``, applied by the merge).

A conflict's reason names only record identifiers, ISO codes, facility canonical names and
dates, never a person or a document's words: it is shown by ``why`` and written into suggestion
reasons and exports without redaction.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from recruitwatch.records.choices import DatePrecision
from recruitwatch.records.models import Facility, Incident

# Words of the English reasons that pages put in the reader's language
# (linking.reasons_display recognises them by these).
REGION_UNKNOWN = "region unknown"
RANGE_TO = " to "

# The field names a Conflict carries, in the order conflicts are reported.
CONFLICT_FIELDS = ("facility", "region", "dates")


@dataclass(frozen=True)
class Conflict:
    """One fact two incidents disagree on: ``field`` (one of CONFLICT_FIELDS) and a reason a
    reviewer reads, e.g. "facility IK-6 (RU-VLA) vs IK-2 (RU-MOS)"."""

    field: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "reason": self.reason}


def date_range(incident: Incident) -> tuple[date, date] | None:
    """The days an incident's date stands for, or None when unknown."""
    start = incident.date_start
    if start is None or incident.date_precision == DatePrecision.UNKNOWN:
        return None
    if incident.date_end is not None:
        return start, max(start, incident.date_end)
    if incident.date_precision == DatePrecision.MONTH:
        last = calendar.monthrange(start.year, start.month)[1]
        return start, start.replace(day=last)
    if incident.date_precision == DatePrecision.YEAR:
        return start, start.replace(month=12, day=31)
    return start, start


def date_label(incident: Incident) -> str:
    """The incident's date as precise as it is known: 2023-04-12, 2023-04, 2023, or a range."""
    start = incident.date_start
    if start is None or incident.date_precision == DatePrecision.UNKNOWN:
        return "unknown"
    formats = {DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}
    pattern = formats.get(DatePrecision(incident.date_precision), "%Y-%m-%d")
    label = start.strftime(pattern)
    if incident.date_end is not None and incident.date_end.strftime(pattern) != label:
        label += RANGE_TO + incident.date_end.strftime(pattern)
    return label


def _facility_label(facility: Facility) -> str:
    return f"{facility.canonical_name} ({facility.region or REGION_UNKNOWN})"


def _facilities_differ(first: Facility, second: Facility) -> bool:
    """Different records that cannot be one facility: a type, number or region that differs
    (a blank on either side cannot differ). The type "other" says nothing."""
    types = {first.facility_type, second.facility_type}
    numbers = {first.number, second.number}
    regions = {first.region, second.region}
    return (
        (len(types) == 2 and "other" not in types)
        or (len(numbers) == 2 and None not in numbers)
        or (len(regions) == 2 and "" not in regions)
    )


def _facility_conflict(kept: Incident, absorbed: Incident) -> Conflict | None:
    first, second = kept.facility, absorbed.facility
    if first is None or second is None or first.pk == second.pk:
        return None
    if not _facilities_differ(first, second):
        return None
    left, right = _facility_label(first), _facility_label(second)
    if left == right:  # same name and region, another type: the identifiers tell them apart
        left, right = f"{left} {first.identifier}", f"{right} {second.identifier}"
    return Conflict("facility", f"facility {left} vs {right}")


def incident_region(incident: Incident) -> str:
    """The ISO 3166-2 region the incident is placed in: its own, else its facility's."""
    if incident.region:
        return incident.region
    return incident.facility.region if incident.facility is not None else ""


def _region_conflict(
    kept: Incident, absorbed: Incident, facility: Conflict | None
) -> Conflict | None:
    first, second = incident_region(kept), incident_region(absorbed)
    if not first or not second or first == second:
        return None
    named = (
        facility is not None
        and kept.facility is not None
        and absorbed.facility is not None
        and (first, second) == (kept.facility.region, absorbed.facility.region)
    )
    if named:
        return None  # the facility conflict already names both regions
    return Conflict("region", f"region {first} vs {second}")


def _dates_conflict(kept: Incident, absorbed: Incident) -> Conflict | None:
    first, second = date_range(kept), date_range(absorbed)
    if first is None or second is None:
        return None  # unknown on one side neither agrees nor conflicts
    if first[0] <= second[1] and second[0] <= first[1]:
        return None
    return Conflict("dates", f"dates {date_label(kept)} vs {date_label(absorbed)} do not overlap")


def incident_conflicts(*, kept: Incident, absorbed: Incident) -> list[Conflict]:
    """What ``kept`` and ``absorbed`` disagree on, by the rules above, in CONFLICT_FIELDS order
    (an empty list when nothing conflicts). Reads the two rows and their facilities only."""
    facility = _facility_conflict(kept, absorbed)
    found = [facility, _region_conflict(kept, absorbed, facility), _dates_conflict(kept, absorbed)]
    return [conflict for conflict in found if conflict is not None]


def victim_counts_merged(kept: Incident, absorbed: Incident) -> tuple[int | None, int | None]:
    """The victim count (low, high) of two incidents merged into one.

    Different counts are not a conflict; the lowest figure stands (``victim_count_low``, what
    is published and added up), and ``victim_count_high`` becomes the highest figure either
    report gives, so the range still shows what the reports said. Unknown on one side takes
    the other's figures; unknown on both stays unknown.
    """
    lows = [n for n in (kept.victim_count_low, absorbed.victim_count_low) if n is not None]
    if not lows:
        return kept.victim_count_low, kept.victim_count_high
    figures = [
        n
        for n in (
            kept.victim_count_low,
            kept.victim_count_high,
            absorbed.victim_count_low,
            absorbed.victim_count_high,
        )
        if n is not None
    ]
    low, high = min(lows), max(figures)
    if high == low and kept.victim_count_high is None and absorbed.victim_count_high is None:
        return low, None  # one figure, no range
    return low, high
