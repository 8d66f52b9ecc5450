"""The reasons software writes into suggestions and conflicts, shown in the reader's language.

"same facility ИК-6 RU-VLA", "coercion in both: deception", "conflict: dates 2023-01 vs 2018
do not overlap": linking (``linking.services.incidents``, ``linking.services.suggestions``)
and verification (``verification.conflicts``) store these in English, because a suggestion,
a verification history row and an export must say the same thing to every reader, and an
audit entry's hash must mean one thing. Only the page translates: each reason is recognised
by its form and put in the reader's language, with category codes as their labels. A reason
of another form (written by an older version, or a person suggestion's, which may quote a
name) is shown as written. The producers' tests (tests/linking/test_reasons_display.py) check
that every form they write is recognised, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.translation import gettext

from recruitwatch.records.choices import Coercion
from recruitwatch.verification.conflicts import RANGE_TO, REGION_UNKNOWN

# Victim statuses a match names ("victims are prisoners in both"), one sentence each: the
# status agrees with "victims" differently in each language.
_STATUS_IN_BOTH: dict[str, Callable[[], str]] = {
    "prisoner": lambda: gettext("victims are prisoners in both"),
    "migrant": lambda: gettext("victims are migrants in both"),
    "conscript": lambda: gettext("victims are conscripts in both"),
}

_REGION = r"[A-Z]{2}-[A-Z0-9]{1,3}"
_DATE_LABEL = rf"\S+(?:{re.escape(RANGE_TO)}\S+)?"  # conflicts.date_label: a date or a range
_DATE_RANGE = re.compile(rf"^(\S+){re.escape(RANGE_TO)}(\S+)$")


def _coercion(codes: str) -> str:
    """ "deception, forced_signing" → their labels, in the reader's language."""
    return ", ".join(
        str(Coercion(code).label) if code in Coercion.values else code for code in codes.split(", ")
    )


def _facility(label: str) -> str:
    """A conflict's facility label, "ИК-6 (region unknown)" with the blank region translated."""
    unknown = gettext("region unknown")
    return label.replace(f"({REGION_UNKNOWN})", f"({unknown})")


def _date(label: str) -> str:
    """A conflict's date label: a day, month or year as written; a range put in words."""
    found = _DATE_RANGE.match(label)
    if found is None:
        return label
    return gettext("%(start)s to %(end)s") % {"start": found[1], "end": found[2]}


_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    # linking.services.incidents._place
    (
        re.compile(rf"^same facility (.+?) ((?:{_REGION})?)$"),
        lambda m: (
            gettext("same facility %(facility)s %(region)s") % {"facility": m[1], "region": m[2]}
        ).strip(),
    ),
    (
        re.compile(rf"^same region ({_REGION})$"),
        lambda m: gettext("same region %(region)s") % {"region": m[1]},
    ),
    # linking.services.incidents._dates
    (
        re.compile(r"^date unknown in one report$"),
        lambda m: gettext("date unknown in one report"),
    ),
    (
        re.compile(r"^dates overlap \((\d{4}-\d{2}) and (\d{4}-\d{2})\)$"),
        lambda m: (
            gettext("dates overlap (%(first)s and %(second)s)") % {"first": m[1], "second": m[2]}
        ),
    ),
    # linking.services.incidents._victims
    (
        re.compile(rf"^victims are ({'|'.join(_STATUS_IN_BOTH)})s in both$"),
        lambda m: _STATUS_IN_BOTH[m[1]](),
    ),
    (
        re.compile(r"^victim nationality ([A-Z]{2}(?:, [A-Z]{2})*) in both$"),
        lambda m: gettext("victim nationality %(countries)s in both") % {"countries": m[1]},
    ),
    (
        re.compile(r"^the same person among the victims$"),
        lambda m: gettext("the same person among the victims"),
    ),
    (
        re.compile(r"^victims described alike \((\d\.\d\d)\)$"),
        lambda m: gettext("victims described alike (%(similarity)s)") % {"similarity": m[1]},
    ),
    (
        re.compile(r"^victim counts of the same size \((\d+) and (\d+)\)$"),
        lambda m: (
            gettext("victim counts of the same size (%(first)s and %(second)s)")
            % {"first": m[1], "second": m[2]}
        ),
    ),
    # linking.services.incidents.incident_match
    (
        re.compile(r"^coercion in both: ([a-z_]+(?:, [a-z_]+)*)$"),
        lambda m: gettext("coercion in both: %(kinds)s") % {"kinds": _coercion(m[1])},
    ),
    (
        re.compile(r"^told in documents that are copies of one another$"),
        lambda m: gettext("told in documents that are copies of one another"),
    ),
    # linking.services.suggestions: a suggestion carried over when its incident was merged
    (
        re.compile(r"^carried over from ([A-Z]{3}-[\d-]+)$"),
        lambda m: gettext("carried over from %(suggestion)s") % {"suggestion": m[1]},
    ),
    # verification.conflicts
    (
        re.compile(r"^facility (.+) vs (.+)$"),
        lambda m: (
            gettext("facility %(kept)s vs %(absorbed)s")
            % {"kept": _facility(m[1]), "absorbed": _facility(m[2])}
        ),
    ),
    (
        re.compile(rf"^region ({_REGION}) vs ({_REGION})$"),
        lambda m: gettext("region %(kept)s vs %(absorbed)s") % {"kept": m[1], "absorbed": m[2]},
    ),
    (
        re.compile(rf"^dates ({_DATE_LABEL}) vs ({_DATE_LABEL}) do not overlap$"),
        lambda m: (
            gettext("dates %(kept)s vs %(absorbed)s do not overlap")
            % {"kept": _date(m[1]), "absorbed": _date(m[2])}
        ),
    ),
    # linking.services.incidents.incident_suggestions_propose: a conflict among the reasons
    (
        re.compile(r"^conflict: (.+)$"),
        lambda m: gettext("conflict: %(conflict)s") % {"conflict": reason_shown(m[1])},
    ),
]


def reason_shown(reason: str) -> str:
    """``reason`` in the reader's language when software wrote it, else as written."""
    for pattern, translate in _REASONS:
        found = pattern.match(reason)
        if found is not None:
            return translate(found)
    return reason
