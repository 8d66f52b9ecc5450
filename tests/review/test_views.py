"""The review queue and the review page through the test client: filters, pagination, the
marked evidence, redaction, the decisions and their refusals. Everything here is fictional:
incidents made through the records service, or fictional reports ingested through the real
chain (tests/review/helpers.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils.html import escape

from recruitwatch.access import roles
from recruitwatch.access.identity import redactor_cache_clear
from recruitwatch.audit.models import AuditAction, AuditEntry
from recruitwatch.linking.models import SuggestionKind, SuggestionState
from recruitwatch.linking.services.suggestions import suggestion_find, suggestion_propose
from recruitwatch.records.models import Claim, Facility, Incident, Person
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.records.services.people import person_create
from recruitwatch.review import services
from recruitwatch.review.selectors import QUEUE_PAGE_SIZE
from tests.access.helpers import world_build
from tests.linking.fixtures import ORIGINAL
from tests.review.helpers import NAMED, incident_make, proposed_incidents, user_with_role
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db

QUEUE_ROW = re.compile(r'<td class="ident"><a href="/review/(INC-[0-9-]+)/')
REASON = "Fictional reason for the view tests."


@pytest.fixture(autouse=True)
def _fresh_redactors():
    redactor_cache_clear()  # each test's database starts empty; so does the cache
    yield
    redactor_cache_clear()


@pytest.fixture
def reviewer():
    return user_with_role("fictional-reviewer", roles.REVIEWER)


@pytest.fixture
def reviewer_client(client, reviewer):
    sign_in(client, reviewer)
    return client


def _queue(client, **params) -> list[str]:
    response = client.get(reverse("review_queue"), params)
    assert response.status_code == 200
    return QUEUE_ROW.findall(response.content.decode())


def _page(identifier: str) -> str:
    return reverse("review_incident", args=[identifier])


def test_queue_lists_proposed_incidents_newest_first_with_open_suggestions(
    reviewer_client, reviewer
):
    older, newer = incident_make(), incident_make(summary="Fictional newer proposal")
    done = incident_make()
    services.incident_accept(incident=done, user=reviewer, changes={}, version=1)
    suggestion_propose(
        kind=SuggestionKind.INCIDENT,
        left=older.identifier,
        right=newer.identifier,
        score=0.8,
        reasons=["same region RU-TVE"],
    )
    response = reviewer_client.get(reverse("review_queue"))
    html = response.content.decode()
    assert QUEUE_ROW.findall(html) == [newer.identifier, older.identifier]
    assert "Fictional newer proposal" in html
    rows = html.split('<td class="ident">')[1:]
    assert all("<td>1</td>" in row for row in rows)  # one open suggestion names each
    assert "2 proposed incidents" in html


def _filter_world():
    """Fictional incidents that differ in one filtered attribute each from the base one."""
    ik6 = record_create(
        Facility, facility_type="penal_colony", number=6, region="RU-VLA", canonical_name="IK-6"
    )
    made = {
        "base": incident_make(),
        "region": incident_make(region="RU-VLA"),
        "facility": incident_make(facility=ik6, region="RU-VLA"),
        "coercion": incident_make(coercion=["deception", "threat_of_deportation"]),
        "modality": incident_make(modality="feared"),
        "victims": incident_make(victim_status="migrant"),
        "verification": incident_make(verification_state="disputed"),
        "dated": incident_make(date_start=date(2024, 2, 10), date_precision="day"),
        "ranged": incident_make(
            date_start=date(2023, 12, 1), date_end=date(2024, 3, 1), date_precision="day"
        ),
        "undated": incident_make(date_start=None, date_precision="unknown"),
    }
    return made, ik6


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "RU-VLA"}, {"region", "facility"}),
        ({"region": "ru-vla"}, {"region", "facility"}),
        ({"facility": "IK6"}, {"facility"}),
        ({"coercion": "deception"}, {"coercion"}),
        ({"coercion": "threat_of_deportation", "modality": "feared"}, set()),
        ({"modality": "feared"}, {"modality"}),
        ({"victim_status": "migrant"}, {"victims"}),
        ({"verification_state": "disputed"}, {"verification"}),
        ({"date_from": "2024-01-01"}, {"dated", "ranged"}),
        ({"date_from": "2024-01-01", "date_to": "2024-01-31"}, {"ranged"}),
        (
            {"date_to": "2023-04-30", "region": "RU-TVE"},
            {
                "base",
                "coercion",
                "modality",
                "victims",
                "verification",
            },
        ),
    ],
)
def test_queue_filters(reviewer_client, params, expected):
    made, ik6 = _filter_world()
    if params.get("facility") == "IK6":
        params = {**params, "facility": ik6.identifier}
    shown = set(_queue(reviewer_client, **params))
    assert shown == {made[key].identifier for key in expected}


def test_queue_filter_with_an_invalid_region_narrows_nothing_and_says_why(reviewer_client):
    made, _ = _filter_world()
    response = reviewer_client.get(reverse("review_queue"), {"region": "RU-ZZZ"})
    assert len(QUEUE_ROW.findall(response.content.decode())) == len(made)
    assert "Not an ISO 3166-2 region code" in response.content.decode()


def test_queue_pages_hold_fifty_and_links_keep_the_filters(reviewer_client):
    for number in range(QUEUE_PAGE_SIZE + 3):
        incident_make(summary=f"Fictional queued incident {number}")
    first = _queue(reviewer_client, region="RU-TVE")
    second = _queue(reviewer_client, region="RU-TVE", page=2)
    assert (len(first), len(second)) == (QUEUE_PAGE_SIZE, 3)
    assert not set(first) & set(second)
    html = reviewer_client.get(reverse("review_queue"), {"region": "RU-TVE"}).content.decode()
    assert "?region=RU-TVE&amp;page=2" in html
    assert f'href="/review/{first[0]}/?region=RU-TVE"' in html


def test_queue_summaries_show_pseudonyms_to_readers_without_identity_access(client, reviewer):
    person_create(name="Farrukh Tojiev", pseudonym="Migrant F.")
    incident_make(summary="Fictional: Farrukh Tojiev was told to sign a contract.")
    sign_in(client, reviewer)
    html = client.get(reverse("review_queue")).content.decode()
    assert "Migrant F. was told to sign" in html
    assert "Tojiev" not in html
    admin = user_with_role("fictional-admin", roles.ADMIN)
    sign_in(client, admin)
    assert "Farrukh Tojiev was told" in client.get(reverse("review_queue")).content.decode()


def test_review_page_marks_each_claims_quote(client, tmp_path):
    [incident] = proposed_incidents(tmp_path, ORIGINAL)
    sign_in(client, user_with_role("fictional-admin", roles.ADMIN))  # sees text unredacted
    html = client.get(_page(incident.identifier)).content.decode()
    marked = re.findall(r"<mark>(.*?)</mark>", html, re.DOTALL)
    quotes = {escape(claim.quote) for claim in Claim.objects.filter(incident=incident)}
    assert quotes
    assert set(marked) == quotes
    assert len(marked) == len(quotes)


def test_review_page_replaces_names_for_a_reviewer_and_locks_the_fields_holding_them(
    client, reviewer, tmp_path
):
    if not Person.objects.exists():
        person_create(name="Farrukh Tojiev", pseudonym="Migrant F.")
    [incident] = proposed_incidents(tmp_path, NAMED)
    incident.summary = "Fictional: Farrukh Tojiev was told he would be deported."
    incident.save()
    sign_in(client, reviewer)
    html = client.get(_page(incident.identifier)).content.decode()
    assert "Tojiev" not in html
    assert "<mark>" in html
    assert re.search(r'<textarea name="summary"[^>]*disabled', html)
    # Saving the form does not write the redacted summary over the real one.
    response = client.post(
        _page(incident.identifier),
        {**_form_data(incident), "action": "save", "victim_count_low": "2"},
    )
    assert response.status_code == 302
    stored = Incident.objects.get(pk=incident.pk)
    assert str(stored.summary) == "Fictional: Farrukh Tojiev was told he would be deported."
    assert stored.victim_count_low == 2


def test_review_page_shows_why_and_the_shortcuts_and_loads_the_script(reviewer_client):
    incident = incident_make()
    html = reviewer_client.get(_page(incident.identifier)).content.decode()
    assert "Unverified: 0 independent sources" in html
    assert "/static/review/review.js" in html
    for key in ("a", "r", "n", "j", "k"):
        assert f"<kbd>{key}</kbd>" in html
    assert 'id="review-accept"' in html
    assert 'id="review-reject-reason"' in html


def test_review_page_offers_suggestions_and_likely_matches_to_merge_with(reviewer_client):
    facility = record_create(
        Facility, facility_type="penal_colony", number=4, region="RU-TVE", canonical_name="IK-4"
    )
    suggested = incident_make(facility=facility)
    likely = incident_make(facility=facility)
    unlike = incident_make(region="RU-VLA")
    incident = incident_make(facility=facility)
    suggestion_propose(
        kind=SuggestionKind.INCIDENT,
        left=suggested.identifier,
        right=incident.identifier,
        score=0.9,
        reasons=["same facility IK-4 RU-TVE"],
    )
    html = reviewer_client.get(_page(incident.identifier)).content.decode()
    offered = re.findall(r'name="target" value="(INC-[0-9-]+)"', html)
    assert offered == [suggested.identifier, likely.identifier]
    assert unlike.identifier not in offered


def test_get_never_changes_the_incident(reviewer_client):
    incident = incident_make()
    reviewer_client.get(_page(incident.identifier))
    reviewer_client.get(reverse("review_queue"))
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.version, stored.review_state) == (1, "proposed")


def _form_data(incident: Incident) -> dict[str, str]:
    return {
        "summary": str(incident.summary),
        "modality": incident.modality,
        "date_start": incident.date_start.isoformat() if incident.date_start else "",
        "date_precision": incident.date_precision,
        "facility": str(incident.facility_id or ""),
        "region": incident.region,
        "coercion": list(incident.coercion),
        "victim_description": str(incident.victim_description),
        "victim_count_low": str(incident.victim_count_low or ""),
        "victim_status": incident.victim_status,
        "perpetrator_labels": "\n".join(incident.perpetrator_labels),
        "victim_nationalities": ", ".join(incident.victim_nationalities),
        "version": str(incident.version),
    }


def test_accept_saves_the_edit_and_opens_the_next_proposed_incident(reviewer_client):
    oldest, middle, newest = incident_make(), incident_make(), incident_make()
    data = {**_form_data(newest), "victim_count_low": "12", "action": "accept"}
    response = reviewer_client.post(_page(newest.identifier), data)
    assert response.status_code == 302
    assert response["Location"] == _page(middle.identifier)
    stored = Incident.objects.get(pk=newest.pk)
    assert (stored.review_state, stored.victim_count_low, stored.version) == ("accepted", 12, 2)
    # The last one in the queue goes round to the newest left.
    response = reviewer_client.post(
        _page(oldest.identifier), {**_form_data(oldest), "action": "accept"}
    )
    assert response["Location"] == _page(middle.identifier)


def test_accepting_an_unedited_form_names_no_field_nobody_changed(reviewer_client):
    incident = incident_make(
        summary="Fictional summary as extraction left it \n",
        coercion=["forced_signing", "threat_of_prosecution"],  # not the form's order
        victim_nationalities=["UZ", "TJ"],
    )
    data = {
        **_form_data(incident),
        "coercion": ["threat_of_prosecution", "forced_signing"],  # as the checkboxes send
        "action": "accept",
    }
    reviewer_client.post(_page(incident.identifier), data)
    [update] = AuditEntry.objects.filter(
        object_identifier=incident.identifier, action=AuditAction.UPDATE
    )
    assert update.fields == ["review_state", "version"]
    stored = Incident.objects.get(pk=incident.pk)
    assert stored.coercion == ["forced_signing", "threat_of_prosecution"]


def test_accept_keeps_the_queue_filters_on_the_way_to_the_next(reviewer_client):
    incident_make(region="RU-VLA")
    other = incident_make()
    incident = incident_make()
    url = _page(incident.identifier) + "?region=RU-TVE"
    response = reviewer_client.post(url, {**_form_data(incident), "action": "accept"})
    assert response["Location"] == _page(other.identifier) + "?region=RU-TVE"


def test_a_stale_form_is_refused_with_the_other_persons_changes(client, reviewer):
    incident = incident_make()
    editor = user_with_role("fictional-editor", roles.EDITOR)
    services.incident_review_save(
        incident=incident, user=editor, changes={"victim_count_low": 31}, version=1
    )
    sign_in(client, reviewer)
    data = {**_form_data(incident), "victim_count_low": "12", "action": "accept"}  # version 1
    response = client.post(_page(incident.identifier), data)
    html = response.content.decode()
    assert response.status_code == 409
    assert "Someone else changed this incident since you opened it" in html
    assert "fictional-editor" in html
    assert "<code>victim_count_low</code>" in html
    assert re.search(r'name="victim_count_low" value="12"', html)  # yours, kept in the form
    assert re.search(r'name="version" value="2"', html)  # sending again is a decision
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.review_state, stored.victim_count_low, stored.version) == ("proposed", 31, 2)


def test_reject_needs_a_reason(reviewer_client):
    incident = incident_make()
    response = reviewer_client.post(
        _page(incident.identifier), {"action": "reject", "reason": "  ", "version": "1"}
    )
    assert response.status_code == 400
    assert Incident.objects.get(pk=incident.pk).review_state == "proposed"


def test_reject_with_a_reason_goes_to_the_queue_when_none_is_left(reviewer_client):
    incident = incident_make()
    response = reviewer_client.post(
        _page(incident.identifier), {"action": "reject", "reason": REASON, "version": "1"}
    )
    assert response["Location"] == reverse("review_queue")
    assert Incident.objects.get(pk=incident.pk).review_state == "rejected"


def test_merge_goes_through_the_open_suggestion(reviewer_client):
    older, newer = incident_make(), incident_make()
    suggestion_propose(
        kind=SuggestionKind.INCIDENT,
        left=older.identifier,
        right=newer.identifier,
        score=0.9,
        reasons=["same region RU-TVE"],
    )
    response = reviewer_client.post(
        _page(newer.identifier),
        {"action": "merge", "target": older.identifier, "reason": REASON, "version": "1"},
    )
    assert response.status_code == 302
    assert Incident.objects.get(pk=newer.pk).review_state == "rejected"
    suggestion = suggestion_find(
        kind=SuggestionKind.INCIDENT, first=older.identifier, second=newer.identifier
    )
    assert suggestion.state == SuggestionState.ACCEPTED


def test_merge_into_an_incident_the_reviewer_may_not_see_is_refused(client):
    world = world_build()
    sign_in(client, world.users[roles.REVIEWER])
    incident = world.open_incident
    response = client.post(
        _page(incident.identifier),
        {
            "action": "merge",
            "other": world.restricted_incident.identifier,
            "reason": REASON,
            "version": "1",
        },
    )
    assert response.status_code == 400
    assert "No such incident" in response.content.decode()
    assert Incident.objects.get(pk=incident.pk).review_state == "proposed"


def test_an_unknown_action_is_not_found(reviewer_client):
    incident = incident_make()
    response = reviewer_client.post(_page(incident.identifier), {"action": "delete"})
    assert response.status_code == 404


@pytest.mark.parametrize("who", [roles.VIEWER, roles.REPORT_VIEWER, "no role"])
def test_users_who_may_not_review_get_403_for_any_identifier(client, who):
    world = world_build()
    sign_in(client, world.users[who])
    assert client.get(reverse("review_queue")).status_code == 403
    for incident in (world.open_incident, world.restricted_incident):
        assert client.get(_page(incident.identifier)).status_code == 403
        post = client.post(_page(incident.identifier), {"action": "reject", "reason": REASON})
        assert post.status_code == 403
    assert client.get(_page("INC-2000-9999")).status_code == 403


def test_a_restricted_case_is_404_for_a_reviewer_outside_it_and_open_to_an_admin(client):
    world = world_build()
    sign_in(client, world.users[roles.REVIEWER])
    assert client.get(_page(world.restricted_incident.identifier)).status_code == 404
    assert world.restricted_incident.identifier not in _queue(client)
    assert world.open_incident.identifier in _queue(client)
    sign_in(client, world.users[roles.ADMIN])
    assert client.get(_page(world.restricted_incident.identifier)).status_code == 200
