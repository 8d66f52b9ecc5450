"""Bearer-token authentication of the API: ``Authorization: Bearer rw_…``.

The token's user is the request's user: every endpoint then reads through the same
selectors as the pages (permission, case restriction, identity redaction). Sessions are not
accepted (no cookie is read), so the API needs no CSRF token and a browser's session never
opens it. A missing, unknown or revoked token is a 401.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from recruitwatch.api.services import api_token_user


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = api_token_user(token=token)
        if user is None:
            return None
        request.user = user
        return user
