"""Records for the search tests, made through the real services and indexed as ingestion
indexes them. Every text, name and place here is invented for the tests."""

from __future__ import annotations

import hashlib
from typing import Any

from recruitwatch.extraction import Document as ReadDocument
from recruitwatch.records.models import Document, Facility, Incident, Person
from recruitwatch.records.services.documents import document_create
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create
from recruitwatch.search.services import (
    search_index_document,
    search_index_incident,
    search_index_person,
)
from tests.linking.fixtures import fictional_facility


def document_add(text: str, *, title: str = "Fictional report", language: str = "en") -> Document:
    raw = text.encode("utf-8")
    read = ReadDocument(
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        size_bytes=len(raw),
        reader="test",
        origin="fictional.txt",
        title=title,
        language=language,
    )
    document, _ = document_create(read=read)
    search_index_document(document=document)
    return document


def facility_add(
    canonical_name: str = "IK-6", *, number: int = 6, region: str = "RU-VLA"
) -> Facility:
    return fictional_facility(number=number, region=region, name=canonical_name)


def incident_add(summary: str = "Fictional incident for tests.", **fields: Any) -> Incident:
    incident = record_create(Incident, summary=summary, **fields)
    search_index_incident(incident=incident)
    return incident


def person_add(name: str, *, pseudonym: str, aliases: list[str] | None = None) -> Person:
    person = person_create(name=name, pseudonym=pseudonym, aliases=aliases or [])
    search_index_person(person=person)
    return person
