"""Fixtures of the web tests. Users are fictional."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.web.helpers import sign_in


@pytest.fixture
def signed_in_client(client: Client) -> Callable[[Any], Client]:
    """``signed_in_client(user)``: the test client, logged in as ``user`` past the second step."""

    def sign(user: Any) -> Client:
        return sign_in(client, user)

    return sign
