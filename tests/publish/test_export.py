"""Exports: redacted by default, complete when asked. Data is fictional."""

from __future__ import annotations

import json

import pytest

from recruitwatch.publish.export import export_csv, export_json
from recruitwatch.publish.redaction import redactor_build
from recruitwatch.records.models import Claim, Document, Incident, Involvement
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create

pytestmark = pytest.mark.django_db

NAME = "Bakhodir Fictionalov"


@pytest.fixture
def incident_with_victim():
    person = person_create(name=NAME, pseudonym="Prisoner B", contact="+7 900 000 00 00")
    document = record_create(
        Document,
        sha256="b" * 64,
        text=f"{NAME} was told to sign.",
        title=f"{NAME} case",
        reader="plaintext",
        size_bytes=40,
    )
    incident = record_create(
        Incident, summary=f"{NAME} was made to sign a contract.", coercion=["forced_signing"]
    )
    claim = record_create(Claim, incident=incident, document=document, span_start=0, span_end=10)
    involvement = record_create(Involvement, person=person, incident=incident, role="victim")
    involvement.claims.add(claim)
    return person, incident


def test_redactor_replaces_names_and_aliases_case_insensitively():
    redactor = redactor_build([(["Aziz Karimov", "Aziz"], "Migrant A")])
    assert redactor.redact("AZIZ KARIMOV said; Aziz left; Azizbek stayed") == (
        "Migrant A said; Migrant A left; Azizbek stayed"
    )


def test_json_export_redacted_by_default(incident_with_victim):
    person, _ = incident_with_victim
    exported = json.loads(export_json())
    text = json.dumps(exported, ensure_ascii=False)
    assert exported["redacted"] is True
    assert NAME not in text
    assert "+7 900" not in text
    row = exported["incidents"][0]
    assert row["summary"] == "Prisoner B was made to sign a contract."
    assert row["people"] == [person.identifier]
    assert exported["people"][0] == {
        "identifier": person.identifier,
        "pseudonym": "Prisoner B",
        "nationalities": [],
        "status": "other",
    }


def test_unredacted_export_includes_names(incident_with_victim):
    exported = json.loads(export_json(redacted=False))
    assert exported["people"][0]["name"] == NAME


def test_csv_export_one_row_per_incident(incident_with_victim):
    _, incident = incident_with_victim
    lines = export_csv(table="incidents").splitlines()
    assert lines[0].startswith("identifier,summary,modality")
    assert len(lines) == 2
    assert lines[1].startswith(incident.identifier)
    assert NAME not in lines[1]
