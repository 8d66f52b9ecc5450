"""The dashboard page, each chart's CSV, and exports of the current search. Thin: access is
checked by the selectors (dashboard.selectors, records.selectors via publish.search_export)."""

from __future__ import annotations

import csv
import io
from collections import Counter

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from recruitwatch.dashboard.charts import CHARTS
from recruitwatch.dashboard.selectors import (
    dashboard_counts,
    dashboard_numbers,
    suggestions_open_by_kind,
)
from recruitwatch.publish.search_export import (
    REDACTED,
    SearchExportError,
    search_export,
    spreadsheet_safe,
)


def _attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    # Names made here from ASCII only (a chart's slug, a timestamp): no quoting needed.
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def dashboard_view(request: HttpRequest) -> HttpResponse:
    counts, suggestions = dashboard_numbers(user=request.user)
    charts = [build(counts, suggestions) for build in CHARTS.values()]
    context = {
        "charts": charts,
        "counts": counts,
        "data": {"charts": [chart.as_chart() for chart in charts]},
    }
    return render(request, "dashboard/dashboard.html", context)


@require_safe
def chart_csv_view(request: HttpRequest, chart: str) -> HttpResponse:
    build = CHARTS.get(chart)
    if build is None:
        raise Http404("No such chart")
    counts = dashboard_counts(user=request.user)
    suggestions = (
        suggestions_open_by_kind(user=request.user) if chart == "link-suggestions" else Counter()
    )
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    for row in build(counts, suggestions).csv_rows():
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    content = ("\ufeff" + output.getvalue()).encode("utf-8")  # BOM: spreadsheets read UTF-8
    return _attachment(content, "text/csv; charset=utf-8", f"{chart}.csv")


@require_safe
def search_export_view(request: HttpRequest, export_format: str) -> HttpResponse:
    """The incidents of the search page's current query (its GET parameters), as a file.
    Redacted unless ``profile=unredacted`` is asked for by a user allowed it (403 if not)."""
    try:
        exported = search_export(
            user=request.user,
            params=request.GET,
            export_format=export_format,
            profile=request.GET.get("profile", REDACTED),
            base_url=request.build_absolute_uri("/"),
        )
    except SearchExportError as exc:
        # The message names the parameter or limit at fault, never a value typed in.
        return HttpResponse(str(exc), status=400, content_type="text/plain; charset=utf-8")
    return _attachment(exported.content, exported.content_type, exported.filename)
