"""Reads of API tokens (never the tokens themselves: only their hashes are stored)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from recruitwatch.api.models import APIToken


def api_token_list(*, user: Any | None = None) -> QuerySet[APIToken]:
    """Every token, or ``user``'s, oldest first (for the command line: administrators)."""
    tokens = APIToken.objects.select_related("user")
    return tokens.filter(user=user) if user is not None else tokens
