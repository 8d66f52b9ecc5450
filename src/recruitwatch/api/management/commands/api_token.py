"""`recruitwatch api_token create|list|revoke USER`: tokens of the REST API.

The token is printed once, on creation, and never stored: only its SHA-256 is kept. Creation
and revocation are audited under the operating-system account running the command.
"""

from __future__ import annotations

import getpass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from recruitwatch.api.errors import ApiError
from recruitwatch.api.selectors import api_token_list
from recruitwatch.api.services import api_token_create, api_token_revoke
from recruitwatch.cli.management.commands._base import RecruitwatchCommand


def _actor() -> str:
    """Who ran the command, for the audit log: the operating-system account."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no account name in this environment (e.g. a container)
        return "cli"


def _user(username: str) -> Any:
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise CommandError(f"no user named {username!r}") from None


class Command(RecruitwatchCommand):
    help = (
        "Create, list or revoke REST API tokens. A token acts as its user: the API shows "
        "what that user's role and case memberships allow."
    )

    def add_arguments(self, parser: Any) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="create a token and print it (once)")
        create.add_argument("user", help="the username the token acts as")
        create.add_argument("--name", required=True, help="what the token is for")
        listing = actions.add_parser("list", help="list tokens (never the tokens themselves)")
        listing.add_argument("user", nargs="?", help="only this user's tokens")
        revoke = actions.add_parser("revoke", help="revoke a token: it stops working at once")
        revoke.add_argument("user")
        revoke.add_argument("--name", required=True, help="the token's name")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "create":
                _, token = api_token_create(
                    user=_user(options["user"]), name=options["name"], actor=_actor()
                )
                self.stdout.write(token)
                self.stderr.write(
                    "this token is shown once: store it now (it cannot be shown again)"
                )
            elif options["action"] == "revoke":
                api_token_revoke(user=_user(options["user"]), name=options["name"], actor=_actor())
                self.stdout.write(f"revoked {options['user']}'s token {options['name']!r}")
            else:
                self._list(options["user"])
        except ApiError as exc:
            raise CommandError(str(exc)) from None

    def _list(self, username: str | None) -> None:
        tokens = api_token_list(user=_user(username) if username else None)
        for token in tokens:
            used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
            state = "revoked" if token.revoked else "active"
            self.stdout.write(
                f"{token.user.get_username()}\t{token.name}\t{token.prefix}…\t{state}\t"
                f"created {token.created_at:%Y-%m-%d}\tlast used {used}"
            )
