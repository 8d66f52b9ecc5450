"""What the API's token services refuse; each message names the input at fault (a username
or a token's name, never a token)."""

from __future__ import annotations


class ApiError(Exception):
    """Base of the API's errors: the CLI prints one line."""


class TokenNameTaken(ApiError):
    def __init__(self, username: str, name: str) -> None:
        super().__init__(f"{username} already has a token named {name!r}; choose another name")


class TokenNotFound(ApiError):
    def __init__(self, username: str, name: str) -> None:
        super().__init__(f"{username} has no active token named {name!r}")
