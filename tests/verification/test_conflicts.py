"""Conflicting sources: what counts as a conflict between two incidents, and what a merge of
conflicting incidents does (disputed, with history, audit and ``why``). Every incident,
facility and user here is fictional."""

from __future__ import annotations

from datetime import date

import pytest

from recruitwatch.audit.models import AuditEntry
from recruitwatch.linking.models import IncidentVerification
from recruitwatch.linking.services.incidents import incident_suggestions_propose
from recruitwatch.linking.services.merges import incident_merge
from recruitwatch.linking.services.review import suggestion_accept
from recruitwatch.linking.services.suggestions import suggestion_propose
from recruitwatch.records.models import Claim, Document, Facility, Incident
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.verification.conflicts import (
    Conflict,
    incident_conflicts,
    victim_counts_merged,
)
from recruitwatch.verification.errors import TransitionRefused
from recruitwatch.verification.states import (
    incident_conflict_record,
    incident_dispute,
    incident_reopen,
    why,
)
from tests.linking.fixtures import user_with_role

pytestmark = pytest.mark.django_db

# A fictional victim's name written into the summaries: it must never reach a conflict's
# reason, ``why`` or the audit log.
VICTIM_NAME = "Timur Fictionalov"


def _facility(number=6, region="RU-VLA", facility_type="penal_colony"):
    return record_create(
        Facility,
        facility_type=facility_type,
        number=number,
        region=region,
        canonical_name=f"IK-{number}",
    )


def _incident(**fields):
    defaults = {
        "summary": f"{VICTIM_NAME} and others were made to sign contracts (fictional).",
        "date_start": date(2023, 4, 1),
        "date_precision": "month",
        "victim_status": "prisoner",
        "victim_count_low": 30,
        "coercion": ["forced_signing"],
    }
    return record_create(Incident, **{**defaults, **fields})


def _with_claim(incident, n):
    document = record_create(
        Document,
        sha256=f"{n}" * 64,
        text="A fictional report for the conflict tests.",
        reader="plaintext",
        size_bytes=43,
    )
    record_create(Claim, incident=incident, document=document, span_start=0, span_end=10)
    return incident


def _fields(conflicts):
    return [conflict.field for conflict in conflicts]


# -- what conflicts ---------------------------------------------------------------------------


def test_different_facilities_conflict_naming_both_with_their_regions():
    kept = _incident(facility=_facility(6, "RU-VLA"))
    absorbed = _incident(facility=_facility(2, "RU-MOS"))
    conflicts = incident_conflicts(kept=kept, absorbed=absorbed)
    # The regions are named in the facility conflict, so not repeated as a region conflict.
    assert conflicts == [Conflict("facility", "facility IK-6 (RU-VLA) vs IK-2 (RU-MOS)")]


def test_same_number_in_another_region_is_another_facility():
    kept = _incident(facility=_facility(6, "RU-VLA"))
    absorbed = _incident(facility=_facility(6, "RU-TVE"))
    assert _fields(incident_conflicts(kept=kept, absorbed=absorbed)) == ["facility"]


def test_same_name_and_region_but_another_type_is_told_apart_by_identifier():
    colony = _facility(6, "RU-VLA")
    hospital = _facility(6, "RU-VLA", facility_type="prison_hospital")
    conflicts = incident_conflicts(
        kept=_incident(facility=colony), absorbed=_incident(facility=hospital)
    )
    assert _fields(conflicts) == ["facility"]
    assert colony.identifier in conflicts[0].reason
    assert hospital.identifier in conflicts[0].reason


def test_two_records_of_what_may_be_one_facility_do_not_conflict():
    # A duplicate record with no region: a "same facility" suggestion's business, not a dispute.
    kept = _incident(facility=_facility(6, "RU-VLA"))
    absorbed = _incident(facility=_facility(6, ""))
    assert incident_conflicts(kept=kept, absorbed=absorbed) == []


def test_different_regions_conflict():
    conflicts = incident_conflicts(
        kept=_incident(region="RU-TVE"), absorbed=_incident(region="RU-VLA")
    )
    assert conflicts == [Conflict("region", "region RU-TVE vs RU-VLA")]


def test_a_facility_region_conflicts_with_the_other_incident_region():
    kept = _incident(facility=_facility(6, "RU-VLA"))
    absorbed = _incident(region="RU-ROS")
    assert incident_conflicts(kept=kept, absorbed=absorbed) == [
        Conflict("region", "region RU-VLA vs RU-ROS")
    ]


@pytest.mark.parametrize(
    ("kept_date", "absorbed_date", "reason"),
    [
        (
            (date(2023, 4, 1), "month"),
            (date(2023, 7, 1), "month"),
            "dates 2023-04 vs 2023-07 do not overlap",
        ),
        (
            (date(2023, 4, 12), "day"),
            (date(2023, 4, 13), "day"),
            "dates 2023-04-12 vs 2023-04-13 do not overlap",
        ),
        (
            (date(2022, 1, 1), "year"),
            (date(2023, 4, 12), "day"),
            "dates 2022 vs 2023-04-12 do not overlap",
        ),
    ],
)
def test_dates_that_do_not_overlap_conflict(kept_date, absorbed_date, reason):
    kept = _incident(date_start=kept_date[0], date_precision=kept_date[1])
    absorbed = _incident(date_start=absorbed_date[0], date_precision=absorbed_date[1])
    assert incident_conflicts(kept=kept, absorbed=absorbed) == [Conflict("dates", reason)]


def test_an_explicit_date_range_is_named_and_compared_whole():
    kept = _incident(
        date_start=date(2023, 4, 1), date_end=date(2023, 5, 31), date_precision="month"
    )
    inside = _incident(date_start=date(2023, 5, 20), date_precision="day")
    after = _incident(date_start=date(2023, 6, 2), date_precision="day")
    assert incident_conflicts(kept=kept, absorbed=inside) == []
    assert incident_conflicts(kept=kept, absorbed=after) == [
        Conflict("dates", "dates 2023-04 to 2023-05 vs 2023-06-02 do not overlap")
    ]


# -- what does not conflict -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kept_fields", "absorbed_fields", "why_not"),
    [
        ({"modality": "occurred"}, {"modality": "planned"}, "a plan can be carried out"),
        ({"modality": "feared"}, {"modality": "occurred"}, "a fear can come true"),
        ({"modality": "planned"}, {"modality": "feared"}, "two views of one prospect"),
        ({"victim_count_low": 30}, {"victim_count_low": 12}, "counts: the lowest stands"),
        (
            {"date_start": date(2023, 4, 1), "date_precision": "month"},
            {"date_start": date(2023, 4, 12), "date_precision": "day"},
            "a day inside the month",
        ),
        (
            {"date_start": date(2023, 1, 1), "date_precision": "year"},
            {"date_start": date(2023, 4, 1), "date_precision": "month"},
            "a month inside the year",
        ),
        ({"date_start": None, "date_precision": "unknown"}, {}, "unknown date on one side"),
        ({"region": "RU-TVE"}, {"region": ""}, "no region on one side"),
        ({"region": "RU-TVE"}, {"region": "RU-TVE"}, "the same region"),
    ],
)
def test_not_a_conflict(kept_fields, absorbed_fields, why_not):
    kept, absorbed = _incident(**kept_fields), _incident(**absorbed_fields)
    assert incident_conflicts(kept=kept, absorbed=absorbed) == [], why_not


def test_the_same_facility_record_is_no_conflict():
    colony = _facility()
    kept, absorbed = _incident(facility=colony), _incident(facility=colony)
    assert incident_conflicts(kept=kept, absorbed=absorbed) == []


@pytest.mark.parametrize(
    ("kept", "absorbed", "merged"),
    [
        ((30, None), (12, None), (12, 30)),  # the lowest stands; the range shows both reports
        ((12, None), (12, None), (12, None)),
        ((None, None), (7, 9), (7, 9)),  # unknown takes the other's figures
        ((20, 40), (25, None), (20, 40)),
        ((None, None), (None, None), (None, None)),
    ],
)
def test_victim_counts_merged_keeps_the_lowest_figure(kept, absorbed, merged):
    first = Incident(victim_count_low=kept[0], victim_count_high=kept[1])
    second = Incident(victim_count_low=absorbed[0], victim_count_high=absorbed[1])
    assert victim_counts_merged(first, second) == merged


def test_no_conflict_reason_names_a_person_or_the_summary():
    kept = _incident(facility=_facility(6, "RU-VLA"), date_start=date(2023, 4, 1))
    absorbed = _incident(
        facility=_facility(2, "RU-MOS"), date_start=date(2023, 9, 1), region="RU-KLU"
    )
    conflicts = incident_conflicts(kept=kept, absorbed=absorbed)
    assert _fields(conflicts) == ["facility", "region", "dates"]
    assert not any("Fictionalov" in conflict.reason for conflict in conflicts)


# -- a merge of conflicting incidents ---------------------------------------------------------


def test_accepting_a_conflicting_merge_merges_and_disputes_with_history_and_audit():
    kept = _with_claim(_incident(facility=_facility(6, "RU-VLA"), victim_count_low=30), 1)
    absorbed = _with_claim(
        _incident(
            facility=_facility(2, "RU-MOS"),
            date_start=date(2023, 7, 1),
            victim_count_low=12,
        ),
        2,
    )
    reviewer = user_with_role("fictional-reviewer")
    suggestion = suggestion_propose(
        kind="incident",
        left=kept.identifier,
        right=absorbed.identifier,
        score=0.8,
        reasons=["a fictional reason"],
    )
    suggestion_accept(suggestion=suggestion, user=reviewer, reason="one event, two accounts")

    kept.refresh_from_db()
    assert kept.claims.count() == 2  # the merge happened
    assert kept.verification_state == "disputed"
    assert (kept.victim_count_low, kept.victim_count_high) == (12, 30)
    history = IncidentVerification.objects.get(incident=kept, to_state="disputed")
    assert history.actor == reviewer
    assert history.from_state == "unverified"
    assert history.independent_sources == 2
    assert history.conflicts == [
        {"field": "facility", "reason": "facility IK-6 (RU-VLA) vs IK-2 (RU-MOS)"},
        {"field": "dates", "reason": "dates 2023-04 vs 2023-07 do not overlap"},
    ]
    assert history.reason == (
        f"the sources conflict on merging {absorbed.identifier} into {kept.identifier}: "
        "facility IK-6 (RU-VLA) vs IK-2 (RU-MOS); dates 2023-04 vs 2023-07 do not overlap"
    )
    entry = AuditEntry.objects.filter(
        object_identifier=kept.identifier, detail__contains="-> disputed"
    ).get()
    assert entry.actor == "fictional-reviewer"
    assert history.identifier in entry.detail
    assert "IK-2" not in entry.detail  # the reason is hashed, as for a reviewer's reason
    assert Incident.objects.get(pk=absorbed.pk).review_state == "rejected"


def test_why_names_the_conflicts_and_no_protected_value():
    kept = _with_claim(_incident(region="RU-TVE"), 1)
    absorbed = _with_claim(_incident(region="RU-VLA", date_start=date(2024, 1, 1)), 2)
    reviewer = user_with_role("fictional-reviewer")
    incident_merge(first=kept.identifier, second=absorbed.identifier, actor=reviewer)
    text = why(Incident.objects.get(pk=kept.pk))
    assert text.splitlines()[0] == (
        "Disputed: the sources conflict — region RU-TVE vs RU-VLA; "
        "dates 2023-04 vs 2024-01 do not overlap."
    )
    assert "Unverified → Disputed by fictional-reviewer" in text
    assert "Fictionalov" not in text
    assert "sign contracts" not in text


def test_a_merge_without_conflicts_is_counted_as_before():
    colony = _facility()
    kept = _with_claim(_incident(facility=colony), 1)
    absorbed = _with_claim(_incident(facility=colony, modality="planned"), 2)
    incident_merge(first=kept.identifier, second=absorbed.identifier, actor=None)
    kept.refresh_from_db()
    assert kept.verification_state == "corroborated"  # two documents, two sources
    assert not IncidentVerification.objects.filter(incident=kept, to_state="disputed").exists()


def test_a_reopened_conflict_goes_back_to_counting_and_a_later_conflict_disputes_again():
    kept = _with_claim(_incident(region="RU-TVE"), 1)
    absorbed = _with_claim(_incident(region="RU-VLA"), 2)
    reviewer = user_with_role("fictional-reviewer")
    incident_merge(first=kept.identifier, second=absorbed.identifier, actor=reviewer)
    incident_reopen(incident=kept, user=reviewer, reason="the region was a typo in one report")
    kept.refresh_from_db()
    assert kept.verification_state == "corroborated"
    assert why(kept).startswith("Corroborated: 2 independent sources")
    third = _with_claim(_incident(region="RU-ROS"), 3)
    incident_merge(first=kept.identifier, second=third.identifier, actor=reviewer)
    kept.refresh_from_db()
    assert kept.verification_state == "disputed"
    assert why(kept).startswith("Disputed: the sources conflict — region RU-TVE vs RU-ROS.")


def test_a_reviewer_dispute_stays_visible_when_a_conflict_is_found_later():
    kept = _with_claim(_incident(region="RU-TVE"), 1)
    reviewer = user_with_role("fictional-reviewer")
    incident_dispute(incident=kept, user=reviewer, reason=f"{VICTIM_NAME} denies it")
    absorbed = _with_claim(_incident(region="RU-VLA"), 2)
    incident_merge(first=kept.identifier, second=absorbed.identifier, actor=reviewer)
    kept.refresh_from_db()
    rows = IncidentVerification.objects.filter(incident=kept).order_by("id")
    assert [(r.from_state, r.to_state) for r in rows] == [
        ("unverified", "disputed"),
        ("disputed", "disputed"),
    ]
    text = why(kept)
    assert text.startswith(
        "Disputed by a reviewer; the sources also conflict — region RU-TVE vs RU-VLA."
    )
    assert VICTIM_NAME not in text  # the reviewer's reason is not repeated


def test_recording_no_conflict_is_refused():
    with pytest.raises(TransitionRefused):
        incident_conflict_record(incident=_incident(), conflicts=[], actor=None)


# -- suggestions show the conflicts before a reviewer accepts ---------------------------------


def test_a_suggestion_lists_the_conflicts_the_match_allows():
    # The same colony, but one report places it in another region: a match, with a conflict.
    colony = _facility(4, "RU-TVE")
    older = _with_claim(_incident(facility=colony, region="RU-TVE"), 1)
    newer = _with_claim(_incident(facility=colony, region="RU-VLA"), 2)
    proposed = incident_suggestions_propose(incident=newer)
    assert [(s.left, s.right) for s in proposed] == [(older.identifier, newer.identifier)]
    reasons = proposed[0].reasons
    assert "same facility IK-4 RU-TVE" in reasons
    assert "conflict: region RU-TVE vs RU-VLA" in reasons


def test_a_suggestion_without_conflicts_lists_none():
    colony = _facility(4, "RU-TVE")
    _with_claim(_incident(facility=colony, region="RU-TVE"), 1)
    newer = _with_claim(_incident(facility=colony, region="RU-TVE"), 2)
    (proposed,) = incident_suggestions_propose(incident=newer)
    assert not any(reason.startswith("conflict:") for reason in proposed.reasons)
