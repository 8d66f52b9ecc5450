"""What the review pages print, worked out in Python: the queue's rows as plain strings and
the region suggestions. The template engine costs more per row than this code does, and the
queue is held to a p95 under 150 ms (docs/review.md)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language

from recruitwatch.extraction.gazetteers.regions import places
from recruitwatch.records.choices import Coercion, DatePrecision, VerificationState
from recruitwatch.records.models import Incident
from recruitwatch.review.selectors import QueueRow

# Characters of a summary the queue shows; the review page shows it whole.
SUMMARY_SHOWN = 280
_DATE_FORMATS: dict[str, str] = {DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}


@functools.cache
def _regions_html(language: str) -> str:
    options = format_html_join(
        "",
        '<option value="{}">{}</option>',
        (
            (place.code, (place.names_ru if language == "ru" else place.names_en)[0])
            for place in places()
            if "-" in place.code  # regions, not countries
        ),
    )
    return format_html('<datalist id="review-regions">{}</datalist>', options)


def regions_datalist() -> str:
    """The region inputs' suggestions: each ISO 3166-2 region of the gazetteer with its name
    in the page's language (any valid code may still be typed). Built once per language."""
    return _regions_html("ru" if (get_language() or "").startswith("ru") else "en")


def coercion_labels(codes: list[str]) -> list[str]:
    labels = dict(Coercion.choices)
    return [str(labels.get(code, code)) for code in codes]


@dataclass(frozen=True)
class QueueLine:
    """One queue row as the template prints it: plain strings, worked out here once (the
    template engine costs more per row than this does)."""

    identifier: str
    url: str
    date: str
    place: str
    coercion: str
    summary: str
    verification: str
    open_suggestions: int


def _date_label(incident: Incident) -> str:
    """The date as precisely as it is known: 2023-04-12, 2023-04, 2023, or a range."""
    if incident.date_start is None or incident.date_precision == DatePrecision.UNKNOWN:
        return "—"
    pattern = _DATE_FORMATS.get(incident.date_precision, "%Y-%m-%d")
    label = incident.date_start.strftime(pattern)
    end = incident.date_end.strftime(pattern) if incident.date_end else label
    return label if end == label else f"{label} – {end}"


def queue_lines(rows: list[QueueRow], query: str) -> list[QueueLine]:
    base = reverse("review_queue")
    suffix = f"?{query}" if query else ""
    coercions = dict(Coercion.choices)
    states = dict(VerificationState.choices)
    lines = []
    for row in rows:
        incident = row.incident
        place = [incident.facility.canonical_name] if incident.facility else []
        place += [incident.region] if incident.region else []
        summary = row.summary
        if len(summary) > SUMMARY_SHOWN:
            summary = summary[: SUMMARY_SHOWN - 1].rstrip() + "…"
        lines.append(
            QueueLine(
                identifier=incident.identifier,
                url=f"{base}{incident.identifier}/{suffix}",
                date=_date_label(incident),
                place=", ".join(place) or "—",
                coercion=", ".join(str(coercions.get(c, c)) for c in incident.coercion) or "—",
                summary=summary,
                verification=str(states.get(incident.verification_state, "")),
                open_suggestions=row.open_suggestions,
            )
        )
    return lines
