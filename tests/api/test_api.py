"""The REST API: bearer tokens (hashed, revocable), the same permissions, restriction and
identity redaction as the pages, and an OpenAPI schema. Users and records are fictional
(tests/access/helpers.py)."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.management import call_command
from django.test import Client

from recruitwatch.access import roles
from recruitwatch.api.models import APIToken
from recruitwatch.api.services import api_token_create, api_token_revoke
from recruitwatch.audit.models import AuditEntry
from recruitwatch.cli.management.commands import _base as command_base
from tests.access.helpers import (
    OPEN_PERSON_NAME,
    OPEN_PERSON_PSEUDONYM,
    World,
    sign_in,
    world_build,
)

pytestmark = pytest.mark.django_db

ENDPOINTS = (
    "/api/documents",
    "/api/documents/{document_identifier}",
    "/api/incidents",
    "/api/incidents/{incident_identifier}",
    "/api/search",
)


@pytest.fixture
def world() -> World:
    return world_build()


def _token(world: World, who: str) -> str:
    _, token = api_token_create(user=world.users[who], name="fictional test token")
    return token


def _get(path: str, token: str | None = None, **params: str):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return Client().get(path, params, headers=headers)


def test_api_without_a_token_is_401(world):
    assert _get("/api/incidents").status_code == 401
    assert _get("/api/incidents", "rw_not-a-real-token").status_code == 401
    assert _get(f"/api/incidents/{world.open_incident.identifier}").status_code == 401


def test_api_with_a_valid_token_is_200_and_revoked_is_401(world):
    token = _token(world, roles.VIEWER)
    response = _get("/api/incidents", token)
    assert response.status_code == 200
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]
    )
    api_token_revoke(user=world.users[roles.VIEWER], name="fictional test token")
    assert _get("/api/incidents", token).status_code == 401


def test_api_token_of_an_inactive_user_is_401(world):
    token = _token(world, roles.VIEWER)
    world.users[roles.VIEWER].is_active = False
    world.users[roles.VIEWER].save()
    assert _get("/api/incidents", token).status_code == 401


def test_api_token_is_stored_only_as_its_hash(world):
    token = _token(world, roles.VIEWER)
    record = APIToken.objects.get()
    assert record.token_hash == hashlib.sha256(token.encode()).hexdigest()
    stored = " ".join(str(value) for value in APIToken.objects.values().get().values())
    assert token not in stored
    assert token[8:] not in stored  # only the marker and a few characters are kept in clear
    entry = AuditEntry.objects.filter(object_type="api.APIToken").get()
    assert token not in f"{entry.detail} {entry.fields}"


def test_api_session_without_a_token_is_401(world):
    client = Client()
    sign_in(client, world.users[roles.ADMIN])
    assert client.get("/api/incidents").status_code == 401


def test_api_applies_the_role_permission(world):
    assert _get("/api/incidents", _token(world, "no role")).status_code == 403
    report_viewer = _token(world, roles.REPORT_VIEWER)
    assert _get("/api/incidents", report_viewer).status_code == 200
    incident = _get(f"/api/incidents/{world.open_incident.identifier}", report_viewer).json()
    # A report viewer may not open sources: claims come without them.
    assert [claim["source"] for claim in incident["claims"]] == [None]


def test_api_applies_case_restriction(world):
    viewer, member = _token(world, roles.VIEWER), _token(world, "member")
    restricted = world.restricted_incident.identifier
    assert _get(f"/api/incidents/{restricted}", viewer).status_code == 404
    assert _get(f"/api/incidents/{restricted}", member).status_code == 200
    listed = {item["identifier"] for item in _get("/api/incidents", viewer).json()["items"]}
    assert listed == {world.open_incident.identifier}
    document = world.restricted_document.identifier
    assert _get(f"/api/documents/{document}", viewer).status_code == 404
    assert _get(f"/api/documents/{document}", member).status_code == 200


def test_api_redacts_identities_as_the_pages_do(world):
    path = f"/api/documents/{world.open_document.identifier}"
    redacted = _get(path, _token(world, roles.VIEWER)).json()
    assert OPEN_PERSON_NAME not in redacted["text"]
    assert OPEN_PERSON_PSEUDONYM in redacted["text"]
    assert OPEN_PERSON_NAME in _get(path, _token(world, roles.ADMIN)).json()["text"]


def test_api_incident_detail_lists_its_claims_and_is_audited(world):
    token = _token(world, roles.VIEWER)
    identifier = world.open_incident.identifier
    response = _get(f"/api/incidents/{identifier}", token)
    assert response.status_code == 200
    [claim] = response.json()["claims"]
    assert claim["document"] == world.open_document.identifier
    assert claim["source"] == {
        "identifier": world.open_source.identifier,
        "label": "Fictional Outlet",
    }
    assert claim["quote"] == "Fictional "
    assert AuditEntry.objects.filter(action="view", object_identifier=identifier).exists()


def test_api_incident_filters_and_search(world):
    token = _token(world, roles.ADMIN)
    assert _get("/api/incidents", token, review_state="accepted").json()["count"] == 0
    assert _get("/api/incidents", token, review_state="proposed").json()["count"] == 2
    assert _get("/api/incidents", token, review_state="nonsense").status_code == 422
    found = _get("/api/search", token, q="").json()
    assert found["incidents"]["count"] == 2
    assert found["documents"] is None  # no query: no document search


def test_api_openapi_schema_lists_the_endpoints_for_signed_in_users(world):
    client = Client()
    assert client.get("/api/openapi.json").status_code == 302  # to the login page
    sign_in(client, world.users[roles.VIEWER])
    schema = client.get("/api/openapi.json").json()
    assert set(ENDPOINTS) <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["TokenAuth"]["scheme"] == "bearer"
    assert client.get("/api/docs").status_code == 404  # no docs page: it would need a CDN


def test_api_token_command_creates_lists_and_revokes(world, monkeypatch):
    # The test database is not a file in a data directory: skip only that check.
    monkeypatch.setattr(command_base, "require_initialised", lambda: None)
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "api_token", "create", "viewer", "--name", "fictional report", stdout=out, stderr=err
    )
    token = out.getvalue().strip()
    assert token.startswith("rw_")
    assert "shown once" in err.getvalue()
    assert _get("/api/incidents", token).status_code == 200
    listing = io.StringIO()
    call_command("api_token", "list", "viewer", stdout=listing)
    assert "fictional report" in listing.getvalue()
    assert token not in listing.getvalue()
    call_command(
        "api_token", "revoke", "viewer", "--name", "fictional report", stdout=io.StringIO()
    )
    assert _get("/api/incidents", token).status_code == 401
