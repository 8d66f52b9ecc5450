"""Exports of the linking tables (copy groups, link suggestions, verification history) and of
what linking adds to an incident row. Every person, name, document and user is fictional."""

from __future__ import annotations

import csv
import io
import json

import pytest

from recruitwatch.access import roles
from recruitwatch.linking.services.copies import copy_groups_join
from recruitwatch.linking.services.merges import incident_merge
from recruitwatch.linking.services.review import suggestion_reject
from recruitwatch.linking.services.suggestions import suggestion_propose
from recruitwatch.publish.export import LINKING_TABLES, TABLES, export_csv, export_json
from recruitwatch.publish.redaction import name_phrase_mask
from recruitwatch.records.models import Claim, Document, Incident
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create
from recruitwatch.verification.grading import claim_grade
from recruitwatch.verification.states import incident_dispute, state_recompute
from tests.linking.fixtures import user_with_role

pytestmark = pytest.mark.django_db

NAME = "Farkhod Tojiev"  # fictional
NAME_CYRILLIC = "Фарход Тожиев"  # the same fictional name, another script
# The words of those names, which must not appear in a redacted export, alone or together.
NAME_WORDS = ("Farkhod", "Tojiev", "Фарход", "Тожиев")
DECISION_REASON = f"not the same: {NAME} was born in 1990 (fictional)"
DISPUTE_REASON = f"{NAME}'s mother says the date is wrong (fictional)"


def _document(n: int, text: str) -> Document:
    return record_create(
        Document,
        sha256=f"{n}" * 64,
        text=text,
        reader="plaintext",
        size_bytes=len(text.encode()),
    )


def _claim(incident: Incident, document: Document) -> Claim:
    return record_create(Claim, incident=incident, document=document, span_start=0, span_end=10)


def _person_suggestions(exported):
    return [row for row in exported["link_suggestions"] if row["kind"] == "person"]


@pytest.fixture
def linked(tmp_path):
    """Two people a person suggestion proposes and a reviewer rejects; two incidents told in
    three documents, two of them copies; a counted, a merged and a disputed incident."""
    first = person_create(name=NAME, pseudonym="Prisoner F")
    second = person_create(name=NAME_CYRILLIC, pseudonym="Prisoner G")
    reviewer = user_with_role("fictional-reviewer")
    editor = user_with_role("fictional-editor", roles.EDITOR)  # may decide on people
    suggestion = suggestion_propose(
        kind="person",
        left=first.identifier,
        right=second.identifier,
        score=0.91,
        reasons=[
            "surname Tojiev ~ Тожиев (ICAO)",
            "first name Farkhod ~ Фарход (ICAO)",
            "same birth year",
            f"{NAME} and Tojiev again, outside a name phrase",
        ],
    )
    suggestion_reject(suggestion=suggestion, user=editor, reason=DECISION_REASON)

    story = "A fictional report: prisoners of a colony were made to sign contracts."
    original, reprint = _document(1, story), _document(2, story + " Republished.")
    independent = _document(3, "Another fictional account of the same signing, in other words.")
    copy_groups_join(first=original, second=reprint, actor=None, why="fictional copies")

    kept = record_create(Incident, summary=f"{NAME} was made to sign (fictional).", region="RU-TVE")
    _claim(kept, original)
    _claim(kept, reprint)
    other = record_create(Incident, summary="A fictional incident told elsewhere.", region="RU-VLA")
    _claim(other, independent)
    state_recompute(incident=kept)
    state_recompute(incident=other)
    incident_merge(first=kept.identifier, second=other.identifier, actor=reviewer)

    disputed = record_create(Incident, summary="A third fictional incident.")
    claim = _claim(disputed, independent)
    claim_grade(claim=claim, user=reviewer, grade="B2")
    incident_dispute(incident=disputed, user=reviewer, reason=DISPUTE_REASON)
    return {
        "suggestion": suggestion,
        "groups": (original, reprint, independent),
        "kept": Incident.objects.get(pk=kept.pk),
        "other": other,
        "disputed": disputed,
        "claim": claim,
    }


def test_the_linking_tables_are_exported(linked):
    exported = json.loads(export_json())
    for table in TABLES:
        assert table in exported
    original, reprint, _ = linked["groups"]
    assert exported["copy_groups"] == [
        {"identifier": original.identifier, "documents": [original.identifier, reprint.identifier]}
    ]
    (suggestion,) = _person_suggestions(exported)
    assert suggestion["identifier"] == linked["suggestion"].identifier
    assert (suggestion["kind"], suggestion["state"], suggestion["score"]) == (
        "person",
        "rejected",
        0.91,
    )
    assert suggestion["decided_by"] == "fictional-editor"
    history = exported["verification_history"]
    kept = linked["kept"]
    rows = [row for row in history if row["incident"] == kept.identifier]
    assert [(r["from_state"], r["to_state"], r["actor"]) for r in rows] == [
        ("unverified", "disputed", "fictional-reviewer"),  # the merge found a region conflict
    ]
    assert rows[0]["conflicts"] == ["region RU-TVE vs RU-VLA"]
    assert rows[0]["independent_sources"] == 2


def test_an_incident_row_carries_its_state_sources_and_grades(linked):
    exported = json.loads(export_json())
    by_identifier = {row["identifier"]: row for row in exported["incidents"]}
    kept = by_identifier[linked["kept"].identifier]
    assert kept["verification_state"] == "disputed"
    assert kept["independent_sources"] == 2  # the original and its reprint count once
    assert len(kept["claim_grades"]) == 3
    assert all(grade.endswith(" F6") for grade in kept["claim_grades"])  # ungraded
    disputed = by_identifier[linked["disputed"].identifier]
    assert disputed["claim_grades"] == [f"{linked['claim'].identifier} B2"]


def test_counting_is_exported_with_the_system_as_actor(linked):
    incident = record_create(Incident, summary="A fictional incident, counted.")
    _, _, independent = linked["groups"]
    _claim(incident, independent)
    _claim(incident, _document(4, "A fourth fictional report, by someone else."))
    state_recompute(incident=incident)
    rows = [
        row
        for row in json.loads(export_json())["verification_history"]
        if row["incident"] == incident.identifier
    ]
    assert [(r["to_state"], r["actor"], r["independent_sources"]) for r in rows] == [
        ("corroborated", "system", 2)
    ]


def test_a_redacted_export_holds_no_name_even_inside_suggestion_reasons(linked):
    text = export_json()
    for word in NAME_WORDS:
        assert word not in text, word
    (suggestion,) = _person_suggestions(json.loads(text))
    assert suggestion["reasons"] == [
        "surname [name] ~ [name] (ICAO)",
        "first name [name] ~ [name] (ICAO)",
        "same birth year",
        "Prisoner F and [name] again, outside a name phrase",
    ]
    assert "decision_reason" not in suggestion


def test_reviewers_sealed_reasons_appear_only_unredacted(linked):
    redacted = json.loads(export_json())
    assert DISPUTE_REASON not in json.dumps(redacted, ensure_ascii=False)
    assert all("reason" not in row for row in redacted["verification_history"])

    unredacted = json.loads(export_json(redacted=False))
    disputes = [
        row
        for row in unredacted["verification_history"]
        if row["incident"] == linked["disputed"].identifier
    ]
    assert [row["reason"] for row in disputes] == [DISPUTE_REASON]
    (suggestion,) = _person_suggestions(unredacted)
    assert suggestion["decision_reason"] == DECISION_REASON
    assert suggestion["reasons"][0] == "surname Tojiev ~ Тожиев (ICAO)"  # as stored


@pytest.mark.parametrize("table", LINKING_TABLES)
def test_each_linking_table_exports_as_csv_without_names(linked, table):
    content = export_csv(table=table)
    rows = list(csv.DictReader(io.StringIO(content)))
    assert rows, table
    assert rows[0]["identifier"]
    for word in NAME_WORDS:
        assert word not in content


def test_an_empty_linking_table_exports_as_an_empty_csv():
    # No rows at all: an empty CSV, as for the record tables.
    assert export_csv(table="verification_history") == ""


def test_csv_of_verification_history_has_the_sealed_reason_only_unredacted(linked):
    redacted = next(csv.reader(io.StringIO(export_csv(table="verification_history"))))
    unredacted = next(
        csv.reader(io.StringIO(export_csv(table="verification_history", redacted=False)))
    )
    assert "reason" not in redacted
    assert unredacted[-1] == "reason"
    assert DISPUTE_REASON in export_csv(table="verification_history", redacted=False)


@pytest.mark.parametrize(
    ("phrase", "masked"),
    [
        ("surname Тожиев ~ Tojiev (ICAO)", "surname [name] ~ [name] (ICAO)"),
        (
            "surname Тожиеву ~ Тожиев (grammatical case)",
            "surname [name] ~ [name] (grammatical case)",
        ),
        (
            "first name Shavkat ~ Shavkt (similar spelling 0.94)",
            "first name [name] ~ [name] (similar spelling 0.94)",
        ),
        ("same surname Karimov", "same surname [name]"),
        ("same first name Aziz", "same first name [name]"),
        ("initial fits: Ш. / Sherzod", "initial fits"),
        ("surname only on one side", "surname only on one side"),
        ("same patronymic", "same patronymic"),
        ("same birth month", "same birth month"),
        ("same facility IK-4 RU-TVE", "same facility IK-4 RU-TVE"),
        ("conflict: region RU-TVE vs RU-VLA", "conflict: region RU-TVE vs RU-VLA"),
    ],
)
def test_name_phrase_mask_takes_the_names_out_of_link_reasons(phrase, masked):
    assert name_phrase_mask(phrase) == masked
