"""The web app's first pages, through Django's test client on the suite's database."""

from __future__ import annotations

import pytest
from django.urls import reverse

from recruitwatch.ingest.services import paths_expand, paths_ingest
from recruitwatch.web.accounts import admin_create
from tests.conftest import EXAMPLES
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "fictional-correct-horse-battery"


def test_anonymous_user_is_sent_to_login(client):
    for url in (reverse("home"), reverse("documents"), "/documents/DOC-2024-0001/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    assert client.get(reverse("login")).status_code == 200


def _log_in(client, username, password):
    """The real login form (django-axes needs the request, so not client.login)."""
    response = client.post(reverse("login"), {"username": username, "password": password})
    assert response.status_code == 302, "login failed"
    return response


def test_one_time_password_must_be_changed_before_anything_else(client):
    admin, password = admin_create(username="admin")
    _log_in(client, "admin", password)
    response = client.get(reverse("documents"))
    assert response.status_code == 302
    assert response["Location"] == reverse("password_change")
    form = client.get(reverse("password_change")).content.decode()
    assert "Choose a new password" in form
    assert "one-time password" in form

    response = client.post(
        reverse("password_change"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    admin.refresh_from_db()
    assert not admin.must_change_password
    # Next comes the second factor: enrolment, since the new administrator has no app yet.
    response = client.get(reverse("documents"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_enrol"))


def test_password_change_enforces_minimum_length(client):
    _, password = admin_create(username="admin")
    _log_in(client, "admin", password)
    response = client.post(
        reverse("password_change"),
        {"old_password": password, "new_password1": "short1!", "new_password2": "short1!"},
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()


def test_document_list_and_detail_after_login(client):
    paths_ingest(list(paths_expand([EXAMPLES])))
    admin, _ = admin_create(username="admin")
    admin.must_change_password = False
    admin.save()
    sign_in(client, admin)
    page = client.get(reverse("documents"))
    assert page.status_code == 200
    body = page.content.decode()
    assert body.count('class="ident"') == 10
    assert "Krasnodar" in body or "Краснодаре" in body
    assert page["Cache-Control"] == "no-store"

    from recruitwatch.records.models import Document

    document = Document.objects.filter(language="ru").first()
    detail = client.get(reverse("document_detail", args=[document.identifier]))
    assert detail.status_code == 200
    assert document.sha256 in detail.content.decode()
    assert client.get(reverse("document_detail", args=["DOC-1999-9999"])).status_code == 404


def test_user_without_permission_is_refused(client, django_user_model):
    paths_ingest(list(paths_expand([EXAMPLES])))
    user = django_user_model.objects.create_user(username="nobody", password=NEW_PASSWORD)
    sign_in(client, user)
    assert client.get(reverse("documents")).status_code == 403


def test_production_settings_hash_passwords_with_argon2():
    from recruitwatch.web import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    assert "django.contrib.auth.middleware.LoginRequiredMiddleware" in production.MIDDLEWARE
