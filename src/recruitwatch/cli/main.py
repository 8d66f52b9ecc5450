"""Entry point of the `recruitwatch` command."""

from __future__ import annotations

import os
import signal
import sys

COMMANDS = (
    ("init", "create the data directory, database, keyring and first administrator"),
    ("ingest PATH…", "read reports (files and folders) into the case database"),
    ("documents list", "list ingested documents"),
    ("export --format json|csv", "export the case records (redacted by default)"),
    ("resolve FILE", "resolve place and facility mentions to ISO codes and facility keys"),
    ("link FILE", "group person mentions (JSON Lines) into persons, with reasons"),
    ("serve", "run the web app (http://127.0.0.1:8000 by default)"),
    ("backup --output FILE", "write an encrypted archive of the whole deployment"),
    ("restore FILE", "check an archive, then restore it (--verify-only: check only)"),
    ("keys status|rotate|reindex", "show and rotate the keys; passphrase set|remove"),
    ("search_reindex", "rebuild the search index (after an upgrade or a restore)"),
    ("fingerprints_rebuild", "recompute copy signatures of an earlier version (ingest does too)"),
    ("api_token create|list|revoke USER", "REST API tokens: create (shown once), list, revoke"),
    ("audit verify|checkpoint", "check the audit log; write a signed checkpoint"),
)

USAGE = (
    "usage: recruitwatch COMMAND [options]\n\ncommands:\n"
    + "\n".join(f"  {name:<26}{what}" for name, what in COMMANDS)
    + (
        "\n\n`recruitwatch COMMAND --help` explains one command. Django's own commands (migrate, "
        "createsuperuser, check, …) work too.\nThe data directory is $RECRUITWATCH_DATA_DIR; "
        "PostgreSQL is chosen with $RECRUITWATCH_DATABASE_URL."
    )
)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return
    if args[0] in {"--version", "version"}:
        from recruitwatch import __version__

        print(f"recruitwatch {__version__}")
        return
    # Everything this process creates — database, WAL, logs, evidence, exports — is private
    # to the user running it.
    os.umask(0o077)
    if hasattr(signal, "SIGPIPE"):
        # `recruitwatch extract … | head` ends quietly, as other command-line tools do.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruitwatch.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["recruitwatch", *args])


if __name__ == "__main__":
    main()
