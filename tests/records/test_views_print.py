"""Printable views of incidents, people and cases: an A4 page with the record identifier, the
claims with their quotes and sources, the evidence hashes and a signature block, and no
navigation. Printing goes through the selectors, so it is refused and audited like a view.

The world (tests/access/helpers.py) and the files here are fictional.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.audit.models import AuditEntry
from recruitwatch.records.services.evidence import evidence_store
from tests.access import helpers
from tests.access.helpers import sign_in, world_build

pytestmark = pytest.mark.django_db

SCAN = b"Fictional scan of a signed contract, for tests.\n"


@pytest.fixture
def world():
    built = world_build()
    evidence_store(
        data=SCAN, media_type="text/plain", original_name="scan.txt", incident=built.open_incident
    )
    return built


def _print(client, world, route, record, who=roles.VIEWER, status=200):
    sign_in(client, world.users[who])
    response = client.get(reverse(route, args=[getattr(world, record).identifier]))
    assert response.status_code == status
    return response.content.decode()


@pytest.mark.parametrize(
    ("route", "record"),
    [
        ("incident_print", "open_incident"),
        ("person_print", "open_person"),
        ("case_print", "open_case"),
    ],
)
def test_print_view_has_identifier_claims_hashes_and_no_navigation(client, world, route, record):
    body = _print(client, world, route, record)
    identifier = getattr(world, record).identifier
    assert f'<h1 class="ident">{identifier}</h1>' in body
    assert hashlib.sha256(SCAN).hexdigest() in body  # the evidence hash, whole
    assert "Fictional Outlet" in body  # a claim's source label
    assert '<blockquote class="quote">Fictional </blockquote>' in body  # its quote (0–10)
    assert "Signature" in body
    assert "Relationship to the person" in body
    assert "<nav" not in body
    assert "records/print.css" in body
    assert "recruitwatch/base.css" not in body


def test_print_view_shows_the_date_of_printing(client, world):
    body = _print(client, world, "incident_print", "open_incident")
    assert "Printed " in body
    assert "by viewer" in body


def test_print_stylesheet_sets_a4_pages_and_hides_the_toolbar():
    css = Path(finders.find("records/print.css")).read_text(encoding="utf-8")
    assert "@page { size: A4;" in css
    assert "margin:" in css.split("@page", 1)[1].split("}", 1)[0]
    assert ".screen-only { display: none; }" in css


def test_printed_person_shows_the_pseudonym_unless_identity_is_open(client, world):
    viewer = _print(client, world, "person_print", "open_person")
    assert helpers.OPEN_PERSON_PSEUDONYM in viewer
    assert helpers.OPEN_PERSON_NAME not in viewer
    admin = _print(client, world, "person_print", "open_person", who=roles.ADMIN)
    assert helpers.OPEN_PERSON_NAME in admin


def test_printing_is_an_audited_view(client, world):
    _print(client, world, "case_print", "open_case")
    entry = AuditEntry.objects.order_by("-sequence").first()
    assert (entry.action, entry.object_identifier, entry.actor) == (
        "view",
        world.open_case.identifier,
        "viewer",
    )


def test_printing_a_restricted_record_is_refused_like_viewing_it(client, world):
    _print(client, world, "incident_print", "restricted_incident", status=404)
    _print(client, world, "person_print", "restricted_person", who=roles.EDITOR, status=404)
    _print(client, world, "case_print", "restricted_case", who="member")


def test_report_viewer_prints_no_evidence_and_no_people(client, world):
    body = _print(client, world, "incident_print", "open_incident", who=roles.REPORT_VIEWER)
    assert hashlib.sha256(SCAN).hexdigest() not in body
    assert helpers.OPEN_PERSON_PSEUDONYM not in body
    assert world.open_incident.identifier in body
