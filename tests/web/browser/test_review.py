"""The review queue in a real browser: open the queue, accept a proposal with an edit by the
keyboard shortcut "a", reject the next one with a reason ("r" goes to the reason), and the
screenshot the README links to (docs/screenshots/review.png).

The reports are the fictional ones of tests/linking/fixtures.py, ingested through the real
chain; the user is fictional.
"""

from __future__ import annotations

import pytest

from recruitwatch.access import roles
from recruitwatch.records.models import Incident
from recruitwatch.review.models import ReviewDecision
from tests.linking.fixtures import INDEPENDENT, ORIGINAL, OTHER_VICTIMS
from tests.review.helpers import proposed_incidents
from tests.web.browser.conftest import SCREENSHOTS, browser_sign_in, browser_user

pytestmark = pytest.mark.django_db(transaction=True)

# Letters that are shortcuts elsewhere on the page: typed into the reason, they must stay text.
REASON = "Fictional check: just a transfer between colonies, not recruitment."


def test_review_accept_with_an_edit_by_keyboard_then_reject_with_a_reason(page, tmp_path):
    _user, secret = browser_user("fictional-browser-reviewer", roles.REVIEWER)
    proposed = proposed_incidents(tmp_path, ORIGINAL, INDEPENDENT, OTHER_VICTIMS)
    newest_first = sorted(proposed, key=lambda incident: incident.pk, reverse=True)
    first, second, third = newest_first[:3]

    browser_sign_in(page, "fictional-browser-reviewer", secret)
    page.click("nav >> text=Review")
    page.wait_for_url("**/review/")
    rows = page.locator("table.review-queue tbody tr")
    assert rows.count() == len(proposed)
    rows.first.locator("td.ident a").click()
    page.wait_for_url(f"**/review/{first.identifier}/")
    assert page.locator(".review-document mark").count() >= 1

    # An edit, then "a": saved and accepted, and the next proposal opens.
    page.fill("#id_victim_count_low", "11")
    page.keyboard.press("Escape")  # leave the field: keys typed in a field are text
    page.keyboard.press("a")
    page.wait_for_url(f"**/review/{second.identifier}/")
    accepted = Incident.objects.get(pk=first.pk)
    assert (accepted.review_state, accepted.victim_count_low) == ("accepted", 11)
    assert page.locator("text=accepted.").count() == 1

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "review.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000  # a page, not a blank image

    # "r" goes to the reason; the letters typed there do nothing else; Reject sends it.
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.id") == "review-reject-reason"
    page.keyboard.type(REASON)
    assert page.url.endswith(f"/review/{second.identifier}/")
    page.click("#review-reject")
    page.wait_for_url(f"**/review/{third.identifier}/")
    rejected = Incident.objects.get(pk=second.pk)
    assert rejected.review_state == "rejected"
    assert str(ReviewDecision.objects.get(incident=rejected).reason) == REASON
    assert Incident.objects.get(pk=third.pk).review_state == "proposed"
