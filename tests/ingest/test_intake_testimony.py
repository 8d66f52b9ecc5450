"""Intake of a testimony taken by phone or in person (issue 5, point 2).

Every caller, contact, person and event here is fictional, invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.urls import NoReverseMatch, reverse

from recruitwatch.access import roles
from recruitwatch.ingest import intake, intake_header
from recruitwatch.ingest.intake import IntakeError
from recruitwatch.ingest.intake_header import Consent, TakenBy
from recruitwatch.records.models import Claim, Document, Incident, Source
from tests.linking.fixtures import user_with_role
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db

# Imported as a module: pytest would collect intake's testimony_* functions as tests.

# Fictional caller, contact and prisoner.
CALLER = "Zulfiya Fictionova"
CONTACT = "+7 900 555-01-99, Signal @zulfiya_fictional"
PRISONER = "Farrukh Tojiev"
ACCOUNT_EN = (
    "My son Farrukh Tojiev is held in penal colony IK-6 in the Vladimir region. In February "
    "2024 officers told him to sign a contract with the Ministry of Defence or face a new "
    "criminal case. He signed and was sent to the front."
)
ACCOUNT_RU = (
    "Мой сын Фаррух Тоджиев отбывает срок в исправительной колонии ИК-6 во Владимирской "
    "области. В феврале 2024 года сотрудники заставили его подписать контракт с Минобороны, "
    "угрожая новым уголовным делом."
)
NOTHING_TO_EXTRACT = "The caller asked how to send a parcel and will call again next week."


def _testimony(**changes) -> intake_header.Testimony:
    fields = {
        "taken_by": TakenBy.PHONE,
        "taken_on": date(2024, 3, 5),
        "caller_kind": "relative",
        "caller_name": CALLER,
        "relationship": "mother",
        "caller_contact": CONTACT,
        "person_concerned": PRISONER,
        "facility_as_told": "IK-6",
        "region": "RU-VLA",
        "what_happened": ACCOUNT_EN,
        "consent": Consent.SHARE_ANONYMISED,
    }
    fields.update(changes)
    return intake_header.Testimony(**fields)


def _form(**changes) -> dict[str, str]:
    data = {
        "taken_by": "phone",
        "taken_on": "2024-03-05",
        "caller_kind": "relative",
        "caller_name": CALLER,
        "relationship": "mother",
        "caller_contact": CONTACT,
        "person_concerned": PRISONER,
        "facility_as_told": "IK-6",
        "region": "RU-VLA",
        "what_happened": ACCOUNT_EN,
        "consent": "share_anonymised",
    }
    data.update(changes)
    return data


@pytest.fixture
def editor():
    return user_with_role("intake_editor", roles.EDITOR)


def test_testimony_intake_stores_a_testimony_document_with_its_caller(editor):
    result = intake.testimony_intake(testimony=_testimony(), user=editor)
    document = Document.objects.get(pk=result.document.pk)
    assert result.created
    assert document.channel == "testimony"
    assert document.language == "en"
    assert document.reader == "intake"
    assert document.published == date(2024, 3, 5)
    assert document.ingested_by == editor
    assert document.text.startswith("Testimony taken by phone.\nCaller: relative (mother).\n")
    assert "Consent to share: may be shared without names." in document.text
    assert "Region: Vladimir region." in document.text
    assert document.text.endswith(ACCOUNT_EN)
    # The caller is a sealed source; nothing of the caller's identity is in the document.
    source = Source.objects.get(pk=document.source_id)
    assert (source.kind, source.name, source.contact) == ("relative", CALLER, CONTACT)
    assert CALLER not in source.label
    assert "share_anonymised" in source.notes
    assert "mother" in source.notes
    assert CALLER not in document.text
    assert "555-01-99" not in document.text


def test_testimony_intake_proposes_incidents_told_by_the_caller(editor):
    result = intake.testimony_intake(testimony=_testimony(), user=editor)
    assert result.proposed
    incident = Incident.objects.get(identifier=result.proposed[0])
    assert incident.review_state == "proposed"
    assert incident.facility is not None
    assert incident.facility.canonical_name == "IK-6"
    assert incident.region == "RU-VLA"
    assert (incident.date_start, incident.date_precision) == (date(2024, 2, 1), "month")
    claims = Claim.objects.filter(document=result.document)
    assert claims.exists()
    assert {claim.source_id for claim in claims} == {result.source.pk}
    assert {claim.source_role for claim in claims} == {"relative"}


def test_testimony_intake_russian_account_gets_a_russian_header(editor):
    result = intake.testimony_intake(testimony=_testimony(what_happened=ACCOUNT_RU), user=editor)
    document = Document.objects.get(pk=result.document.pk)
    assert document.language == "ru"
    assert document.text.startswith("Показания приняты по телефону.\nКто обратился: родственник")
    assert "Регион: Владимирская область." in document.text
    assert "Согласие на передачу: можно передавать без имён." in document.text
    assert document.title.startswith("Показания по телефону")
    assert result.proposed
    incident = Incident.objects.get(identifier=result.proposed[0])
    assert incident.region == "RU-VLA"


def test_testimony_header_leaves_out_what_was_not_said():
    header = intake_header.testimony_header(
        _testimony(relationship="", person_concerned="", facility_as_told="", region=""),
        language="en",
    )
    assert header.splitlines() == [
        "Testimony taken by phone.",
        "Caller: relative.",
        "Consent to share: may be shared without names.",
    ]


def test_testimony_intake_same_submission_twice_stores_once(editor):
    first = intake.testimony_intake(testimony=_testimony(), user=editor)
    second = intake.testimony_intake(testimony=_testimony(), user=editor)
    assert not second.created
    assert second.document.pk == first.document.pk
    assert second.proposed == first.proposed
    assert Document.objects.count() == 1
    assert Source.objects.filter(kind="relative").count() == 1


def test_testimony_intake_another_caller_with_the_same_words_is_another_document(editor):
    intake.testimony_intake(testimony=_testimony(), user=editor)
    other = intake.testimony_intake(
        testimony=_testimony(caller_name="Malika Fictionova", caller_contact=""), user=editor
    )
    assert other.created
    assert Document.objects.count() == 2


def test_testimony_intake_raw_database_holds_no_plain_caller_or_contact(editor):
    intake.testimony_intake(testimony=_testimony(), user=editor)
    secrets = (CALLER, "Fictionova", "555-01-99", "zulfiya_fictional", PRISONER, "Tojiev")
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from introspection
            for row in cursor.fetchall():
                flattened = " ".join(str(value) for value in row)
                found += [(table, secret) for secret in secrets if secret in flattened]
    assert not found


def test_testimony_intake_refuses_a_user_without_the_permission():
    reviewer = user_with_role("intake_reviewer", roles.REVIEWER)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        intake.testimony_intake(testimony=_testimony(), user=reviewer)
    assert not Document.objects.exists()


def test_testimony_intake_refuses_an_unknown_consent(editor):
    with pytest.raises(IntakeError):
        intake.testimony_intake(testimony=_testimony(consent="whatever"), user=editor)
    assert not Document.objects.exists()


def _review_or_document_url(incident: str | None, document: str) -> str:
    if incident is not None:
        try:
            return reverse("review_incident", args=[incident])
        except NoReverseMatch:
            pass
    return reverse("document_detail", args=[document])


def test_intake_view_records_and_opens_the_review_of_the_first_proposal(client, editor):
    sign_in(client, editor)
    response = client.post(reverse("intake"), _form())
    document = Document.objects.get()
    first = Claim.objects.filter(document=document).order_by("incident_id").first()
    assert first is not None
    assert response.status_code == 302
    assert response["Location"] == _review_or_document_url(
        first.incident.identifier, document.identifier
    )


def test_intake_view_without_a_proposal_opens_the_document_with_a_message(client, editor):
    sign_in(client, editor)
    response = client.post(reverse("intake"), _form(what_happened=NOTHING_TO_EXTRACT), follow=False)
    document = Document.objects.get()
    assert not Claim.objects.filter(document=document).exists()
    assert response["Location"] == reverse("document_detail", args=[document.identifier])
    page = client.get(response["Location"])
    assert "no incident was recognised" in page.content.decode()


def test_intake_view_shows_errors_and_stores_nothing_on_bad_input(client, editor):
    sign_in(client, editor)
    response = client.post(
        reverse("intake"),
        _form(what_happened="too short", consent="", taken_on="2999-01-01", region="XX-YY"),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="errorlist') >= 4
    assert "The date taken cannot be in the future." in page
    assert "Select a valid choice" in page  # the unknown region
    assert not Document.objects.exists()
    assert not Source.objects.exists()
    # What was typed stays in the form (the caseworker does not retype the call).
    assert "too short" in page


def test_intake_view_form_is_offered_to_editors_only(client, editor):
    sign_in(client, editor)
    page = client.get(reverse("intake"))
    assert page.status_code == 200
    assert 'name="caller_contact"' in page.content.decode()
    for role in (roles.REVIEWER, roles.VIEWER, roles.REPORT_VIEWER):
        other = user_with_role(f"intake_{role.replace(' ', '_')}", role)
        sign_in(client, other)
        assert client.get(reverse("intake")).status_code == 403
        assert client.post(reverse("intake"), _form()).status_code == 403
    assert not Document.objects.exists()


def test_intake_view_logs_no_caller_contact_or_account(client, editor, caplog):
    sign_in(client, editor)
    with caplog.at_level("DEBUG"):
        client.post(reverse("intake"), _form())
        client.post(reverse("intake"), _form(what_happened="short"))
    logged = caplog.text
    for secret in (CALLER, "555-01-99", PRISONER, "Ministry of Defence or face"):
        assert secret not in logged
