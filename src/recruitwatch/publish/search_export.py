"""Exports of the current search as CSV, JSON or XLSX: one row per incident, with the
identifiers and links of its people, facility, sources and documents (issue 5, point 6).

1. The incidents: the search page's GET parameters (``q`` and the facets) through the one
   entry point of "the current search", ``search.selectors.search_incidents`` — within what
   the user may see (``records.selectors.incident_list``: permission, case restriction),
   and with names dropped from the query of a user who may not see identities.
2. The rows: related records the user may not see (a person who is the subject of a
   restricted case, a source behind a restricted claim) are left out, as on the pages, and
   columns of records the user's role may not open (a report viewer's people and sources)
   stay empty.
3. Redaction: profile "redacted" (the default) writes no real name and no contact — people
   by pseudonym, and free text with every known name replaced — whoever exports. Profile
   "unredacted" writes real names (never contacts: those stay in the full CLI export) and
   only for a user who sees identities and may export them (:func:`profile_check`).
4. Audit: one "export" entry per export, naming the format, the number of incidents and the
   profile — never the query, which may be a name.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from recruitwatch.access.identity import WITHHELD, identity_visible
from recruitwatch.access.visibility import (
    documents_visible,
    involvements_visible,
    persons_visible,
    sources_visible,
)
from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.publish.redaction import Redactor, redactor_build
from recruitwatch.records.models import Claim, Document, Incident, Involvement, Person, Source
from recruitwatch.search.errors import FilterInvalid
from recruitwatch.search.selectors import search_incidents

REDACTED = "redacted"
UNREDACTED = "unredacted"
PROFILES = (REDACTED, UNREDACTED)
FORMATS = ("csv", "json", "xlsx")
# The real-name profile needs both: seeing identities on the pages, and exporting them.
UNREDACTED_PERMISSION = "access.export_unredacted"
# Raised when a key changes meaning or goes; new keys are additive and keep it.
SEARCH_EXPORT_VERSION = 1
# 10,000 incidents took 18 s to write (CSV, JSON or XLSX alike) on a shared 2-core machine
# (benchmarks/web_pages.py data, 2026-11): about as long as a browser download should wait.
# A larger search is refused with a message (narrow it, or use the CLI's full export).
MAX_INCIDENTS = 10_000
# Incidents written per database round (each round prefetches its related records).
CHUNK = 1_000
# The record pages a row links to (records/urls.py).
RECORD_PATHS = {
    "incident": "/incidents/{}/",
    "person": "/people/{}/",
    "facility": "/facilities/{}/",
    "source": "/sources/{}/",
}
# A cell a spreadsheet would run as a formula begins with one of these (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SearchExportError(ValueError):
    """A search export that cannot be made as asked; the message says what to change.
    (Kept here until publish/ has an errors.py.)"""


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    content_type: str
    filename: str
    incidents: int


def incidents_search(
    *, user: Any, params: Mapping[str, Any]
) -> tuple[QuerySet[Incident], dict[str, str]]:
    """The incidents of the search ``params`` describe (the search page's GET parameters)
    that ``user`` may see, in identifier order, and the filters applied (codes only).
    A malformed filter raises SearchExportError naming the parameter."""
    try:
        incidents, facets = search_incidents(
            user=user, query=str(params.get("q") or ""), filters=params
        )
    except FilterInvalid as exc:
        raise SearchExportError(str(exc)) from None
    return incidents.order_by("identifier"), facets.filters.active()


def profile_check(*, user: Any, profile: str) -> None:
    """Refuse an unknown profile, and the unredacted one to a user who may not have it."""
    if profile not in PROFILES:
        raise SearchExportError(
            _("The profile must be one of: %(profiles)s.") % {"profiles": ", ".join(PROFILES)}
        )
    if profile == UNREDACTED and not (
        identity_visible(user) and user.has_perm(UNREDACTED_PERMISSION)
    ):
        raise PermissionDenied("the unredacted profile needs access to real identities")


def _redactor(*, user: Any, redacted: bool) -> Redactor:
    """Names → pseudonyms in free text (a person the user may not see → WITHHELD), for the
    redacted profile whoever exports; nothing replaced unredacted. Opens every sealed name
    once per export."""
    if not redacted:
        return redactor_build([])
    visible = set(persons_visible(user, Person.objects.all()).values_list("pk", flat=True))
    people = [
        (
            [str(person.name), *(str(alias) for alias in person.aliases or [])],
            (person.pseudonym or person.identifier) if person.pk in visible else WITHHELD,
        )
        for person in Person.objects.all()
    ]
    sources = [
        ([str(source.name)], source.label or source.identifier)
        for source in Source.objects.all()
        if source.name
    ]
    return redactor_build(people + sources)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


_SHOWN = "shown_"  # prefix of the prefetched lists of related records the user may see


def _prefetched(incident: Incident, related: str) -> list[Any]:
    """The visible ``related`` records prefetched onto ``incident`` by _RowBuilder.queryset."""
    return list(incident.__dict__[_SHOWN + related])


class _RowBuilder:
    """Builds the rows of one export: knows the user's permissions, the redactor, the base
    URL, and which sources and documents the user may see."""

    def __init__(self, *, user: Any, redacted: bool, base_url: str) -> None:
        self.user = user
        self.redacted = redacted
        self.base_url = base_url.rstrip("/")
        self.redactor = _redactor(user=user, redacted=redacted)
        self.people_shown = user.has_perm("records.view_person") and user.has_perm(
            "records.view_involvement"
        )
        self.sources_shown = user.has_perm("records.view_source")
        self.documents_shown = user.has_perm("records.view_document")

    def url(self, kind: str, identifier: str) -> str:
        return self.base_url + RECORD_PATHS[kind].format(identifier)

    def queryset(self, incidents: QuerySet[Incident]) -> QuerySet[Incident]:
        involvements = involvements_visible(self.user, Involvement.objects.all()).select_related(
            "person"
        )
        claims = Claim.objects.select_related("source", "document").defer("document__text")
        return incidents.select_related("facility").prefetch_related(
            Prefetch("involvements", queryset=involvements, to_attr=_SHOWN + "involvements"),
            Prefetch("claims", queryset=claims, to_attr=_SHOWN + "claims"),
        )

    def rows(self, incidents: list[Incident]) -> Iterator[dict[str, Any]]:
        claims = [claim for incident in incidents for claim in _prefetched(incident, "claims")]
        source_ids = {claim.source_id for claim in claims if claim.source_id}
        document_ids = {claim.document_id for claim in claims}
        visible_sources = set(
            sources_visible(self.user, Source.objects.filter(pk__in=source_ids)).values_list(
                "pk", flat=True
            )
        )
        visible_documents = set(
            documents_visible(self.user, Document.objects.filter(pk__in=document_ids))
            .values_list("pk", flat=True)
            .order_by()
        )
        for incident in incidents:
            yield self.row(incident, visible_sources, visible_documents)

    def row(
        self, incident: Incident, visible_sources: set[int], visible_documents: set[int]
    ) -> dict[str, Any]:
        facility = incident.facility
        claims = _prefetched(incident, "claims")
        people = sorted(
            {i.person.identifier: i.person for i in _prefetched(incident, "involvements")}.items()
        )
        sources = sorted(
            {
                c.source.identifier: c.source for c in claims if c.source_id in visible_sources
            }.items()
        )
        documents = sorted(
            {c.document.identifier for c in claims if c.document_id in visible_documents}
        )
        if not self.people_shown:
            people = []
        if not self.sources_shown:
            sources = []
        if not self.documents_shown:
            documents = []
        return {
            "identifier": incident.identifier,
            "url": self.url("incident", incident.identifier),
            "summary": self.redactor.redact(str(incident.summary)),
            "modality": incident.modality,
            "date_start": _iso(incident.date_start),
            "date_end": _iso(incident.date_end),
            "date_precision": incident.date_precision,
            "facility": facility.identifier if facility else None,
            "facility_name": facility.canonical_name if facility else None,
            "facility_url": self.url("facility", facility.identifier) if facility else None,
            "region": incident.region or None,
            "country": incident.country or None,
            "coercion": list(incident.coercion),
            "victim_count_low": incident.victim_count_low,
            "victim_count_high": incident.victim_count_high,
            "victim_nationalities": list(incident.victim_nationalities),
            "victim_status": incident.victim_status,
            "review_state": incident.review_state,
            "verification_state": incident.verification_state,
            "people": [identifier for identifier, _person in people],
            "people_names": [self.person_name(person) for _identifier, person in people],
            "people_urls": [self.url("person", identifier) for identifier, _person in people],
            "sources": [identifier for identifier, _source in sources],
            "source_labels": [self.source_name(source) for _identifier, source in sources],
            "source_urls": [self.url("source", identifier) for identifier, _source in sources],
            "documents": documents,
            "document_urls": [
                self.base_url + reverse("document_detail", args=[identifier])
                for identifier in documents
            ],
        }

    def person_name(self, person: Person) -> str:
        if not self.redacted and person.name:
            return str(person.name)
        return person.pseudonym or person.identifier

    def source_name(self, source: Source) -> str:
        if not self.redacted and source.name:
            return str(source.name)
        return source.label or source.identifier


def search_rows(
    *, user: Any, incidents: QuerySet[Incident], redacted: bool = True, base_url: str
) -> Iterator[dict[str, Any]]:
    """One row per incident of ``incidents`` (already narrowed to what ``user`` may see)."""
    builder = _RowBuilder(user=user, redacted=redacted, base_url=base_url)
    queryset = builder.queryset(incidents)
    for start in range(0, queryset.count(), CHUNK):
        yield from builder.rows(list(queryset[start : start + CHUNK]))


def spreadsheet_safe(value: Any) -> Any:
    """A cell that a spreadsheet will show as text, never run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _flat(value: Any) -> Any:
    return "; ".join(str(item) for item in value) if isinstance(value, list) else value


def rows_csv(rows: Iterable[dict[str, Any]], columns: list[str]) -> bytes:
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([spreadsheet_safe(_flat(row[column])) for column in columns])
    # A byte-order mark, so that spreadsheet programs read the UTF-8 (Cyrillic) right.
    return ("\ufeff" + output.getvalue()).encode("utf-8")


def rows_json(rows: Iterable[dict[str, Any]], header: dict[str, Any]) -> bytes:
    payload = {**header, "incidents": list(rows)}
    return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")


def rows_xlsx(rows: Iterable[dict[str, Any]], columns: list[str], header: dict[str, Any]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("incidents")
    sheet.append(columns)
    for row in rows:
        sheet.append([spreadsheet_safe(_flat(row[column])) for column in columns])
    about = workbook.create_sheet("export")
    for key, value in header.items():
        about.append(
            [key, spreadsheet_safe(json.dumps(value) if isinstance(value, dict) else value)]
        )
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


COLUMNS = [
    "identifier", "url", "summary", "modality", "date_start", "date_end", "date_precision",
    "facility", "facility_name", "facility_url", "region", "country", "coercion",
    "victim_count_low", "victim_count_high", "victim_nationalities", "victim_status",
    "review_state", "verification_state", "people", "people_names", "people_urls", "sources",
    "source_labels", "source_urls", "documents", "document_urls",
]  # fmt: skip
_CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@transaction.atomic
def search_export(
    *, user: Any, params: Mapping[str, Any], export_format: str, profile: str, base_url: str
) -> ExportFile:
    """The file of one search export, audited: without its audit entry, no file."""
    if export_format not in FORMATS:
        raise SearchExportError(
            _("The format must be one of: %(formats)s.") % {"formats": ", ".join(FORMATS)}
        )
    profile_check(user=user, profile=profile)
    incidents, filters = incidents_search(user=user, params=params)
    count = incidents.count()
    if count > MAX_INCIDENTS:
        raise SearchExportError(
            _(
                "This search finds %(count)d incidents; an export holds at most %(most)d. "
                "Narrow the search, or ask an administrator for the full export."
            )
            % {"count": count, "most": MAX_INCIDENTS}
        )
    now = datetime.now(UTC)
    header = {
        "format": "recruitwatch-search-export",
        "version": SEARCH_EXPORT_VERSION,
        "exported_at": now.isoformat(timespec="seconds"),
        "profile": profile,
        "filters": filters,  # codes and dates only: the query may hold a name
        "count": count,
    }
    rows = search_rows(
        user=user, incidents=incidents, redacted=profile == REDACTED, base_url=base_url
    )
    if export_format == "csv":
        content = rows_csv(rows, COLUMNS)
    elif export_format == "json":
        content = rows_json(rows, header)
    else:
        content = rows_xlsx(rows, COLUMNS, header)
    audit_record(
        actor=user,
        action=AuditAction.EXPORT,
        detail=f"{export_format} export of a search: {count} incidents ({profile})",
    )
    return ExportFile(
        content=content,
        content_type=_CONTENT_TYPES[export_format],
        filename=f"recruitwatch-search-{now:%Y%m%d-%H%M}.{export_format}",
        incidents=count,
    )
