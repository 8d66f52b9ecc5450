"""`recruitwatch serve`: the web app under waitress, a production WSGI server.

Bound to 127.0.0.1 unless told otherwise: a caseworker's laptop should not offer case data to
the café's network by accident.
"""

from __future__ import annotations

from typing import Any

from recruitwatch.cli.management.commands._base import RecruitwatchCommand

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_THREADS = 4


class Command(RecruitwatchCommand):
    help = "Run the web app (default http://127.0.0.1:8000)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default=DEFAULT_HOST)
        parser.add_argument("--port", type=int, default=DEFAULT_PORT)
        parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)

    def handle(self, *args: Any, **options: Any) -> None:
        from waitress import serve  # type: ignore[import-untyped]

        from recruitwatch.web.wsgi import application

        host, port = options["host"], options["port"]
        if host not in {"127.0.0.1", "localhost", "::1"}:
            self.stderr.write(
                f"warning: listening on {host}: other machines can reach this server. "
                "Put it behind HTTPS and set RECRUITWATCH_HTTPS=1 and RECRUITWATCH_ALLOWED_HOSTS."
            )
        from recruitwatch.protection.fields import keyring_unlock

        keyring_unlock()  # laptop mode: ask for the passphrase once, before serving
        self.stdout.write(f"RecruitWatch at http://{host}:{port}/ (Ctrl+C to stop)")
        self.stdout.flush()
        serve(application, host=host, port=port, threads=options["threads"], ident="RecruitWatch")
