"""The dashboard's charts as tables: one source for the chart, its table and its CSV.

Each chart is a :class:`ChartTable` — rows (a key and a label each) by series — built from
a user's :class:`~recruitwatch.dashboard.counts.Counts`. The page hands ``as_chart()`` to
Chart.js and the CSV view writes ``csv_rows()`` of the very same object, so a download always
holds the numbers drawn. Keys are codes (``2023-04``, ``FAC-0006``, ``RU-VLA``); labels are
in the reader's language.
"""

from __future__ import annotations

import functools
import gettext
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from recruitwatch.dashboard.counts import AGE_BUCKETS, UNDATED, UNSPECIFIED, Counts
from recruitwatch.linking.models import SuggestionKind
from recruitwatch.records.choices import Coercion, VerificationState
from recruitwatch.records.models import Facility

# Bars a ranking shows before the rest is summed into one "other" bar: fifteen facilities
# and nationalities, twenty regions, read comfortably on a laptop screen.
TOP_FACILITIES = 15
TOP_REGIONS = 20
TOP_NATIONALITIES = 15
OTHER = "other"

AGE_LABELS = {
    "under_1_day": gettext_lazy("Under a day"),
    "1_to_7_days": gettext_lazy("1–7 days"),
    "7_to_30_days": gettext_lazy("7–30 days"),
    "30_to_90_days": gettext_lazy("30–90 days"),
    "over_90_days": gettext_lazy("Over 90 days"),
}
SUGGESTION_LABELS = {
    SuggestionKind.PERSON: gettext_lazy("Same person"),
    SuggestionKind.FACILITY: gettext_lazy("Same facility"),
    SuggestionKind.INCIDENT: gettext_lazy("Same incident"),
    SuggestionKind.COPY: gettext_lazy("Copy of a document"),
}


@dataclass(frozen=True)
class ChartTable:
    name: str  # the URL slug: /dashboard/<name>.csv
    title: str
    kind: str  # "stacked", "bar" (vertical), "ranking" (horizontal bars), "doughnut"
    key_header: str  # what a row is, as a CSV column name: "month", "facility", …
    key_title: str  # the same, in the reader's language, for the page's table
    keys: list[str]
    labels: list[str]
    series_keys: list[str]
    series_labels: list[str]
    values: list[list[int]]  # values[series][row]
    note: str = ""

    def as_chart(self) -> dict[str, Any]:
        """What dashboard.js draws."""
        return {
            "name": self.name,
            "kind": self.kind,
            "labels": self.labels,
            "datasets": [
                {"label": label, "data": data}
                for label, data in zip(self.series_labels, self.values, strict=True)
            ],
        }

    def csv_rows(self) -> list[list[Any]]:
        """Header, then one row per key: key, label, one count per series."""
        header: list[Any] = [self.key_header, "label", *self.series_keys]
        rows = [
            [key, label, *(series[index] for series in self.values)]
            for index, (key, label) in enumerate(zip(self.keys, self.labels, strict=True))
        ]
        return [header, *rows]

    def table_body(self) -> SafeString:
        """The rows of the page's table under the chart, as escaped HTML. Built here rather
        than in template loops: a month-by-type table has hundreds of cells, and the
        template engine's loops (and format_html per cell) cost more than the rest of the page."""
        if not self.labels:
            return format_html(
                '<tr><td colspan="{}" class="muted">{}</td></tr>',
                len(self.series_keys) + 1,
                _("Nothing to count yet."),
            )
        # Labels are escaped; counts are ints, which need no escaping.
        rows = (
            "<tr><td>{}</td>{}</tr>".format(
                escape(label),
                "".join(f'<td class="number">{int(series[row])}</td>' for series in self.values),
            )
            for row, label in enumerate(self.labels)
        )
        return mark_safe("\n".join(rows))  # noqa: S308 - built from escaped labels and ints


KEY_TITLES = {
    "month": gettext_lazy("Month"),
    "facility": gettext_lazy("Facility"),
    "region": gettext_lazy("Region"),
    "nationality": gettext_lazy("Nationality"),
    "age": gettext_lazy("Waiting for"),
    "kind": gettext_lazy("Kind"),
    "state": gettext_lazy("State"),
}


def _single(
    name: str, title: str, kind: str, key_header: str, rows: Iterable[tuple[str, str, int]]
) -> ChartTable:
    listed = list(rows)
    return ChartTable(
        name=name,
        title=title,
        kind=kind,
        key_header=key_header,
        key_title=str(KEY_TITLES[key_header]),
        keys=[key for key, _, _ in listed],
        labels=[label for _, label, _ in listed],
        series_keys=["incidents"],
        series_labels=[_("Incidents")],
        values=[[n for _, _, n in listed]],
    )


def _ranked(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    """The ``top`` largest (ties by key), then OTHER for the rest and UNSPECIFIED last."""
    known = Counter({key: n for key, n in counts.items() if key != UNSPECIFIED and n > 0})
    ranked = sorted(known.items(), key=lambda item: (-item[1], item[0]))
    shown, rest = ranked[:top], ranked[top:]
    if rest:
        shown.append((OTHER, sum(n for _, n in rest)))
    if counts.get(UNSPECIFIED, 0) > 0:
        shown.append((UNSPECIFIED, counts[UNSPECIFIED]))
    return shown


def _months(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` ("2023-04"), so gaps show as empty bars."""
    year, month = (int(part) for part in first.split("-"))
    end = tuple(int(part) for part in last.split("-"))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def chart_by_month(counts: Counts) -> ChartTable:
    dated = {key: n for key, n in counts.by_month_coercion.items() if key[0] != UNDATED and n}
    months = _months(min(k[0] for k in dated), max(k[0] for k in dated)) if dated else []
    kinds = [kind for kind in [*Coercion.values, UNSPECIFIED] if any(k[1] == kind for k in dated)]
    labels = {**dict(Coercion.choices), UNSPECIFIED: _("Not recorded")}
    undated = counts.undated[UNDATED]
    return ChartTable(
        name="incidents-by-month",
        title=_("Incidents per month by coercion type"),
        kind="stacked",
        key_header="month",
        key_title=str(KEY_TITLES["month"]),
        keys=months,
        labels=months,
        series_keys=kinds,
        series_labels=[str(labels[kind]) for kind in kinds],
        values=[[dated.get((month, kind), 0) for month in months] for kind in kinds],
        note=_(
            "By the month the incident began. An incident with several coercion types counts "
            "once for each. Incidents without a date: %(undated)d."
        )
        % {"undated": undated},
    )


def chart_facilities(counts: Counts) -> ChartTable:
    ranked = sorted(
        ((pk, n) for pk, n in counts.by_facility.items() if pk is not None and n > 0),
        key=lambda item: (-item[1], item[0]),
    )[:TOP_FACILITIES]
    facilities = Facility.objects.in_bulk([pk for pk, _ in ranked])
    rows = [
        (
            facilities[pk].identifier,
            " · ".join(filter(None, [facilities[pk].canonical_name, facilities[pk].region])),
            n,
        )
        for pk, n in ranked
        if pk in facilities
    ]
    table = _single("facilities", _("Top facilities"), "ranking", "facility", rows)
    without = counts.by_facility.get(None, 0)
    note = _("Incidents that name no facility: %(count)d.") % {"count": without}
    return ChartTable(**{**table.__dict__, "note": note})


def chart_regions(counts: Counts) -> ChartTable:
    language = translation.get_language() or "en"
    rows = [
        (key, _region_label(key, language), n) for key, n in _ranked(counts.by_region, TOP_REGIONS)
    ]
    return _single("regions", _("Regions"), "ranking", "region", rows)


def chart_nationalities(counts: Counts) -> ChartTable:
    language = translation.get_language() or "en"
    rows = [
        (key, _country_label(key, language), n)
        for key, n in _ranked(counts.by_nationality, TOP_NATIONALITIES)
    ]
    table = _single("nationalities", _("Victims' nationalities"), "ranking", "nationality", rows)
    note = _("An incident whose victims hold several nationalities counts once for each.")
    return ChartTable(**{**table.__dict__, "note": note})


def chart_backlog(counts: Counts) -> ChartTable:
    rows = [(key, str(AGE_LABELS[key]), counts.proposed_by_age[key]) for key, _ in AGE_BUCKETS]
    table = _single("review-backlog", _("Proposals awaiting review, by age"), "bar", "age", rows)
    return ChartTable(**{**table.__dict__, "series_labels": [_("Proposed incidents")]})


def chart_suggestions(suggestions: Counter[str]) -> ChartTable:
    rows = [
        (kind, str(label), suggestions.get(kind, 0)) for kind, label in SUGGESTION_LABELS.items()
    ]
    table = _single("link-suggestions", _("Open link suggestions by kind"), "bar", "kind", rows)
    return ChartTable(**{**table.__dict__, "series_labels": [_("Open suggestions")]})


def chart_verification(counts: Counts) -> ChartTable:
    rows = [
        (state, str(label), counts.by_verification.get(state, 0))
        for state, label in VerificationState.choices
    ]
    return _single("verification", _("Verification states"), "doughnut", "state", rows)


#: Every chart, in page order, by name; each takes the counts and the open suggestions.
CHARTS: dict[str, Callable[[Counts, Counter[str]], ChartTable]] = {
    "incidents-by-month": lambda counts, _s: chart_by_month(counts),
    "facilities": lambda counts, _s: chart_facilities(counts),
    "regions": lambda counts, _s: chart_regions(counts),
    "nationalities": lambda counts, _s: chart_nationalities(counts),
    "review-backlog": lambda counts, _s: chart_backlog(counts),
    "link-suggestions": lambda _c, suggestions: chart_suggestions(suggestions),
    "verification": lambda counts, _s: chart_verification(counts),
}


def _special_label(key: str) -> str | None:
    if key == OTHER:
        return _("Other")
    if key == UNSPECIFIED:
        return _("Not recorded")
    return None


def _region_label(code: str, language: str) -> str:
    special = _special_label(code)
    if special is not None:
        return special
    from recruitwatch.extraction.gazetteers.regions import place_by_code

    place = place_by_code(code)
    if place is None:
        return code
    names = place.names_ru if language.startswith("ru") else place.names_en
    return f"{names[0]} ({code})" if names else code


@functools.cache
def _country_names(language: str) -> Callable[[str], str]:
    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return lambda name: name
    return catalogue.gettext


def _country_label(code: str, language: str) -> str:
    special = _special_label(code)
    if special is not None:
        return special
    import pycountry

    if code == "Central Asia":  # the extraction contract's regional marker
        return _("Central Asia")
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    if language.startswith("en"):
        return str(getattr(country, "common_name", None) or country.name)
    # pycountry's catalogues translate the official name ("Russian Federation").
    return _country_names(language.split("-")[0])(str(country.name))
