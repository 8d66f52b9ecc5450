"""Per-case restriction through every selector of records.selectors: a restricted case and
what hangs off it exist only for its members and administrators. Data is fictional."""

from __future__ import annotations

import inspect

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from recruitwatch.access import roles
from recruitwatch.access.errors import CaseNotRestricted
from recruitwatch.access.services import (
    case_member_add,
    case_member_remove,
    case_restrict,
    case_unrestrict,
)
from recruitwatch.records import selectors
from recruitwatch.records.models import Claim
from recruitwatch.records.services.identifiers import record_create
from tests.access.helpers import world_build

pytestmark = pytest.mark.django_db

SELECTORS = {
    name: function
    for name, function in inspect.getmembers(selectors, inspect.isfunction)
    if function.__module__ == selectors.__name__ and not name.startswith("_")
}
GETTERS = sorted(name for name in SELECTORS if name.endswith("_get"))
LISTERS = sorted(name for name in SELECTORS if name.endswith("_list"))


@pytest.fixture
def world():
    return world_build()


def _entity(selector_name: str) -> str:
    return selector_name.rsplit("_", 1)[0]


def test_every_selector_is_a_getter_or_a_lister():
    assert sorted(SELECTORS) == sorted(GETTERS + LISTERS)
    assert {_entity(name) for name in GETTERS} == {_entity(name) for name in LISTERS}


@pytest.mark.parametrize("getter", GETTERS)
def test_restricted_record_is_a_404_for_non_members(world, getter):
    identifiers = world.restricted_identifiers()
    assert _entity(getter) in identifiers, f"add a restricted {_entity(getter)} to the world"
    identifier = identifiers[_entity(getter)]
    select = SELECTORS[getter]
    for who in (roles.EDITOR, roles.REVIEWER, roles.VIEWER):
        with pytest.raises(Http404) as forbidden:
            select(user=world.users[who], identifier=identifier)
        with pytest.raises(Http404) as unknown:
            select(user=world.users[who], identifier="XXX-2099-9999")
        # Same answer, same words: nothing tells a restricted record from a missing one.
        assert str(forbidden.value) == str(unknown.value)
    for who in ("member", roles.ADMIN):
        assert select(user=world.users[who], identifier=identifier).identifier == identifier


@pytest.mark.parametrize("lister", LISTERS)
def test_restricted_record_is_left_out_of_lists(world, lister):
    identifier = world.restricted_identifiers()[_entity(lister)]
    select = SELECTORS[lister]
    for who in (roles.EDITOR, roles.REVIEWER, roles.VIEWER):
        listed = set(select(user=world.users[who]).values_list("identifier", flat=True))
        assert identifier not in listed
        assert listed, "the open records stay visible"
    for who in ("member", roles.ADMIN):
        assert identifier in set(select(user=world.users[who]).values_list("identifier", flat=True))


@pytest.mark.parametrize("name", sorted(SELECTORS))
def test_selectors_refuse_anonymous_and_role_less_users(world, name):
    from django.contrib.auth.models import AnonymousUser

    arguments = {"identifier": world.open_document.identifier} if name in GETTERS else {}
    for user in (AnonymousUser(), world.users["no role"], None):
        with pytest.raises(PermissionDenied):
            SELECTORS[name](user=user, **arguments)


@pytest.mark.parametrize(
    ("getter", "record"),
    [
        ("person_get", "open_person"),
        ("source_get", "open_source"),
        ("involvement_get", "open_involvement"),
        ("evidence_get", "loose_evidence"),
    ],
)
def test_report_viewer_cannot_open_identifying_records(world, getter, record):
    identifier = getattr(world, record).identifier
    assert SELECTORS[getter](user=world.users[roles.VIEWER], identifier=identifier)
    with pytest.raises(PermissionDenied):
        SELECTORS[getter](user=world.users[roles.REPORT_VIEWER], identifier=identifier)


def test_open_records_stay_visible_to_viewers(world):
    viewer = world.users[roles.VIEWER]
    assert selectors.case_get(user=viewer, identifier=world.open_case.identifier)
    assert selectors.incident_get(user=viewer, identifier=world.open_incident.identifier)
    assert selectors.person_get(user=viewer, identifier=world.open_person.identifier)
    assert selectors.document_get(user=viewer, identifier=world.open_document.identifier)
    # Evidence tied to no incident belongs to no case: NULL must not hide it.
    assert selectors.evidence_get(user=viewer, identifier=world.loose_evidence.identifier)


def test_a_claim_without_source_in_a_restricted_case_hides_no_other_source(world):
    record_create(
        Claim,
        incident=world.restricted_incident,
        document=world.restricted_document,
        source=None,
        span_start=0,
        span_end=5,
    )
    labels = set(
        selectors.source_list(user=world.users[roles.VIEWER]).values_list("label", flat=True)
    )
    assert labels == {"Fictional Outlet"}


def test_a_person_in_an_open_and_a_restricted_case_is_hidden(world):
    world.open_case.persons.add(world.restricted_person)
    with pytest.raises(Http404):
        selectors.person_get(
            user=world.users[roles.VIEWER], identifier=world.restricted_person.identifier
        )


def test_membership_changes_take_effect(world):
    viewer = world.users[roles.VIEWER]
    identifier = world.restricted_case.identifier
    case_member_add(case=world.restricted_case, user=viewer)
    assert selectors.case_get(user=viewer, identifier=identifier)
    case_member_remove(case=world.restricted_case, user=viewer)
    with pytest.raises(Http404):
        selectors.case_get(user=viewer, identifier=identifier)
    case_unrestrict(case=world.restricted_case)
    assert selectors.case_get(user=viewer, identifier=identifier)
    assert selectors.person_get(user=viewer, identifier=world.restricted_person.identifier)
    with pytest.raises(CaseNotRestricted, match=identifier):
        case_member_add(case=world.restricted_case, user=viewer)
    case_restrict(case=world.restricted_case)
    with pytest.raises(Http404):
        selectors.case_get(user=world.users["member"], identifier=identifier)


def test_every_record_shown_is_an_audited_view(world):
    """Who looked at whom can always be answered: each getter writes a 'view' entry naming
    the user and the record (and nothing of its protected content)."""
    from recruitwatch.audit.models import AuditEntry

    viewer = world.users[roles.VIEWER]
    shown = selectors.person_get(user=viewer, identifier=world.open_person.identifier)
    entry = AuditEntry.objects.order_by("-sequence").first()
    assert entry is not None
    assert (entry.action, entry.object_identifier, entry.actor) == (
        "view",
        shown.identifier,
        viewer.get_username(),
    )
    for getter in GETTERS:
        before = AuditEntry.objects.count()
        record = {
            "case_get": world.open_case,
            "incident_get": world.open_incident,
            "person_get": world.open_person,
            "document_get": world.open_document,
            "source_get": world.open_source,
            "involvement_get": world.open_involvement,
            "evidence_get": world.loose_evidence,
        }.get(getter)
        if record is None:
            continue
        SELECTORS[getter](user=viewer, identifier=record.identifier)
        assert AuditEntry.objects.count() == before + 1, getter
