"""Real identities are shown only with access.view_identity; everyone else sees labels and
redacted text. All people and texts are fictional (tests/access/helpers.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.access import roles
from recruitwatch.access.identity import (
    WITHHELD,
    identity_visible,
    person_display_name,
    redactor_for,
    source_display_name,
)
from recruitwatch.access.services import identity_grant, identity_revoke, role_assign
from tests.access import helpers
from tests.access.helpers import world_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return world_build()


@pytest.mark.parametrize(
    ("who", "sees_identity"),
    [
        (roles.ADMIN, True),
        (roles.EDITOR, False),
        (roles.REVIEWER, False),
        (roles.VIEWER, False),
        (roles.REPORT_VIEWER, False),
        ("member", False),
        ("no role", False),
    ],
)
def test_person_and_source_display_follow_the_identity_permission(world, who, sees_identity):
    user = world.users[who]
    person = person_display_name(user=user, person=world.open_person)
    source = source_display_name(user=user, source=world.restricted_source)
    if sees_identity:
        assert (person, source) == (helpers.OPEN_PERSON_NAME, helpers.RESTRICTED_SOURCE_NAME)
    else:
        assert (person, source) == (
            helpers.OPEN_PERSON_PSEUDONYM,
            helpers.RESTRICTED_SOURCE_LABEL,
        )


def test_identity_grant_and_revoke_for_one_user(world):
    viewer = world.users[roles.VIEWER]
    identity_grant(user=viewer)
    viewer = type(viewer).objects.get(pk=viewer.pk)  # fresh permission cache
    assert person_display_name(user=viewer, person=world.open_person) == helpers.OPEN_PERSON_NAME
    identity_revoke(user=viewer)
    viewer = type(viewer).objects.get(pk=viewer.pk)
    assert not identity_visible(viewer)


def test_report_viewer_never_sees_identities_even_when_granted(world):
    report_viewer = world.users[roles.REPORT_VIEWER]
    identity_grant(user=report_viewer)
    role_assign(user=report_viewer, role=roles.EDITOR)
    report_viewer = type(report_viewer).objects.get(pk=report_viewer.pk)
    assert report_viewer.has_perm(roles.VIEW_IDENTITY)
    assert not identity_visible(report_viewer)
    assert (
        person_display_name(user=report_viewer, person=world.open_person)
        == helpers.OPEN_PERSON_PSEUDONYM
    )


def test_superuser_sees_identities(world, django_user_model):
    root = django_user_model.objects.create_superuser(username="root", password="x" * 20)
    assert person_display_name(user=root, person=world.open_person) == helpers.OPEN_PERSON_NAME


def test_person_without_pseudonym_shows_identifier(world):
    from recruitwatch.records.services.people import person_create

    person = person_create(name="Timur Fictionov")
    shown = person_display_name(user=world.users[roles.VIEWER], person=person)
    assert shown == person.identifier


def test_redactor_replaces_names_aliases_and_source_names(world):
    redacted = redactor_for(user=world.users[roles.VIEWER]).redact(helpers.OPEN_TEXT)
    assert helpers.OPEN_PERSON_NAME not in redacted
    assert helpers.OPEN_PERSON_ALIAS not in redacted
    assert helpers.OPEN_PERSON_PSEUDONYM in redacted
    # The subject of a case the viewer may not see: not even the pseudonym is shown.
    assert helpers.RESTRICTED_PERSON_NAME not in redacted
    assert WITHHELD in redacted
    testimony = redactor_for(user=world.users[roles.VIEWER]).redact(helpers.RESTRICTED_TEXT)
    assert helpers.RESTRICTED_SOURCE_NAME not in testimony
    assert helpers.RESTRICTED_SOURCE_LABEL in testimony


def test_redactor_shows_member_the_pseudonym_of_their_restricted_case(world):
    redacted = redactor_for(user=world.users["member"]).redact(helpers.OPEN_TEXT)
    assert helpers.RESTRICTED_PERSON_PSEUDONYM in redacted
    assert WITHHELD not in redacted


def test_redactor_changes_nothing_for_identity_holders(world):
    admin = world.users[roles.ADMIN]
    assert redactor_for(user=admin).redact(helpers.OPEN_TEXT) == helpers.OPEN_TEXT


_SEPARATOR = st.sampled_from([" ", "\n", ", ", ". ", " (", "«", "—"])
_FILLER = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


def test_redacted_text_never_contains_a_known_name(world):
    redactor = redactor_for(user=world.users[roles.VIEWER])
    names = (helpers.OPEN_PERSON_NAME, helpers.OPEN_PERSON_ALIAS, helpers.RESTRICTED_PERSON_NAME)

    @given(
        before=_FILLER,
        left=_SEPARATOR,
        name=st.sampled_from(names),
        case=st.sampled_from([str, str.upper, str.lower]),
        right=_SEPARATOR,
        after=_FILLER,
    )
    def check(before, left, name, case, right, after):
        redacted = redactor.redact(before + left + case(name) + right + after)
        assert name.casefold() not in redacted.casefold()[len(before) : -len(after) or None]

    check()
