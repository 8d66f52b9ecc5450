"""The dashboard in a real browser: charts drawn by the vendored Chart.js under the CSP, the
count of an accepted incident, and the screenshot the README links to
(docs/screenshots/dashboard.png). The user and every incident are fictional."""

from __future__ import annotations

from datetime import date

import pytest

from recruitwatch.access import roles
from recruitwatch.records.models import Facility, Incident
from recruitwatch.records.services.identifiers import record_create
from tests.web.browser.conftest import SCREENSHOTS, browser_sign_in, browser_user

pytestmark = pytest.mark.django_db(transaction=True)

REGIONS = ("RU-VLA", "RU-ROS", "RU-SVE", "RU-CHE")
COERCION = (
    ["threat_of_prosecution"],
    ["forced_signing", "deception"],
    ["promise_of_passport_or_pardon"],
    ["threat_of_deportation"],
)


def _fictional_incidents() -> Incident:
    """A spread of fictional incidents for a readable chart; returns the accepted one."""
    facilities = [
        record_create(
            Facility,
            facility_type="penal_colony",
            number=number,
            region=region,
            canonical_name=f"IK-{number}",
        )
        for number, region in zip((6, 2, 10, 15), REGIONS, strict=True)
    ]
    for n in range(23):
        record_create(
            Incident,
            summary=f"Fictional proposed incident {n}.",
            facility=facilities[n % 4] if n % 5 else None,
            region=REGIONS[n % 4],
            date_start=date(2023, 1 + n % 12, 1 + n),
            coercion=COERCION[n % 4],
            victim_nationalities=[("RU", "UZ", "TJ", "KG")[n % 4]],
            verification_state=("unverified", "corroborated")[n % 2],
        )
    return record_create(
        Incident,
        summary="Fictional accepted incident at IK-6.",
        facility=facilities[0],
        region="RU-VLA",
        date_start=date(2023, 4, 12),
        coercion=["threat_of_prosecution"],
        victim_nationalities=["UZ"],
        review_state="accepted",
        verification_state="corroborated",
    )


def test_dashboard_draws_its_charts_and_counts_the_accepted_incident(page):
    _user, secret = browser_user("fictional-dashboard-viewer", roles.VIEWER)
    _fictional_incidents()
    problems: list[str] = []

    def console(message) -> None:
        # A missing resource is checked by its response below (the favicon is absent).
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.append(message.text)

    def response(answer) -> None:
        if answer.status >= 400 and not answer.url.endswith("/favicon.ico"):
            problems.append(f"{answer.status} {answer.url}")

    page.on("console", console)
    page.on("response", response)
    page.on("pageerror", lambda error: problems.append(str(error)))

    browser_sign_in(page, "fictional-dashboard-viewer", secret)
    page.goto("/dashboard/")
    page.wait_for_selector("canvas[data-chart='incidents-by-month'][data-drawn='yes']")
    assert page.locator("#count-accepted").inner_text().strip() == "1"
    assert page.locator("#count-total").inner_text().strip() == "24"
    assert page.locator("canvas[data-drawn='yes']").count() == page.locator("canvas").count()
    assert not problems, problems  # no script error, no CSP refusal

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "dashboard.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000  # a page, not a blank image
