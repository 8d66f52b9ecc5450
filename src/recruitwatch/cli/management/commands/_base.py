"""What every RecruitWatch command shares: known failures become one line, not a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

from recruitwatch.protection import ProtectionError


def require_initialised() -> None:
    """Refuse to run against a data directory that `recruitwatch init` has not prepared."""
    database = settings.DATABASES["default"]
    is_sqlite = str(database["ENGINE"]).endswith("sqlite3")
    if is_sqlite and not Path(str(database["NAME"])).exists():
        raise CommandError(
            f"no database in {settings.DATA_DIR}; run `recruitwatch init` first "
            "(or set RECRUITWATCH_DATA_DIR)"
        )
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        raise CommandError(f"cannot open the database: {exc}") from None
    if pending:
        raise CommandError("the database needs migrating; run `recruitwatch init`")


class RecruitwatchCommand(BaseCommand):
    #: Whether the command needs an initialised data directory.
    needs_database = True

    def execute(self, *args: Any, **options: Any) -> Any:
        try:
            if self.needs_database:
                require_initialised()
            return super().execute(*args, **options)
        except ProtectionError as exc:
            raise CommandError(str(exc)) from None
