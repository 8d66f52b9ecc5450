"""The search page through the Django test client. Records and users are fictional."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from recruitwatch.access import roles
from recruitwatch.search.services import search_reindex
from tests.access.helpers import (
    OPEN_PERSON_NAME,
    OPEN_PERSON_PSEUDONYM,
    sign_in,
    user_with_role,
    world_build,
)
from tests.search.helpers import document_add, facility_add, incident_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    sign_in(client, user_with_role("search-page-editor", roles.EDITOR))
    return client


def _text(response) -> str:
    return response.content.decode()


def test_page_shows_the_three_groups_with_marked_excerpts(editor_client):
    facility = facility_add()
    incident = incident_add(
        "Вымышленный случай: заключённых колонии склоняли к контракту.",
        facility=facility,
        region="RU-VLA",
    )
    document = document_add("Вымышленный отчёт о колонии и контрактах.", language="ru")
    response = editor_client.get("/search/", {"q": "колония"})
    assert response.status_code == 200
    page = _text(response)
    assert incident.identifier in page
    assert document.identifier in page
    assert "<mark>колонии</mark>" in page
    assert 'id="people"' in page  # the group is there, empty
    assert "No person matches." in page


def test_facet_links_narrow_and_clear(editor_client):
    incident_add("Fictional colony case one.", region="RU-VLA")
    rostov = incident_add("Fictional colony case two.", region="RU-ROS")
    page = _text(editor_client.get("/search/", {"q": "colony"}))
    link = re.search(r'href="(\?[^"]*region=RU-ROS[^"]*)"', page)
    assert link is not None
    narrowed = _text(editor_client.get("/search/" + link.group(1).replace("&amp;", "&")))
    assert rostov.identifier in narrowed
    assert "Fictional colony case one" not in narrowed
    assert 'aria-current="true"' in narrowed  # the chosen value, whose link clears it


def test_an_invalid_filter_is_reported_and_ignored(editor_client):
    incident = incident_add("Fictional colony case.")
    response = editor_client.get("/search/", {"q": "colony", "review_state": "approved"})
    assert response.status_code == 200
    assert "review_state" in _text(response)
    assert incident.identifier in _text(response)


def test_queries_do_not_grow_with_the_results(editor_client):
    """One page costs the same number of queries for 2 results as for 14."""

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get("/search/", {"q": "colony"}).status_code == 200
        return len(captured)

    for n in range(2):
        incident_add(f"Fictional colony incident {n}.", region="RU-VLA")
        document_add(f"Fictional colony document {n}.")
    few = queries()
    for n in range(2, 14):
        incident_add(f"Fictional colony incident {n}.", region="RU-ROS")
        document_add(f"Fictional colony document {n}.")
    assert queries() == few


@pytest.fixture
def world():
    built = world_build()
    search_reindex()
    return built


def test_excerpts_hide_names_from_readers_without_identity_access(client, world):
    sign_in(client, world.users[roles.VIEWER])
    page = _text(client.get("/search/", {"q": "stopped police"}))
    assert world.open_document.identifier in page
    assert "<mark>stopped</mark>" in page
    assert OPEN_PERSON_PSEUDONYM in page
    for word in OPEN_PERSON_NAME.split():
        assert word not in page
    assert "Ravshanbek" not in page


def test_people_show_display_names_and_need_identity_for_real_names(client, world):
    sign_in(client, world.users[roles.ADMIN])
    surname = OPEN_PERSON_NAME.split()[-1]
    page = _text(client.get("/search/", {"q": surname}))
    assert world.open_person.identifier in page
    assert OPEN_PERSON_NAME in page
    client.logout()
    sign_in(client, world.users[roles.VIEWER])
    page = _text(client.get("/search/", {"q": surname}))
    assert world.open_person.identifier not in page
    page = _text(client.get("/search/", {"q": OPEN_PERSON_PSEUDONYM}))
    assert world.open_person.identifier in page
    assert OPEN_PERSON_NAME not in page


def test_restricted_records_are_not_shown_or_counted(client, world):
    sign_in(client, world.users[roles.VIEWER])
    page = _text(client.get("/search/", {"q": "fictional"}))
    assert world.open_incident.identifier in page
    assert world.restricted_incident.identifier not in page
    assert world.restricted_document.identifier not in page
    assert world.restricted_person.identifier not in page
    assert re.search(r'id="incidents">\s*<h2>[^<]*<span class="count">1</span>', page)


def test_roles_without_the_permission_are_refused(client, world):
    sign_in(client, world.users["no role"])
    assert client.get("/search/", {"q": "fictional"}).status_code == 403
    client.logout()
    sign_in(client, world.users[roles.REPORT_VIEWER])
    page = _text(client.get("/search/", {"q": "fictional"}))
    assert 'id="documents"' in page
    assert 'id="people"' not in page


def test_the_page_exports_the_current_search(editor_client):
    """The export links carry the query and filters: the file holds what the page lists."""
    vladimir = incident_add("Fictional colony case in Vladimir.", region="RU-VLA")
    rostov = incident_add("Fictional colony case in Rostov.", region="RU-ROS")
    page = _text(editor_client.get("/search/", {"q": "colony", "region": "RU-VLA"}))
    link = re.search(r'href="(/dashboard/export\.csv\?[^"]*)"', page)
    assert link is not None
    assert "region=RU-VLA" in link.group(1)
    assert "q=colony" in link.group(1)
    exported = editor_client.get(link.group(1).replace("&amp;", "&"))
    assert exported.status_code == 200
    body = b"".join(exported.streaming_content if exported.streaming else [exported.content])
    assert vladimir.identifier.encode() in body
    assert rostov.identifier.encode() not in body
