"""Point 3, through the pages: password → second step (verify or forced enrolment) → case data;
which pages a half-signed-in session may reach; resets by an administrator.

Users and secrets are fictional.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pyotp
import pytest
from django.urls import reverse

from recruitwatch.web import two_factor
from recruitwatch.web.models import BackupCode, TOTPDevice
from tests.web.helpers import device_confirmed_create, sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "fictional-harbour-lantern-9"


@pytest.fixture
def reviewer(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="reviewer-fictional", password=PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="view_document"))
    return user


def _log_in(client, username="reviewer-fictional"):
    response = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def _path(response):
    return urlsplit(response["Location"]).path


def test_login_flow_forced_enrolment_then_backup_codes(client, reviewer):
    _log_in(client)
    response = client.get(reverse("documents"))
    assert response.status_code == 302
    assert _path(response) == reverse("two_factor_enrol")

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert page["Cache-Control"] == "no-store"
    body = page.content.decode()
    secret = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', body).group(1).replace(" ", "")
    assert re.search(r'id="totp-uri">otpauth://totp/RecruitWatch:reviewer-fictional\?', body)

    wrong = client.post(reverse("two_factor_enrol"), {"code": "000000"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    assert client.get(reverse("documents")).status_code == 302  # still not through

    done = client.post(
        reverse("two_factor_enrol"), {"code": pyotp.TOTP(secret).now(), "next": "/documents/"}
    )
    assert done.status_code == 200
    assert done["Cache-Control"] == "no-store"
    codes = re.findall(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>", done.content.decode())
    assert len(codes) == 10
    assert 'href="/documents/"' in done.content.decode()
    assert client.get(reverse("documents")).status_code == 200

    # Shown once: the page does not exist to show them again, only to make new ones.
    status = client.get(reverse("two_factor_backup_codes")).content.decode()
    assert "10 unused backup codes" in status
    assert codes[0] not in status


def test_login_flow_verify_with_totp_then_no_replay(client, reviewer):
    device = device_confirmed_create(reviewer)
    _log_in(client)
    response = client.get(reverse("documents"))
    assert response["Location"] == reverse("two_factor_verify") + "?next=%2Fdocuments%2F"
    code = pyotp.TOTP(device.secret).now()
    passed = client.post(reverse("two_factor_verify"), {"code": code, "next": "/documents/"})
    assert passed.status_code == 302
    assert passed["Location"] == "/documents/"
    assert client.get(reverse("documents")).status_code == 200

    client.post(reverse("logout"))
    _log_in(client)
    replayed = client.post(reverse("two_factor_verify"), {"code": code})
    assert replayed.status_code == 200
    assert "not valid, or it was already used" in replayed.content.decode()
    assert client.get(reverse("documents")).status_code == 302


def test_login_flow_backup_code_once(client, reviewer):
    device_confirmed_create(reviewer)
    codes = two_factor.backup_codes_replace(user=reviewer)
    _log_in(client)
    passed = client.post(reverse("two_factor_verify"), {"code": codes[0]})
    assert passed.status_code == 302
    assert client.get(reverse("documents")).status_code == 200
    client.post(reverse("logout"))
    _log_in(client)
    again = client.post(reverse("two_factor_verify"), {"code": codes[0]})
    assert again.status_code == 200
    assert BackupCode.objects.filter(user=reviewer, used_at__isnull=False).count() == 1


def test_login_flow_verify_refuses_a_foreign_next(client, reviewer):
    device = device_confirmed_create(reviewer)
    _log_in(client)
    passed = client.post(
        reverse("two_factor_verify"),
        {"code": pyotp.TOTP(device.secret).now(), "next": "https://attacker.example/"},
    )
    assert passed["Location"] == reverse("documents")


def test_login_flow_second_step_blocked_after_five_wrong_codes(client, reviewer):
    device = device_confirmed_create(reviewer)
    _log_in(client)
    for _ in range(5):
        client.post(reverse("two_factor_verify"), {"code": "000000"})
    blocked = client.post(reverse("two_factor_verify"), {"code": pyotp.TOTP(device.secret).now()})
    assert blocked.status_code == 429
    assert "Too many wrong codes" in blocked.content.decode()
    assert client.get(reverse("documents")).status_code == 302


def test_login_flow_session_key_changes_when_the_second_step_passes(client, reviewer):
    device = device_confirmed_create(reviewer)
    _log_in(client)
    before = client.cookies["sessionid"].value
    client.post(reverse("two_factor_verify"), {"code": pyotp.TOTP(device.secret).now()})
    assert client.cookies["sessionid"].value != before


@pytest.mark.parametrize("has_device", [True, False])
def test_login_flow_unverified_session_reaches_only_exempt_pages(client, reviewer, has_device):
    if has_device:
        device_confirmed_create(reviewer)
    _log_in(client)
    step = reverse("two_factor_verify" if has_device else "two_factor_enrol")
    for url in (reverse("documents"), reverse("home"), "/admin/", reverse("two_factor_reset")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert _path(response) == step, url
    assert client.get(step).status_code == 200
    assert client.get(reverse("login")).status_code == 200
    # Changing the password needs the second step once an authenticator exists, so that a
    # stolen password cannot be used to lock its owner out; before enrolment it is open.
    password_page = client.get(reverse("password_change"))
    assert password_page.status_code == (302 if has_device else 200)
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("documents"))["Location"].startswith(reverse("login"))


def test_login_flow_static_files_exempt(client, reviewer):
    _log_in(client)
    response = client.get("/static/recruitwatch/base.css")
    assert response.status_code == 200


def test_login_flow_one_time_password_then_enrolment(client, django_user_model):
    from recruitwatch.web.accounts import admin_create

    _, one_time = admin_create(username="admin-fictional")
    client.post(reverse("login"), {"username": "admin-fictional", "password": one_time})
    assert client.get(reverse("documents"))["Location"] == reverse("password_change")
    new = "fictional-new-passphrase-77"
    client.post(
        reverse("password_change"),
        {"old_password": one_time, "new_password1": new, "new_password2": new},
    )
    assert _path(client.get(reverse("documents"))) == reverse("two_factor_enrol")


def test_login_flow_one_time_password_for_an_enrolled_user_asks_second_step_first(client, reviewer):
    from recruitwatch.web.accounts import password_reset_one_time

    device_confirmed_create(reviewer)
    one_time = password_reset_one_time(user=reviewer)
    client.post(reverse("login"), {"username": "reviewer-fictional", "password": one_time})
    response = client.get(reverse("password_change"))
    assert _path(response) == reverse("two_factor_verify")


def test_login_flow_enrolment_page_cannot_replace_a_confirmed_device(client, reviewer):
    device = device_confirmed_create(reviewer)
    _log_in(client)
    response = client.get(reverse("two_factor_enrol"))
    assert _path(response) == reverse("two_factor_verify")
    device.refresh_from_db()
    assert device.confirmed


def test_login_flow_reset_sends_verified_sessions_back_to_enrolment(client, reviewer):
    sign_in(client, reviewer)
    assert client.get(reverse("documents")).status_code == 200
    two_factor.two_factor_reset(user=reviewer)
    response = client.get(reverse("documents"))
    assert _path(response) == reverse("two_factor_enrol")


def test_login_flow_admin_resets_another_users_two_factor(client, reviewer, django_user_model):
    device_confirmed_create(reviewer)
    admin = django_user_model.objects.create_superuser(
        username="admin-fictional", password=PASSWORD
    )
    sign_in(client, admin)
    page = client.get(reverse("two_factor_reset"))
    assert page.status_code == 200
    unknown = client.post(
        reverse("two_factor_reset"), {"username": "nobody-fictional", "confirm": "on"}
    )
    assert "There is no user with that username" in unknown.content.decode()
    done = client.post(
        reverse("two_factor_reset"), {"username": "reviewer-fictional", "confirm": "on"}
    )
    assert done.status_code == 302
    assert not TOTPDevice.objects.filter(user=reviewer).exists()


def test_login_flow_reset_refused_to_non_administrators(client, reviewer, django_user_model):
    other = django_user_model.objects.create_user(username="other-fictional", password=PASSWORD)
    device_confirmed_create(other)
    sign_in(client, reviewer)
    assert client.get(reverse("two_factor_reset")).status_code == 403
    response = client.post(
        reverse("two_factor_reset"), {"username": "other-fictional", "confirm": "on"}
    )
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=other).exists()


def test_login_flow_backup_codes_can_be_renewed(client, reviewer):
    device_confirmed_create(reviewer)
    old = two_factor.backup_codes_replace(user=reviewer)
    sign_in(client, reviewer)
    page = client.post(reverse("two_factor_backup_codes"))
    new = re.findall(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>", page.content.decode())
    assert len(new) == 10
    assert not set(new) & set(old)
