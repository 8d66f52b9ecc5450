"""Document pages show protected names only to users with access.view_identity.
The people and texts are fictional (tests/access/helpers.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.access.identity import NOT_LOADED, WITHHELD, documents_for_display
from recruitwatch.records.models import Document
from tests.access import helpers
from tests.access.helpers import sign_in, world_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return world_build()


def _page(client, user, url):
    sign_in(client, user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_viewer_reads_the_document_with_names_replaced(client, world):
    url = reverse("document_detail", args=[world.open_document.identifier])
    body = _page(client, world.users[roles.VIEWER], url)
    assert helpers.OPEN_PERSON_NAME not in body
    assert helpers.OPEN_PERSON_ALIAS not in body
    assert helpers.RESTRICTED_PERSON_NAME not in body
    assert helpers.OPEN_PERSON_PSEUDONYM in body
    assert WITHHELD in body
    assert "taken to an enlistment office" in body  # the rest of the text is intact


def test_admin_reads_the_document_as_written(client, world):
    url = reverse("document_detail", args=[world.open_document.identifier])
    body = _page(client, world.users[roles.ADMIN], url)
    assert helpers.OPEN_PERSON_NAME in body
    assert helpers.RESTRICTED_PERSON_NAME in body
    assert WITHHELD not in body


def test_document_list_titles_are_redacted_for_viewers(client, world):
    viewer_page = _page(client, world.users[roles.VIEWER], reverse("documents"))
    assert helpers.OPEN_PERSON_NAME not in viewer_page
    assert f"{helpers.OPEN_PERSON_PSEUDONYM} stopped" in viewer_page
    # The restricted testimony is not listed for a non-member at all.
    assert world.restricted_document.identifier not in viewer_page
    admin_page = _page(client, world.users[roles.ADMIN], reverse("documents"))
    assert f"{helpers.OPEN_PERSON_NAME} stopped" in admin_page
    assert world.restricted_document.identifier in admin_page


def test_report_viewer_reads_redacted_text(client, world):
    url = reverse("document_detail", args=[world.open_document.identifier])
    body = _page(client, world.users[roles.REPORT_VIEWER], url)
    assert helpers.OPEN_PERSON_NAME not in body
    assert helpers.OPEN_PERSON_PSEUDONYM in body


def test_showing_a_document_leaves_the_record_unchanged(client, world):
    url = reverse("document_detail", args=[world.open_document.identifier])
    _page(client, world.users[roles.VIEWER], url)
    stored = Document.objects.get(pk=world.open_document.pk)
    assert stored.text == helpers.OPEN_TEXT


def test_display_copy_refuses_to_be_saved_or_to_load_hidden_text(world):
    viewer = world.users[roles.VIEWER]
    [shown] = documents_for_display(user=viewer, documents=[world.open_document])
    with pytest.raises(RuntimeError, match="never saved"):
        shown.save()
    deferred = Document.objects.defer("text").get(pk=world.open_document.pk)
    [listed] = documents_for_display(user=viewer, documents=[deferred])
    assert helpers.OPEN_PERSON_NAME not in listed.title
    assert listed.text == NOT_LOADED  # never the stored text, unredacted
    with pytest.raises(RuntimeError, match="never saved or reloaded"):
        listed.refresh_from_db()
