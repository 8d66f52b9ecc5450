"""Exports of the case records as JSON (everything) or CSV (one table).

Redacted by default (see ``publish.redaction``); ``redacted=False`` is for the deployment's
owner, e.g. a move to another server, and includes real names and contacts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.db import transaction

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.publish.redaction import Redactor, redactor_build
from recruitwatch.records.models import (
    Case,
    Claim,
    Document,
    Facility,
    Incident,
    Organization,
    Person,
    Source,
)

EXPORT_FORMAT_VERSION = 1
TABLES = ("incidents", "documents", "people", "facilities", "organizations", "sources", "cases")


def _redactor(redacted: bool) -> Redactor:
    if not redacted:
        return redactor_build([])
    return redactor_build(
        ([person.name, *(person.aliases or [])], person.pseudonym)
        for person in Person.objects.all()
    )


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _incident_row(incident: Incident, redactor: Redactor) -> dict[str, Any]:
    claims = list(incident.claims.all())
    involvements = list(incident.involvements.all())
    return {
        "identifier": incident.identifier,
        "summary": redactor.redact(incident.summary),
        "modality": incident.modality,
        "date_start": _iso(incident.date_start),
        "date_end": _iso(incident.date_end),
        "date_precision": incident.date_precision,
        "facility": incident.facility.identifier if incident.facility else None,
        "facility_name": incident.facility.canonical_name if incident.facility else None,
        "region": incident.region or None,
        "country": incident.country or None,
        "coercion": list(incident.coercion),
        "victim_count_low": incident.victim_count_low,
        "victim_count_high": incident.victim_count_high,
        "victim_nationalities": list(incident.victim_nationalities),
        "victim_status": incident.victim_status,
        "perpetrators": list(incident.perpetrator_labels),
        "perpetrator_organizations": [
            o.identifier for o in incident.perpetrator_organizations.all()
        ],
        "people": sorted({i.person.identifier for i in involvements}),
        "sources": sorted({c.source.identifier for c in claims if c.source}),
        "documents": sorted({c.document.identifier for c in claims}),
        "review_state": incident.review_state,
        "verification_state": incident.verification_state,
    }


def _document_row(document: Document, redactor: Redactor) -> dict[str, Any]:
    return {
        "identifier": document.identifier,
        "sha256": document.sha256,
        "title": redactor.redact(document.title),
        "published": _iso(document.published),
        "channel": document.channel,
        "language": document.language,
        "reader": document.reader,
        "size_bytes": document.size_bytes,
        "source": document.source.identifier if document.source else None,
    }


def _person_row(person: Person, redacted: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "identifier": person.identifier,
        "pseudonym": person.pseudonym,
        "nationalities": list(person.nationalities),
        "status": person.status,
    }
    if not redacted:
        row.update(
            name=person.name,
            name_is_pseudonym=person.name_is_pseudonym,
            aliases=list(person.aliases or []),
            birth_date=person.birth_date,
            contact=person.contact,
        )
    return row


def _facility_row(facility: Facility) -> dict[str, Any]:
    return {
        "identifier": facility.identifier,
        "canonical_name": facility.canonical_name,
        "type": facility.facility_type,
        "number": facility.number,
        "region": facility.region or None,
        "country": facility.country or None,
        "settlement": facility.settlement,
        "aliases": list(facility.aliases),
    }


def _organization_row(organization: Organization) -> dict[str, Any]:
    return {
        "identifier": organization.identifier,
        "name": organization.name,
        "kind": organization.kind,
        "aliases": list(organization.aliases),
        "country": organization.country or None,
    }


def _source_row(source: Source, redacted: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "identifier": source.identifier,
        "label": source.label,
        "kind": source.kind,
        "reliability": source.reliability,
    }
    if not redacted:
        row.update(name=source.name, contact=source.contact)
    return row


def _case_row(case: Case, redactor: Redactor) -> dict[str, Any]:
    return {
        "identifier": case.identifier,
        "title": redactor.redact(case.title),
        "status": case.status,
        "assignee": case.assignee.get_username() if case.assignee else None,
        "people": [p.identifier for p in case.persons.all()],
        "incidents": [i.identifier for i in case.incidents.all()],
    }


def table_rows(table: str, *, redacted: bool = True) -> list[dict[str, Any]]:
    """All rows of one exported table, in identifier order."""
    redactor = _redactor(redacted)
    builders: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "incidents": lambda: [
            _incident_row(i, redactor)
            for i in Incident.objects.select_related("facility")
            .prefetch_related(
                "perpetrator_organizations",
                "involvements__person",
                "claims__source",
                "claims__document",
            )
            .order_by("identifier")
        ],
        "documents": lambda: [
            _document_row(d, redactor)
            for d in Document.objects.defer("text").select_related("source").order_by("identifier")
        ],
        "people": lambda: [_person_row(p, redacted) for p in Person.objects.order_by("identifier")],
        "facilities": lambda: [_facility_row(f) for f in Facility.objects.order_by("identifier")],
        "organizations": lambda: [
            _organization_row(o) for o in Organization.objects.order_by("identifier")
        ],
        "sources": lambda: [
            _source_row(s, redacted) for s in Source.objects.order_by("identifier")
        ],
        "cases": lambda: [
            _case_row(c, redactor)
            for c in Case.objects.select_related("assignee")
            .prefetch_related("persons", "incidents")
            .order_by("identifier")
        ],
    }
    if table not in builders:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    return builders[table]()


def _export_audit(*, actor: Any, export_format: str, tables: str, redacted: bool) -> None:
    """One "export" entry per export: what format, which tables, redacted or not, and who."""
    audit_record(
        actor=actor,
        action=AuditAction.EXPORT,
        detail=f"{export_format} export of {tables} ({'redacted' if redacted else 'unredacted'})",
    )


@transaction.atomic
def export_json(*, redacted: bool = True, actor: Any = None) -> str:
    """Every table in one JSON document, with a header saying what it is.

    Audited: if the audit entry cannot be written, no export is returned."""
    payload: dict[str, Any] = {
        "format": "recruitwatch-export",
        "version": EXPORT_FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "redacted": redacted,
        "claims": Claim.objects.count(),
    }
    for table in TABLES:
        payload[table] = table_rows(table, redacted=redacted)
    content = json.dumps(payload, ensure_ascii=False, indent=2)
    _export_audit(actor=actor, export_format="json", tables="all tables", redacted=redacted)
    return content


@transaction.atomic
def export_csv(*, table: str = "incidents", redacted: bool = True, actor: Any = None) -> str:
    """One table as CSV; lists are joined with ``;``. Audited like :func:`export_json`."""
    rows = table_rows(table, redacted=redacted)
    _export_audit(actor=actor, export_format="csv", tables=f"table {table}", redacted=redacted)
    output = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(output, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        )
    return output.getvalue()
