"""Search in a real browser, after ingesting a fictional report in English: «колония» and
"penal colony" both find its incident at IK-6 (the Russian word through the facility type,
the English one through the summary), and the facet narrows to it.

The report (examples/01-ik-colony-news.txt) and the user are fictional.
"""

from __future__ import annotations

import pytest

from recruitwatch.ingest.services import paths_ingest
from recruitwatch.records.models import Incident
from tests.conftest import EXAMPLES
from tests.web.browser.conftest import browser_sign_in, browser_user

pytestmark = pytest.mark.django_db(transaction=True)

REPORT = EXAMPLES / "01-ik-colony-news.txt"  # IK-6, Vladimir region; invented


def test_search_finds_the_ingested_incident_in_russian_and_english(page):
    user, secret = browser_user("fictional-search-editor")
    report = paths_ingest([REPORT], user=user)
    assert not report.failed, [str(problem) for problem in report.problems]
    incident = Incident.objects.filter(facility__isnull=False).order_by("id").first()
    assert incident is not None, "the fictional report names a colony"

    browser_sign_in(page, "fictional-search-editor", secret)
    page.goto("/documents/")
    page.click("nav >> text=Search")
    page.fill("#search-q", "колония")
    page.press("#search-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    incidents = page.locator("#incidents")
    assert incidents.locator(f"text={incident.identifier}").count() == 1

    page.fill("#search-q", "penal colony")
    page.press("#search-q", "Enter")
    page.wait_for_url("**q=penal*")
    assert incidents.locator(f"text={incident.identifier}").count() == 1
    assert incidents.locator("mark").count() >= 1
    assert page.locator("#documents .results li").count() == 1

    # The region facet (Vladimir) keeps the incident and says so in the address.
    page.locator(".search-facets a", has_text="Vladimir").first.click()
    page.wait_for_url("**region=RU-VLA*")
    assert incidents.locator(f"text={incident.identifier}").count() == 1
