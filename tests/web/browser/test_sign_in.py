"""The browser can sign in through both steps and reach the documents. Fictional user."""

from __future__ import annotations

import pytest

from tests.web.browser.conftest import browser_sign_in, browser_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_in_with_password_and_authenticator_code_reaches_the_documents(page):
    _user, secret = browser_user("fictional-browser-editor")
    browser_sign_in(page, "fictional-browser-editor", secret)
    page.goto("/documents/")
    assert page.locator("h1").first.inner_text().strip() != ""
    assert "/login/" not in page.url
    assert page.locator("text=fictional-browser-editor").count() >= 1
