"""Point 5: the Content-Security-Policy header, and templates that need no inline script or
style (which the policy would block anyway: a template that needs them is broken)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.web.helpers import sign_in

SRC = Path(__file__).resolve().parents[2] / "src" / "recruitwatch"
TEMPLATES = sorted(path for path in SRC.glob("**/templates/**/*.html"))

EXPECTED_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE | re.DOTALL)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE | re.DOTALL)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""=\s*["']?\s*javascript:""", re.IGNORECASE)


def _policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    parts = (part.strip().split(None, 1) for part in header.split(";") if part.strip())
    return {name: value for name, value in parts}


def inline_code_problems(text: str) -> list[str]:
    """What in ``text`` needs inline script or style."""
    problems = [
        f"inline <script{attrs}>"
        for attrs in SCRIPT_TAG.findall(text)
        if not re.search(r"\ssrc\s*=", attrs)
    ]
    problems += [f"event handler: {m.group(0)[:60]}" for m in EVENT_HANDLER.finditer(text)]
    problems += [f"style attribute: {m.group(0)[:60]}" for m in STYLE_ATTRIBUTE.finditer(text)]
    problems += ["<style> element" for _ in STYLE_ELEMENT.finditer(text)]
    problems += ["javascript: URL" for _ in JAVASCRIPT_URL.finditer(text)]
    return problems


@pytest.mark.parametrize(
    "snippet",
    [
        "<script>alert(1)</script>",
        '<button onclick="go()">',
        '<div\n  style="color: red">',
        "<style>p { color: red }</style>",
        '<a href="javascript:void(0)">',
    ],
)
def test_csp_scanner_finds_inline_code(snippet):
    assert inline_code_problems(snippet)


@pytest.mark.parametrize(
    "snippet",
    ['<script src="/static/a.js"></script>', '<p class="onward">', '<input name="style">'],
)
def test_csp_scanner_passes_clean_markup(snippet):
    assert inline_code_problems(snippet) == []


def test_csp_templates_found():
    names = {path.name for path in TEMPLATES}
    assert {"base.html", "login.html", "two_factor_enrol.html", "document_list.html"} <= names


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(SRC)))
def test_csp_templates_have_no_inline_script_or_style(template):
    assert inline_code_problems(template.read_text(encoding="utf-8")) == []


@pytest.mark.django_db
def test_csp_header_on_anonymous_pages(client):
    assert _policy(client.get(reverse("login"))) == EXPECTED_POLICY


@pytest.mark.django_db
def test_csp_header_on_signed_in_pages(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="reviewer-fictional", password="fictional-harbour-lantern-9"
    )
    sign_in(client, user)
    assert _policy(client.get(reverse("two_factor_backup_codes"))) == EXPECTED_POLICY
