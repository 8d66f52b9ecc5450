"""Reasons the software writes (match reasons, conflicts, carried-over suggestions) are shown
in the reader's language, and every form the producers write is recognised. Every incident
and facility here is fictional."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.linking.reasons_display import reason_shown
from recruitwatch.linking.services.incidents import MatchContext, incident_match
from recruitwatch.verification.conflicts import incident_conflicts
from tests.linking.fixtures import fictional_facility, fictional_incident

_facility = fictional_facility


def _incident(**fields):
    """Victims alike on every count, so each victims reason is written."""
    alike = {
        "victim_nationalities": ["RU"],
        "victim_description": "prisoners of the colony",
        "coercion": ["forced_signing", "deception"],
    }
    return fictional_incident(**{**alike, **fields})


def _match_reasons() -> list[str]:
    """Every reason incident_match writes, from pairs that between them give each form."""
    facility = _facility()
    pairs = [
        (_incident(facility=facility), _incident(facility=facility)),
        (_incident(), _incident()),  # same region, no facility
        (_incident(date_start=None, date_precision="unknown"), _incident()),
        (_incident(victim_status="migrant"), _incident(victim_status="migrant")),
        (_incident(victim_status="conscript"), _incident(victim_status="conscript")),
        (_incident(facility=_facility(7, "", "ИК-7 в Кировской области")), None),
    ]
    reasons = []
    for left, right in pairs:
        right = right or _incident(facility=left.facility)
        match = incident_match(left, right, MatchContext.of([left, right]))
        assert match is not None
        reasons += match.reasons
    return reasons


def _conflict_reasons() -> list[str]:
    """Every reason verification.conflicts writes, for facility, region and dates."""
    kept = _incident(facility=_facility(6, "RU-VLA"), date_start=date(2023, 1, 1))
    absorbed = _incident(
        facility=_facility(2, "RU-MOS"),
        date_start=date(2018, 5, 3),
        date_end=date(2018, 6, 1),
        date_precision="day",
    )
    unplaced = _incident(facility=_facility(9, ""), region="", date_start=None)
    other_region = _incident(region="RU-KIR", date_start=None)
    found = [
        *incident_conflicts(kept=kept, absorbed=absorbed),
        *incident_conflicts(kept=unplaced, absorbed=kept),
        *incident_conflicts(kept=_incident(date_start=None), absorbed=other_region),
    ]
    return [conflict.reason for conflict in found]


@pytest.mark.django_db
def test_every_match_and_conflict_reason_is_shown_in_russian():
    conflicts = _conflict_reasons()
    reasons = _match_reasons() + conflicts + [f"conflict: {reason}" for reason in conflicts]
    reasons += ["carried over from SUG-2026-0001"]
    reasons += ["told in documents that are copies of one another"]  # needs copies: written
    forms = {reason.split(" ")[0] for reason in reasons}
    assert {"same", "dates", "victims", "victim", "coercion", "facility", "region"} <= forms
    with translation.override("ru"):
        untranslated = [reason for reason in reasons if reason_shown(reason) == reason]
    assert untranslated == []


@pytest.mark.parametrize(
    ("reason", "russian"),
    [
        ("same facility IK-4 RU-TVE", "то же учреждение: IK-4 RU-TVE"),
        ("same facility ИК-7 в Кировской области ", "то же учреждение: ИК-7 в Кировской области"),
        ("victims are prisoners in both", "в обоих пострадавшие — заключённые"),
        ("coercion in both: deception, forced_signing", "принуждение в обоих: Обман, "),
        (
            "conflict: dates 2023-01 vs 2018-05-03 to 2018-06-01 do not overlap",
            "противоречие: даты не пересекаются: 2023-01 и с 2018-05-03 по 2018-06-01",
        ),
        (
            "facility IK-6 (RU-VLA) vs IK-9 (region unknown)",
            "учреждение: IK-6 (RU-VLA) или IK-9 (регион неизвестен)",
        ),
    ],
)
def test_a_reason_reads_in_russian(reason, russian):
    with translation.override("ru"):
        assert reason_shown(reason).startswith(russian)


def test_coercion_codes_read_as_their_labels_in_english():
    with translation.override("en"):
        shown = reason_shown("coercion in both: deception, threat_of_deportation")
    assert shown == "coercion in both: Deception, Threat of deportation"


@given(st.text(max_size=60))
def test_a_reason_of_no_known_form_is_shown_as_written(text):
    """Whatever a reason says (an older version's, a person suggestion's), it is shown, and in
    English a known form reads as stored, code labels apart."""
    with translation.override("en"):
        shown = reason_shown(text)
    assert shown == text or text.startswith("coercion in both: ")
