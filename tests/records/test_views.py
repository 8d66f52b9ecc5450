"""Record pages: incidents, people, organisations, sources and cases; who may open them, what
names they show, the quotes of claims, history and evidence upload.

The world (tests/access/helpers.py) and every name, text and file here are fictional.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.audit.models import AuditEntry
from recruitwatch.audit.services import record_update
from recruitwatch.records.models import Claim, Evidence, Incident, Involvement, Organization
from recruitwatch.records.services.identifiers import record_create
from tests.access import helpers
from tests.access.helpers import sign_in, world_build

pytestmark = pytest.mark.django_db

# A fictional scanned letter, for the uploads.
LETTER = b"Fictional letter for tests: my brother was told to sign a contract.\n"


@pytest.fixture
def world():
    return world_build()


def _client(client, world, who):
    sign_in(client, world.users[who])
    return client


def _body(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def _named_claim(world) -> Claim:
    """A claim on the open incident whose span holds a protected person's name."""
    text = str(world.open_document.text)
    start = text.index("Ravshan Ergashev")
    end = text.index("enlistment office") + len("enlistment office")
    return record_create(
        Claim,
        incident=world.open_incident,
        document=world.open_document,
        source=world.open_source,
        span_start=start,
        span_end=end,
        reliability="B",
        credibility=2,
    )


# -- who may open what ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "route",
    [
        "incident_list",
        "facility_list",
        "organization_list",
        "case_list",
        "person_list",
        "source_list",
    ],
)
def test_list_pages_render_for_a_viewer(client, world, route):
    body = _body(_client(client, world, roles.VIEWER), reverse(route))
    assert "<h1>" in body


@pytest.mark.parametrize("route", ["person_list", "source_list"])
def test_report_viewer_is_refused_people_and_sources(client, world, route):
    _body(_client(client, world, roles.REPORT_VIEWER), reverse(route), status=403)


def test_role_less_user_is_refused_every_list(client, world):
    _client(client, world, "no role")
    for route in ("incident_list", "facility_list", "organization_list", "case_list"):
        _body(client, reverse(route), status=403)


@pytest.mark.parametrize(
    ("route", "record"),
    [
        ("incident_detail", "restricted_incident"),
        ("incident_print", "restricted_incident"),
        ("person_detail", "restricted_person"),
        ("source_detail", "restricted_source"),
        ("case_detail", "restricted_case"),
        ("case_print", "restricted_case"),
    ],
)
def test_restricted_records_are_404_to_non_members_and_open_to_members(
    client, world, route, record
):
    url = reverse(route, args=[getattr(world, record).identifier])
    _body(_client(client, world, roles.EDITOR), url, status=404)
    _body(_client(client, world, "member"), url)


def test_lists_leave_out_restricted_records(client, world):
    _client(client, world, roles.VIEWER)
    assert world.restricted_incident.identifier not in _body(client, reverse("incident_list"))
    assert world.open_incident.identifier in _body(client, reverse("incident_list"))
    assert world.restricted_case.identifier not in _body(client, reverse("case_list"))
    assert world.restricted_person.identifier not in _body(client, reverse("person_list"))


def test_detail_page_writes_an_audited_view(client, world):
    _client(client, world, roles.VIEWER)
    _body(client, reverse("incident_detail", args=[world.open_incident.identifier]))
    entry = AuditEntry.objects.order_by("-sequence").first()
    assert (entry.action, entry.object_identifier, entry.actor) == (
        "view",
        world.open_incident.identifier,
        "viewer",
    )


# -- names ----------------------------------------------------------------------------------


def test_person_page_shows_the_pseudonym_to_a_viewer(client, world):
    url = reverse("person_detail", args=[world.open_person.identifier])
    body = _body(_client(client, world, roles.VIEWER), url)
    assert helpers.OPEN_PERSON_PSEUDONYM in body
    assert helpers.OPEN_PERSON_NAME not in body
    assert helpers.OPEN_PERSON_ALIAS not in body


def test_person_page_shows_the_real_name_only_with_identity_access(client, world):
    url = reverse("person_detail", args=[world.open_person.identifier])
    body = _body(_client(client, world, roles.ADMIN), url)
    assert helpers.OPEN_PERSON_NAME in body
    assert helpers.OPEN_PERSON_ALIAS in body


def test_people_list_and_incident_page_use_the_display_name(client, world):
    _client(client, world, roles.VIEWER)
    listed = _body(client, reverse("person_list"))
    incident = _body(client, reverse("incident_detail", args=[world.open_incident.identifier]))
    for body in (listed, incident):
        assert helpers.OPEN_PERSON_PSEUDONYM in body
        assert helpers.OPEN_PERSON_NAME not in body


def test_source_page_shows_its_label_not_its_name(client, world):
    url = reverse("source_detail", args=[world.restricted_source.identifier])
    member = _body(_client(client, world, "member"), url)
    assert helpers.RESTRICTED_SOURCE_LABEL in member
    assert helpers.RESTRICTED_SOURCE_NAME not in member


# -- incidents: claims, quotes, involvements, history -----------------------------------------


def test_quote_is_the_claims_span_of_the_document(client, world):
    claim = _named_claim(world)
    span = str(world.open_document.text)[claim.span_start : claim.span_end]
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    body = _body(_client(client, world, roles.ADMIN), url)
    quotes = re.findall(r'<blockquote class="quote">(.*?)</blockquote>', body, re.DOTALL)
    assert span in quotes
    assert claim.identifier in body
    assert "Fictional Outlet" in body  # the source's label
    assert reverse("document_detail", args=[world.open_document.identifier]) in body


def test_quote_is_redacted_for_users_without_identity_access(client, world):
    claim = _named_claim(world)
    span = str(world.open_document.text)[claim.span_start : claim.span_end]
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    body = _body(_client(client, world, roles.VIEWER), url)
    redacted = span.replace(helpers.OPEN_PERSON_NAME, helpers.OPEN_PERSON_PSEUDONYM).replace(
        helpers.OPEN_PERSON_ALIAS, helpers.OPEN_PERSON_PSEUDONYM
    )
    assert redacted in body
    assert helpers.OPEN_PERSON_NAME not in body


def test_report_viewer_sees_claims_but_no_people_sources_or_evidence(client, world):
    _named_claim(world)
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    body = _body(_client(client, world, roles.REPORT_VIEWER), url)
    assert "taken to an enlistment office" in body  # the quote, redacted
    assert "Fictional Outlet" not in body
    assert reverse("person_detail", args=[world.open_person.identifier]) not in body
    assert 'id="evidence"' not in body


def test_incident_page_lists_people_with_role_and_status(client, world):
    involvement = world.open_involvement
    involvement.status_after = "deployed"
    record_update(involvement, ["status_after"], actor=world.users[roles.EDITOR])
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    body = _body(_client(client, world, roles.VIEWER), url)
    assert reverse("person_detail", args=[world.open_person.identifier]) in body
    assert "Victim" in body
    assert "Deployed" in body


def test_history_lists_an_update_with_who_and_which_fields(client, world):
    incident = world.open_incident
    incident.review_state = "accepted"
    record_update(incident, ["review_state"], actor=world.users[roles.REVIEWER])
    body = _body(
        _client(client, world, roles.VIEWER),
        reverse("incident_detail", args=[incident.identifier]),
    )
    history = body.split('id="history"')[1]
    assert '<td class="fields">review</td>' in history  # review_state, as the forms name it
    assert "reviewer" in history
    assert "<td>changed</td>" in history  # an update
    assert "accepted" not in history  # field names, never values
    assert ">view<" not in history  # page views stay in the audit log


def test_why_explains_the_verification_state(client, world):
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    assert "independent source" in _body(_client(client, world, roles.VIEWER), url)


def test_incident_list_filters_and_orders_newest_first(client, world):
    accepted = record_create(Incident, summary="Fictional accepted", review_state="accepted")
    body = _body(_client(client, world, roles.VIEWER), reverse("incident_list"))
    assert body.index(accepted.identifier) < body.index(world.open_incident.identifier)
    filtered = _body(client, reverse("incident_list") + "?review_state=accepted")
    assert accepted.identifier in filtered
    assert world.open_incident.identifier not in filtered


def test_incident_list_filters_by_coercion(client, world):
    forced = record_create(Incident, coercion=["forced_signing", "physical_force"])
    record_create(Incident, coercion=["deception"])
    _client(client, world, roles.VIEWER)
    body = _body(client, reverse("incident_list") + "?coercion=forced_signing")
    assert forced.identifier in body
    assert body.count('class="ident"') == 1


def test_incident_list_pages_by_fifty(client, world):
    for number in range(55):
        record_create(Incident, summary=f"Fictional {number}")
    _client(client, world, roles.VIEWER)
    first = _body(client, reverse("incident_list"))
    second = _body(client, reverse("incident_list") + "?page=2")
    assert first.count('<td class="ident">') == 50
    assert second.count('<td class="ident">') == 6  # 55 and the world's open incident


# -- people --------------------------------------------------------------------------------


def test_person_timeline_orders_involvements_by_date(client, world):
    later = record_create(Incident, date_start=date(2023, 9, 1), date_precision="month")
    earlier = record_create(Incident, date_start=date(2023, 2, 1), date_precision="month")
    for incident, status in ((later, "killed"), (earlier, "recruited")):
        record_create(
            Involvement,
            person=world.open_person,
            incident=incident,
            role="victim",
            status_after=status,
        )
    url = reverse("person_detail", args=[world.open_person.identifier])
    body = _body(_client(client, world, roles.VIEWER), url)
    timeline = body.split('class="timeline"')[1]
    assert timeline.index(earlier.identifier) < timeline.index(later.identifier)
    assert "Recruited → Killed" in body


# -- organisations and cases ----------------------------------------------------------------


def test_organization_page_lists_its_incidents(client, world):
    organization = record_create(Organization, name="Fictional Armed Group", kind="armed_group")
    world.open_incident.perpetrator_organizations.add(organization)
    world.restricted_incident.perpetrator_organizations.add(organization)
    _client(client, world, roles.VIEWER)
    listed = _body(client, reverse("organization_list"))
    assert "Fictional Armed Group" in listed
    body = _body(client, reverse("organization_detail", args=[organization.identifier]))
    assert world.open_incident.identifier in body
    assert world.restricted_incident.identifier not in body


def test_case_page_shows_people_and_incidents(client, world):
    url = reverse("case_detail", args=[world.open_case.identifier])
    body = _body(_client(client, world, roles.VIEWER), url)
    assert "Fictional open case" in body
    assert world.open_incident.identifier in body
    assert helpers.OPEN_PERSON_PSEUDONYM in body
    assert helpers.OPEN_PERSON_NAME not in body


# -- evidence upload ---------------------------------------------------------------------------


def _upload(client, incident, data=LETTER, name="letter.txt"):
    url = reverse("incident_evidence_upload", args=[incident.identifier])
    return client.post(url, {"file": SimpleUploadedFile(name, data), "description": ""})


def test_upload_stores_the_file_and_shows_its_sha256(client, world):
    _client(client, world, roles.EDITOR)
    response = _upload(client, world.open_incident)
    assert response.status_code == 302
    digest = hashlib.sha256(LETTER).hexdigest()
    evidence = Evidence.objects.get(sha256=digest)
    assert evidence.incident == world.open_incident
    page = client.get(response["Location"]).content.decode()
    assert f"SHA-256: {digest}" in page  # the message after the upload
    assert evidence.identifier in page
    assert reverse("evidence_download", args=[evidence.identifier]) in page


def test_upload_refused_file_is_not_stored_and_says_why(client, world):
    _client(client, world, roles.EDITOR)
    response = _upload(client, world.open_incident, data=b"#!/bin/sh\necho fictional\n")
    assert response.status_code == 400
    assert "executables and scripts are not accepted" in response.content.decode()
    assert not Evidence.objects.filter(incident=world.open_incident).exists()


def test_upload_needs_the_permission_and_a_visible_incident(client, world):
    _client(client, world, roles.VIEWER)
    assert _upload(client, world.open_incident).status_code == 403
    _client(client, world, roles.EDITOR)
    assert _upload(client, world.restricted_incident).status_code == 404
    assert not Evidence.objects.filter(sha256=hashlib.sha256(LETTER).hexdigest()).exists()
    _client(client, world, roles.ADMIN)
    assert _upload(client, world.restricted_incident).status_code == 302


def test_upload_form_only_for_those_who_may_upload(client, world):
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    action = reverse("incident_evidence_upload", args=[world.open_incident.identifier])
    assert action in _body(_client(client, world, roles.EDITOR), url)
    assert action not in _body(_client(client, world, roles.VIEWER), url)


def test_upload_url_opened_with_get_changes_nothing(client, world):
    _client(client, world, roles.EDITOR)
    before = Evidence.objects.count()
    url = reverse("incident_evidence_upload", args=[world.open_incident.identifier])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("incident_detail", args=[world.open_incident.identifier])
    assert Evidence.objects.count() == before


def test_evidence_file_names_only_for_identity_access(client, world):
    _client(client, world, roles.EDITOR)
    _upload(client, world.open_incident, name="Ravshan-Ergashev-contract.txt")
    url = reverse("incident_detail", args=[world.open_incident.identifier])
    assert "Ravshan-Ergashev-contract.txt" not in _body(client, url)
    assert "Ravshan-Ergashev-contract.txt" in _body(_client(client, world, roles.ADMIN), url)


def test_person_notes_only_for_identity_access(client, world):
    person = world.open_person
    person.notes = "Fictional note: his mother calls on Tuesdays."
    record_update(person, ["notes"], actor=world.users[roles.EDITOR])
    url = reverse("person_detail", args=[person.identifier])
    assert "calls on Tuesdays" not in _body(_client(client, world, roles.VIEWER), url)
    admin = _body(_client(client, world, roles.ADMIN), url)
    assert "calls on Tuesdays" in admin
    assert "notes" in admin.split('id="history"')[1]  # the update, by field name
