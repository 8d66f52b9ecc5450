"""A failed request's traceback reaches the log without the exception's message, which may
quote personal data (the name here is fictional)."""

from __future__ import annotations

import logging
import sys

from recruitwatch.web.logformat import ExceptionMessageWithheldFormatter

NAME = "Fictional Zarina Withheldova"


def _formatted() -> str:
    formatter = ExceptionMessageWithheldFormatter("%(levelname)s %(name)s %(message)s")
    try:
        int(NAME)
    except ValueError:
        record = logging.LogRecord(
            "django.request",
            logging.ERROR,
            __file__,
            1,
            "Internal Server Error: %s",
            ("/documents/DOC-2026-0001/",),
            exc_info=sys.exc_info(),
        )
    return formatter.format(record)


def test_traceback_keeps_frames_and_type_but_not_the_message():
    text = _formatted()
    assert "Internal Server Error: /documents/DOC-2026-0001/" in text
    assert "_formatted" in text  # the frame where it failed
    assert "builtins.ValueError" in text
    assert "Withheldova" not in text


def test_deployment_logging_uses_the_withholding_formatter():
    from django.conf import settings

    formatter = settings.LOGGING["formatters"]["plain"]
    assert formatter["()"].endswith("ExceptionMessageWithheldFormatter")
