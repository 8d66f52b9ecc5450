"""A report file uploaded in the browser ("Add a report"): read, stored and proposed as
`recruitwatch ingest` would, with a clear message for a file that cannot be read. The reports
are the fictional ones of examples/ and tests/linking/fixtures.py."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.ingest.services import upload_ingest
from recruitwatch.records.models import Document, Incident
from tests.conftest import EXAMPLES
from tests.linking.fixtures import ORIGINAL, user_with_role
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db

REPORT = EXAMPLES / "01-ik-colony-news.txt"  # fictional: IK-6, Vladimir region


def _upload(name: str, data: bytes, channel: str = "news") -> dict[str, object]:
    return {"report": SimpleUploadedFile(name, data), "channel": channel}


@pytest.fixture
def editor():
    return user_with_role("fictional-upload-editor", roles.EDITOR)


def test_upload_ingest_reads_stores_and_proposes_like_the_cli(editor):
    report = upload_ingest(name=REPORT.name, data=REPORT.read_bytes(), user=editor)
    assert not report.problems
    [identifier] = report.added
    document = Document.objects.get(identifier=identifier)
    assert document.text.startswith("date ") or document.title
    assert report.proposed
    assert set(Incident.objects.values_list("review_state", flat=True)) == {"proposed"}
    again = upload_ingest(name="renamed.txt", data=REPORT.read_bytes(), user=editor)
    assert (again.added, again.already_present, again.proposed) == ([], [identifier], [])


def test_upload_ingest_refuses_an_unknown_kind_of_file_with_a_reason(editor):
    report = upload_ingest(name="photo.jpg", data=b"\xff\xd8\xff", user=editor)
    assert report.added == []
    assert "unsupported file type .jpg" in report.problems[0].message


def test_upload_page_adds_the_report_and_opens_the_review(client, editor):
    sign_in(client, editor)
    response = client.post(
        reverse("report_upload"), _upload("fictional.txt", ORIGINAL.encode("utf-8"))
    )
    incident = Incident.objects.order_by("id").first()
    assert incident is not None
    assert response.status_code == 302
    assert response["Location"] == reverse("review_incident", args=[incident.identifier])
    followed = client.get(response["Location"])
    assert "incidents proposed for review" in followed.content.decode() or (
        "incident proposed for review" in followed.content.decode()
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.docx", b"PK\x03\x04", "cannot be read (.docx)"),
        ("empty.jsonl", b"", "empty"),
        ("broken.jsonl", b"{not json\n", "line 1"),
    ],
)
def test_upload_page_says_what_is_wrong_with_a_file_and_stores_nothing(
    client, editor, name, data, message
):
    sign_in(client, editor)
    response = client.post(reverse("report_upload"), _upload(name, data))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Document.objects.count() == 0


def test_upload_page_needs_the_permission_to_add_documents(client):
    viewer = user_with_role("fictional-upload-viewer", roles.VIEWER)
    sign_in(client, viewer)
    assert client.get(reverse("report_upload")).status_code == 403
    response = client.post(reverse("report_upload"), _upload(REPORT.name, REPORT.read_bytes()))
    assert response.status_code == 403
    assert Document.objects.count() == 0


def test_upload_page_speaks_russian(client, editor):
    sign_in(client, editor)
    client.cookies["django_language"] = "ru"
    page = client.get(reverse("report_upload"), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Добавить" in page
