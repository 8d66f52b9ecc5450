"""The facility page in a real browser, after ingesting a fictional report: its incidents on
the month timeline, and the screenshot the README links to (docs/screenshots/facility.png).

The report (examples/01-ik-colony-news.txt) and the user are fictional.
"""

from __future__ import annotations

import pytest

from recruitwatch.ingest.services import paths_ingest
from recruitwatch.records.models import Incident
from tests.conftest import EXAMPLES
from tests.web.browser.conftest import SCREENSHOTS, browser_sign_in, browser_user

pytestmark = pytest.mark.django_db(transaction=True)

REPORT = EXAMPLES / "01-ik-colony-news.txt"  # IK-6, Vladimir region; invented


def test_facility_page_shows_the_ingested_incident_on_its_timeline(page):
    user, secret = browser_user("fictional-records-editor")
    report = paths_ingest([REPORT], user=user)
    assert not report.failed, [str(problem) for problem in report.problems]
    incident = Incident.objects.filter(facility__isnull=False).select_related("facility").first()
    assert incident is not None, "the fictional report names a colony"
    facility = incident.facility

    browser_sign_in(page, "fictional-records-editor", secret)
    page.goto(f"/facilities/{facility.identifier}/")
    assert facility.canonical_name in page.locator("h1").inner_text()
    timeline = page.locator(".month-timeline")
    assert timeline.locator(f"text={incident.identifier}").count() == 1
    assert timeline.locator("section.month h3").count() >= 1

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "facility.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000  # a page, not a blank image

    # The incident link opens the incident with its claims.
    timeline.locator(f"text={incident.identifier}").click()
    page.wait_for_url(f"**/incidents/{incident.identifier}/")
    assert page.locator("blockquote.quote").count() >= 1
