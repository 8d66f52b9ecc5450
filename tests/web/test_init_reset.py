"""`recruitwatch init --reset-admin` also resets the administrator's two-factor, so the demo
can enrol again. (In tests/web, beside the other two-factor tests, since tests/cli/test_cli.py
belongs to the CLI work; it runs the real command through call_command.)"""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from recruitwatch.web import two_factor
from recruitwatch.web.accounts import admin_create
from recruitwatch.web.models import BackupCode, TOTPDevice
from tests.web.helpers import device_confirmed_create

pytestmark = pytest.mark.django_db


def test_init_reset_admin_resets_password_and_two_factor(client):
    admin, _ = admin_create(username="admin-fictional")
    device_confirmed_create(admin)
    two_factor.backup_codes_replace(user=admin)
    out = io.StringIO()
    call_command("init", "--no-input", "--reset-admin", stdout=out)
    assert not TOTPDevice.objects.filter(user=admin).exists()
    assert not BackupCode.objects.filter(user=admin).exists()
    password = re.search(r"one-time password: (\S+)", out.getvalue()).group(1)
    assert "two-factor" in out.getvalue()
    client.post(reverse("login"), {"username": "admin-fictional", "password": password})
    assert client.get(reverse("documents"))["Location"] == reverse("password_change")
