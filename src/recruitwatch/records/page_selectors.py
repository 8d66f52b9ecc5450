"""Reads behind the record pages (issue 5, point 3), built on ``records.selectors``.

Why a module of its own: ``records.selectors`` holds one getter and one lister per entity
that per-case restriction can hide, and tests/access/test_restriction.py holds every public
function there to that shape. Facilities and organisations are never restricted, and the
reads here (history, quotes, timelines, counts) are not getters or listers. They follow the
same rules all the same:

1. the role permission first (``records.view_<model>``; PermissionDenied before any lookup);
2. per-case restriction through ``records.selectors`` and ``access.visibility``: a record the
   user may not see is left out, never counted, never quoted;
3. a record opened for display writes an audit "view" entry (``*_get``);
4. sealed values are opened only for the rows a page shows; names of protected people go
   through ``access.identity`` (pseudonyms unless the user may see identities).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import CharField, Count, F, Q, QuerySet, TextField
from django.db.models.functions import Cast, Coalesce, Substr

from recruitwatch.access.identity import (
    identity_visible,
    person_display_name,
    redactor_for,
    source_display_name,
)
from recruitwatch.audit.models import AuditAction, AuditEntry
from recruitwatch.publish.redaction import Redactor
from recruitwatch.records import selectors
from recruitwatch.records.choices import Coercion, ReviewState
from recruitwatch.records.history_display import HistoryRow, history_rows
from recruitwatch.records.models import (
    Claim,
    Document,
    Evidence,
    Facility,
    Incident,
    Involvement,
    Organization,
    Person,
    Record,
    Source,
)
from recruitwatch.records.selectors import _get, _require, _shown, _visible

# The last changes a record page lists: enough for a record's working life (a reviewed
# incident has a dozen); the admin site's audit log holds the rest.
HISTORY_LIMIT = 100

#: Permissions a part of an incident needs besides the incident's own.
CLAIMS_PERMISSION = "records.view_claim"
DOCUMENTS_PERMISSION = "records.view_document"
SOURCES_PERMISSION = "records.view_source"
INVOLVEMENTS_PERMISSION = "records.view_involvement"
EVIDENCE_PERMISSION = "records.view_evidence"


def _unrestricted(user: Any, queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Facilities and organisations belong to no case: the role permission is the rule."""
    return queryset


def _has(user: Any, permission: str) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(permission))


def facility_list(*, user: Any) -> QuerySet[Facility]:
    return _visible(user, Facility, _unrestricted)


def facility_get(*, user: Any, identifier: str) -> Facility:
    return _shown(user, _get(facility_list(user=user), identifier, "facility"))


def organization_list(*, user: Any) -> QuerySet[Organization]:
    return _visible(user, Organization, _unrestricted)


def organization_get(*, user: Any, identifier: str) -> Organization:
    return _shown(user, _get(organization_list(user=user), identifier, "organization"))


def record_history(*, user: Any, record: Record) -> list[HistoryRow]:
    """The changes recorded for ``record``, newest first: who, what action, which field
    names, when (entries never hold values), in the reader's language (``history_display``).
    "view" entries are left out: every page view writes one, and they would bury the
    changes."""
    _require(user, f"records.view_{record._meta.model_name}")
    entries: list[AuditEntry] = list(
        AuditEntry.objects.filter(
            object_type=f"{record._meta.app_label}.{record._meta.object_name}",
            object_identifier=record.identifier,
        )
        .exclude(action=AuditAction.VIEW)
        .order_by("-sequence")[:HISTORY_LIMIT]
    )
    return history_rows(entries)


# -- names -----------------------------------------------------------------------------------


def _identity_reader(user: Any) -> Any:
    """``user`` when they may see real names, else None: the display-name functions then give
    the pseudonym without asking the database about the user's groups once per row."""
    return user if identity_visible(user) else None


def person_names(*, user: Any, persons: list[Person]) -> dict[int, str]:
    """What ``user`` sees as each person's name, by primary key."""
    reader = _identity_reader(user)
    return {person.pk: person_display_name(user=reader, person=person) for person in persons}


def source_names(*, user: Any, sources: list[Source]) -> dict[int, str]:
    """What ``user`` sees as each source's name (its label unless identities are open)."""
    reader = _identity_reader(user)
    return {source.pk: source_display_name(user=reader, source=source) for source in sources}


# -- claims, quotes, evidence ----------------------------------------------------------------


@dataclass(frozen=True)
class ClaimShown:
    """A claim as a page shows it. ``quote`` is ``document.text[span_start:span_end]`` with
    names replaced for users who may not see identities; None when the document is not the
    user's to read (a document behind a restricted case's claim, or no document permission).
    ``source_label`` is None when the source is not the user's to see."""

    claim: Claim
    document: Document | None
    quote: str | None
    source_label: str | None


def claims_shown(
    *, user: Any, incident_ids: list[int], redactor: Redactor | None = None
) -> dict[int, list[ClaimShown]]:
    """The claims of the incidents ``incident_ids`` (which the caller got through the
    selectors), by incident, in text order. Each document's text is opened once; quotes go
    through ``redactor`` (default: ``redactor_for(user)``, which a page with other free text
    builds once and passes in: it opens every stored name)."""
    if not _has(user, CLAIMS_PERMISSION) or not incident_ids:
        return {}
    claims = list(
        selectors.claim_list(user=user)
        .filter(incident_id__in=incident_ids)
        .select_related("source")
        .order_by("incident_id", "span_start", "id")
    )
    documents: dict[int, Document] = {}
    if _has(user, DOCUMENTS_PERMISSION):
        visible = selectors.document_list(user=user).filter(
            pk__in={claim.document_id for claim in claims}
        )
        documents = {document.pk: document for document in visible.defer(None)}
    labels: dict[int, str] = {}
    if _has(user, SOURCES_PERMISSION):
        wanted = {claim.source_id for claim in claims if claim.source_id}
        sources = list(selectors.source_list(user=user).filter(pk__in=wanted))
        labels = source_names(user=user, sources=sources)
    if documents and redactor is None:
        redactor = redactor_for(user=user)
    texts: dict[int, str] = {}
    shown: dict[int, list[ClaimShown]] = defaultdict(list)
    for claim in claims:
        document = documents.get(claim.document_id)
        quote = None
        if document is not None and redactor is not None:
            if document.pk not in texts:
                texts[document.pk] = str(document.text)
            quote = redactor.redact(texts[document.pk][claim.span_start : claim.span_end])
        shown[claim.incident_id].append(
            ClaimShown(
                claim=claim,
                document=document,
                quote=quote,
                source_label=labels.get(claim.source_id) if claim.source_id else None,
            )
        )
    return dict(shown)


def evidence_shown(*, user: Any, incident_ids: list[int]) -> dict[int, list[Evidence]]:
    """The evidence of the incidents ``incident_ids``, by incident, newest first; empty
    without the evidence permission (a report viewer never sees evidence)."""
    if not _has(user, EVIDENCE_PERMISSION) or not incident_ids:
        return {}
    grouped: dict[int, list[Evidence]] = defaultdict(list)
    evidence = selectors.evidence_list(user=user).filter(incident_id__in=incident_ids)
    for item in evidence.order_by("-created_at", "-id"):
        assert item.incident_id is not None  # noqa: S101 - filtered above
        grouped[item.incident_id].append(item)
    return dict(grouped)


def evidence_names_visible(user: Any) -> bool:
    """Uploaded file names are sealed (they may name someone): shown only to users who see
    real names."""
    return identity_visible(user)


# -- involvements ----------------------------------------------------------------------------


@dataclass(frozen=True)
class InvolvementShown:
    involvement: Involvement
    person_name: str
    #: The involvement's own start date, else its incident's: what orders a timeline.
    when: date | None


def _involvements_shown(user: Any, involvements: QuerySet[Involvement]) -> list[InvolvementShown]:
    rows = list(
        involvements.select_related("person", "incident", "incident__facility")
        .annotate(when=Coalesce("date_start", "incident__date_start"))
        .order_by(F("when").asc(nulls_last=True), "incident__identifier", "role", "id")
    )
    names = person_names(user=user, persons=[row.person for row in rows])
    return [
        InvolvementShown(involvement=row, person_name=names[row.person_id], when=row.when)
        for row in rows
    ]


def incident_involvements(*, user: Any, incident: Incident) -> list[InvolvementShown]:
    """The people in ``incident`` the user may see, in date order; empty without the
    involvement and person permissions (a report viewer sees no one)."""
    if not (_has(user, INVOLVEMENTS_PERMISSION) and _has(user, "records.view_person")):
        return []
    return _involvements_shown(
        user, selectors.involvement_list(user=user).filter(incident=incident)
    )


def person_timeline(*, user: Any, person: Person) -> list[InvolvementShown]:
    """A person's involvements in the incidents the user may see, oldest first, undated last:
    victim → recruited → deployed → killed / missing / returned, read down the page. Empty
    for a role that may not open involvements."""
    if not _has(user, INVOLVEMENTS_PERMISSION):
        return []
    return _involvements_shown(user, selectors.involvement_list(user=user).filter(person=person))


# -- facilities: the timeline and its counts, aggregated in the database ---------------------

#: Review states shown on a facility's timeline unless the page asks otherwise: a rejected
#: proposal is not an incident.
TIMELINE_REVIEW_STATES = (ReviewState.PROPOSED, ReviewState.ACCEPTED)


#: The columns a timeline row shows: the sort reads these, not the sealed ones.
TIMELINE_COLUMNS = (
    "identifier",
    "date_start",
    "date_precision",
    "review_state",
    "coercion",
    "victim_count_low",
    "victim_count_high",
    "victim_status",
)


def facility_incidents(
    *, user: Any, facility: Facility, review_states: tuple[str, ...] = TIMELINE_REVIEW_STATES
) -> QuerySet[Incident]:
    """The incidents at ``facility`` the user may see, newest first, undated last, with the
    columns a timeline shows. The caller paginates; nothing sealed is loaded."""
    return (
        selectors.incident_list(user=user)
        .filter(facility=facility, review_state__in=review_states)
        .only(*TIMELINE_COLUMNS)
        .order_by(F("date_start").desc(nulls_last=True), "-id")
    )


@dataclass(frozen=True)
class MonthCount:
    month: date | None  # the first of the month; None for incidents without a date
    count: int
    first_page: int  # the timeline page its first incident is on


@dataclass(frozen=True)
class TimelineSummary:
    total: int
    months: list[MonthCount]  # newest first, undated last: the timeline's order
    coercion: dict[str, int]  # incidents naming each coercion type

    def count_of(self, month: date | None) -> int:
        return next((m.count for m in self.months if m.month == month), 0)


def _coercion_text(incidents: QuerySet[Incident]) -> QuerySet[Incident]:
    return incidents.annotate(coercion_text=Cast("coercion", TextField()))


def _coercion_count(value: str) -> Count:
    """Incidents naming coercion type ``value``. ``coercion`` is a JSON list of a fixed
    vocabulary; its text holds each value in double quotes, and no quoted value is part of
    another, so a substring test counts exactly, on SQLite and on PostgreSQL alike."""
    return Count("pk", filter=Q(coercion_text__contains=f'"{value}"'))


def incidents_with_coercion(incidents: QuerySet[Incident], value: str) -> QuerySet[Incident]:
    """``incidents`` narrowed to those naming the coercion type ``value``."""
    return _coercion_text(incidents).filter(Q(coercion_text__contains=f'"{value}"'))


def timeline_summary(*, incidents: QuerySet[Incident], per_page: int) -> TimelineSummary:
    """Counts per month and per coercion type of ``incidents`` (a queryset the selectors
    narrowed, e.g. ``facility_incidents``), and the page each month starts on, in one grouped
    query: the database reads the rows once, Python adds up a few dozen groups.

    The month is the first seven characters of the ISO date ("2023-04"): plain SQL on both
    databases, where SQLite's date truncation would call into Python once per row.
    """
    grouped = (
        _coercion_text(incidents.order_by())
        .annotate(month_key=Substr(Cast("date_start", CharField()), 1, 7))
        .values("month_key")
        .annotate(count=Count("pk"), **{v: _coercion_count(v) for v in Coercion.values})
    )
    rows = sorted(grouped, key=lambda row: row["month_key"] or "", reverse=True)
    rows.sort(key=lambda row: row["month_key"] is None)  # undated last, as on the timeline
    months, before = [], 0
    for row in rows:
        key = row["month_key"]
        month = date(int(key[:4]), int(key[5:7]), 1) if key else None
        months.append(MonthCount(month, row["count"], before // per_page + 1))
        before += row["count"]
    coercion = {value: sum(row[value] for row in rows) for value in Coercion.values}
    return TimelineSummary(total=before, months=months, coercion=coercion)


def incident_counts_by(
    *, user: Any, field: str, keys: list[int], incidents: QuerySet[Incident] | None = None
) -> dict[int, int]:
    """Visible incidents per value of ``field`` (a foreign key's column, or a reverse
    relation's) among ``keys``: the counts of one list page, in one grouped query."""
    if not keys:
        return {}
    base = incidents if incidents is not None else selectors.incident_list(user=user)
    grouped = (
        base.filter(**{f"{field}__in": keys})
        .order_by()
        .values(field)
        .annotate(count=Count("pk", distinct=True))
    )
    return {row[field]: row["count"] for row in grouped}


def person_involvement_counts(*, user: Any, person_ids: list[int]) -> dict[int, int]:
    """Visible involvements per person, for one page of the people list."""
    if not person_ids or not _has(user, INVOLVEMENTS_PERMISSION):
        return {}
    grouped = (
        selectors.involvement_list(user=user)
        .filter(person_id__in=person_ids)
        .order_by()
        .values("person_id")
        .annotate(count=Count("pk"))
    )
    return {row["person_id"]: row["count"] for row in grouped}


def source_claim_counts(*, user: Any, source_ids: list[int]) -> dict[int, int]:
    """Visible claims per source, for one page of the sources list."""
    if not source_ids or not _has(user, CLAIMS_PERMISSION):
        return {}
    grouped = (
        selectors.claim_list(user=user)
        .filter(source_id__in=source_ids)
        .order_by()
        .values("source_id")
        .annotate(count=Count("pk"))
    )
    return {row["source_id"]: row["count"] for row in grouped}


def case_persons(*, user: Any, case: Any) -> list[Person]:
    """The case's subjects the user may see (a person also in a hidden case is left out);
    none for a role that may not open people."""
    if not _has(user, "records.view_person"):
        return []
    return list(selectors.person_list(user=user).filter(cases=case).order_by("identifier"))


def case_incidents(*, user: Any, case: Any) -> QuerySet[Incident]:
    """The case's incidents the user may see, newest first."""
    return (
        selectors.incident_list(user=user)
        .filter(cases=case)
        .select_related("facility")
        .order_by(F("date_start").desc(nulls_last=True), "-id")
    )
