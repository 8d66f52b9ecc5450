"""Point 6: `recruitwatch check --deploy` is clean for a production configuration (HTTPS on,
a strong secret key), and is not for a localhost one (so the check can fail)."""

from __future__ import annotations

import secrets

import pytest

pytestmark = pytest.mark.slow


def test_deploy_check_clean_with_https_and_a_strong_key(run_cli):
    run_cli.env["RECRUITWATCH_HTTPS"] = "1"
    run_cli.env["RECRUITWATCH_SECRET_KEY"] = secrets.token_urlsafe(50)
    run_cli.env.pop("RECRUITWATCH_DEBUG", None)
    result = run_cli("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
    assert "WARNING" not in result.stderr


def test_deploy_check_warns_without_https(run_cli):
    run_cli.env.pop("RECRUITWATCH_HTTPS", None)
    run_cli.env["RECRUITWATCH_SECRET_KEY"] = secrets.token_urlsafe(50)
    result = run_cli("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W004" in result.stderr  # no HSTS
    assert "security.W012" in result.stderr  # session cookie not secure
