"""Exports of the current search (CSV, JSON, XLSX): the search's incidents as the user may
see them, redacted by default, audited. The records are fictional (tests/access/helpers.py
and the incident below)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.audit.models import AuditEntry
from recruitwatch.publish import search_export as search_export_module
from recruitwatch.publish.search_export import COLUMNS, spreadsheet_safe
from recruitwatch.records.models import Claim, Facility, Incident, Involvement
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.search.services import search_index_incident
from tests.access.helpers import (
    OPEN_PERSON_NAME,
    OPEN_PERSON_PSEUDONYM,
    RESTRICTED_PERSON_NAME,
    World,
    sign_in,
    world_build,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> World:
    world = world_build()
    facility = record_create(
        Facility, facility_type="penal_colony", number=6, region="RU-VLA", canonical_name="IK-6"
    )
    # A fictional accepted incident naming the open (protected) person in its summary.
    named = record_create(
        Incident,
        summary=f"Fictional: {OPEN_PERSON_NAME} was told to sign at IK-6.",
        facility=facility,
        region="RU-VLA",
        date_start=date(2023, 4, 12),
        coercion=["forced_signing"],
        review_state="accepted",
    )
    record_create(Involvement, person=world.open_person, incident=named, role="victim")
    record_create(
        Claim,
        incident=named,
        document=world.open_document,
        source=world.open_source,
        span_start=0,
        span_end=10,
    )
    search_index_incident(incident=named)
    world.named_incident = named  # type: ignore[attr-defined]
    return world


def _client(user) -> Client:
    client = Client()
    sign_in(client, user)
    return client


def _export(world: World, who: str, export_format: str, query: str = ""):
    url = reverse("search_export", args=[export_format]) + (f"?{query}" if query else "")
    return _client(world.users[who]).get(url)


def _csv_rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_search_export_csv_is_redacted_by_default(world):
    for who in (roles.ADMIN, roles.VIEWER):  # even a user who may see real names
        response = _export(world, who, "csv")
        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        text = response.content.decode("utf-8-sig")
        assert OPEN_PERSON_NAME not in text
        assert "Ravshanbek" not in text  # the alias
        [row] = [
            r for r in _csv_rows(response) if r["identifier"] == world.named_incident.identifier
        ]
        assert row["summary"] == f"Fictional: {OPEN_PERSON_PSEUDONYM} was told to sign at IK-6."
        assert row["people_names"] == OPEN_PERSON_PSEUDONYM


def test_search_export_rows_link_the_related_records(world):
    rows = json.loads(_export(world, roles.VIEWER, "json").content)["incidents"]
    [row] = [r for r in rows if r["identifier"] == world.named_incident.identifier]
    incident = world.named_incident
    assert row["url"] == f"http://testserver/incidents/{incident.identifier}/"
    assert row["facility_url"] == f"http://testserver/facilities/{incident.facility.identifier}/"
    assert row["people"] == [world.open_person.identifier]
    assert row["people_urls"] == [f"http://testserver/people/{world.open_person.identifier}/"]
    assert row["sources"] == [world.open_source.identifier]
    assert row["source_urls"] == [f"http://testserver/sources/{world.open_source.identifier}/"]
    assert row["documents"] == [world.open_document.identifier]
    assert row["coercion"] == ["forced_signing"]


def test_search_export_leaves_out_what_the_user_cannot_see(world):
    viewer = json.loads(_export(world, roles.VIEWER, "json").content)
    member = json.loads(_export(world, "member", "json").content)
    restricted = world.restricted_incident.identifier
    assert restricted not in {row["identifier"] for row in viewer["incidents"]}
    assert restricted in {row["identifier"] for row in member["incidents"]}
    assert RESTRICTED_PERSON_NAME not in json.dumps(member, ensure_ascii=False)
    # A report viewer may not open people or sources: those columns stay empty.
    report = json.loads(_export(world, roles.REPORT_VIEWER, "json").content)
    assert report["count"] == viewer["count"]
    assert all(row["people"] == [] and row["sources"] == [] for row in report["incidents"])


def test_search_export_follows_the_search_parameters(world):
    by_region = json.loads(_export(world, roles.VIEWER, "json", "region=RU-VLA").content)
    assert [row["identifier"] for row in by_region["incidents"]] == [
        world.named_incident.identifier
    ]
    assert by_region["filters"] == {"region": "RU-VLA"}
    by_text = json.loads(_export(world, roles.VIEWER, "json", "q=sign").content)
    assert world.named_incident.identifier in {row["identifier"] for row in by_text["incidents"]}
    assert _export(world, roles.VIEWER, "json", "date_from=April").status_code == 400


def test_search_export_xlsx_opens_and_holds_the_rows(world):
    response = _export(world, roles.EDITOR, "xlsx")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    rows = list(workbook["incidents"].iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    identifiers = {row[0] for row in rows[1:]}
    assert identifiers == {world.open_incident.identifier, world.named_incident.identifier}
    assert OPEN_PERSON_NAME not in repr(rows)
    about = dict(workbook["export"].iter_rows(values_only=True))
    assert about["profile"] == "redacted"


def test_search_export_unredacted_needs_identity_and_the_explicit_profile(world):
    refused = _export(world, roles.EDITOR, "csv", "profile=unredacted")
    assert refused.status_code == 403
    allowed = _export(world, roles.ADMIN, "csv", "profile=unredacted")
    assert allowed.status_code == 200
    [row] = [r for r in _csv_rows(allowed) if r["identifier"] == world.named_incident.identifier]
    assert row["people_names"] == OPEN_PERSON_NAME
    assert _export(world, roles.ADMIN, "csv", "profile=everything").status_code == 400


def test_search_export_writes_an_audit_entry_without_the_query(world):
    before = AuditEntry.objects.filter(action="export").count()
    response = _export(world, roles.VIEWER, "csv", "q=Ergashev+sign")
    assert response.status_code == 200
    entries = AuditEntry.objects.filter(action="export").order_by("sequence")
    assert entries.count() == before + 1
    entry = entries.last()
    assert entry.actor == world.users[roles.VIEWER].get_username()
    assert entry.detail.startswith("csv export of a search:")
    assert "Ergashev" not in entry.detail
    assert "redacted" in entry.detail


def test_search_export_needs_the_incident_permission(world):
    assert _export(world, "no role", "csv").status_code == 403
    assert _export(world, roles.VIEWER, "pdf").status_code == 400


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+7 900", "'+7 900"),
        ("-2", "'-2"),
        ("@SUM", "'@SUM"),
        ("IK-6", "IK-6"),
        (3, 3),
    ],
)
def test_spreadsheet_safe_never_starts_a_formula(value, expected):
    assert spreadsheet_safe(value) == expected


def test_search_export_refuses_a_search_larger_than_the_limit(world, monkeypatch):
    monkeypatch.setattr(search_export_module, "MAX_INCIDENTS", 1)
    before = AuditEntry.objects.filter(action="export").count()
    response = _export(world, roles.VIEWER, "csv")
    assert response.status_code == 400
    assert b"at most 1" in response.content
    assert AuditEntry.objects.filter(action="export").count() == before  # nothing exported
