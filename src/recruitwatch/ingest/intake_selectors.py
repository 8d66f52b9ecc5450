"""Reads for the intake pages: people who probably exist already, and the choices the forms
offer (facilities, organisations).

``person_candidates`` warns before a person is created twice. It finds candidates the way
linking does at ingest (``linking.services.people``): the typed name's phonetic blocking keys,
keyed, looked up in ``PersonKey`` — only the names of people sharing a key are opened — then
each candidate compared with the resolver's rules. Unlike linking, it keeps a namesake whose
facility or region conflicts (the resolver scores him 0: "two men named Karimov in different
colonies are two people") and says what differs: the caseworker typing "Rustam Karimov" must
see every Rustam Karimov on record, told apart by identifier, facility, region and dates, and
choose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from recruitwatch.access import visibility
from recruitwatch.access.identity import person_display_name
from recruitwatch.audit.services import audit_view
from recruitwatch.linking.models import PersonKey
from recruitwatch.linking.services.people import (
    CANDIDATE_LIMIT,
    person_blocking_key,
    person_linkable,
    person_mentions,
)
from recruitwatch.records.choices import DatePrecision
from recruitwatch.records.models import Facility, Involvement, Organization, Person
from recruitwatch.resolution.people_attributes import PersonMention, mention_prepare
from recruitwatch.resolution.people_compare import mentions_compare

# 0.75: a surname alone against a full name scores 0.78 (SURNAME_ONLY_WEIGHT), a typo in a
# full name ≈ 0.95, two different first names 0; so this keeps "Karimov" against
# "Rustam Karimov" and drops "Bakhtiyor Karimov" against "Rustam Karimov". A warning that
# shows a few too many is cheap; one that misses a namesake creates a duplicate.
CANDIDATE_NAME_MIN = 0.75
# Candidates shown per name, best first: ten namesakes must stay readable side by side.
CANDIDATES_SHOWN = 20
# Longest name the check accepts (the resolver's own limit on a mention's name).
NAME_MAX_LENGTH = 200
_VIEW_PERSON = "records.view_person"
# The resolver's conflicts (``resolution.people_compare.attributes_conflict``), for the page.
CONFLICT_LABELS = {
    "different birth years": _("different birth year"),
    "different birth months": _("different birth month"),
    "different birth dates": _("different birth date"),
    "different regions": _("different region"),
    "different facilities": _("different facility"),
    "different nationalities": _("different nationality"),
    "different patronymics": _("different patronymic"),
}


@dataclass(frozen=True)
class Involved:
    """One of a candidate's involvements, as the warning shows it."""

    incident: str  # identifier
    role: str  # display label
    when: str  # 2023-04-12, 2023-04, 2023, or "" when unknown
    facility: str  # canonical name, "" when none
    region: str  # ISO 3166-2, "" when none


@dataclass(frozen=True)
class PersonCandidate:
    """A recorded person the typed name probably is, with what tells him apart."""

    identifier: str
    display_name: str  # pseudonym unless the user may see identities
    score: float  # the resolver's score (name and agreeing attributes); 0 on a conflict
    name_score: float  # the names' similarity alone
    conflict: str  # what makes the resolver call them two people ("different facilities")
    involvements: tuple[Involved, ...] = field(default_factory=tuple)

    @property
    def conflict_label(self) -> str:
        if not self.conflict:
            return ""
        return str(CONFLICT_LABELS.get(self.conflict, _("details differ")))

    @property
    def facilities(self) -> list[str]:
        return sorted({i.facility for i in self.involvements if i.facility})

    @property
    def regions(self) -> list[str]:
        return sorted({i.region for i in self.involvements if i.region})


def _date_label(when: date | None, precision: str) -> str:
    if when is None or precision == DatePrecision.UNKNOWN:
        return ""
    pattern = {DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}.get(
        DatePrecision(precision), "%Y-%m-%d"
    )
    return when.strftime(pattern)


def _involved(involvement: Involvement) -> Involved:
    incident = involvement.incident
    if involvement.date_start is not None:
        when = _date_label(involvement.date_start, involvement.date_precision)
    else:
        when = _date_label(incident.date_start, incident.date_precision)
    facility = incident.facility
    return Involved(
        incident=incident.identifier,
        role=str(involvement.get_role_display()),
        when=when,
        facility=str(facility.canonical_name) if facility is not None else "",
        region=incident.region or (facility.region if facility is not None else ""),
    )


def person_candidates(
    *,
    name: str,
    user: Any,
    facility: Facility | None = None,
    region: str = "",
) -> list[PersonCandidate]:
    """People the user may see whose name resembles ``name``, best first, each with his
    involvements; ``facility`` and ``region`` (of the incident being entered) let the
    resolver say which of them agree. Every person returned is audited as shown to ``user``.

    Pseudonyms ("Oleg, not his real name") are never matched by name, on either side: the
    caller does not ask for them, and such people have no keys.
    """
    if not (user and user.is_authenticated and user.has_perm(_VIEW_PERSON)):
        raise PermissionDenied
    name = " ".join(name.split())
    if not name or len(name) > NAME_MAX_LENGTH:
        return []
    typed = mention_prepare(
        PersonMention(
            id="typed",
            name=name,
            facility=str(facility.canonical_name) if facility is not None else None,
            region=(region or (facility.region if facility is not None else "")) or None,
        )
    )
    keys = sorted({person_blocking_key(key) for key in typed.parsed.blocking_keys})
    if not keys:
        return []
    visible = visibility.persons_visible(user, Person.objects.all())
    candidate_ids = list(
        PersonKey.objects.filter(key__in=keys, person__in=visible)
        .values_list("person_id", flat=True)
        .distinct()
        .order_by("-person_id")[:CANDIDATE_LIMIT]
    )
    people = (
        Person.objects.filter(pk__in=candidate_ids)
        .prefetch_related("involvements__incident__facility")
        .order_by("pk")
    )
    found = []
    for person in people:
        if not person_linkable(person):
            continue
        best = None
        for mention in person_mentions(person):
            comparison = mentions_compare(typed, mention)
            if comparison.name_score < CANDIDATE_NAME_MIN:
                continue
            ranked = (comparison.score, comparison.name_score)
            if best is None or ranked > (best.score, best.name_score):
                best = comparison
        if best is None:
            continue
        found.append((person, best))
    found.sort(key=lambda pair: (-pair[1].score, -pair[1].name_score, pair[0].identifier))
    shown = []
    for person, comparison in found[:CANDIDATES_SHOWN]:
        audit_view(user, person)
        involvements = sorted(
            (_involved(i) for i in person.involvements.all()),
            key=lambda i: (i.when or "9999", i.incident),
        )
        shown.append(
            PersonCandidate(
                identifier=person.identifier,
                display_name=person_display_name(user=user, person=person),
                score=round(comparison.score, 3),
                name_score=round(comparison.name_score, 3),
                conflict=comparison.conflict or "",
                involvements=tuple(involvements),
            )
        )
    return shown


def person_chosen_get(*, user: Any, identifier: str) -> Person | None:
    """The person a caseworker chose to "use" instead of creating one, if the user may see
    him; None otherwise (unknown and hidden look the same)."""
    if not (user and user.is_authenticated and user.has_perm(_VIEW_PERSON)):
        raise PermissionDenied
    visible = visibility.persons_visible(user, Person.objects.all())
    return visible.filter(identifier=identifier).first()


def facilities_for_choice(*, user: Any) -> QuerySet[Facility]:
    """Facilities to pick from when entering an incident (facilities belong to no case)."""
    if not (user and user.is_authenticated and user.has_perm("records.view_facility")):
        return Facility.objects.none()
    return Facility.objects.order_by("canonical_name", "region", "identifier")


def organizations_for_choice(*, user: Any) -> QuerySet[Organization]:
    """Organisations that may be named as perpetrators."""
    if not (user and user.is_authenticated and user.has_perm("records.view_organization")):
        return Organization.objects.none()
    return Organization.objects.order_by("name", "identifier")
