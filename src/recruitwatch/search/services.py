"""Keeping the search index in step with the records.

Each ``search_index_*`` opens one record's protected text, turns it into blind tokens
(``search.tokens``) together with the words of its public values (``search.vocabulary``)
and replaces that record's row, in the caller's transaction: a rolled-back ingest leaves no
row behind. Callers, in order of the data flow: ``ingest.services.document_ingest`` (the
document, its proposed incidents and their people), the review pages after an edit, the
record pages after a change, and ``search_reindex`` (the ``search_reindex`` command).

Nothing here depends on the master keys: tokens are keyed with the blind-index key, which a
master-key rotation keeps, so a rotation needs no re-index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.db import connection, transaction

from recruitwatch.records.models import Document, Incident, Person, Record
from recruitwatch.search.backends import backend_for
from recruitwatch.search.tokens import text_tokens, tokens_serialise
from recruitwatch.search.vocabulary import (
    FACILITY_TYPE_WORDS,
    STATUS_WORDS,
    coercion_words,
    nationality_words,
    place_words,
)

# 500 records per transaction while re-indexing: each batch is small enough to keep a
# writer's lock short on SQLite, large enough that commits are not the cost.
REINDEX_BATCH = 500

#: Called with a stage's name and its number of records, then once per record done.
StepStart = Callable[[str, int], None]
Advance = Callable[[], None]


def _strings(values: Iterable[Any]) -> Iterator[str]:
    for value in values:
        if value:
            yield str(value)


def document_texts(document: Document) -> list[str]:
    source = document.source.label if document.source_id and document.source else ""
    return list(
        _strings([document.identifier, document.title, document.text, document.origin, source])
    )


def incident_texts(incident: Incident) -> list[str]:
    texts = [
        incident.identifier,
        incident.summary,
        incident.victim_description,
        incident.location_as_written,
        *(incident.perpetrator_labels or []),
        *coercion_words(incident.coercion),
        STATUS_WORDS.get(incident.victim_status, ""),
        *nationality_words(incident.victim_nationalities),
        *place_words(incident.region),
    ]
    facility = incident.facility if incident.facility_id else None
    if facility is not None:
        texts += [
            facility.canonical_name,
            facility.settlement,
            *(facility.aliases or []),
            FACILITY_TYPE_WORDS.get(facility.facility_type, ""),
        ]
        if facility.region != incident.region:
            texts += list(place_words(facility.region))
    return list(_strings(texts))


def person_texts(person: Person) -> tuple[list[str], list[str]]:
    """(what anyone may search a person by, what only users who see identities may)."""
    public = list(
        _strings(
            [
                person.identifier,
                person.pseudonym,
                STATUS_WORDS.get(person.status, ""),
                *nationality_words(person.nationalities),
            ]
        )
    )
    names = list(_strings([person.name, *(person.aliases or [])]))
    return public, names


def _replace(kind: str, record_id: int, texts: Iterable[str]) -> None:
    with connection.cursor() as cursor:
        backend_for(connection).entry_replace(
            cursor, kind=kind, record_id=record_id, tokens=tokens_serialise(text_tokens(texts))
        )


def _index_document(document: Document) -> None:
    _replace("document", document.pk, document_texts(document))


def _index_incident(incident: Incident) -> None:
    _replace("incident", incident.pk, incident_texts(incident))


def _index_person(person: Person) -> None:
    public, names = person_texts(person)
    _replace("person", person.pk, public)
    if names:
        _replace("person.identity", person.pk, [*public, *names])
    else:
        with connection.cursor() as cursor:
            backend_for(connection).entry_remove(
                cursor, kind="person.identity", record_id=person.pk
            )


@transaction.atomic
def search_index_document(*, document: Document) -> None:
    """Index (or re-index) a document's identifier, title, text, origin and source label."""
    _index_document(document)


@transaction.atomic
def search_index_incident(*, incident: Incident) -> None:
    """Index (or re-index) an incident: its sealed summary, victim description and place as
    written, and the words of its facility, region, coercion types, victims' status and
    nationalities. Call after every change to any of them (or to its facility)."""
    _index_incident(incident)


@transaction.atomic
def search_index_person(*, person: Person) -> None:
    """Index a person twice: the pseudonym and public values for everyone
    (``person``), and those plus the real name and aliases (``person.identity``) for users
    who may see identities. A person without a name gets no identity row."""
    _index_person(person)


_KINDS_OF: dict[type[Record], tuple[str, ...]] = {
    Document: ("document",),
    Incident: ("incident",),
    Person: ("person", "person.identity"),
}


@transaction.atomic
def search_index_remove(*, record: Document | Incident | Person) -> None:
    """Take a record out of the index (before deleting it: a deleted instance has no pk).
    Searches never show a record that no longer exists anyway: results are read from the
    records' tables."""
    with connection.cursor() as cursor:
        for kind in _KINDS_OF[type(record)]:
            backend_for(connection).entry_remove(cursor, kind=kind, record_id=record.pk)


def _batched(records: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def search_reindex(
    *, on_step: StepStart | None = None, on_advance: Advance | None = None
) -> dict[str, int]:
    """Re-index every document, incident and person; returns how many of each.

    Rows are replaced record by record, never cleared first, so search keeps answering
    while this runs; rows of records that no longer exist are pruned at the end of each
    kind. Safe to interrupt and run again. Needed after a change to the tokenizer or the
    vocabulary, or on a database restored from before search existed; not after a key
    rotation (the blind-index key does not rotate).
    """
    stages: list[tuple[str, Any, Callable[[Any], None], tuple[str, ...]]] = [
        (
            "documents",
            Document.objects.select_related("source"),
            _index_document,
            ("document",),
        ),
        (
            "incidents",
            Incident.objects.select_related("facility"),
            _index_incident,
            ("incident",),
        ),
        (
            "people",
            Person.objects.all(),
            _index_person,
            ("person", "person.identity"),
        ),
    ]
    counts: dict[str, int] = {}
    for name, queryset, index, kinds in stages:
        queryset = queryset.order_by("pk")
        if on_step is not None:
            on_step(name, queryset.count())
        done = 0
        for batch in _batched(queryset.iterator(chunk_size=REINDEX_BATCH), REINDEX_BATCH):
            with transaction.atomic():  # one per batch, not a savepoint per record
                for record in batch:
                    index(record)
                    done += 1
                    if on_advance is not None:
                        on_advance()
        with transaction.atomic(), connection.cursor() as cursor:
            for kind in kinds:
                backend_for(connection).entries_prune(
                    cursor, kind=kind, table=queryset.model._meta.db_table
                )
        counts[name] = done
    return counts
