"""A record's history as its page shows it, in the reader's language.

The audit log stays as written — English field names and notes, the same for every reader
and every export, so that its hash chain means one thing. Only the page translates: field
names become the labels the forms use, actions their names, and the notes the software
writes (review decisions, merges, verification changes, grades) are recognised by their
form and put in the reader's language. A note of another form (typed by an administrator,
or written by an older version) is shown as written, marked as English for screen readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from recruitwatch.audit.models import AuditAction, AuditEntry
from recruitwatch.records.choices import VerificationState

ACTION_LABELS: dict[str, Promise] = {
    AuditAction.CREATE: _("created"),
    AuditAction.UPDATE: _("changed"),
    AuditAction.DELETE: _("deleted"),
    AuditAction.EXPORT: _("exported"),
    AuditAction.VIEW: _("viewed"),
    AuditAction.RESTORE: _("restored"),
    AuditAction.ROTATE: _("keys rotated"),
}

# Every field of the record models a history can name (records.models), as the forms label
# them. A field missing here is shown by its name: tests/records/test_history_display.py
# checks that none is missing.
FIELD_LABELS: dict[str, Promise] = {
    "aliases": _("aliases"),
    "assignee": _("assignee"),
    "birth_date": _("date of birth"),
    "canonical_name": _("name"),
    "channel": _("channel"),
    "claims": _("claims"),
    "closed_at": _("closed"),
    "coercion": _("coercion"),
    "contact": _("contact"),
    "country": _("country"),
    "created_at": _("created"),
    "created_by": _("created by"),
    "credibility": _("credibility"),
    "data_key": _("encryption key"),
    "date_end": _("end date"),
    "date_precision": _("date precision"),
    "date_start": _("start date"),
    "description": _("description"),
    "document": _("document"),
    "facility": _("facility"),
    "facility_type": _("facility type"),
    "file_key": _("file key"),
    "identifier": _("identifier"),
    "incident": _("incident"),
    "incidents": _("incidents"),
    "ingested_by": _("ingested by"),
    "kind": _("kind"),
    "label": _("label"),
    "language": _("language"),
    "location_as_written": _("place as written"),
    "media_type": _("file type"),
    "modality": _("modality"),
    "name": _("name"),
    "name_index": _("name index"),
    "name_is_pseudonym": _("name is a pseudonym"),
    "nationalities": _("nationalities"),
    "note": _("note"),
    "notes": _("notes"),
    "number": _("number"),
    "organization": _("organisation"),
    "origin": _("origin"),
    "original_name": _("file name"),
    "perpetrator_labels": _("perpetrators"),
    "perpetrator_organizations": _("perpetrator organisations"),
    "person": _("person"),
    "persons": _("people"),
    "pseudonym": _("pseudonym"),
    "published": _("published"),
    "reader": _("reader"),
    "region": _("region"),
    "reliability": _("reliability"),
    "retells": _("retells"),
    "review_state": _("review"),
    "role": _("role"),
    "settlement": _("settlement"),
    "sha256": _("SHA-256"),
    "size_bytes": _("size"),
    "source": _("source"),
    "source_role": _("source's role"),
    "span_end": _("quote end"),
    "span_start": _("quote start"),
    "status": _("status"),
    "status_after": _("status after"),
    "summary": _("summary"),
    "text": _("text"),
    "title": _("title"),
    "updated_at": _("updated"),
    "uploaded_by": _("uploaded by"),
    "verification_state": _("verification"),
    "version": _("version"),
    "victim_count_high": _("victims (highest count)"),
    "victim_count_low": _("victims (lowest count)"),
    "victim_description": _("victims"),
    "victim_nationalities": _("victims' nationalities"),
    "victim_status": _("victims' status"),
}


def _state(value: str) -> str:
    return str(VerificationState(value).label) if value in VerificationState.values else value


_NOTES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^review: accepted$"), lambda m: gettext("review: accepted")),
    (re.compile(r"^review: edited$"), lambda m: gettext("review: edited")),
    (
        re.compile(r"^review: rejected; reason sha256 (\w+)$"),
        lambda m: gettext("review: rejected; reason SHA-256 %(digest)s") % {"digest": m[1]},
    ),
    (
        re.compile(r"^(?:review: )?merged (\S+) into (\S+)$"),
        lambda m: gettext("%(absorbed)s merged into %(kept)s") % {"absorbed": m[1], "kept": m[2]},
    ),
    (
        re.compile(
            r"^verification (\w+) -> (\w+), (\d+) independent source\(s\); "
            r"(\S+) reason sha256 (\w+)$"
        ),
        lambda m: (
            gettext(
                "verification %(before)s → %(after)s, independent sources: %(count)s; "
                "%(change)s, reason SHA-256 %(digest)s"
            )
            % {
                "before": _state(m[1]),
                "after": _state(m[2]),
                "count": m[3],
                "change": m[4],
                "digest": m[5],
            }
        ),
    ),
    (
        re.compile(r"^graded (\w)(\d)$"),
        lambda m: gettext("graded %(grade)s") % {"grade": m[1] + m[2]},
    ),
    (re.compile(r"^told by the caller$"), lambda m: gettext("told by the caller")),
    (re.compile(r"^caller recorded at intake$"), lambda m: gettext("caller recorded at intake")),
    (re.compile(r"^admin$"), lambda m: gettext("in the administration pages")),
]


@dataclass(frozen=True)
class HistoryRow:
    """One change as the page shows it."""

    created_at: datetime
    actor: Any
    action: str
    fields: list[str]
    note: str
    note_language: str  # "en" when the note is shown as written, "" when translated


def note_shown(detail: str) -> tuple[str, str]:
    """An audit note in the reader's language, and "en" when it could not be translated."""
    if not detail:
        return "", ""
    for pattern, translate in _NOTES:
        found = pattern.match(detail)
        if found is not None:
            return translate(found), ""
    return detail, "en"


def history_rows(entries: list[AuditEntry]) -> list[HistoryRow]:
    rows = []
    for entry in entries:
        note, language = note_shown(str(entry.detail or ""))
        rows.append(
            HistoryRow(
                created_at=entry.created_at,
                actor=entry.actor,
                action=str(ACTION_LABELS.get(entry.action, entry.action)),
                fields=[str(FIELD_LABELS.get(name, name)) for name in entry.fields or []],
                note=note,
                note_language=language,
            )
        )
    return rows
