"""Exports of the case records as JSON (everything) or CSV (one table).

Redacted by default (see ``publish.redaction``); ``redacted=False`` is for the deployment's
owner, e.g. a move to another server, and includes real names and contacts.

Besides the records, the linking tables: ``copy_groups`` (documents that are copies of one
another), ``link_suggestions`` (proposed links and reviewers' decisions) and
``verification_history`` (every change of an incident's verification state). What a reviewer
wrote (a decision's reason, a verification reason) is sealed at rest and exported only
unredacted; a suggestion's own reasons may carry names ("surname Тожиев ~ Tojiev"), so a
redacted export masks the names in them (``_suggestion_reasons``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.db import transaction

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.linking.models import DocumentFingerprint, IncidentVerification, LinkSuggestion
from recruitwatch.publish.redaction import (
    Redactor,
    name_phrase_mask,
    name_words_redactor,
    redactor_build,
)
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
from recruitwatch.verification.corroboration import independent_source_count

# Raised when a key changes meaning or goes; new keys and tables (the linking tables, an
# incident's independent_sources and claim_grades) are additive and keep it.
EXPORT_FORMAT_VERSION = 1
# The case records, then what linking adds (copy groups, suggestions, verification changes).
RECORD_TABLES = (
    "incidents",
    "documents",
    "people",
    "facilities",
    "organizations",
    "sources",
    "cases",
)
LINKING_TABLES = ("copy_groups", "link_suggestions", "verification_history")
TABLES = RECORD_TABLES + LINKING_TABLES


@dataclass
class _Redaction:
    """What one export redacts with, built once per export and only when a table needs it
    (building opens every person's sealed names)."""

    redacted: bool
    _people: list[tuple[list[str], str]] | None = field(default=None, repr=False)
    _redactor: Redactor | None = field(default=None, repr=False)
    _words: Redactor | None = field(default=None, repr=False)

    def people(self) -> list[tuple[list[str], str]]:
        """Each person's (name and aliases, pseudonym)."""
        if self._people is None:
            self._people = [
                ([str(person.name or ""), *(person.aliases or [])], person.pseudonym)
                for person in Person.objects.all()
            ]
        return self._people

    @property
    def redactor(self) -> Redactor:
        """Whole names and aliases → the person's pseudonym (a no-op unredacted)."""
        if self._redactor is None:
            if not self.redacted:
                self._redactor = redactor_build([])
            else:
                self._redactor = redactor_build(self.people())
        return self._redactor

    @property
    def words(self) -> Redactor:
        """Every word of a name or alias → "[name]" (only used redacted)."""
        if self._words is None:
            self._words = name_words_redactor(names for names, _ in self.people())
        return self._words


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
        "independent_sources": independent_source_count(incident),
        # The Admiralty grade of each claim (reliability A–F, credibility 1–6), e.g.
        # "CLM-0001 F6": a grade names no one.
        "claim_grades": sorted(f"{c.identifier} {c.reliability}{c.credibility}" for c in claims),
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


def _copy_group_rows() -> list[dict[str, Any]]:
    """Each copy group of two or more documents: its identifier (its first document's) and its
    documents. A document in no such group is a group of one and is not listed."""
    groups: dict[str, list[str]] = {}
    for group, document in DocumentFingerprint.objects.values_list(
        "copy_group", "document__identifier"
    ):
        groups.setdefault(group, []).append(document)
    return [
        {"identifier": group, "documents": sorted(documents)}
        for group, documents in sorted(groups.items())
        if len(documents) > 1
    ]


def _suggestion_reasons(reasons: list[str], redaction: _Redaction) -> list[str]:
    """A suggestion's reasons; redacted, with the names taken out: a person link's name
    phrases are masked ("surname [name] ~ [name] (ICAO)"), then known names become
    pseudonyms, then any word of a known name left over becomes "[name]"."""
    if not redaction.redacted:
        return list(reasons)
    return [
        redaction.words.redact(redaction.redactor.redact(name_phrase_mask(str(reason))))
        for reason in reasons
    ]


def _suggestion_row(suggestion: LinkSuggestion, redaction: _Redaction) -> dict[str, Any]:
    row: dict[str, Any] = {
        "identifier": suggestion.identifier,
        "kind": suggestion.kind,
        "left": suggestion.left,
        "right": suggestion.right,
        "score": suggestion.score,
        "state": suggestion.state,
        "decided_by": suggestion.decided_by.get_username() if suggestion.decided_by else None,
        "decided_at": _iso(suggestion.decided_at),
        "reasons": _suggestion_reasons(list(suggestion.reasons or []), redaction),
    }
    if not redaction.redacted:
        row["decision_reason"] = suggestion.reason  # the reviewer's words: sealed at rest
    return row


def _verification_row(change: IncidentVerification, redacted: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "identifier": change.identifier,
        "incident": change.incident.identifier,
        "from_state": change.from_state,
        "to_state": change.to_state,
        "at": _iso(change.created_at),
        "actor": change.actor.get_username() if change.actor else "system",
        "independent_sources": change.independent_sources,
        # Conflicts name only identifiers, ISO codes, facility names and dates.
        "conflicts": [conflict["reason"] for conflict in change.conflicts or []],
    }
    if not redacted:
        row["reason"] = change.reason  # may name someone: sealed at rest
    return row


def table_rows(table: str, *, redacted: bool = True) -> list[dict[str, Any]]:
    """All rows of one exported table, in identifier order."""
    return _table_rows(table, _Redaction(redacted))


def _table_rows(table: str, redaction: _Redaction) -> list[dict[str, Any]]:
    redacted = redaction.redacted
    builders: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "incidents": lambda: [
            _incident_row(i, redaction.redactor)
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
            _document_row(d, redaction.redactor)
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
            _case_row(c, redaction.redactor)
            for c in Case.objects.select_related("assignee")
            .prefetch_related("persons", "incidents")
            .order_by("identifier")
        ],
        "copy_groups": _copy_group_rows,
        "link_suggestions": lambda: [
            _suggestion_row(s, redaction)
            for s in LinkSuggestion.objects.select_related("decided_by").order_by("identifier")
        ],
        "verification_history": lambda: [
            _verification_row(v, redacted)
            for v in IncidentVerification.objects.select_related("incident", "actor").order_by(
                "identifier"
            )
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
    redaction = _Redaction(redacted)
    for table in TABLES:
        payload[table] = _table_rows(table, redaction)
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
